#include "chartexporter.h"

#include "charts/chartstyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace vigie {

namespace {

constexpr double kLayoutDpi = 96; // Qt's logical dpi offscreen: fonts in points lay out the same everywhere

// lupdate files these strings under the context named here, the one they are looked up with.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(vigie::ChartExporter)
};

QString footerLine(const ExportOptions &o)
{
    const QLocale locale;
    QStringList parts;
    if (!o.unionName.isEmpty())
        parts << o.unionName;
    parts << Tr::tr("exported on %1").arg(locale.toString(o.exportedAt.date(), QLocale::ShortFormat));
    parts << Tr::tr("made with Vigie %1").arg(QStringLiteral(VIGIE_VERSION));
    return parts.join(QStringLiteral(" — "));
}

QString sourcesText(const QStringList &sources, int count)
{
    QStringList numbered;
    for (int i = 0; i < count && i < sources.size(); ++i)
        numbered << QStringLiteral("[%1] %2").arg(i + 1).arg(sources.at(i));
    QString text = sources.isEmpty() ? Tr::tr("Sources: none recorded for these figures")
                                     : Tr::tr("Sources: %1").arg(numbered.join(QStringLiteral("  ")));
    if (count < sources.size())
        text += QStringLiteral("  ")
            + Tr::tr("and %n more source(s), listed in Vigie", nullptr, int(sources.size() - count));
    return text;
}

// Lays the page out in layout pixels and paints it: title, subtitle, chart, then the foot (what is left out,
// the filter, the sources, union, date and version).
void paintPage(QPainter &painter, QChart *chart, const ExportOptions &o)
{
    const QSizeF size = o.layoutSize();
    const double unit = std::min(size.width(), size.height());
    const double margin = unit * 0.04;
    const double width = size.width() - 2 * margin;
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);

    const QFont titleFont = chartstyle::font(unit * 0.026, true);
    const QFont subtitleFont = chartstyle::font(unit * 0.016);
    const QFont footFont = chartstyle::font(unit * 0.0105);
    const int wrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    double y = margin;
    painter.setPen(Qt::black);
    if (!o.title.isEmpty()) {
        painter.setFont(titleFont);
        const QRectF r = painter.boundingRect(QRectF(margin, y, width, size.height()), wrap, o.title);
        painter.drawText(r, wrap, o.title);
        y = r.bottom() + unit * 0.006;
    }
    if (!o.subtitle.isEmpty()) {
        painter.setFont(subtitleFont);
        const QRectF r = painter.boundingRect(QRectF(margin, y, width, size.height()), wrap, o.subtitle);
        painter.drawText(r, wrap, o.subtitle);
        y = r.bottom();
    }
    y += unit * 0.01;

    // The foot, from the bottom up; sources are cut (with a count of the rest) if they would take over a
    // quarter of the page.
    painter.setFont(footFont);
    QStringList lines;
    if (!o.notes.isEmpty()) {
        //: Between two notes under a chart (French typography puts a space before the semicolon).
        const QString separator = Tr::tr("; ");
        lines << Tr::tr("Notes: %1").arg(o.notes.join(separator));
    }
    if (!o.filterText.isEmpty())
        lines << Tr::tr("Filter: %1").arg(o.filterText);
    int shownSources = int(o.sources.size());
    auto footText
        = [&] { return (QStringList(lines) << sourcesText(o.sources, shownSources) << footerLine(o)).join(u'\n'); };
    QRectF foot = painter.boundingRect(QRectF(margin, 0, width, size.height()), wrap, footText());
    while (foot.height() > size.height() * 0.25 && shownSources > 0) {
        --shownSources;
        foot = painter.boundingRect(QRectF(margin, 0, width, size.height()), wrap, footText());
    }
    foot.moveBottom(size.height() - margin);
    painter.drawText(foot, wrap, footText());
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), unit * 0.001));
    painter.drawLine(QPointF(margin, foot.top() - unit * 0.008),
                     QPointF(size.width() - margin, foot.top() - unit * 0.008));

    const QRectF chartRect(margin, y, width, std::max(10.0, foot.top() - unit * 0.016 - y));
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart from here
    chart->setGeometry(QRectF(QPointF(0, 0), chartRect.size()));
    chart->setBackgroundVisible(false);
    scene.setSceneRect(QRectF(QPointF(0, 0), chartRect.size()));
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, chartRect, scene.sceneRect());
}

