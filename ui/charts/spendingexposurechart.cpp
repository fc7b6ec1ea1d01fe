#include "spendingexposurechart.h"

#include "charts/chartstyle.h"
#include "core/amount.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace vigie {

namespace {

struct Scale
{
    double divisor;
    QString unit;
};

// Round axis maxima (× 10^n) and how many intervals give round ticks for each.
struct NiceTop
{
    double mantissa;
    int intervals;
};
const NiceTop kNiceTops[] = {{1, 5}, {1.5, 3}, {2, 4}, {2.5, 5}, {3, 3}, {4, 4}, {5, 5}, {6, 3}, {8, 4}, {10, 5}};

NiceTop niceTop(double value)
{
    if (value <= 0)
        return {1, 5};
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const NiceTop &top : kNiceTops) {
        if (value <= top.mantissa * magnitude * (1 + 1e-9))
            return {top.mantissa * magnitude, top.intervals};
    }
    return {10 * magnitude, 5};
}

void styleValueAxis(QValueAxis *axis, double maximum, double pointSize, double minimum = 0)
{
    const NiceTop nice = niceTop(maximum * 1.05);
    const double top = nice.mantissa;
    const int intervals = nice.intervals;
    const double step = top / intervals;
    // Room below zero (an amendment that lowers an amount) in whole steps, so ticks stay round.
    const int below = minimum < 0 ? int(std::ceil(-minimum / step)) : 0;
    axis->setRange(-below * step, top);
    axis->setTickCount(intervals + below + 1);
    // "%d" and "%g" give empty labels in a French locale; "%.0f" is safe.
    axis->setLabelFormat(step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->setLabelsFont(chartstyle::font(pointSize));
    axis->setTitleFont(chartstyle::font(pointSize, true));
}

// The marker of an incident whose number of people nobody knows: a "?" in a white disc, readable over any
// bar. Drawn at 8 times its size so that it stays sharp on a 300 dpi page and in PDF.
QImage unknownMarker(double size)
{
    const int side = std::max(16, int(std::ceil(size * 8)));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double border = side / 12.0;
    painter.setPen(QPen(chartstyle::exposureColour(), border));
    painter.setBrush(Qt::white);
    painter.drawEllipse(QRectF(border / 2, border / 2, side - border, side - border));
    QFont font = chartstyle::font(10, true);
    font.setPixelSize(int(side * 0.7));
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, QStringLiteral("?"));
    return image;
}

} // namespace

SpendingExposureChart::SpendingExposureChart(QGraphicsItem *parent)
    : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    setLocalizeNumbers(true);
    setBackgroundRoundness(0);
    setMargins(QMargins(4, 4, 4, 4));
}

QString SpendingExposureChart::stackName(int stack) const
{
    return m_stackNames.value(stack);
}

QString SpendingExposureChart::formatMoney(Cents cents) const
{
    return formatAmountShort(cents, locale());
}

QString SpendingExposureChart::formatPeople(qint64 people) const
{
    return locale().toString(people);
}

void SpendingExposureChart::setChartData(const ChartData &data, const Options &options)
{
    m_options = options;
    m_data = mergePeriods(data, options.maxPeriods);
    rebuild();
}

