#pragma once

#include "analytics/outsourcinganalysis.h"

#include <QChart>

namespace vigie {

/// Disclosure delays: one horizontal strip per incident, from the first known date through discovery and
/// notification to the CNIL to publication, each step's length in days. An unknown date is drawn as a
/// grey hatched stretch labelled "unknown": between the known dates around it, or as a stub at either end.
class DisclosureChart : public QChart
{
    Q_OBJECT

public:
    explicit DisclosureChart(QGraphicsItem *parent = nullptr);

    /// Shows at most `maxRows` incidents (the most recent), earliest at the top.
    void setTimelines(const QList<DisclosureTimeline> &timelines, int maxRows = 30, double pointSize = 9);
    const QList<DisclosureTimeline> &shownTimelines() const { return m_shown; }
    int totalCount() const { return m_total; }
    QString axisTitle() const;

    /// Hover text for a row: its four dates, "unknown" where unknown, and the delays between them.
    QString describe(int row) const;

signals:
    void rowHovered(bool entered, int row);

private:
    QList<DisclosureTimeline> m_shown;
    int m_total = 0;
};

} // namespace vigie
