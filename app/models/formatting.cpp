#include "formatting.h"

#include "storage/records.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigie {

QString unknownText()
{
    return QCoreApplication::translate("vigie::Format", "unknown");
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

QString dateFieldText(const PartialDate &date)
{
    return date.isUnknown() ? QString() : formatDate(date);
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
                *error
                    = QCoreApplication::translate("vigie::Format", "\"%1\" is not a real calendar date.").arg(trimmed);
            return std::nullopt;
        }
        return date;
    }
    QString isoError;
    const auto iso = PartialDate::parse(trimmed, &isoError);
    if (!iso && error)
        *error = QCoreApplication::translate(
                     "vigie::Format",
                     "\"%1\" is not a date: type DD/MM/YYYY, MM/YYYY or YYYY, or leave it empty when unknown.")
                     .arg(trimmed);
    return iso;
}

QString formatContractAmount(const std::optional<Cents> &amount, const QString &amountKind, const QLocale &locale)
{
    if (!amount)
        return unknownText();
    const QString text = formatAmount(*amount, locale);
    if (amountKind == QLatin1String("ceiling"))
        return QCoreApplication::translate("vigie::Format", "%1 (ceiling)").arg(text);
    if (amountKind == QLatin1String("approximate"))
        return QCoreApplication::translate("vigie::Format", "%1 (approximate)").arg(text);
    return text;
}

QString formatDuration(const std::optional<int> &months)
{
    if (!months)
        return unknownText();
    return QCoreApplication::translate("vigie::Format", "%n month(s)", nullptr, *months);
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
        return QCoreApplication::translate("vigie::Format", "official statement");
    if (code == QLatin1String("union"))
        return QCoreApplication::translate("vigie::Format", "union document");
    if (code == QLatin1String("press"))
        return QCoreApplication::translate("vigie::Format", "press");
    if (code == QLatin1String("expert"))
        return QCoreApplication::translate("vigie::Format", "expert");
    if (code == QLatin1String("court"))
        return QCoreApplication::translate("vigie::Format", "court");
    if (code == QLatin1String("open_data"))
        return QCoreApplication::translate("vigie::Format", "open data");
    return QCoreApplication::translate("vigie::Format", "other");
}

QString channelName(const QString &code)
{
    if (code.isEmpty())
        return unknownText();
    if (code == QLatin1String("phone"))
        return QCoreApplication::translate("vigie::Format", "phone");
    if (code == QLatin1String("online"))
        return QCoreApplication::translate("vigie::Format", "online");
    if (code == QLatin1String("mail"))
        return QCoreApplication::translate("vigie::Format", "mail");
    if (code == QLatin1String("on_site"))
        return QCoreApplication::translate("vigie::Format", "on site");
    if (code == QLatin1String("back_office"))
        return QCoreApplication::translate("vigie::Format", "back office");
    return QCoreApplication::translate("vigie::Format", "other");
}

QString statusName(const QString &code)
{
    if (code == QLatin1String("suspected"))
        return QCoreApplication::translate("vigie::Format", "suspected");
    if (code == QLatin1String("reported"))
        return QCoreApplication::translate("vigie::Format", "reported");
    if (code == QLatin1String("confirmed"))
        return QCoreApplication::translate("vigie::Format", "confirmed");
    if (code == QLatin1String("closed"))
        return QCoreApplication::translate("vigie::Format", "closed");
    return code;
}

QString consequenceKindName(const QString &code)
{
    if (code == QLatin1String("fraud"))
        return QCoreApplication::translate("vigie::Format", "fraud");
    if (code == QLatin1String("phishing"))
        return QCoreApplication::translate("vigie::Format", "phishing");
    if (code == QLatin1String("identity_theft"))
        return QCoreApplication::translate("vigie::Format", "identity theft");
    if (code == QLatin1String("account_takeover"))
        return QCoreApplication::translate("vigie::Format", "account takeover");
    return QCoreApplication::translate("vigie::Format", "other");
}

QString amountKindName(const QString &code)
{
    if (code == QLatin1String("ceiling"))
        return QCoreApplication::translate("vigie::Format", "ceiling");
    if (code == QLatin1String("approximate"))
        return QCoreApplication::translate("vigie::Format", "approximate");
    return QCoreApplication::translate("vigie::Format", "exact");
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

QString organisationChoiceText(const Organisation &organisation)
{
    if (!organisation.siren.isEmpty())
        return QCoreApplication::translate("vigie::Format", "%1 (SIREN %2)").arg(organisation.name, organisation.siren);
    if (!organisation.identifier.isEmpty())
        return QCoreApplication::translate("vigie::Format", "%1 (%2)").arg(organisation.name, organisation.identifier);
    return organisation.name;
}

} // namespace vigie
