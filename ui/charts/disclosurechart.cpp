#include "disclosurechart.h"

#include "charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QValueAxis>

#include <array>
#include <cmath>

namespace vigie {

namespace {

// Set order is stacking order: leading unknown (drawn left of zero), then each step followed by the unknown
// stretch that may replace it.
enum SetIndex { LeadingUnknown, Step1, Unknown1, Step2, Unknown2, Step3, TrailingUnknown, SetCount };

std::array<const PartialDate *, 4> milestones(const DisclosureTimeline &t)
{
    return {&t.occurredOn, &t.discoveredOn, &t.cnilNotifiedOn, &t.madePublicOn};
}

} // namespace

DisclosureChart::DisclosureChart(QGraphicsItem *parent)
    : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    setLocalizeNumbers(true);
    setBackgroundRoundness(0);
    setMargins(QMargins(4, 4, 4, 4));
}

QString DisclosureChart::axisTitle() const
{
    return tr("Days from the first known date");
}

void DisclosureChart::setTimelines(const QList<DisclosureTimeline> &timelines, int maxRows, double pointSize)
{
    removeAllSeries();
    for (QAbstractAxis *axis : axes())
        removeAxis(axis);
    m_total = int(timelines.size());
    m_shown = timelines.mid(std::max<qsizetype>(0, timelines.size() - maxRows));
    setTitle(m_shown.isEmpty()              ? tr("No incident for this filter")
                 : m_total > m_shown.size() ? tr("The %1 most recent of %2 incidents").arg(m_shown.size()).arg(m_total)
                                            : QString());
    setTitleFont(chartstyle::font(pointSize * 1.1, true));

    const int rows = int(m_shown.size());
    std::array<QList<qreal>, SetCount> values;
    for (auto &list : values)
        list = QList<qreal>(rows, 0);
    qreal longest = 0;
    QList<std::array<qint64, 4>> days(rows);
    QList<std::array<bool, 4>> known(rows);
    for (int r = 0; r < rows; ++r) {
        const auto dates = milestones(m_shown.at(r));
        QDate origin;
        for (int i = 0; i < 4; ++i) {
            known[r][size_t(i)] = !dates[size_t(i)]->isUnknown();
            if (known[r][size_t(i)] && !origin.isValid())
                origin = dates[size_t(i)]->earliest();
            days[r][size_t(i)] = known[r][size_t(i)] ? origin.daysTo(dates[size_t(i)]->earliest()) : 0;
            if (known[r][size_t(i)])
                longest = std::max<qreal>(longest, qreal(days[r][size_t(i)]));
        }
    }
    // Unknown ends get a stub of fixed length: their real length is exactly what nobody knows.
    const qreal stub = std::max<qreal>(30, longest * 0.08);
    for (int r = 0; r < rows; ++r) {
        int previous = -1;
        for (int i = 0; i < 4; ++i) {
            if (!known[r][size_t(i)])
                continue;
            if (previous < 0) {
                if (i > 0)
                    values[LeadingUnknown][r] = -stub;
            } else {
                const qreal gap = qreal(std::max<qint64>(0, days[r][size_t(i)] - days[r][size_t(previous)]));
                if (i == previous + 1)
                    values[i == 1 ? Step1 : i == 2 ? Step2 : Step3][r] = gap;
                else
                    values[previous == 0 ? Unknown1 : Unknown2][r] = gap;
            }
            previous = i;
        }
        if (previous < 3)
            values[TrailingUnknown][r] = stub;
    }

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    const QString unknown = tr("Date unknown");
    const QString names[SetCount] = {unknown, tr("Occurred → discovered"),
                                     unknown, tr("Discovered → notified to the CNIL"),
                                     unknown, tr("Notified to the CNIL → made public"),
                                     unknown};
    for (int s = 0; s < SetCount; ++s) {
        auto *set = new QBarSet(names[s]);
        const bool isUnknown = s == LeadingUnknown || s == Unknown1 || s == Unknown2 || s == TrailingUnknown;
        set->setBrush(isUnknown ? chartstyle::unknownBrush()
                                : chartstyle::stepBrush(s == Step1       ? 0
                                                            : s == Step2 ? 1
                                                                         : 2));
        set->setPen(QPen(isUnknown ? QColor(0x80, 0x80, 0x80) : QColor(Qt::white), 0.8));
        // Categories run bottom to top: reversed so that the earliest incident is at the top.
        QList<qreal> reversed;
        reversed.reserve(rows);
        for (int r = rows - 1; r >= 0; --r)
            reversed << values[size_t(s)][r];
        set->append(reversed);
        series->append(set);
    }
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *) { emit rowHovered(status, index); });
    addSeries(series);

    auto *rowsAxis = new QBarCategoryAxis;
    QStringList labels;
    for (int r = 0; r < rows; ++r) {
        const DisclosureTimeline &t = m_shown.at(r);
        // The title, shortened, and the first known date: the strips start there.
        QString title = t.title;
        if (title.size() > 40)
            title = title.left(39) + QChar(0x2026);
        QString first = tr("no date known");
        for (const PartialDate *date : milestones(t)) {
            if (!date->isUnknown()) {
                first = date->toDisplay(locale(), QString());
                break;
            }
        }
        QString label = tr("%1 (%2)").arg(title, first);
        while (labels.contains(label))
            label += QChar(0x200B); // categories must be unique
        labels << label;
    }
    std::reverse(labels.begin(), labels.end());
    rowsAxis->append(labels);
    rowsAxis->setLabelsFont(chartstyle::font(pointSize));
    auto *daysAxis = new QValueAxis;
    const qreal minimum
        = std::any_of(values[LeadingUnknown].cbegin(), values[LeadingUnknown].cend(), [](qreal v) { return v < 0; })
        ? -stub
        : 0;
    qreal maximum = 0;
    for (int r = 0; r < rows; ++r) {
        qreal total = 0;
        for (int s = Step1; s < SetCount; ++s)
            total += values[size_t(s)][r];
        maximum = std::max(maximum, total);
    }
    // Round ticks (1, 2, 5 × 10^n days) from the leading stub to the longest strip.
    const qreal span = std::max<qreal>(maximum, 10) - minimum;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(span / 5)));
    qreal step = magnitude;
    for (qreal m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (span / step <= 6)
            break;
    }
    const qreal low = std::floor(minimum / step) * step;
    const qreal high = std::ceil(std::max<qreal>(maximum * 1.02, 10) / step) * step;
    daysAxis->setRange(low, high);
    daysAxis->setTickCount(int(std::lround((high - low) / step)) + 1);
    daysAxis->setLabelFormat(QStringLiteral("%.0f"));
    daysAxis->setLabelsFont(chartstyle::font(pointSize));
    daysAxis->setTitleFont(chartstyle::font(pointSize, true));
    daysAxis->setTitleText(axisTitle());
    addAxis(rowsAxis, Qt::AlignLeft);
    addAxis(daysAxis, Qt::AlignBottom);
    series->attachAxis(rowsAxis);
    series->attachAxis(daysAxis);

    legend()->setAlignment(Qt::AlignBottom);
    legend()->setFont(chartstyle::font(pointSize));
    const QList<QLegendMarker *> markers = legend()->markers(series);
    for (int s = 0; s < markers.size(); ++s)
        markers.at(s)->setVisible(s != LeadingUnknown && s != Unknown1 && s != Unknown2);
}

QString DisclosureChart::describe(int row) const
{
    // Rows are drawn reversed (earliest at the top).
    const int index = int(m_shown.size()) - 1 - row;
    if (index < 0 || index >= m_shown.size())
        return {};
    const DisclosureTimeline &t = m_shown.at(index);
    const QLocale l = locale();
    const QString unknown = tr("unknown");
    return tr("%1\nOccurred: %2\nDiscovered: %3\nNotified to the CNIL: %4\nMade public: %5")
        .arg(t.title, t.occurredOn.toDisplay(l, unknown), t.discoveredOn.toDisplay(l, unknown),
             t.cnilNotifiedOn.toDisplay(l, unknown), t.madePublicOn.toDisplay(l, unknown));
}

} // namespace vigie
