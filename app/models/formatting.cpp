#include "formatting.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigie {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vigie::Format", text, disambiguation, n);
}

} // namespace

QString unknownText()
{
    return tr("unknown");
}

QString formatDate(const PartialDate &date, const QLocale &locale)
{
    switch (date.precision()) {
    case PartialDate::Precision::Unknown:
        return unknownText();
    case PartialDate::Precision::Year:
        return QString::number(date.year());
    case PartialDate::Precision::Month:
        return locale.toString(date.earliest(), QStringLiteral("MM/yyyy"));
    case PartialDate::Precision::Day:
        return locale.toString(date.earliest(), QStringLiteral("dd/MM/yyyy"));
    }
    return unknownText();
}

std::optional<PartialDate> parseDateInput(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return PartialDate();
    // French forms first: day and month before the year.
    static const QRegularExpression french(QStringLiteral(R"(^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$)"));
    const auto match = french.match(trimmed);
    if (match.hasMatch()) {
        const int year = match.captured(3).toInt();
        const int month = match.captured(2).toInt();
        const int day = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
        const PartialDate date
            = day != 0 ? PartialDate::fromDate(QDate(year, month, day)) : PartialDate::fromYearMonth(year, month);
        if (date.isUnknown()) {
            if (error)
                *error = tr("\"%1\" is not a real calendar date.").arg(trimmed);
            return std::nullopt;
        }
        return date;
    }
    QString isoError;
    const auto iso = PartialDate::parse(trimmed, &isoError);
    if (!iso && error)
        *error = tr("\"%1\" is not a date: type DD/MM/YYYY, MM/YYYY or YYYY, or leave it empty when unknown.")
                     .arg(trimmed);
    return iso;
}

QString formatContractAmount(const std::optional<Cents> &amount, const QString &amountKind, const QLocale &locale)
{
    if (!amount)
        return unknownText();
    const QString text = formatAmount(*amount, locale);
    if (amountKind == QLatin1String("ceiling"))
        return tr("%1 (ceiling)").arg(text);
    if (amountKind == QLatin1String("approximate"))
        return tr("%1 (approximate)").arg(text);
    return text;
}

QString formatDuration(const std::optional<int> &months)
{
    if (!months)
        return unknownText();
    return tr("%n month(s)", nullptr, *months);
}

QString formatCount(const std::optional<qint64> &count, const QLocale &locale)
{
    if (!count)
        return unknownText();
    return locale.toString(*count);
}

QString sourceKindName(const QString &code)
{
    if (code == QLatin1String("official"))
        return tr("official statement");
    if (code == QLatin1String("union"))
        return tr("union document");
    if (code == QLatin1String("press"))
        return tr("press");
    if (code == QLatin1String("expert"))
        return tr("expert");
    if (code == QLatin1String("court"))
        return tr("court");
    if (code == QLatin1String("open_data"))
        return tr("open data");
    return tr("other");
}

QString channelName(const QString &code)
{
    if (code.isEmpty())
        return unknownText();
    if (code == QLatin1String("phone"))
        return tr("phone");
    if (code == QLatin1String("online"))
        return tr("online");
    if (code == QLatin1String("mail"))
        return tr("mail");
    if (code == QLatin1String("on_site"))
        return tr("on site");
    if (code == QLatin1String("back_office"))
        return tr("back office");
    return tr("other");
}

QString statusName(const QString &code)
{
    if (code == QLatin1String("suspected"))
        return tr("suspected");
    if (code == QLatin1String("reported"))
        return tr("reported");
    if (code == QLatin1String("confirmed"))
        return tr("confirmed");
    if (code == QLatin1String("closed"))
        return tr("closed");
    return code;
}

QString consequenceKindName(const QString &code)
{
    if (code == QLatin1String("fraud"))
        return tr("fraud");
    if (code == QLatin1String("phishing"))
        return tr("phishing");
    if (code == QLatin1String("identity_theft"))
        return tr("identity theft");
    if (code == QLatin1String("account_takeover"))
        return tr("account takeover");
    return tr("other");
}

QString amountKindName(const QString &code)
{
    if (code == QLatin1String("ceiling"))
        return tr("ceiling");
    if (code == QLatin1String("approximate"))
        return tr("approximate");
    return tr("exact");
}

QString searchKey(const QString &text)
{
    // Decompose, then drop the combining marks: "é" -> "e" + U+0301 -> "e".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        key.append(c.toCaseFolded());
    }
    return key;
}

} // namespace vigie
