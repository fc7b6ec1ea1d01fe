// Times the charts on a synthetic database of one million contracts and ten thousand incidents:
// the main chart's series (first computation and each filter change), drawing, each export, SVG size.
//
//   benchmark_charts [DATABASE]   (generated if missing, kept for the next run when a path is given)
#include "analytics/outsourcinganalysis.h"
#include "charts/chartexporter.h"
#include "charts/spendingexposurechart.h"
#include "storage/analysisreader.h"
#include "storage/database.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace vigie;

namespace {

constexpr int kContracts = 1'000'000;
constexpr int kIncidents = 10'000;
constexpr int kSubcontractors = 500;

// Set-based inserts in one transaction: the fastest way SQLite has to fill a table.
const char *const kGenerate[] = {
    R"(INSERT INTO organisations (id, name, role) VALUES (1, 'Acheteur', 'buyer'))",
    R"(WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 501)
       INSERT INTO organisations (id, name, role, parent_id)
       SELECT i, 'Prestataire ' || i, 'subcontractor', CASE WHEN i % 10 = 0 THEN i - 1 END FROM n)",
    R"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
       INSERT INTO sources (id, title, kind, published_on) SELECT i, 'Source synthétique ' || i, 'open_data',
       printf('%04d', 2000 + i % 25) FROM n)",
    R"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
       INSERT INTO contracts (id, reference, buyer_id, amount_cents, notified_on, duration_months)
       SELECT i, 'S-' || i, 1, CASE WHEN i % 50 = 0 THEN NULL ELSE (i * 7919) % 500000000 * 100 END,
              CASE WHEN i % 97 = 0 THEN NULL
                   ELSE printf('%04d-%02d-%02d', 2000 + (i * 13) % 25, 1 + (i * 7) % 12, 1 + i % 28) END,
              CASE WHEN i % 31 = 0 THEN NULL ELSE 1 + (i * 11) % 60 END FROM n)",
    R"(INSERT INTO contract_holders (contract_id, organisation_id) SELECT id, 2 + (id * 17) % 500 FROM contracts)",
    R"(INSERT OR IGNORE INTO contract_holders (contract_id, organisation_id)
       SELECT id, 2 + (id * 29) % 500 FROM contracts WHERE id % 20 = 0)",
    R"(INSERT INTO contract_sources (contract_id, source_id) SELECT id, 1 + id % 50 FROM contracts)",
    R"(INSERT INTO amendments (contract_id, signed_on, new_amount_cents, new_duration_months)
       SELECT id, printf('%04d-06-01', 2001 + (id * 13) % 25), amount_cents + 100000, NULL
       FROM contracts WHERE id % 10 = 0 AND amount_cents IS NOT NULL)",
    R"(INSERT INTO subcontracting_acts (contract_id, subcontractor_id, amount_cents, declared_on)
       SELECT id, 2 + (id * 43) % 500, amount_cents / 4, NULL FROM contracts WHERE id % 50 = 1)",
    R"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
       INSERT INTO incidents (id, title, subcontractor_id, occurred_on, discovered_on, made_public_on)
       SELECT i, 'Incident ' || i, 2 + (i * 7) % 500, printf('%04d-%02d', 2000 + i % 25, 1 + i % 12),
              CASE WHEN i % 3 = 0 THEN NULL ELSE printf('%04d-%02d', 2000 + i % 25, 1 + i % 12) END,
              CASE WHEN i % 2 = 0 THEN NULL ELSE printf('%04d-12-31', 2000 + i % 25) END FROM n)",
    R"(INSERT INTO claims (incident_id, claimant, is_official, people, source_id)
       SELECT id, 'Officiel', 1, CASE WHEN id % 25 = 0 THEN NULL ELSE (id * 104729) % 5000000 END, 1 + id % 50
       FROM incidents
       UNION ALL SELECT id, 'Expert', 0, (id * 7919) % 8000000, 1 + (id + 7) % 50 FROM incidents WHERE id % 2 = 0)",
    R"(INSERT INTO claim_data_categories (claim_id, category_id)
       SELECT c.id, d.id FROM claims AS c JOIN data_categories AS d ON (c.id + d.id) % 4 = 0)",
    R"(INSERT INTO incident_sources (incident_id, source_id) SELECT id, 1 + id % 50 FROM incidents)",
};

bool generate(const QString &path)
{
    Database database;
    if (!database.create(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return false;
    }
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    db.transaction();
    for (const char *statement : kGenerate) {
        if (!query.exec(QString::fromUtf8(statement))) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            db.rollback();
            return false;
        }
    }
    db.commit();
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

template<typename F> double timeMs(F &&f, int runs = 5)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return median(times);
}

