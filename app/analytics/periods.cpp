#include "periods.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace vigie {

int periodOfMonth(int month, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Month:
        return month;
    case Granularity::Quarter:
        return month / 3;
    case Granularity::Year:
        return month / 12;
    }
    return month;
}

int firstMonthOfPeriod(int period, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Month:
        return period;
    case Granularity::Quarter:
        return period * 3;
    case Granularity::Year:
        return period * 12;
    }
    return period;
}

int lastMonthOfPeriod(int period, Granularity granularity)
{
    return firstMonthOfPeriod(period + 1, granularity) - 1;
}

QString periodLabel(int period, Granularity granularity, const QLocale &locale)
{
    switch (granularity) {
    case Granularity::Month:
        return locale.toString(QDate(yearOfMonth(period), period % 12 + 1, 1), QStringLiteral("MMM yyyy"));
    case Granularity::Quarter:
        //: Quarter of a year on a chart axis: "Q4 2021"; French "T4 2021".
        return QCoreApplication::translate("vigie::Periods", "Q%1 %2").arg(period % 4 + 1).arg(period / 4);
    case Granularity::Year:
        return QString::number(period);
    }
    return {};
}

QString granularityCode(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Month:
        return QStringLiteral("month");
    case Granularity::Quarter:
        return QStringLiteral("quarter");
    case Granularity::Year:
        return QStringLiteral("year");
    }
    return {};
}

bool parseGranularity(const QString &code, Granularity *granularity)
{
    for (Granularity g : {Granularity::Month, Granularity::Quarter, Granularity::Year}) {
        if (code == granularityCode(g)) {
            *granularity = g;
            return true;
        }
    }
    return false;
}

} // namespace vigie
