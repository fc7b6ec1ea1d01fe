// Charts drawn from a small database of known figures, and their exports (PNG, SVG, PDF) and command line.
#include "analytics/outsourcinganalysis.h"
#include "application.h"
#include "charts/chartexporter.h"
#include "charts/chartstyle.h"
#include "charts/chartsview.h"
#include "charts/disclosurechart.h"
#include "charts/spendingexposurechart.h"
#include "core/amount.h"
#include "storage/analysisreader.h"
#include "storage/database.h"

#include <QBarSet>
#include <QFile>
#include <QFileInfo>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace vigie;

Q_DECLARE_METATYPE(vigie::ExportOptions::Page)

namespace {

// Alpha: C1 12 M€ notified 2020-03 (amendment 2021-02 to 18 M€); Beta: C2 6 M€ 2021-06, C3 unknown amount 2021.
// Majorel: incident made public 2023-08-24, official claim 600 000 people, occurred 2023-03, discovered
// 2023-07, CNIL notification unknown; Beta: incident discovered 2021-03, 1 000 people, nothing else known.
const char *const kFixture[] = {
    R"(INSERT INTO organisations (id, name, role) VALUES (1, 'Pôle emploi', 'buyer'), (2, 'Alpha', 'subcontractor'),
        (3, 'Beta', 'subcontractor'), (4, 'Majorel', 'subcontractor'))",
    R"(INSERT INTO sources (id, title, publisher, kind, published_on) VALUES
        (10, 'Avis de marché Alpha', 'BOAMP', 'open_data', '2020-03-20'),
        (11, 'Avis de marché Beta', 'BOAMP', 'open_data', '2021-06-10'),
        (20, 'Communiqué CGT', 'CGT', 'union', '2023-08-24'),
        (21, 'Communiqué officiel', 'Pôle emploi', 'official', '2023-08-23'),
        (22, 'Tract Sud Emploi', 'Solidaires', 'union', '2021-04'))",
    R"(INSERT INTO contracts (id, reference, buyer_id, amount_cents, notified_on, duration_months) VALUES
        (1, 'C1', 1, 1200000000, '2020-03-15', 12), (2, 'C2', 1, 600000000, '2021-06-01', 6),
        (3, 'C3', 1, NULL, '2021-09', 12))",
    R"(INSERT INTO contract_holders (contract_id, organisation_id) VALUES (1, 2), (2, 3), (3, 3))",
    R"(INSERT INTO amendments (id, contract_id, signed_on, new_amount_cents) VALUES (1, 1, '2021-02-10', 1800000000))",
    R"(INSERT INTO contract_sources (contract_id, source_id) VALUES (1, 10), (2, 11))",
    R"(INSERT INTO incidents (id, title, subcontractor_id, occurred_on, discovered_on, made_public_on) VALUES
        (1, 'Fuite Majorel', 4, '2023-03', '2023-07', '2023-08-24'), (2, 'Incident Beta', 3, NULL, '2021-03', NULL))",
    R"(INSERT INTO incident_sources (incident_id, source_id) VALUES (1, 20), (2, 22))",
    R"(INSERT INTO claims (id, incident_id, claimant, is_official, people, source_id) VALUES
        (1, 1, 'Pôle emploi', 1, 600000, 21), (2, 2, 'Pôle emploi', 1, 1000, 22))",
    R"(INSERT INTO claim_data_categories (claim_id, category_id)
        SELECT 1, id FROM data_categories WHERE code IN ('identity', 'nir')
        UNION ALL SELECT 2, id FROM data_categories WHERE code = 'email')",
};

const QStringList kSourceTitles
    = {QStringLiteral("Avis de marché Alpha"), QStringLiteral("Avis de marché Beta"), QStringLiteral("Communiqué CGT"),
       QStringLiteral("Communiqué officiel"), QStringLiteral("Tract Sud Emploi")};