void report(const char *what, double ms, double targetMs)
{
    std::printf("%-58s %9.1f ms  (target < %.0f ms) %s\n", what, ms, targetMs, ms < targetMs ? "ok" : "OVER");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("bench.vigie"));
    if (!QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        if (!generate(path))
            return 1;
        std::printf("generated %d contracts, %d incidents in %.1f s (%lld MB)\n", kContracts, kIncidents,
                    double(timer.elapsed()) / 1000, QFileInfo(path).size() / (1024 * 1024));
    }
    Database database;
    if (!database.open(path, Database::Access::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    OutsourcingAnalysis analysis(std::make_unique<AnalysisReader>(database.connection()));
    AnalysisFilter filter;

    // First computation: one forward-only scan of the database into the month-by-month summary.
    QElapsedTimer timer;
    timer.start();
    std::optional<ChartData> data = analysis.compute(filter);
    const double cold = double(timer.nsecsElapsed()) / 1e6;
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(analysis.lastError()));
        return 1;
    }
    std::printf("%-58s %9.1f ms  (once per database change)\n", "summary scan, first computation", cold);

    report("series: by year, at notification", timeMs([&] { data = analysis.compute(filter); }), 200);
    AnalysisFilter monthly = filter;
    monthly.granularity = Granularity::Month;
    monthly.mode = SpendingMode::Spread;
    report("series: by month, spread", timeMs([&] { analysis.compute(monthly); }), 200);
    AnalysisFilter narrow = filter;
    narrow.subcontractorIds = {2, 3, 4};
    narrow.from = QDate(2010, 1, 1);
    narrow.to = QDate(2019, 12, 31);
    narrow.creditSubcontracting = true;
    narrow.groupByParent = true;
    narrow.claims = ClaimChoice::Highest;
    report("series: 3 groups, 2010-2019, credited, highest claims", timeMs([&] { analysis.compute(narrow); }), 200);
    // The largest subcontractor's biggest bar: the slowest tooltip there is.
    const SpendingSeries &largestSeries = data->spending.constFirst();
    const auto biggest = std::max_element(largestSeries.cents.cbegin(), largestSeries.cents.cend());
    const int lastYear = data->periods.at(int(biggest - largestSeries.cents.cbegin()));
    const RowId largest = largestSeries.organisationId;
    int records = 0;
    report("records behind one bar segment (hover tooltip)",
           timeMs([&] { records = int(analysis.spendingRecords(filter, lastYear, largest).size()); }), 200);
    std::printf("  (%d records behind the largest subcontractor's %d bar)\n", records, lastYear);
    QList<SourceRef> sources;
    report("sources behind the chart", timeMs([&] { sources = analysis.sources(filter); }), 200);

    // Drawing at screen size: series built, laid out and painted, as many bars as the width allows.
    const ChartData monthData = *analysis.compute(monthly);
    QImage screen(1200, 700, QImage::Format_RGB32);
    auto drawMs = [&](int maxPeriods) {
        return timeMs([&] {
            QGraphicsScene scene;
            auto *chart = new SpendingExposureChart;
            SpendingExposureChart::Options options;
            options.maxPeriods = maxPeriods;
            chart->setChartData(monthData, options);
            scene.addItem(chart);
            chart->setGeometry(QRectF(0, 0, 1200, 700));
            QPainter painter(&screen);
            scene.render(&painter);
        });
    };
    std::printf("(monthly data: %lld periods, %lld subcontractors)\n", qint64(monthData.periods.size()),
                qint64(monthData.spending.size()));
    report("draw the monthly chart, 1200 x 700 (120 bars)", drawMs(SpendingExposureChart::maxPeriodsForWidth(1200)),
           50);
    report("draw the yearly chart, 1200 x 700", timeMs([&] {
               QGraphicsScene scene;
               auto *chart = new SpendingExposureChart;
               chart->setChartData(*data);
               scene.addItem(chart);
               chart->setGeometry(QRectF(0, 0, 1200, 700));
               QPainter painter(&screen);
               scene.render(&painter);
           }),
           50);

    QStringList citations;
    for (const SourceRef &source : sources)
        citations << source.citation(QLocale());
    for (auto format : {ExportOptions::Format::Png, ExportOptions::Format::Svg, ExportOptions::Format::Pdf}) {
        ExportOptions options;
        options.format = format;
        options.title = QStringLiteral("Benchmark");
        options.sources = citations;
        options.filterText = QStringLiteral("all");
        const QString file = dir.filePath(QStringLiteral("bench.") + exportFormatCode(format));
        const double ms = timeMs(
            [&] {
                auto chart = std::make_unique<SpendingExposureChart>();
                SpendingExposureChart::Options chartOptions;
                chartOptions.maxPeriods = SpendingExposureChart::maxPeriodsForWidth(options.layoutSize().width());
                chartOptions.pointSize = 9.9;
                chart->setChartData(monthData, chartOptions);
                QString error;
                if (!exportChart(std::move(chart), options, file, &error))
                    std::fprintf(stderr, "%s\n", qPrintable(error));
            },
            3);
        const QByteArray label = QStringLiteral("export %1, A4 landscape%2, monthly")
                                     .arg(exportFormatCode(format).toUpper(),
                                          format == ExportOptions::Format::Png ? QStringLiteral(" 300 dpi") : QString())
                                     .toUtf8();
        report(label.constData(), ms, 1000);
        if (format == ExportOptions::Format::Svg)
            std::printf("%-58s %9.1f kB  (target < 2048 kB) %s\n", "SVG size", double(QFileInfo(file).size()) / 1024,
                        QFileInfo(file).size() < 2 * 1024 * 1024 ? "ok" : "OVER");
    }
    return 0;
}
