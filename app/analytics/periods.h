#pragma once

#include <QString>

class QLocale;

namespace vigie {

enum class Granularity { Month, Quarter, Year };

/// Months are counted from year 0 so that they sort and subtract: year × 12 + (month − 1).
constexpr int monthIndex(int year, int month)
{
    return year * 12 + month - 1;
}
constexpr int yearOfMonth(int month)
{
    return month / 12;
}

/// The period (of the granularity) a month falls in: a month index, year × 4 + quarter − 1, or the year.
int periodOfMonth(int month, Granularity granularity);
/// First and last month of a period.
int firstMonthOfPeriod(int period, Granularity granularity);
int lastMonthOfPeriod(int period, Granularity granularity);

/// "2021", "Q4 2021" (translated "T4 2021"), "Oct 2021" in the locale.
QString periodLabel(int period, Granularity granularity, const QLocale &locale);

/// "month", "quarter", "year" (command-line and settings codes) and back.
QString granularityCode(Granularity granularity);
bool parseGranularity(const QString &code, Granularity *granularity);

} // namespace vigie
