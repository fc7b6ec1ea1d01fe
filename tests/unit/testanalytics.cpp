// Hand-computed figures for the analytics behind the charts (see the comments on the fixture in
// tests/analyticsfixture.h), each test run twice: on plain data in memory, without a database, and on the
// same data read from a database by AnalysisReader.
#include "../analyticsfixture.h"
#include "analytics/outsourcinganalysis.h"
#include "storage/analysisreader.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::testing;

Q_DECLARE_METATYPE(vigie::SpendingMode)
Q_DECLARE_METATYPE(vigie::Granularity)
Q_DECLARE_METATYPE(vigie::ClaimChoice)
Q_DECLARE_METATYPE(vigie::RecordRef)

namespace {

int year(int y)
{
    return y;
}
int quarter(int y, int q)
{
    return y * 4 + q - 1;
}
int month(int y, int m)
{
    return monthIndex(y, m);
}

Cents cellOf(const ChartData &data, RowId organisation, int period)
{
    const int index = int(data.periods.indexOf(period));
    if (index < 0)
        return -1;
    for (const SpendingSeries &series : data.spending) {
        if (series.organisationId == organisation)
            return series.cents.at(index);
    }
    return 0;
}

QStringList sourceTitles(const QList<SourceRef> &sources)
{
    QStringList titles;
    for (const SourceRef &source : sources)
        titles << source.title;
    return titles;
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void spending_data();
    void spending();
    void totalsAreExact_data();
    void totalsAreExact();
    void omissions();
    void exposure();
    void weightsChanged();
    void filterBySubcontractorAndPeriod();
    void groupsAndShares();
    void keyFigures();
    void recordsBehindSpending_data();
    void recordsBehindSpending();
    void recordsBehindExposure();
    void sources_data();
    void sources();
    void disclosureTimelines();
    void emptyData();
    void summaryReadOnce();
    void sourceFails();
    void peopleExposedAtLeast();

private:
    // A new analysis over the fixture, through a CountingSource (m_counter).
    void makeAnalysis();
    // Runs `sql` on the fixture's database, or `edit` on its plain data (and moves its version).
    void change(const char *sql, const std::function<void(MemorySource &)> &edit);

    bool m_inDatabase = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MemorySource> m_memory; // the plain data, when not in a database
    std::unique_ptr<OutsourcingAnalysis> m_analysis;
    CountingSource *m_counter = nullptr; // owned by m_analysis
};

// Where the analysis reads the fixture from.
void TestAnalytics::initTestCase_data()
{
    QTest::addColumn<bool>("database");
    QTest::newRow("memory") << false;
    QTest::newRow("database") << true;
}

void TestAnalytics::init()
{
    QFETCH_GLOBAL(bool, database);
    m_inDatabase = database;
    if (m_inDatabase) {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>();
        QVERIFY2(m_database->create(m_dir->filePath(QStringLiteral("analytics.vigie"))),
                 qPrintable(m_database->errorString()));
        QSqlQuery query(m_database->connection());
        for (const char *statement : kAnalyticsFixture)
            QVERIFY2(query.exec(QString::fromUtf8(statement)), qPrintable(query.lastError().text()));
    } else {
        m_memory = analyticsFixtureSource();
    }
    makeAnalysis();
}

void TestAnalytics::makeAnalysis()
{
    m_analysis.reset();
    auto counter = m_inDatabase
        ? std::make_unique<CountingSource>(std::make_unique<AnalysisReader>(m_database->connection()))
        : std::make_unique<CountingSource>(m_memory.get());
    m_counter = counter.get();
    m_analysis = std::make_unique<OutsourcingAnalysis>(std::move(counter));
}

void TestAnalytics::change(const char *sql, const std::function<void(MemorySource &)> &edit)
{
    if (m_inDatabase) {
        QSqlQuery query(m_database->connection());
        QVERIFY2(query.exec(QString::fromUtf8(sql)), qPrintable(query.lastError().text()));
    } else {
        edit(*m_memory);
        ++m_memory->changes;
    }
}

void TestAnalytics::cleanup()
{
    m_counter = nullptr;
    m_analysis.reset();
    m_memory.reset();
    m_database.reset();
    m_dir.reset();
}

void TestAnalytics::spending_data()
{
    QTest::addColumn<SpendingMode>("mode");
    QTest::addColumn<Granularity>("granularity");
    QTest::addColumn<bool>("credit");
    QTest::addColumn<RowId>("organisation");
    QTest::addColumn<int>("period");
    QTest::addColumn<Cents>("expected");

    const auto N = SpendingMode::Notified;
    const auto S = SpendingMode::Spread;
    const auto Y = Granularity::Year;
    const auto Q = Granularity::Quarter;
    const auto M = Granularity::Month;
    // Notified: the amount at notification, the amendment's difference (1 800 − 1 200) at its date.
    QTest::newRow("notified C1 2020") << N << Y << false << kAlpha << year(2020) << Cents(120000);
    QTest::newRow("notified amendment 2021") << N << Y << false << kAlpha << year(2021) << Cents(60000);
    QTest::newRow("notified C1 in Q1 2020") << N << Q << false << kAlpha << quarter(2020, 1) << Cents(120000);
    QTest::newRow("notified amendment Feb 2021") << N << M << false << kAlpha << month(2021, 2) << Cents(60000);
    QTest::newRow("notified Alpha 2022") << N << Y << false << kAlpha << year(2022) << Cents(240000);
    // C7 split between its two holders: 500,00 € and 500,01 €.
    QTest::newRow("notified C7 Alpha") << N << Y << false << kAlpha << year(2023) << Cents(50000);
    QTest::newRow("notified C7 Beta") << N << Y << false << kBeta << year(2023) << Cents(50001);
    QTest::newRow("notified C6 Beta 2021") << N << Y << false << kBeta << year(2021) << Cents(30000);
    // Spread across a year boundary: C2, 200 €/month Oct 2020 - Mar 2021.
    QTest::newRow("spread C2 2020") << S << Y << false << kBeta << year(2020) << Cents(60000);
    QTest::newRow("spread C2 Q4 2020") << S << Q << false << kBeta << quarter(2020, 4) << Cents(60000);
    QTest::newRow("spread C2 Dec 2020") << S << M << false << kBeta << month(2020, 12) << Cents(20000);
    QTest::newRow("spread C2 Jan 2021") << S << M << false << kBeta << month(2021, 1) << Cents(20000);
    QTest::newRow("spread C2 Q1 2021") << S << Q << false << kBeta << quarter(2021, 1) << Cents(60000);
    // 2021 for Beta: C2's last three months + C6 (unknown duration: whole at notification).
    QTest::newRow("spread Beta 2021") << S << Y << false << kBeta << year(2021) << Cents(90000);
    QTest::newRow("spread C6 June 2021") << S << M << false << kBeta << month(2021, 6) << Cents(30000);
    // C1 spread: 100 €/month Mar 2020 - Jan 2021 (1 100 €), then 1 800 − 1 100 = 700 € in Feb 2021, its last month.
    QTest::newRow("spread C1 2020") << S << Y << false << kAlpha << year(2020) << Cents(100000);
    QTest::newRow("spread C1 Jan 2021") << S << M << false << kAlpha << month(2021, 1) << Cents(10000);
    QTest::newRow("spread C1 Feb 2021") << S << M << false << kAlpha << month(2021, 2) << Cents(70000);
    QTest::newRow("spread C1 Mar 2021") << S << M << false << kAlpha << month(2021, 3) << Cents(0);
    // C3: 200 €/month Jan-Jun 2022, then the remaining 1 200 € over 18 months (40 000 cents in Jul-Dec 2022).
    QTest::newRow("spread C3 2022") << S << Y << false << kAlpha << year(2022) << Cents(160000);
    QTest::newRow("spread C3 Jun 2022") << S << M << false << kAlpha << month(2022, 6) << Cents(20000);
    QTest::newRow("spread C3 Jul 2022") << S << M << false << kAlpha << month(2022, 7) << Cents(6666);
    QTest::newRow("spread Alpha 2023") << S << Y << false << kAlpha << year(2023) << Cents(80000 + 50000);
    // C9: 5 000 € over 12 months from March 2022: 10/12 in 2022.
    QTest::newRow("spread C9 2022") << S << Y << false << kTessi << year(2022) << Cents(416666);
    QTest::newRow("spread C9 2023") << S << Y << false << kTessi << year(2023) << Cents(83334);
    // Sub-contracting: without crediting, the holder keeps everything and Sigma has nothing.
    QTest::newRow("no credit holder") << N << Y << false << kTessiDocuments << year(2022) << Cents(1000000);
    QTest::newRow("no credit Sigma") << N << Y << false << kSigma << year(2022) << Cents(0);
    QTest::newRow("credit holder") << N << Y << true << kTessiDocuments << year(2022) << Cents(600000);
    QTest::newRow("credit Sigma") << N << Y << true << kSigma << year(2022) << Cents(400000);
    // Spread credit: 1 000 €/month Jan-Oct, of which 800 €/month go to Sigma Jun-Oct.
    QTest::newRow("spread credit holder Q2") << S << Q << true << kTessiDocuments << quarter(2022, 2) << Cents(220000);
    QTest::newRow("spread credit Sigma Q2") << S << Q << true << kSigma << quarter(2022, 2) << Cents(80000);
    QTest::newRow("spread credit holder Q3") << S << Q << true << kTessiDocuments << quarter(2022, 3) << Cents(60000);
    QTest::newRow("spread credit Sigma Q3") << S << Q << true << kSigma << quarter(2022, 3) << Cents(240000);
    QTest::newRow("spread credit holder Q4") << S << Q << true << kTessiDocuments << quarter(2022, 4) << Cents(20000);
    QTest::newRow("spread credit Sigma 2022") << S << Y << true << kSigma << year(2022) << Cents(400000);
}

void TestAnalytics::spending()
{
    QFETCH(SpendingMode, mode);
    QFETCH(Granularity, granularity);
    QFETCH(bool, credit);
    QFETCH(RowId, organisation);
    QFETCH(int, period);
    QFETCH(Cents, expected);

    AnalysisFilter filter;
    filter.mode = mode;
    filter.granularity = granularity;
    filter.creditSubcontracting = credit;
    const auto data = m_analysis->compute(filter);
    QVERIFY2(data, qPrintable(m_analysis->lastError()));
    QCOMPARE(cellOf(*data, organisation, period), expected);
}

void TestAnalytics::totalsAreExact_data()
{
    QTest::addColumn<SpendingMode>("mode");
    QTest::addColumn<Granularity>("granularity");
    QTest::addColumn<bool>("credit");
    for (SpendingMode mode : {SpendingMode::Notified, SpendingMode::Spread}) {
        for (Granularity g : {Granularity::Month, Granularity::Quarter, Granularity::Year}) {
            for (bool credit : {false, true}) {
                QTest::addRow("%s %s %s", qPrintable(spendingModeCode(mode)), qPrintable(granularityCode(g)),
                              credit ? "credit" : "no credit")
                    << mode << g << credit;
            }
        }
    }
}

void TestAnalytics::totalsAreExact()
{
    // Whatever the mode and granularity, every known euro is shown once: 1 800 + 1 200 + 2 400 + 300 + 1 000,01
    // + 10 000 + 5 000 (C4 unknown amount and C5 unknown date left out).
    QFETCH(SpendingMode, mode);
    QFETCH(Granularity, granularity);
    QFETCH(bool, credit);
    AnalysisFilter filter;
    filter.mode = mode;
    filter.granularity = granularity;
    filter.creditSubcontracting = credit;
    const auto data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->keyFigures.totalSpending, Cents(180000 + 120000 + 240000 + 30000 + 100001 + 1000000 + 500000));
    Cents sum = 0;
    for (const SpendingSeries &series : data->spending) {
        QCOMPARE(series.cents.size(), data->periods.size());
        for (Cents c : series.cents)
            sum += c;
    }
    QCOMPARE(sum, data->keyFigures.totalSpending);
    QCOMPARE(data->periods.size(), data->periodLabels.size());
    QCOMPARE(data->exposure.size(), data->periods.size());
}

