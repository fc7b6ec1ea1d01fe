#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

class QLocale;

namespace vigie {

/// A calendar date that may be known only to the year or to the month ("fin octobre 2021").
/// Stored as ISO 8601 text: "2021", "2021-10" or "2021-10-28". A null PartialDate is unknown.
class PartialDate
{
public:
    enum class Precision { Unknown, Year, Month, Day };

    PartialDate() = default;
    static PartialDate fromDate(QDate date);
    static PartialDate fromYearMonth(int year, int month);
    static PartialDate fromYear(int year);

    /// Parses ISO text (also accepts a trailing zone suffix such as "2018-12-17+01:00" or "Z", and a time part).
    /// Returns nullopt and sets `error` for text that is not a real date (2023-02-30, 2023-13).
    /// Empty text gives an unknown date.
    static std::optional<PartialDate> parse(const QString &text, QString *error = nullptr);

    bool isUnknown() const { return m_precision == Precision::Unknown; }
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    /// First and last day the date may stand for; invalid QDate when unknown.
    QDate earliest() const;
    QDate latest() const;

    /// True when this date is certainly after `other` (their possible ranges do not overlap).
    bool isCertainlyAfter(const PartialDate &other) const;

    /// ISO text for storage; a null QString when unknown.
    QString toIso() const;
    /// "24/08/2023", "août 2023", "2023" in the given locale; `unknownText` when unknown.
    QString toDisplay(const QLocale &locale, const QString &unknownText) const;

    bool operator==(const PartialDate &other) const = default;

private:
    Precision m_precision = Precision::Unknown;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace vigie