void SpendingExposureChart::rebuild()
{
    removeAllSeries();
    for (QAbstractAxis *axis : axes())
        removeAxis(axis);
    m_stacks.clear();
    m_stackNames.clear();
    const double pointSize = m_options.pointSize;
    const int periods = int(m_data.periods.size());
    setTitle(periods == 0 ? tr("Nothing to show for this filter") : QString());
    setTitleFont(chartstyle::font(pointSize * 1.2, true));

    // Stacks: the largest subcontractors, then the others summed.
    QList<QList<Cents>> values;
    for (int i = 0; i < m_data.spending.size(); ++i) {
        const SpendingSeries &series = m_data.spending.at(i);
        if (i < chartstyle::kMaxStacks) {
            m_stacks << QList<RowId> {series.organisationId};
            m_stackNames << series.name;
            values << series.cents;
        } else {
            if (m_stacks.size() == chartstyle::kMaxStacks) {
                m_stacks << QList<RowId>();
                m_stackNames << tr("Other subcontractors");
                values << QList<Cents>(periods, 0);
            }
            m_stacks.last() << series.organisationId;
            for (int p = 0; p < periods; ++p)
                values.last()[p] += series.cents.at(p);
        }
    }

    // The money axis unit follows the largest bar: M€ for public contracts, k€ or € for small sets.
    Cents largest = 0;
    for (int p = 0; p < periods; ++p) {
        Cents positive = 0;
        for (const QList<Cents> &stack : std::as_const(values))
            positive += std::max<Cents>(0, stack.at(p));
        largest = std::max(largest, positive);
    }
    const Scale money = largest >= Cents(100'000'000'000) ? Scale {1e11, QStringLiteral("Md€")}
        : largest >= Cents(100'000'000)                   ? Scale {1e8, QStringLiteral("M€")}
        : largest >= Cents(100'000)                       ? Scale {1e5, QStringLiteral("k€")}
                                                          : Scale {1e2, QStringLiteral("€")};
    m_moneyTitle = m_data.filter.mode == SpendingMode::Notified
        ? tr("Outsourcing, amounts at notification (%1)").arg(money.unit)
        : tr("Outsourcing, spread over contract durations (%1)").arg(money.unit);

    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.7);
    for (int s = 0; s < m_stacks.size(); ++s) {
        auto *set = new QBarSet(m_stackNames.at(s));
        const bool others = s == chartstyle::kMaxStacks;
        set->setBrush(others ? chartstyle::otherBrush() : chartstyle::stackBrush(s));
        // White between neighbours; grey around the palest fills, which would vanish into the page.
        const bool pale = !others && chartstyle::luma(chartstyle::stackBrush(s).color()) > 0.85;
        set->setPen(QPen(others || pale ? QColor(0x55, 0x55, 0x55) : chartstyle::separatorColour(), pale ? 0.5 : 0.8));
        QList<qreal> scaled;
        scaled.reserve(periods);
        for (Cents c : values.at(s))
            scaled << double(c) / money.divisor;
        set->append(scaled);
        bars->append(set);
    }
    connect(bars, &QStackedBarSeries::hovered, this, [this, bars](bool status, int index, QBarSet *set) {
        emit spendingHovered(status, index, int(bars->barSets().indexOf(set)));
    });

    // The exposure line: people per period (or running total), scaled to thousands or millions.
    qint64 mostPeople = 0;
    for (const ExposurePoint &point : std::as_const(m_data.exposure))
        mostPeople = std::max(mostPeople, m_options.cumulative ? point.cumulativePeople : point.people);
    const Scale people = mostPeople >= 1'000'000 ? Scale {1e6, tr("millions")}
        : mostPeople >= 10'000                   ? Scale {1e3, tr("thousands")}
                                                 : Scale {1, QString()};
    const QString what = m_options.cumulative ? tr("People exposed, running total") : tr("People exposed");
    m_peopleTitle = people.unit.isEmpty() ? what : tr("%1 (%2)").arg(what, people.unit);

    // A marker for each period with incidents of known size (or, for the running total, every period from
    // the first of them on), joined only between neighbouring periods that both have one. A period with no
    // recorded incident has no point: no incident recorded is not "nobody exposed". An incident with no count
    // of people (for the claims chosen) is a "?" disc: on the running total, above the known marker when the
    // period has one too, or just above the time axis (on it, the plot area would cut the disc in half).
    const double aboveAxis = niceTop(double(mostPeople) / people.divisor * 1.05).mantissa * 0.02;
    QList<QPointF> known;
    QList<QPointF> unknown;
    QList<QList<QPointF>> runs;
    bool started = false;
    for (int p = 0; p < periods; ++p) {
        const ExposurePoint &point = m_data.exposure.at(p);
        started = started || point.incidents > 0;
        const bool drawn = m_options.cumulative ? started : point.incidents > 0;
        const double y = double(m_options.cumulative ? point.cumulativePeople : point.people) / people.divisor;
        if (drawn) {
            if (known.isEmpty() || known.last().x() != p - 1)
                runs << QList<QPointF>();
            known << QPointF(p, y);
            runs.last() << known.last();
        }
        if (point.incidentsUnknownPeople > 0) {
            const double onLine = point.incidents > 0 ? y + 3 * aboveAxis : y;
            unknown << QPointF(p, m_options.cumulative && drawn ? onLine : aboveAxis);
        }
    }

    QList<QXYSeries *> exposure;
    for (const QList<QPointF> &run : std::as_const(runs)) {
        if (run.size() < 2)
            continue;
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("exposureLine"));
        line->setPen(QPen(chartstyle::exposureColour(), pointSize / 3.0));
        line->append(run); // filled before addSeries(): appending to a series on a chart is slow
        exposure << line;
    }
    auto *markers = new QScatterSeries;
    markers->setObjectName(QStringLiteral("exposureMarkers"));
    if (m_options.cumulative)
        markers->setName(m_data.filter.claims == ClaimChoice::Official
                             ? tr("People exposed, running total (official claims)")
                             : tr("People exposed, running total (highest sourced claims)"));
    else
        markers->setName(m_data.filter.claims == ClaimChoice::Official ? tr("People exposed (official claims)")
                                                                       : tr("People exposed (highest sourced claims)"));
    markers->setMarkerSize(pointSize * 0.9);
    markers->setColor(Qt::white);
    markers->setBorderColor(chartstyle::exposureColour());
    markers->setPen(QPen(chartstyle::exposureColour(), pointSize / 6.0));
    markers->append(known);
    exposure << markers;
    QScatterSeries *unknownMarkers = nullptr;
    if (!unknown.isEmpty()) {
        unknownMarkers = new QScatterSeries;
        unknownMarkers->setObjectName(QStringLiteral("exposureUnknown"));
        unknownMarkers->setName(m_data.filter.claims == ClaimChoice::Official
                                    ? tr("Incidents with no official count of people (?)")
                                    : tr("Incidents with no sourced count of people (?)"));
        const double size = pointSize * 1.5;
        unknownMarkers->setMarkerSize(size);
        unknownMarkers->setLightMarker(unknownMarker(size));
        unknownMarkers->setColor(Qt::white);
        unknownMarkers->setBorderColor(chartstyle::exposureColour());
        unknownMarkers->append(unknown);
        exposure << unknownMarkers;
    }
    for (QXYSeries *series : std::as_const(exposure)) {
        connect(series, &QXYSeries::hovered, this,
                [this](const QPointF &point, bool state) { emit exposureHovered(state, qRound(point.x())); });
    }

    addSeries(bars);
    for (QXYSeries *series : std::as_const(exposure))
        addSeries(series);

    // One shared time axis: bar i sits at x = i. A category axis carries only the labels that fit (a label
    // item per bar, even an empty one, costs more to draw than the bars).
    auto *timeAxis = new QCategoryAxis;
    timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    timeAxis->setRange(-0.5, std::max(periods, 1) - 0.5);
    const int keepEvery = std::max(1, (periods + 23) / 24);
    for (int p = 0; p < periods; p += keepEvery)
        timeAxis->append(m_data.periodLabels.at(p), p);
    timeAxis->setLabelsFont(chartstyle::font(pointSize));
    timeAxis->setGridLineVisible(false);
    timeAxis->setTruncateLabels(false); // a label may spread over the bars whose labels were skipped
    if (timeAxis->count() > 8)
        timeAxis->setLabelsAngle(-45);
    // Negative bars (an amendment that lowers an amount) need room below zero.
    Cents lowest = 0;
    for (int p = 0; p < periods; ++p) {
        Cents negative = 0;
        for (const QList<Cents> &stack : std::as_const(values))
            negative += std::min<Cents>(0, stack.at(p));
        lowest = std::min(lowest, negative);
    }
    auto *moneyAxis = new QValueAxis;
    styleValueAxis(moneyAxis, double(largest) / money.divisor, pointSize, double(lowest) / money.divisor);
    moneyAxis->setTitleText(m_moneyTitle);
    auto *peopleAxis = new QValueAxis;
    styleValueAxis(peopleAxis, double(mostPeople) / people.divisor, pointSize);
    peopleAxis->setTitleText(m_peopleTitle);
    peopleAxis->setGridLineVisible(false);

    addAxis(timeAxis, Qt::AlignBottom);
    addAxis(moneyAxis, Qt::AlignLeft);
    addAxis(peopleAxis, Qt::AlignRight);
    bars->attachAxis(timeAxis);
    bars->attachAxis(moneyAxis);
    for (QXYSeries *series : std::as_const(exposure)) {
        series->attachAxis(timeAxis);
        series->attachAxis(peopleAxis);
    }

    // Up to five entries fit under the chart; more go down the right side rather than being cut short.
    // The lines have no entry of their own: the markers' entry names them.
    legend()->setAlignment(m_stacks.size() + (unknownMarkers ? 2 : 1) > 5 ? Qt::AlignRight : Qt::AlignBottom);
    legend()->setFont(chartstyle::font(pointSize));
    legend()->setVisible(true);
    for (QXYSeries *series : std::as_const(exposure)) {
        const bool isLine = qobject_cast<QLineSeries *>(series);
        for (QLegendMarker *marker : legend()->markers(series)) {
            marker->setVisible(!isLine);
            marker->setShape(QLegend::MarkerShapeFromSeries); // the legend shows the markers as drawn
        }
    }
}

} // namespace vigie