void TestAnalytics::omissions()
{
    AnalysisFilter filter;
    auto data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->omissions.contractsUnknownAmount, 1); // C4
    QCOMPARE(data->omissions.contractsUnknownDate, 1); // C5
    QCOMPARE(data->omissions.contractsUnknownDuration, 0); // only matters when spreading
    QCOMPARE(data->omissions.actsUnknownAmount, 0); // only matters when crediting
    QCOMPARE(data->omissions.datesYearOnly, 0); // only matters below the year
    QCOMPARE(data->omissions.incidentsUnknownDate, 1); // I3
    QCOMPARE(data->omissions.incidentsUnknownPeople, 1); // I4
    const QStringList notes = data->omissionNotes();
    QVERIFY2(notes.contains(QStringLiteral("1 contract(s) of unknown amount not shown")), qPrintable(notes.join(u'|')));
    QCOMPARE(notes.size(), 4);
    // Unknown amounts are never drawn as zero: C4's holder has no 2021 money from it.
    QCOMPARE(cellOf(*data, kBeta, 2021), Cents(30000));

    filter.mode = SpendingMode::Spread;
    filter.creditSubcontracting = true;
    filter.granularity = Granularity::Quarter;
    data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->omissions.contractsUnknownDuration, 1); // C6
    QCOMPARE(data->omissions.actsUnknownAmount, 1); // act 2
    QCOMPARE(data->omissions.datesYearOnly, 1); // C7's "2023"
}