QList<QXYSeries *> seriesNamed(const QChart &chart, const char *name)
{
    QList<QXYSeries *> found;
    for (QAbstractSeries *series : chart.series()) {
        if (series->objectName() == QLatin1String(name))
            found << qobject_cast<QXYSeries *>(series);
    }
    return found;
}

// The points of every series of that name, in order.
QList<QPointF> pointsOf(const QChart &chart, const char *name)
{
    QList<QPointF> points;
    for (QXYSeries *series : seriesNamed(chart, name))
        points << series->points();
    return points;
}

QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void paletteStaysApartInGreyscale();
    void chartShowsKnownFigures();
    void disclosureShowsUnknownSteps();
    void chartsViewKeyFiguresAndHover();
    void pngMatchesPageAndDpi_data();
    void pngMatchesPageAndDpi();
    void svgIsXmlWithTitleAxesSourcesAndMetadata();
    void pdfTextHasTitleAndEverySource();
    void failedExportLeavesNoFile();
    void commandLine_data();
    void commandLine();
    void commandLineNeverCreatesTheDatabase();
    void executable();

private:
    ExportOptions baseOptions() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QString m_path;
};

void TestChartExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("charts.vigie"));
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->create(m_path), qPrintable(m_database->errorString()));
    QSqlQuery query(m_database->connection());
    for (const char *statement : kFixture)
        QVERIFY2(query.exec(QString::fromUtf8(statement)), qPrintable(query.lastError().text()));
}

void TestChartExport::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

ExportOptions TestChartExport::baseOptions() const
{
    ExportOptions options;
    options.title = QStringLiteral("Sous-traitance et fuites de données");
    options.subtitle = QStringLiteral("Pôle emploi, 2020-2023");
    options.unionName = QStringLiteral("SUD Emploi");
    options.filterText = QStringLiteral("all dates; by year");
    options.sources = kSourceTitles;
    options.databasePath = m_path;
    return options;
}

void TestChartExport::paletteStaysApartInGreyscale()
{
    // Printed in black and white, every pair of stacks differs in lightness by a tenth at least, and
    // "others" and "unknown" are patterns, not flat fills.
    for (int i = 0; i < chartstyle::kMaxStacks; ++i) {
        QCOMPARE(chartstyle::stackBrush(i).style(), Qt::SolidPattern);
        for (int j = i + 1; j < chartstyle::kMaxStacks; ++j) {
            const double difference = std::abs(chartstyle::luma(chartstyle::stackBrush(i).color())
                                               - chartstyle::luma(chartstyle::stackBrush(j).color()));
            QVERIFY2(difference >= 0.1,
                     qPrintable(QStringLiteral("stacks %1 and %2: %3").arg(i).arg(j).arg(difference)));
        }
    }
    QVERIFY(chartstyle::otherBrush().style() != Qt::SolidPattern);
    QVERIFY(chartstyle::unknownBrush().style() != Qt::SolidPattern);
}

