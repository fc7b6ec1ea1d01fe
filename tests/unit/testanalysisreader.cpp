// AnalysisReader reads out of a database the plain data the analytics compute from: the fixture's SQL gives
// exactly the fixture's plain data (tests/analyticsfixture.h), which tests/unit/testanalytics.cpp also
// computes from without a database.
#include "../analyticsfixture.h"
#include "analytics/outsourcinganalysis.h"
#include "storage/analysisreader.h"
#include "storage/database.h"
#include "storage/demodata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::testing;

namespace {

QList<RowId> contractIds(AnalysisReader &reader, const QList<RowId> &organisations)
{
    QList<RowId> ids;
    QString error;
    if (!reader.readContracts(
            organisations, [&](ContractFacts &contract) { ids << contract.id; }, &error))
        qWarning("%s", qPrintable(error));
    return ids;
}

} // namespace

class TestAnalysisReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsThePlainData();
    void readsTheContractsOfOrganisations();
    void contractReferences();
    void versionMovesWithEveryWrite();
    void demoDatabaseKnowsNoSpending();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestAnalysisReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->create(m_dir->filePath(QStringLiteral("reader.vigie"))),
             qPrintable(m_database->errorString()));
    QSqlQuery query(m_database->connection());
    for (const char *statement : kAnalyticsFixture)
        QVERIFY2(query.exec(QString::fromUtf8(statement)), qPrintable(query.lastError().text()));
}

void TestAnalysisReader::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestAnalysisReader::readsThePlainData()
{
    AnalysisReader reader(m_database->connection());
    AnalysisTables tables;
    QList<ContractFacts> contracts;
    QString error;
    QVERIFY2(reader.read(
                 &tables, [&](ContractFacts &contract) { contracts << contract; }, &error),
             qPrintable(error));
    const AnalysisTables expected = analyticsFixtureTables();
    QCOMPARE(tables.organisations, expected.organisations);
    QCOMPARE(tables.sources, expected.sources);
    QCOMPARE(tables.categoryWeights, expected.categoryWeights);
    QCOMPARE(tables.incidents.size(), expected.incidents.size());
    for (int i = 0; i < tables.incidents.size(); ++i)
        QVERIFY2(tables.incidents.at(i) == expected.incidents.at(i), qPrintable(QString::number(i)));
    // Months as month indexes, a year alone as its January (and said so), unknown as -1.
    const QList<ContractFacts> expectedContracts = analyticsFixtureContracts();
    QCOMPARE(contracts.size(), expectedContracts.size());
    for (int i = 0; i < contracts.size(); ++i)
        QVERIFY2(contracts.at(i) == expectedContracts.at(i), qPrintable(QStringLiteral("C%1").arg(i + 1)));
}

void TestAnalysisReader::readsTheContractsOfOrganisations()
{
    AnalysisReader reader(m_database->connection());
    // Sigma holds nothing but receives C8's sub-contracting; C7 is held by Alpha and Beta.
    QCOMPARE(contractIds(reader, {kSigma}), QList<RowId> {8});
    QCOMPARE(contractIds(reader, {kBeta}), (QList<RowId> {2, 4, 5, 6, 7}));
    QCOMPARE(contractIds(reader, {kAlpha, kTessi}), (QList<RowId> {1, 3, 7, 9}));
    QCOMPARE(contractIds(reader, {kMajorel}), QList<RowId>());
    // A restricted scan reads whole contracts: C7 with both its holders.
    QList<ContractFacts> read;
    QString error;
    QVERIFY(reader.readContracts(
        {kBeta}, [&](ContractFacts &contract) { read << contract; }, &error));
    QCOMPARE(read.constLast().holders, (QVarLengthArray<RowId, 2> {kAlpha, kBeta}));
}

void TestAnalysisReader::contractReferences()
{
    AnalysisReader reader(m_database->connection());
    QString error;
    const auto references = reader.contractReferences({1, 9, 999}, &error);
    QVERIFY2(references, qPrintable(error));
    QCOMPARE(*references, (QHash<RowId, QString> {{1, QStringLiteral("C1")}, {9, QStringLiteral("C9")}}));
}

void TestAnalysisReader::versionMovesWithEveryWrite()
{
    AnalysisReader reader(m_database->connection());
    QString error;
    const auto first = reader.version(&error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(reader.version(&error), first);

    // Another connection (the main window's) commits.
    {
        Database other;
        QVERIFY2(other.open(m_database->path()), qPrintable(other.errorString()));
        QSqlQuery query(other.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE data_categories SET weight = 10 WHERE code = 'nir'")));
    }
    const auto second = reader.version(&error);
    QVERIFY(second);
    QVERIFY(second->others != first->others);

    // This connection writes.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE data_categories SET weight = 0 WHERE code = 'identity'")));
    const auto third = reader.version(&error);
    QVERIFY(third);
    QVERIFY(third->own != second->own);
}

void TestAnalysisReader::demoDatabaseKnowsNoSpending()
{
    // The seed documents give people exposed but no dated contract amount: euros per person is unknown,
    // not 0 €.
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.create(dir.filePath(QStringLiteral("demo.vigie"))));
    QSqlDatabase db = database.connection();
    QString error;
    QVERIFY2(populateDemoData(db, &error), qPrintable(error));
    OutsourcingAnalysis analysis(std::make_unique<AnalysisReader>(database.connection()));
    const auto data = analysis.compute(AnalysisFilter());
    QVERIFY2(data, qPrintable(analysis.lastError()));
    QCOMPARE(data->keyFigures.peopleExposed, qint64(6353810));
    QCOMPARE(data->keyFigures.totalSpending, Cents(0));
    QVERIFY(!data->keyFigures.eurosPerPerson);
}

QTEST_GUILESS_MAIN(TestAnalysisReader)
#include "testanalysisreader.moc"