QString metadata(const ExportOptions &o)
{
    return Tr::tr("Made with Vigie %1 on %2. Database: %3. Filter: %4. Sources: %5")
        .arg(QStringLiteral(VIGIE_VERSION), o.exportedAt.toString(Qt::ISODate),
             QDir::toNativeSeparators(o.databasePath), o.filterText, o.sources.join(QStringLiteral("; ")));
}

} // namespace

int ExportOptions::effectiveDpi() const
{
    if (dpi > 0)
        return dpi;
    return page == Page::Custom ? 96 : 300;
}

QSizeF ExportOptions::layoutSize() const
{
    if (page == Page::Custom) {
        const double scale = format == Format::Png ? kLayoutDpi / effectiveDpi() : 1.0;
        return QSizeF(customPixels) * scale;
    }
    QSizeF mm = QPageSize(page == Page::A4 ? QPageSize::A4 : QPageSize::A5).size(QPageSize::Millimeter);
    if (landscape)
        mm.transpose();
    return mm / 25.4 * kLayoutDpi;
}

QSize ExportOptions::pixelSize() const
{
    if (page == Page::Custom)
        return customPixels;
    const QSizeF layout = layoutSize();
    const double scale = effectiveDpi() / kLayoutDpi;
    return QSize(int(std::lround(layout.width() * scale)), int(std::lround(layout.height() * scale)));
}

QString exportFormatCode(ExportOptions::Format format)
{
    switch (format) {
    case ExportOptions::Format::Png:
        return QStringLiteral("png");
    case ExportOptions::Format::Svg:
        return QStringLiteral("svg");
    case ExportOptions::Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool parseExportFormat(const QString &code, ExportOptions::Format *format)
{
    for (auto f : {ExportOptions::Format::Png, ExportOptions::Format::Svg, ExportOptions::Format::Pdf}) {
        if (code.compare(exportFormatCode(f), Qt::CaseInsensitive) == 0) {
            *format = f;
            return true;
        }
    }
    return false;
}

bool exportChart(std::unique_ptr<QChart> chart, const ExportOptions &options, const QString &fileName, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QSize pixels = options.pixelSize();
    if (pixels.width() < 100 || pixels.height() < 100 || pixels.width() > 20000 || pixels.height() > 20000)
        return fail(
            Tr::tr("the export size %1 × %2 pixels is outside 100 to 20 000").arg(pixels.width()).arg(pixels.height()));

    // Written beside the target and renamed over it at the end: a failed export leaves nothing behind.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));

    const QSizeF layout = options.layoutSize();
    QChart *raw = chart.release();
    switch (options.format) {
    case ExportOptions::Format::Png: {
        QImage image(pixels, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(pixels.width() / layout.width(), pixels.height() / layout.height());
            paintPage(painter, raw, options);
        }
        // Painted at the layout dpi, then labelled with the real one so that printers size it right.
        const int dotsPerMeter = int(std::lround(options.effectiveDpi() / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.setText(QStringLiteral("Title"), options.title);
        image.setText(QStringLiteral("Description"), metadata(options));
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            file.cancelWriting();
            return fail(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), writer.errorString()));
        }
        break;
    }
    case ExportOptions::Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(int(kLayoutDpi));
        generator.setSize(layout.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), layout));
        generator.setTitle(options.title);
        generator.setDescription(metadata(options));
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            delete raw;
            return fail(Tr::tr("cannot write %1").arg(QDir::toNativeSeparators(fileName)));
        }
        paintPage(painter, raw, options);
        painter.end();
        break;
    }
    case ExportOptions::Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(int(kLayoutDpi));
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Vigie %1").arg(QStringLiteral(VIGIE_VERSION)));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (options.page == ExportOptions::Page::Custom) {
            writer.setPageSize(
                QPageSize(layout / kLayoutDpi * 72.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
        } else {
            writer.setPageSize(QPageSize(options.page == ExportOptions::Page::A4 ? QPageSize::A4 : QPageSize::A5));
            writer.setPageOrientation(options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        }
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            delete raw;
            return fail(Tr::tr("cannot write %1").arg(QDir::toNativeSeparators(fileName)));
        }
        paintPage(painter, raw, options);
        painter.end();
        break;
    }
    }
    if (!file.commit())
        return fail(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
    return true;
}

} // namespace vigie