void TestChartExport::chartShowsKnownFigures()
{
    OutsourcingAnalysis analysis(std::make_unique<AnalysisReader>(m_database->connection()));
    const auto data = analysis.compute(AnalysisFilter());
    QVERIFY(data);
    SpendingExposureChart chart;
    chart.setChartData(*data);

    // Bars in M€: Alpha 12 (2020) and 6 (2021, the amendment); Beta 6 (2021); C3's unknown amount not drawn.
    const auto bars = qobject_cast<QStackedBarSeries *>(chart.series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Alpha"));
    const QList<qreal> alpha = {12, 6, 0, 0};
    const QList<qreal> beta = {0, 6, 0, 0};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(bars->barSets().at(0)->at(i), alpha.at(i));
        QCOMPARE(bars->barSets().at(1)->at(i), beta.at(i));
    }
    QVERIFY(chart.moneyAxisTitle().contains(QStringLiteral("M€")));
    QCOMPARE(data->omissionNotes(), QStringList {QStringLiteral("1 contract(s) of unknown amount not shown")});

    // People exposed, in thousands: a marker where incidents of known size are, 1 in 2021 and 600 in 2023;
    // none in 2020 and 2022, where no incident is recorded (not "nobody exposed"), and no line between
    // years that are not neighbours.
    QCOMPARE(pointsOf(chart, "exposureMarkers"), (QList<QPointF> {{1, 1.0}, {3, 600.0}}));
    QVERIFY(seriesNamed(chart, "exposureLine").isEmpty());
    QVERIFY(seriesNamed(chart, "exposureUnknown").isEmpty());
    QVERIFY(chart.peopleAxisTitle().contains(QStringLiteral("thousands")));

    // The running total starts at the first incident of known size and is joined from there on.
    SpendingExposureChart::Options cumulative;
    cumulative.cumulative = true;
    chart.setChartData(*data, cumulative);
    const QList<QPointF> total = {{1, 1.0}, {2, 1.0}, {3, 601.0}};
    QCOMPARE(pointsOf(chart, "exposureMarkers"), total);
    QCOMPARE(seriesNamed(chart, "exposureLine").size(), 1);
    QCOMPARE(pointsOf(chart, "exposureLine"), total);

    // An incident nobody gives a count for (Alpha, 2022) is a "?" with its own legend entry: on the time
    // axis per year, on the running total when cumulative; it adds no people.
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO incidents (id, title, subcontractor_id, made_public_on) "
                                          "VALUES (3, 'Incident Alpha', 2, '2022-06-01')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO claims (incident_id, claimant, is_official, people, source_id) "
                                          "VALUES (3, 'Pôle emploi', 1, NULL, 21)")));
    }
    OutsourcingAnalysis fresh(std::make_unique<AnalysisReader>(m_database->connection()));
    const auto withUnknown = fresh.compute(AnalysisFilter());
    QVERIFY(withUnknown);
    chart.setChartData(*withUnknown, cumulative);
    QCOMPARE(pointsOf(chart, "exposureUnknown"), (QList<QPointF> {{2, 1.0}}));
    QCOMPARE(pointsOf(chart, "exposureMarkers"), total);
    chart.setChartData(*withUnknown);
    const QList<QPointF> perYear = pointsOf(chart, "exposureUnknown");
    QCOMPARE(perYear.size(), 1);
    QCOMPARE(perYear.at(0).x(), 2.0);
    QVERIFY2(perYear.at(0).y() > 0 && perYear.at(0).y() < 0.03 * 800, "just above the axis (0 to 800 thousand)");
    QCOMPARE(pointsOf(chart, "exposureMarkers"), (QList<QPointF> {{1, 1.0}, {3, 600.0}}));
    const auto unknown = seriesNamed(chart, "exposureUnknown").value(0);
    QVERIFY(!unknown->lightMarker().isNull()); // the "?" disc
    QCOMPARE(chart.legend()->markers(unknown).size(), 1);
    QCOMPARE(chart.legend()->markers(unknown).at(0)->label(),
             QStringLiteral("Incidents with no official count of people (?)"));
    QVERIFY(withUnknown->omissionNotes().contains(
        QStringLiteral("1 incident(s) with no official count of people affected: marked ?, not counted")));

    // Alpha alone: a "?" and nothing known, even as a running total (no line, no marker, the "?" by the axis).
    AnalysisFilter alphaFilter;
    alphaFilter.subcontractorIds = {2};
    const auto alphaOnly = fresh.compute(alphaFilter);
    QVERIFY(alphaOnly);
    chart.setChartData(*alphaOnly, cumulative);
    QVERIFY(pointsOf(chart, "exposureMarkers").isEmpty());
    QVERIFY(seriesNamed(chart, "exposureLine").isEmpty());
    const QList<QPointF> alone = pointsOf(chart, "exposureUnknown");
    QCOMPARE(alone.size(), 1);
    QVERIFY(alone.at(0).y() > 0 && alone.at(0).y() < 0.1);
    chart.setChartData(*data);

    // Too many periods for the width: merged, the totals kept.
    AnalysisFilter monthly;
    monthly.granularity = Granularity::Month;
    const auto months = analysis.compute(monthly);
    QVERIFY(months);
    QVERIFY(months->periods.size() > 40);
    SpendingExposureChart::Options options;
    options.maxPeriods = 10;
    chart.setChartData(*months, options);
    QVERIFY(chart.chartData().periods.size() <= 10);
    qreal sum = 0;
    for (QBarSet *set : qobject_cast<QStackedBarSeries *>(chart.series().value(0))->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
    }
    QCOMPARE(sum, 24.0);
}

