#pragma once

#include "analytics/outsourcinganalysis.h"

#include <QChart>

#include <algorithm>

class QBarSet;
class QStackedBarSeries;
class QLineSeries;

namespace vigie {

/// Outsourcing spending as bars stacked by subcontractor (left axis, euros) and the people exposed by
/// incidents as a line (right axis), over the same periods. Plain drawing of a ChartData: no database.
class SpendingExposureChart : public QChart
{
    Q_OBJECT

public:
    struct Options
    {
        bool cumulative = false; // the exposure line shows the running total
        int maxPeriods = 0; // merge periods beyond this (0 = never), see mergePeriods()
        double pointSize = 9; // base font size; titles and legend scale from it
    };

    explicit SpendingExposureChart(QGraphicsItem *parent = nullptr);

    /// How many bars a chart this wide (in pixels) should draw: one per 10 pixels at most, so bars stay
    /// readable and drawing time does not grow with the history's length.
    static int maxPeriodsForWidth(double width) { return std::max(12, int(width / 10)); }

    void setChartData(const ChartData &data, const Options &options);
    void setChartData(const ChartData &data) { setChartData(data, Options()); }
    /// What is drawn (periods merged if there were too many).
    const ChartData &chartData() const { return m_data; }
    const Options &options() const { return m_options; }
    /// The organisations a stack stands for: one, or every organisation summed into "Other subcontractors".
    QList<RowId> stackOrganisations(int stack) const { return m_stacks.value(stack); }
    int stackCount() const { return int(m_stacks.size()); }
    QString stackName(int stack) const;
    /// Axis titles, for tests and for the exporter's alternative text.
    QString moneyAxisTitle() const { return m_moneyTitle; }
    QString peopleAxisTitle() const { return m_peopleTitle; }
    /// "12,5 M€" for a stack's value in a period.
    QString formatMoney(Cents cents) const;
    QString formatPeople(qint64 people) const;

signals:
    void spendingHovered(bool entered, int periodIndex, int stack);
    void exposureHovered(bool entered, int periodIndex);

private:
    void rebuild();

    ChartData m_data;
    Options m_options;
    QList<QList<RowId>> m_stacks;
    QStringList m_stackNames;
    QString m_moneyTitle;
    QString m_peopleTitle;
};

} // namespace vigie