void TestAnalytics::exposure()
{
    AnalysisFilter filter; // official claims, by year
    auto data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->periods, (QList<int> {2020, 2021, 2022, 2023}));
    QCOMPARE(
        data->periodLabels,
        (QStringList {QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023")}));
    // I2: 100 people × email (2); I1: 600 × (identity 1 + NIR 5).
    QCOMPARE(data->exposure.at(1).people, 100);
    QCOMPARE(data->exposure.at(1).weightedIndex, 200);
    // 2022: no incident of known size, but I4, whose count nobody gives: counted apart, not as zero people.
    QCOMPARE(data->exposure.at(2).people, 0);
    QCOMPARE(data->exposure.at(2).incidents, 0);
    QCOMPARE(data->exposure.at(2).incidentsUnknownPeople, 1);
    QCOMPARE(data->exposure.at(1).incidentsUnknownPeople, 0);
    QCOMPARE(data->exposure.at(3).people, 600);
    QCOMPARE(data->exposure.at(3).weightedIndex, 3600);
    QCOMPARE(data->exposure.at(2).cumulativePeople, 100);
    QCOMPARE(data->exposure.at(3).cumulativePeople, 700);
    QCOMPARE(data->exposure.at(3).cumulativeIndex, 3800);

    // Highest sourced claim: 800 (press), the unsourced 5 000 ignored; categories of every sourced claim:
    // identity 1 + NIR 5 + email 2 + driving licence 4 + geolocation 3 + phone 2 = 17.
    filter.claims = ClaimChoice::Highest;
    data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->exposure.at(3).people, 800);
    QCOMPARE(data->exposure.at(3).weightedIndex, 800 * 17);
    QCOMPARE(data->exposure.at(1).people, 100);
    QCOMPARE(data->keyFigures.peopleExposed, 900);
    QCOMPARE(data->exposureBySubcontractor.size(), 2);
    QCOMPARE(data->exposureBySubcontractor.at(0).organisationId, kMajorel);
    QCOMPARE(data->exposureBySubcontractor.at(0).totalPeople, 800);
    QCOMPARE(data->exposureBySubcontractor.at(0).share, 800.0 / 900.0);

    // Incidents by quarter: I1 made public in Q3 2023 (not its occurrence, Q1).
    filter.granularity = Granularity::Quarter;
    data = m_analysis->compute(filter);
    QVERIFY(data);
    const int q3 = int(data->periods.indexOf(quarter(2023, 3)));
    QVERIFY(q3 >= 0);
    QCOMPARE(data->exposure.at(q3).people, 800);
    QCOMPARE(data->exposure.at(q3 - 2).people, 0);
    QCOMPARE(data->exposure.at(int(data->periods.indexOf(quarter(2022, 2)))).incidentsUnknownPeople, 1);

    // Merged periods keep the incidents of unknown size.
    const ChartData merged = mergePeriods(*data, 2);
    int unknown = 0;
    for (const ExposurePoint &point : merged.exposure)
        unknown += point.incidentsUnknownPeople;
    QCOMPARE(unknown, 1);

    // An incident of unknown size has its period on the time axis even when nothing else is there: Sigma
    // (no money unless sub-contracting is credited) with one such incident in 2025.
    change("INSERT INTO incidents (id, title, subcontractor_id, discovered_on) VALUES (5, 'Sigma', 6, '2025-02')",
           [](MemorySource &memory) {
               memory.tables.incidents << incident(5, "Sigma", kSigma);
               memory.tables.incidents.back().discoveredOn = isoDate("2025-02");
           });
    makeAnalysis();
    filter = AnalysisFilter();
    filter.subcontractorIds = {kSigma};
    data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->periods, QList<int> {2025});
    QCOMPARE(data->exposure.at(0).incidentsUnknownPeople, 1);
    QCOMPARE(data->exposure.at(0).people, 0);
    QCOMPARE(data->keyFigures.incidents, 1);
}