void TestChartExport::disclosureShowsUnknownSteps()
{
    OutsourcingAnalysis analysis(std::make_unique<AnalysisReader>(m_database->connection()));
    DisclosureChart chart;
    chart.setTimelines(analysis.disclosureTimelines(AnalysisFilter()));
    QCOMPARE(chart.shownTimelines().size(), 2);
    const auto series = qobject_cast<QHorizontalStackedBarSeries *>(chart.series().value(0));
    QVERIFY(series);
    const QList<QBarSet *> sets = series->barSets();
    QCOMPARE(sets.size(), 7);
    // Rows are drawn earliest at the top, i.e. reversed: row 0 is Majorel (2023), row 1 Beta (2021).
    // Majorel: occurred 1 March → discovered 1 July (122 days), then unknown CNIL date: 1 July → 24 August
    // is a hatched "unknown" stretch (54 days).
    QCOMPARE(sets.at(1)->at(0), 122.0);
    QCOMPARE(sets.at(4)->at(0), 54.0);
    QCOMPARE(sets.at(4)->label(), QStringLiteral("Date unknown"));
    QCOMPARE(sets.at(4)->brush().style(), Qt::DiagCrossPattern);
    // Beta: only discovered is known: unknown stub before it (left of zero) and after it.
    QVERIFY(sets.at(0)->at(1) < 0);
    QVERIFY(sets.at(6)->at(1) > 0);
    QVERIFY(chart.describe(1).contains(QStringLiteral("Made public: unknown")));
}

