#pragma once

#include <QDateTime>
#include <QSize>
#include <QSizeF>
#include <QStringList>

#include <memory>

class QChart;
class QPainter;

namespace vigie {

/// How to export a chart for a leaflet.
struct ExportOptions
{
    enum class Format { Png, Svg, Pdf };
    enum class Page { A4, A5, Custom };

    Format format = Format::Png;
    Page page = Page::A4;
    bool landscape = true;
    QSize customPixels {1600, 1000}; // Page::Custom: the PNG's size; vector formats use it at 96 dpi
    int dpi = 0; // PNG resolution; 0 = 300 for pages, 96 for a custom size

    QString title;
    QString subtitle;
    QString unionName; // printed at the foot
    QString filterText; // the filter in words (describeFilter())
    QStringList notes; // what is left out ("3 contracts of unknown amount not shown")
    QStringList sources; // one citation each
    QString databasePath; // recorded in the SVG's metadata
    QDateTime exportedAt = QDateTime::currentDateTime();

    int effectiveDpi() const;
    /// Layout size in device-independent pixels (96 per inch), what the chart is laid out at.
    QSizeF layoutSize() const;
    /// Size of the PNG in pixels.
    QSize pixelSize() const;
};

/// Writes `chart` (which it takes over) with its title, subtitle, filter, omissions, sources, date and union
/// name into `fileName`, atomically: on failure no file is left and `error` says why.
bool exportChart(std::unique_ptr<QChart> chart, const ExportOptions &options, const QString &fileName, QString *error);

/// "png", "svg", "pdf" and back; "A4", "A5".
QString exportFormatCode(ExportOptions::Format format);
bool parseExportFormat(const QString &code, ExportOptions::Format *format);

} // namespace vigie