void TestAnalytics::weightsChanged()
{
    AnalysisFilter filter;
    auto data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->exposure.at(3).weightedIndex, 600 * 6);

    // Another connection (the main window's) raises the NIR's weight to 10: the next chart sees it.
    if (m_inDatabase) {
        Database other;
        QVERIFY2(other.open(m_database->path()), qPrintable(other.errorString()));
        QSqlQuery query(other.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE data_categories SET weight = 10 WHERE code = 'nir'")));
    } else {
        m_memory->tables.categoryWeights[kNir] = 10;
        ++m_memory->changes;
    }
    data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->exposure.at(3).weightedIndex, 600 * 11);

    // And through this connection too.
    change("UPDATE data_categories SET weight = 0 WHERE code = 'identity'",
           [](MemorySource &memory) { memory.tables.categoryWeights[kIdentity] = 0; });
    data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->exposure.at(3).weightedIndex, 600 * 10);
}

void TestAnalytics::filterBySubcontractorAndPeriod()
{
    AnalysisFilter filter;
    filter.subcontractorIds = {kBeta};
    filter.from = QDate(2021, 1, 1);
    filter.to = QDate(2021, 12, 31);
    auto data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->periods, QList<int> {2021});
    QCOMPARE(data->spending.size(), 1);
    QCOMPARE(data->spending.at(0).name, QStringLiteral("Beta"));
    QCOMPARE(data->spending.at(0).total, Cents(30000));
    QCOMPARE(data->exposure.at(0).people, 100);
    QCOMPARE(data->omissions.contractsUnknownAmount, 1); // C4 is Beta's, in 2021
    QCOMPARE(data->omissions.incidentsUnknownPeople, 0); // I4 is Alpha's

    // Periods with nothing in them are still on the axis when the user chose the range.
    filter.from = QDate(2019, 1, 1);
    data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->periods, (QList<int> {2019, 2020, 2021}));
    QCOMPARE(data->spending.at(0).cents, (QList<Cents> {0, 120000, 30000}));
}

