#include "partialdate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace vigie {

PartialDate PartialDate::fromDate(QDate date)
{
    PartialDate d;
    if (!date.isValid())
        return d;
    d.m_precision = Precision::Day;
    d.m_year = date.year();
    d.m_month = date.month();
    d.m_day = date.day();
    return d;
}

PartialDate PartialDate::fromYearMonth(int year, int month)
{
    PartialDate d;
    if (year < 1 || year > 9999 || month < 1 || month > 12)
        return d;
    d.m_precision = Precision::Month;
    d.m_year = year;
    d.m_month = month;
    return d;
}

PartialDate PartialDate::fromYear(int year)
{
    PartialDate d;
    if (year < 1 || year > 9999)
        return d;
    d.m_precision = Precision::Year;
    d.m_year = year;
    return d;
}

std::optional<PartialDate> PartialDate::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return PartialDate();

    // YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by a time and/or a zone suffix, which we drop:
    // a contract date is a calendar day wherever it was signed.
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$)"));
    const auto match = re.match(trimmed);
    if (!match.hasMatch()) {
        if (error)
            *error = QCoreApplication::translate("vigie::PartialDate",
                                                 "\"%1\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
                         .arg(trimmed);
        return std::nullopt;
    }
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    const int day = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    PartialDate result;
    if (day != 0)
        result = fromDate(QDate(year, month, day));
    else if (month != 0)
        result = fromYearMonth(year, month);
    else
        result = fromYear(year);
    if (result.isUnknown()) {
        if (error)
            *error
                = QCoreApplication::translate("vigie::PartialDate", "\"%1\" is not a real calendar date").arg(trimmed);
        return std::nullopt;
    }
    return result;
}

QDate PartialDate::earliest() const
{
    switch (m_precision) {
    case Precision::Unknown:
        return {};
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

QDate PartialDate::latest() const
{
    switch (m_precision) {
    case Precision::Unknown:
        return {};
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month: {
        const QDate first(m_year, m_month, 1);
        return QDate(m_year, m_month, first.daysInMonth());
    }
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

bool PartialDate::isCertainlyAfter(const PartialDate &other) const
{
    if (isUnknown() || other.isUnknown())
        return false;
    return earliest() > other.latest();
}

QString PartialDate::toIso() const
{
    switch (m_precision) {
    case Precision::Unknown:
        return {};
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return earliest().toString(Qt::ISODate);
    }
    return {};
}

QString PartialDate::toDisplay(const QLocale &locale, const QString &unknownText) const
{
    switch (m_precision) {
    case Precision::Unknown:
        return unknownText;
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return locale.toString(earliest(), QStringLiteral("MMMM yyyy"));
    case Precision::Day:
        return locale.toString(earliest(), QStringLiteral("dd/MM/yyyy"));
    }
    return unknownText;
}

} // namespace vigie
