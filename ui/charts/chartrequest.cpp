#include "chartrequest.h"

#include "charts/disclosurechart.h"
#include "charts/spendingexposurechart.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>

namespace vigie {

namespace {

// Markers scale with the page: 1.25 % of its shorter side.
constexpr double kPointSizeOfPage = 0.0125;
// An exported page lists at most this many incidents' timelines.
constexpr int kExportedTimelines = 30;

} // namespace

QString defaultChartTitle(ChartKind kind)
{
    // The Charts page's export dialog offers the same titles, under its own context.
    return kind == ChartKind::SpendingExposure
        ? QCoreApplication::translate("vigie::ChartsView", "Outsourcing and people's data exposed")
        : QCoreApplication::translate("vigie::ChartsView", "How long before breaches were made public");
}

bool exportChartRequest(OutsourcingAnalysis &analysis, const ChartRequest &request, ExportOptions options,
                        const QString &fileName, QString *error)
{
    const QLocale locale;
    const bool spending = request.kind == ChartKind::SpendingExposure;
    QHash<RowId, QString> names;
    for (const OrganisationRef &organisation : analysis.organisations())
        names.insert(organisation.id, organisation.name);
    options.filterText
        = describeFilter(request.filter, names, locale, spending ? FilterWords::Spending : FilterWords::Incidents);
    if (options.title.isEmpty())
        options.title = defaultChartTitle(request.kind);
    const double pointSize = std::min(options.layoutSize().width(), options.layoutSize().height()) * kPointSizeOfPage;
    std::unique_ptr<QChart> chart;
    QList<SourceRef> sources;
    if (spending) {
        const std::optional<ChartData> computed = analysis.compute(request.filter);
        if (!computed) {
            *error = analysis.lastError();
            return false;
        }
        options.notes = computed->omissionNotes();
        auto spendingChart = std::make_unique<SpendingExposureChart>();
        SpendingExposureChart::Options chartOptions;
        chartOptions.cumulative = request.cumulative;
        chartOptions.pointSize = pointSize;
        chartOptions.maxPeriods = SpendingExposureChart::maxPeriodsForWidth(options.layoutSize().width());
        spendingChart->setChartData(*computed, chartOptions);
        chart = std::move(spendingChart);
        sources = analysis.sources(request.filter);
    } else {
        auto disclosure = std::make_unique<DisclosureChart>();
        disclosure->setTimelines(analysis.disclosureTimelines(request.filter), kExportedTimelines, pointSize);
        chart = std::move(disclosure);
        sources = analysis.incidentSources(request.filter);
    }
    options.sources.clear();
    for (const SourceRef &source : sources)
        options.sources << source.citation(locale);
    return exportChart(std::move(chart), options, fileName, error);
}

} // namespace vigie