void TestAnalytics::groupsAndShares()
{
    AnalysisFilter filter;
    filter.groupByParent = true;
    filter.subcontractorIds = {kTessi};
    auto data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->spending.size(), 1);
    QCOMPARE(data->spending.at(0).organisationId, kTessi);
    QCOMPARE(cellOf(*data, kTessi, 2022), Cents(1500000));
    QCOMPARE(data->spending.at(0).share, 1.0);

    filter.subcontractorIds.clear();
    filter.groupByParent = false;
    data = m_analysis->compute(filter);
    QVERIFY(data);
    // Largest first: TESSI DOCUMENTS SERVICES (10 000 €) then TESSI (5 000 €), Alpha, Beta.
    QCOMPARE(data->spending.size(), 4);
    QCOMPARE(data->spending.at(0).organisationId, kTessiDocuments);
    QCOMPARE(data->spending.at(1).organisationId, kTessi);
    double shares = 0;
    for (const SpendingSeries &series : data->spending)
        shares += series.share;
    QVERIFY(qFuzzyCompare(shares, 1.0));
    QCOMPARE(data->spending.at(1).share, 500000.0 / 2170001.0);
}

void TestAnalytics::keyFigures()
{
    AnalysisFilter filter;
    const auto data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->keyFigures.totalSpending, Cents(2170001));
    QCOMPARE(data->keyFigures.subcontractors, 4);
    QCOMPARE(data->keyFigures.incidents, 3); // I1, I2, I4 (I3 has no date)
    QCOMPARE(data->keyFigures.peopleExposed, 700);
    QVERIFY(data->keyFigures.eurosPerPerson);
    QCOMPARE(*data->keyFigures.eurosPerPerson, 21700.01 / 700.0);

    // Nobody exposed: euros per person is unknown, not infinite or zero.
    AnalysisFilter alpha;
    alpha.subcontractorIds = {kAlpha};
    const auto alphaData = m_analysis->compute(alpha);
    QVERIFY(alphaData);
    QCOMPARE(alphaData->keyFigures.peopleExposed, 0);
    QVERIFY(!alphaData->keyFigures.eurosPerPerson);
}