void TestChartExport::chartsViewKeyFiguresAndHover()
{
    ChartsView view(m_database->connection());
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (qEnvironmentVariableIsSet("VIGIE_KEEP_EXPORTS"))
        view.grab().save(qEnvironmentVariable("VIGIE_KEEP_EXPORTS") + QStringLiteral("/chartsview.png"));
    const QLocale locale;
    auto label = [&](const char *name) { return view.findChild<QLabel *>(QString::fromLatin1(name)); };
    QVERIFY(label("totalValueLabel"));
    QCOMPARE(label("totalValueLabel")->text(), formatAmountShort(Cents(2400000000), locale));
    QCOMPARE(label("subcontractorsValueLabel")->text(), QStringLiteral("2"));
    QCOMPARE(label("incidentsValueLabel")->text(), QStringLiteral("2"));
    QCOMPARE(label("peopleValueLabel")->text(), locale.toString(601000));
    QCOMPARE(label("eurosPerPersonValueLabel")->text(), formatAmount(Cents(3993), locale)); // 24 M€ / 601 000
    QVERIFY(label("notesLabel")->text().contains(QStringLiteral("unknown amount")));

    // Hover text: value and what it is made of.
    const QString alpha2021 = view.describeSpending(1, 0);
    QVERIFY2(alpha2021.contains(QStringLiteral("Alpha")), qPrintable(alpha2021));
    QVERIFY2(alpha2021.contains(QStringLiteral("amendment to contract C1")), qPrintable(alpha2021));
    const QString exposure2023 = view.describeExposure(3);
    QVERIFY2(exposure2023.contains(QStringLiteral("Fuite Majorel")), qPrintable(exposure2023));
    const QString exposure2022 = view.describeExposure(2);
    QVERIFY2(exposure2022.startsWith(QStringLiteral("2022: no incident recorded")), qPrintable(exposure2022));

    // A filter on Beta only: the figures follow.
    AnalysisFilter filter;
    filter.subcontractorIds = {3};
    view.setFilter(filter);
    QCOMPARE(label("totalValueLabel")->text(), formatAmountShort(Cents(600000000), locale));
    QCOMPARE(label("peopleValueLabel")->text(), locale.toString(1000));
    QVERIFY(label("peopleValueLabel")->toolTip().isEmpty());

    // Alpha's only incident has no count of people: how many were exposed is unknown, not 0; beside a
    // counted incident, the figure is a minimum and says so.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO incidents (id, title, subcontractor_id, made_public_on) "
                                      "VALUES (3, 'Incident Alpha', 2, '2022-06-01')")));
    filter.subcontractorIds = {2};
    view.setFilter(filter);
    QCOMPARE(label("incidentsValueLabel")->text(), QStringLiteral("1"));
    QCOMPARE(label("peopleValueLabel")->text(), QStringLiteral("unknown"));
    QCOMPARE(label("eurosPerPersonValueLabel")->text(), QStringLiteral("unknown"));
    // Its period's hover text: no count, and a running total that is unknown rather than 0.
    const ChartData &alphaShown = view.spendingChart()->chartData();
    const int alpha2022 = int(alphaShown.periods.indexOf(2022));
    QVERIFY(alpha2022 >= 0);
    const QString alphaTip = view.describeExposure(alpha2022);
    QVERIFY2(alphaTip.contains(QStringLiteral("1 incident(s) with no official count")), qPrintable(alphaTip));
    QVERIFY2(alphaTip.contains(QStringLiteral("Running total: unknown")), qPrintable(alphaTip));
    QVERIFY2(!alphaTip.contains(QStringLiteral("index")), qPrintable(alphaTip));
    QVERIFY2(alphaTip.contains(QStringLiteral("Incident Alpha: unknown")), qPrintable(alphaTip));
    filter.subcontractorIds = {2, 3};
    view.setFilter(filter);
    QCOMPARE(label("peopleValueLabel")->text(), locale.toString(1000));
    QVERIFY(label("peopleValueLabel")->toolTip().contains(QStringLiteral("At least")));
    // Money over a minimum of people: a maximum.
    QVERIFY(label("eurosPerPersonValueLabel")->toolTip().contains(QStringLiteral("At most")));
    const ChartData &both = view.spendingChart()->chartData();
    const QString bothTip = view.describeExposure(int(both.periods.indexOf(2022)));
    QVERIFY2(bothTip.contains(QStringLiteral("Running total: at least ") + locale.toString(1000)), qPrintable(bothTip));
}

void TestChartExport::pngMatchesPageAndDpi_data()
{
    QTest::addColumn<ExportOptions::Page>("page");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("custom");
    QTest::addColumn<QSize>("expected");
    // A4 = 210 × 297 mm, A5 = 148 × 210 mm.
    QTest::newRow("A4 landscape 300 dpi") << ExportOptions::Page::A4 << true << 0 << QSize() << QSize(3508, 2480);
    QTest::newRow("A4 portrait 300 dpi") << ExportOptions::Page::A4 << false << 300 << QSize() << QSize(2480, 3508);
    QTest::newRow("A5 landscape 150 dpi") << ExportOptions::Page::A5 << true << 150 << QSize() << QSize(1240, 874);
    QTest::newRow("custom") << ExportOptions::Page::Custom << true << 0 << QSize(1600, 1000) << QSize(1600, 1000);
}

