#pragma once

#include "analytics/outsourcinganalysis.h"
#include "charts/chartexporter.h"

namespace vigie {

/// The two charts Vigie exports.
enum class ChartKind { SpendingExposure, DisclosureDelays };

/// A chart to export: its kind, the filter it is drawn for and how.
struct ChartRequest
{
    ChartKind kind = ChartKind::SpendingExposure;
    AnalysisFilter filter;
    bool cumulative = false; // spending-exposure: a running total of people exposed
};

/// The title a chart gets when the user gives none.
QString defaultChartTitle(ChartKind kind);

/// The one chart export, for the Charts page and for `vigie chart`: draws a fresh chart of `request` from
/// `analysis`, fills in `options` the filter in words, what the chart leaves out and the sources of its figures
/// (an empty title becomes the default one), and writes it to `fileName` atomically. On failure no file is left
/// and `error` says why.
bool exportChartRequest(OutsourcingAnalysis &analysis, const ChartRequest &request, ExportOptions options,
                        const QString &fileName, QString *error);

} // namespace vigie