void TestAnalytics::recordsBehindSpending_data()
{
    QTest::addColumn<SpendingMode>("mode");
    QTest::addColumn<bool>("credit");
    QTest::addColumn<bool>("group");
    QTest::addColumn<RowId>("organisation");
    QTest::addColumn<int>("period");
    QTest::addColumn<QList<RecordRef>>("expected");

    using K = RecordRef::Kind;
    QTest::newRow("amendment") << SpendingMode::Notified << false << false << kAlpha << 2021
                               << QList<RecordRef> {{K::Amendment, 1, 1, QStringLiteral("C1"), 60000}};
    QTest::newRow("spread amendment and contract")
        << SpendingMode::Spread << false << false << kAlpha << 2021
        << QList<RecordRef> {{K::Amendment, 1, 1, QStringLiteral("C1"), 70000},
                             {K::Contract, 1, 0, QStringLiteral("C1"), 10000}};
    QTest::newRow("act for the sub-contractor")
        << SpendingMode::Notified << true << false << kSigma << 2022
        << QList<RecordRef> {{K::SubcontractingAct, 1, 8, QStringLiteral("C8"), 400000}};
    QTest::newRow("act taken from the holder")
        << SpendingMode::Notified << true << false << kTessiDocuments << 2022
        << QList<RecordRef> {{K::Contract, 8, 0, QStringLiteral("C8"), 1000000},
                             {K::SubcontractingAct, 1, 8, QStringLiteral("C8"), -400000}};
    QTest::newRow("group") << SpendingMode::Notified << false << true << kTessi << 2022
                           << QList<RecordRef> {{K::Contract, 8, 0, QStringLiteral("C8"), 1000000},
                                                {K::Contract, 9, 0, QStringLiteral("C9"), 500000}};
    QTest::newRow("shared contract") << SpendingMode::Notified << false << false << kBeta << 2023
                                     << QList<RecordRef> {{K::Contract, 7, 0, QStringLiteral("C7"), 50001}};
}

void TestAnalytics::recordsBehindSpending()
{
    QFETCH(SpendingMode, mode);
    QFETCH(bool, credit);
    QFETCH(bool, group);
    QFETCH(RowId, organisation);
    QFETCH(int, period);
    QFETCH(QList<RecordRef>, expected);

    AnalysisFilter filter;
    filter.mode = mode;
    filter.creditSubcontracting = credit;
    filter.groupByParent = group;
    const QList<RecordRef> records = m_analysis->spendingRecords(filter, period, organisation);
    QCOMPARE(records.size(), expected.size());
    for (int i = 0; i < records.size(); ++i) {
        QCOMPARE(int(records.at(i).kind), int(expected.at(i).kind));
        QCOMPARE(records.at(i).id, expected.at(i).id);
        QCOMPARE(records.at(i).parentId, expected.at(i).parentId);
        QCOMPARE(records.at(i).label, expected.at(i).label);
        QCOMPARE(records.at(i).value, expected.at(i).value);
    }
    // The records add up to the bar segment they explain.
    const auto data = m_analysis->compute(filter);
    QVERIFY(data);
    Cents sum = 0;
    for (const RecordRef &record : records)
        sum += record.value;
    QCOMPARE(sum, cellOf(*data, organisation, period));
}

void TestAnalytics::recordsBehindExposure()
{
    using K = RecordRef::Kind;
    AnalysisFilter filter;
    QList<RecordRef> records = m_analysis->exposureRecords(filter, 2023);
    QCOMPARE(records,
             (QList<RecordRef> {{K::Incident, 1, 0, QStringLiteral("Fuite Majorel"), 600},
                                {K::Claim, 1, 1, QStringLiteral("Fuite Majorel"), 600}}));
    filter.claims = ClaimChoice::Highest;
    records = m_analysis->exposureRecords(filter, 2023);
    QCOMPARE(records,
             (QList<RecordRef> {{K::Incident, 1, 0, QStringLiteral("Fuite Majorel"), 800},
                                {K::Claim, 3, 1, QStringLiteral("Fuite Majorel"), 800},
                                {K::Claim, 1, 1, QStringLiteral("Fuite Majorel"), 600},
                                {K::Claim, 2, 1, QStringLiteral("Fuite Majorel"), 0}}));
    QVERIFY(m_analysis->exposureRecords(filter, 2023, kBeta).isEmpty());
    QCOMPARE(m_analysis->exposureRecords(filter, 2021, kBeta).size(), 2);
    // I4: listed, its value unknown rather than 0 people.
    records = m_analysis->exposureRecords(AnalysisFilter(), 2022);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).id, RowId(4));
    QVERIFY(!records.at(0).known);
}