void TestChartExport::pngMatchesPageAndDpi()
{
    QFETCH(ExportOptions::Page, page);
    QFETCH(bool, landscape);
    QFETCH(int, dpi);
    QFETCH(QSize, custom);
    QFETCH(QSize, expected);
    OutsourcingAnalysis analysis(std::make_unique<AnalysisReader>(m_database->connection()));
    auto chart = std::make_unique<SpendingExposureChart>();
    chart->setChartData(*analysis.compute(AnalysisFilter()));
    ExportOptions options = baseOptions();
    options.page = page;
    options.landscape = landscape;
    options.dpi = dpi;
    if (custom.isValid())
        options.customPixels = custom;
    const QString file = m_dir->filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(exportChart(std::move(chart), options, file, &error), qPrintable(error));
    if (qEnvironmentVariableIsSet("VIGIE_KEEP_EXPORTS"))
        QFile::copy(
            file,
            qEnvironmentVariable("VIGIE_KEEP_EXPORTS")
                + QStringLiteral("/%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const QImage image(file);
    QCOMPARE(image.size(), expected);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), options.effectiveDpi());
    // Not blank: the bars and text darken a good part of it.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
}

void TestChartExport::svgIsXmlWithTitleAxesSourcesAndMetadata()
{
    OutsourcingAnalysis analysis(std::make_unique<AnalysisReader>(m_database->connection()));
    auto chart = std::make_unique<SpendingExposureChart>();
    chart->setChartData(*analysis.compute(AnalysisFilter()));
    const QString moneyTitle = chart->moneyAxisTitle();
    const QString peopleTitle = chart->peopleAxisTitle();
    const QString file = m_dir->filePath(QStringLiteral("chart.svg"));
    QString error;
    ExportOptions options = baseOptions();
    options.format = ExportOptions::Format::Svg;
    QVERIFY2(exportChart(std::move(chart), options, file, &error), qPrintable(error));
    if (qEnvironmentVariableIsSet("VIGIE_KEEP_EXPORTS"))
        QFile::copy(file, qEnvironmentVariable("VIGIE_KEEP_EXPORTS") + QStringLiteral("/test.svg"));

    QFile svg(file);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    QString text;
    QString description;
    bool inDesc = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            inDesc = xml.name() == QLatin1String("desc");
        if (xml.isCharacters()) {
            if (inDesc)
                description += xml.text();
            else
                text += xml.text().toString() + u' ';
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    text = simplified(text);
    QVERIFY(text.contains(QStringLiteral("Sous-traitance et fuites de données")));
    QVERIFY(text.contains(QStringLiteral("Pôle emploi, 2020-2023")));
    QVERIFY2(text.contains(moneyTitle), qPrintable(moneyTitle));
    QVERIFY2(text.contains(peopleTitle), qPrintable(peopleTitle));
    QVERIFY(text.contains(QStringLiteral("2021")));
    for (const QString &source : kSourceTitles)
        QVERIFY2(text.contains(source), qPrintable(source));
    QVERIFY(text.contains(QStringLiteral("SUD Emploi")));
    QVERIFY(description.contains(m_path));
    QVERIFY(description.contains(QStringLiteral("all dates; by year")));
    QVERIFY(description.contains(QStringLiteral(VIGIE_VERSION)));
    QVERIFY2(svg.size() < 2 * 1024 * 1024, qPrintable(QString::number(svg.size())));
}

void TestChartExport::pdfTextHasTitleAndEverySource()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    OutsourcingAnalysis analysis(std::make_unique<AnalysisReader>(m_database->connection()));
    auto chart = std::make_unique<SpendingExposureChart>();
    chart->setChartData(*analysis.compute(AnalysisFilter()));
    const QString file = m_dir->filePath(QStringLiteral("chart.pdf"));
    QString error;
    ExportOptions options = baseOptions();
    options.format = ExportOptions::Format::Pdf;
    QVERIFY2(exportChart(std::move(chart), options, file, &error), qPrintable(error));
    if (qEnvironmentVariableIsSet("VIGIE_KEEP_EXPORTS"))
        QFile::copy(file, qEnvironmentVariable("VIGIE_KEEP_EXPORTS") + QStringLiteral("/test.pdf"));
    QProcess process;
    process.start(pdftotext, {file, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    // pdftotext writes ligatures ("ﬃ"); compatibility normalisation spells them out.
    const QString text
        = simplified(QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC));
    QVERIFY2(text.contains(QStringLiteral("Sous-traitance et fuites de données")), qPrintable(text));
    for (const QString &source : kSourceTitles)
        QVERIFY2(text.contains(source), qPrintable(source + QStringLiteral(" not in: ") + text));
    // Vector: the chart's text is text, and the file is small.
    QVERIFY(text.contains(QStringLiteral("Alpha")));
    QVERIFY(QFileInfo(file).size() < 1024 * 1024);
}

void TestChartExport::failedExportLeavesNoFile()
{
    OutsourcingAnalysis analysis(std::make_unique<AnalysisReader>(m_database->connection()));
    // A directory that does not exist.
    auto chart = std::make_unique<SpendingExposureChart>();
    chart->setChartData(*analysis.compute(AnalysisFilter()));
    const QString missing = m_dir->filePath(QStringLiteral("missing/chart.pdf"));
    QString error;
    ExportOptions options = baseOptions();
    options.format = ExportOptions::Format::Pdf;
    QVERIFY(!exportChart(std::move(chart), options, missing, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(missing));

    // A size out of range, over an existing file: the old file stays as it was, no temporary left.
    const QString existing = m_dir->filePath(QStringLiteral("old.png"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous export");
    }
    chart = std::make_unique<SpendingExposureChart>();
    options.format = ExportOptions::Format::Png;
    options.page = ExportOptions::Page::Custom;
    options.customPixels = QSize(10, 10);
    error.clear();
    QVERIFY(!exportChart(std::move(chart), options, existing, &error));
    QVERIFY(error.contains(QStringLiteral("10")));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("previous export"));
    // Nothing but the database (with its WAL files) and old.png.
    QCOMPARE(QDir(m_dir->path())
                 .entryList({QStringLiteral("*.png"), QStringLiteral("*.pdf"), QStringLiteral("*.tmp")}, QDir::Files),
             QStringList {QStringLiteral("old.png")});
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 4);
}

void TestChartExport::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("format");

    const QString out = QStringLiteral("OUT");
    QTest::newRow("spending png") << QStringList {QStringLiteral("--kind"),     QStringLiteral("spending-exposure"),
                                                  QStringLiteral("--format"),   QStringLiteral("png"),
                                                  QStringLiteral("--dpi"),      QStringLiteral("100"),
                                                  QStringLiteral("--page"),     QStringLiteral("A5"),
                                                  QStringLiteral("--landscape")}
                                  << 0 << QStringLiteral("png");
    QTest::newRow("disclosure svg") << QStringList {QStringLiteral("--kind"), QStringLiteral("disclosure-delays"),
                                                    QStringLiteral("--format"), QStringLiteral("svg")}
                                    << 0 << QStringLiteral("svg");
    QTest::newRow("filters pdf") << QStringList {QStringLiteral("--kind"),
                                                 QStringLiteral("spending-exposure"),
                                                 QStringLiteral("--format"),
                                                 QStringLiteral("pdf"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("2020"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2021"),
                                                 QStringLiteral("--by"),
                                                 QStringLiteral("quarter"),
                                                 QStringLiteral("--mode"),
                                                 QStringLiteral("spread"),
                                                 QStringLiteral("--subcontractor"),
                                                 QStringLiteral("alpha"),
                                                 QStringLiteral("--title"),
                                                 QStringLiteral("Titre")}
                                 << 0 << QStringLiteral("pdf");
    QTest::newRow("bad kind") << QStringList {QStringLiteral("--kind"), QStringLiteral("pie"),
                                              QStringLiteral("--format"), QStringLiteral("png")}
                              << 2 << QString();
    QTest::newRow("bad format") << QStringList {QStringLiteral("--kind"), QStringLiteral("spending-exposure"),
                                                QStringLiteral("--format"), QStringLiteral("gif")}
                                << 2 << QString();
    QTest::newRow("bad year") << QStringList {QStringLiteral("--kind"),   QStringLiteral("spending-exposure"),
                                              QStringLiteral("--format"), QStringLiteral("png"),
                                              QStringLiteral("--from"),   QStringLiteral("twenty")}
                              << 2 << QString();
    QTest::newRow("unknown subcontractor")
        << QStringList {QStringLiteral("--kind"), QStringLiteral("spending-exposure"), QStringLiteral("--format"),
                        QStringLiteral("png"),    QStringLiteral("--subcontractor"),   QStringLiteral("Nobody")}
        << 1 << QString();
}

void TestChartExport::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, format);
    const QString out
        = m_dir->filePath(QStringLiteral("cli-chart.") + (format.isEmpty() ? QStringLiteral("png") : format));
    const QStringList full = QStringList {QStringLiteral("vigie"), QStringLiteral("chart"),
                                          QStringLiteral("--db"),  m_path,
                                          QStringLiteral("--out"), out}
        + arguments;
    QCOMPARE(runCommandLine(full), exitCode);
    QCOMPARE(QFile::exists(out), exitCode == 0);
    if (format == QLatin1String("png")) {
        QCOMPARE(QImage(out).size(), QSize(827, 583)); // A5 landscape at 100 dpi
    } else if (format == QLatin1String("svg")) {
        QFile svg(out);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(svg.readAll());
        QVERIFY(content.contains(QStringLiteral("Fuite Majorel")));
        QVERIFY(content.contains(QStringLiteral("Communiqué CGT"))); // the incident's source
        QVERIFY(!content.contains(QStringLiteral("Avis de marché"))); // contracts are not behind this chart
    }
}

void TestChartExport::commandLineNeverCreatesTheDatabase()
{
    const QString missing = m_dir->filePath(QStringLiteral("nothing.vigie"));
    const QString out = m_dir->filePath(QStringLiteral("out.png"));
    QCOMPARE(runCommandLine({QStringLiteral("vigie"), QStringLiteral("chart"), QStringLiteral("--db"), missing,
                             QStringLiteral("--kind"), QStringLiteral("spending-exposure"), QStringLiteral("--format"),
                             QStringLiteral("png"), QStringLiteral("--out"), out}),
             1);
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(out));
}

void TestChartExport::executable()
{
    // The real `vigie chart`, without a display: main() picks the offscreen platform itself.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    auto run = [&](const QStringList &arguments, QByteArray *errors) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(VIGIE_EXECUTABLE), QStringList {QStringLiteral("chart")} + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        *errors = process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray errors;
    const QString out = m_dir->filePath(QStringLiteral("exe.svg"));
    QCOMPARE(run({QStringLiteral("--db"), m_path, QStringLiteral("--kind"), QStringLiteral("spending-exposure"),
                  QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--out"), out},
                 &errors),
             0);
    QVERIFY(QFileInfo(out).size() > 1000);

    const QString missing = m_dir->filePath(QStringLiteral("missing.vigie"));
    const QString out2 = m_dir->filePath(QStringLiteral("exe2.svg"));
    QCOMPARE(run({QStringLiteral("--db"), missing, QStringLiteral("--kind"), QStringLiteral("spending-exposure"),
                  QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--out"), out2},
                 &errors),
             1);
    // One line saying what is wrong, as every subcommand says it (Qt may add its own runtime-directory notice first).
    const QList<QByteArray> lines = errors.trimmed().split('\n');
    QVERIFY2(lines.last().startsWith("vigie: ") && lines.last().contains("missing.vigie"), errors.constData());
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(out2));

    QCOMPARE(run({QStringLiteral("--db"), m_path, QStringLiteral("--format"), QStringLiteral("svg")}, &errors), 2);
}

QTEST_MAIN(TestChartExport)
#include "testchartexport.moc"