void TestAnalytics::sources_data()
{
    QTest::addColumn<ClaimChoice>("claims");
    QTest::addColumn<SpendingMode>("mode");
    QTest::addColumn<bool>("credit");
    QTest::addColumn<QList<RowId>>("organisations");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");

    const auto official = ClaimChoice::Official;
    const auto N = SpendingMode::Notified;
    const auto S = SpendingMode::Spread;
    auto list = [](std::initializer_list<const char *> titles) {
        QStringList l;
        for (const char *t : titles)
            l << QString::fromUtf8(t);
        return l;
    };
    QTest::newRow("all, official") << official << N << false << QList<RowId> {} << QDate() << QDate()
                                   << list({"Avis C1", "Avis C2", "Avis C8", "Communiqué CGT", "Communiqué officiel",
                                            "Tract Sud"});
    QTest::newRow("all, highest") << ClaimChoice::Highest << N << false << QList<RowId> {} << QDate() << QDate()
                                  << list({"Article de presse", "Avis C1", "Avis C2", "Avis C8", "Communiqué CGT",
                                           "Communiqué officiel", "Expert TF1", "Tract Sud"});
    // I4, Alpha's, is drawn as "?": the official claim that reports it without a count is cited.
    QTest::newRow("Alpha") << official << N << false << QList<RowId> {kAlpha} << QDate() << QDate()
                           << list({"Avis C1", "Tract Sud"});
    // C2 notified in 2020: not behind a 2021 chart, unless spread (its last three months).
    QTest::newRow("Beta 2021 notified") << official << N << false << QList<RowId> {kBeta} << QDate(2021, 1, 1)
                                        << QDate(2021, 12, 31) << list({"Tract Sud"});
    QTest::newRow("Beta 2021 spread") << official << S << false << QList<RowId> {kBeta} << QDate(2021, 1, 1)
                                      << QDate(2021, 12, 31) << list({"Avis C2", "Tract Sud"});
    QTest::newRow("Sigma credited") << official << N << true << QList<RowId> {kSigma} << QDate() << QDate()
                                    << list({"Avis C8"});
    QTest::newRow("Sigma not credited") << official << N << false << QList<RowId> {kSigma} << QDate() << QDate()
                                        << QStringList();
}

void TestAnalytics::sources()
{
    QFETCH(ClaimChoice, claims);
    QFETCH(SpendingMode, mode);
    QFETCH(bool, credit);
    QFETCH(QList<RowId>, organisations);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);
    AnalysisFilter filter;
    filter.claims = claims;
    filter.mode = mode;
    filter.creditSubcontracting = credit;
    filter.subcontractorIds = organisations;
    filter.from = from;
    filter.to = to;
    QCOMPARE(sourceTitles(m_analysis->sources(filter)), expected);
}

void TestAnalytics::disclosureTimelines()
{
    AnalysisFilter filter;
    QList<DisclosureTimeline> timelines = m_analysis->disclosureTimelines(filter);
    QCOMPARE(timelines.size(), 4);
    // Earliest known date first; the undated incident last.
    QCOMPARE(timelines.at(0).incidentId, RowId(2));
    QCOMPARE(timelines.at(1).incidentId, RowId(4));
    QCOMPARE(timelines.at(2).incidentId, RowId(1));
    QCOMPARE(timelines.at(3).incidentId, RowId(3));
    const DisclosureTimeline &majorel = timelines.at(2);
    QCOMPARE(majorel.subcontractorName, QStringLiteral("Majorel"));
    QCOMPARE(majorel.occurredOn.toIso(), QStringLiteral("2023-03"));
    QCOMPARE(majorel.discoveredOn.toIso(), QStringLiteral("2023-07"));
    QVERIFY(majorel.cnilNotifiedOn.isUnknown());
    QCOMPARE(majorel.madePublicOn.toIso(), QStringLiteral("2023-08-24"));

    filter.from = QDate(2023, 1, 1);
    timelines = m_analysis->disclosureTimelines(filter);
    QCOMPARE(timelines.size(), 1);
    QCOMPARE(timelines.at(0).incidentId, RowId(1));
}

void TestAnalytics::emptyData()
{
    QTemporaryDir dir;
    Database database;
    MemorySource memory;
    std::unique_ptr<OutsourcingAnalysis> analysis;
    if (m_inDatabase) {
        QVERIFY(database.create(dir.filePath(QStringLiteral("empty.vigie"))));
        analysis = std::make_unique<OutsourcingAnalysis>(std::make_unique<AnalysisReader>(database.connection()));
    } else {
        analysis = std::make_unique<OutsourcingAnalysis>(std::make_unique<CountingSource>(&memory));
    }
    const auto data = analysis->compute(AnalysisFilter());
    QVERIFY2(data, qPrintable(analysis->lastError()));
    QVERIFY(data->periods.isEmpty());
    QVERIFY(data->spending.isEmpty());
    QVERIFY(!data->keyFigures.eurosPerPerson);
    QVERIFY(analysis->sources(AnalysisFilter()).isEmpty());
    QVERIFY(analysis->organisations().isEmpty());
    QVERIFY(analysis->disclosureTimelines(AnalysisFilter()).isEmpty());
}

void TestAnalytics::summaryReadOnce()
{
    // Every figure of every filter comes from one read of the data, kept until the data changes.
    AnalysisFilter filter;
    QVERIFY(m_analysis->compute(filter));
    AnalysisFilter other;
    other.granularity = Granularity::Month;
    other.mode = SpendingMode::Spread;
    other.groupByParent = true;
    other.subcontractorIds = {kTessi};
    QVERIFY(m_analysis->compute(other));
    QCOMPARE(m_analysis->sources(other).size(), 1);
    QCOMPARE(m_analysis->disclosureTimelines(filter).size(), 4);
    QCOMPARE(m_analysis->exposureRecords(filter, 2023).size(), 2);
    QCOMPARE(m_analysis->organisations().size(), 6);
    QCOMPARE(m_counter->reads, 1);
    // The records behind a bar read the contracts again, not the rest.
    QCOMPARE(m_analysis->spendingRecords(filter, 2022, kTessi).size(), 1);
    QCOMPARE(m_counter->contractReads, 1);
    QCOMPARE(m_counter->reads, 1);

    change("UPDATE contracts SET amount_cents = 600000 WHERE id = 9",
           [](MemorySource &memory) { memory.contracts[8].amount = 600000; });
    const auto data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(m_counter->reads, 2);
    QCOMPARE(cellOf(*data, kTessi, 2022), Cents(600000));
    QVERIFY(m_analysis->compute(filter));
    QCOMPARE(m_counter->reads, 2);
    m_analysis->invalidate();
    QVERIFY(m_analysis->compute(filter));
    QCOMPARE(m_counter->reads, 3);
}

void TestAnalytics::sourceFails()
{
    // A source that cannot be read gives no figures and says why; nothing is drawn as zero.
    m_counter->failure = QStringLiteral("disk I/O error");
    QVERIFY(!m_analysis->compute(AnalysisFilter()));
    QVERIFY2(m_analysis->lastError().contains(QStringLiteral("disk I/O error")), qPrintable(m_analysis->lastError()));
    QVERIFY(m_analysis->sources(AnalysisFilter()).isEmpty());
    QVERIFY(m_analysis->spendingRecords(AnalysisFilter(), 2022, kTessi).isEmpty());
    m_counter->failure.clear();
    const auto data = m_analysis->compute(AnalysisFilter());
    QVERIFY(data);
    QCOMPARE(data->keyFigures.totalSpending, Cents(2170001));
}

void TestAnalytics::peopleExposedAtLeast()
{
    // I4's count is unknown: 700 people is a minimum, said by the omission, and I4 is still an incident.
    AnalysisFilter filter;
    auto data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->keyFigures.peopleExposed, 700);
    QCOMPARE(data->keyFigures.incidents, 3);
    QCOMPARE(data->omissions.incidentsUnknownPeople, 1);
    QVERIFY2(data->omissionNotes().contains(
                 QStringLiteral("1 incident(s) with no official count of people affected: marked ?, not counted")),
             qPrintable(data->omissionNotes().join(u'|')));

    // Alpha's only incident has no count: nobody is known to be exposed, and the ratio stays unknown.
    filter.subcontractorIds = {kAlpha};
    data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->keyFigures.incidents, 1);
    QCOMPARE(data->keyFigures.peopleExposed, 0);
    QCOMPARE(data->omissions.incidentsUnknownPeople, 1);
    QVERIFY(data->keyFigures.totalSpending > 0);
    QVERIFY(!data->keyFigures.eurosPerPerson);

    // Under the highest sourced claims too, I4 (its one claim gives no number) stays unknown.
    filter.claims = ClaimChoice::Highest;
    data = m_analysis->compute(filter);
    QVERIFY(data);
    QCOMPARE(data->omissions.incidentsUnknownPeople, 1);
    QCOMPARE(data->exposure.at(int(data->periods.indexOf(2022))).incidentsUnknownPeople, 1);
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "testanalytics.moc"
