#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/repository.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vigie;

namespace {

const QString kLeafletFile = QStringLiteral("seeds/000_b7860cf97902aa08.txt");
const QString kReleaseFile = QStringLiteral("seeds/001_d1a8f08cb2c1c60d.txt");

// The seed documents are not Vigie's to copy: the demo data keeps their facts and short quotations, and the check
// that each quotation stands in its document runs only where the documents' folder is given (CI sets it).
constexpr char kSeedDirVariable[] = "VIGIE_SEED_DIR";
// A quotation is a short passage, not a copy of the document.
constexpr qsizetype kLongestPassage = 400;

// Line breaks in the seed files fall inside sentences; quotes are compared with whitespace collapsed.
QString normalised(const QString &text)
{
    return text.simplified();
}

// The seed document of a source's file reference ("seeds/NAME.txt" is NAME.txt in the seed folder).
QString seedText(const QString &seedDir, const QString &fileRef)
{
    QFile file(QDir(seedDir).filePath(QFileInfo(fileRef).fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return normalised(QString::fromUtf8(file.readAll()));
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void counts();
    void everyFactIsCited_data();
    void everyFactIsCited();
    void quotesAreShort();
    void quotesAreVerbatim();
    void officialClaim();
    void expertClaim();
    void tessiContract();
    void tasks();
    void otherIncidents();
    void contextFigure();
    void unknownStaysNull_data();
    void unknownStaysNull();
    void nothingAfterTheDocuments();
    void refusesNonEmptyDatabase();
    void failureWritesNothing();

private:
    // Every quoted passage with the kind of fact that quotes it and the file reference of its source.
    struct Passage
    {
        QString kind;
        QString text;
        QString fileRef;
    };
    QList<Passage> passages() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repository> m_repository;
};

void TestDemoData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->create(m_dir->filePath(QStringLiteral("demo.sqlite"))), qPrintable(m_database->errorString()));
    QSqlDatabase db = m_database->connection();
    QString error;
    QVERIFY2(populateDemoData(db, &error), qPrintable(error));
    m_repository = std::make_unique<Repository>(db);
}

void TestDemoData::cleanup()
{
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
}

void TestDemoData::counts()
{
    const QSqlDatabase db = m_database->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sources")), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organisations WHERE role = 'buyer'")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organisations WHERE role = 'subcontractor'")), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contracts")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tasks")), 5);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM incidents")), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM claims")), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'demo'")), 1);
    QVERIFY(m_database->checkIntegrity(true).isEmpty());
}

void TestDemoData::everyFactIsCited_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("organisations") << QStringLiteral(
        "SELECT count(*) FROM organisations WHERE id NOT IN (SELECT organisation_id FROM organisation_sources)");
    QTest::newRow("contracts") << QStringLiteral(
        "SELECT count(*) FROM contracts WHERE id NOT IN (SELECT contract_id FROM contract_sources)");
    QTest::newRow("tasks") << QStringLiteral(
        "SELECT count(*) FROM tasks WHERE id NOT IN (SELECT task_id FROM task_sources)");
    QTest::newRow("incidents") << QStringLiteral(
        "SELECT count(*) FROM incidents WHERE id NOT IN (SELECT incident_id FROM incident_sources)");
    QTest::newRow("claims") << QStringLiteral(
        "SELECT count(*) FROM claims WHERE source_id IS NULL OR coalesce(trim(quote), '') = ''");
    QTest::newRow("consequences") << QStringLiteral(
        "SELECT count(*) FROM incident_consequences WHERE source_id IS NULL OR coalesce(trim(quote), '') = ''");
    QTest::newRow("context figures") << QStringLiteral(
        "SELECT count(*) FROM context_figures WHERE source_id IS NULL OR coalesce(trim(quote), '') = ''");
    QTest::newRow("empty citations") << QStringLiteral(R"(
        SELECT count(*) FROM (
            SELECT quote FROM organisation_sources UNION ALL SELECT quote FROM contract_sources
            UNION ALL SELECT quote FROM task_sources UNION ALL SELECT quote FROM incident_sources)
        WHERE coalesce(trim(quote), '') = '')");
}

void TestDemoData::everyFactIsCited()
{
    QFETCH(QString, sql);
    QCOMPARE(scalar(m_database->connection(), sql), 0);
}

QList<TestDemoData::Passage> TestDemoData::passages() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral(R"(
        SELECT 'organisation', l.quote, s.file_ref FROM organisation_sources l JOIN sources s ON s.id = l.source_id
        UNION ALL SELECT 'contract', l.quote, s.file_ref FROM contract_sources l JOIN sources s ON s.id = l.source_id
        UNION ALL SELECT 'task', l.quote, s.file_ref FROM task_sources l JOIN sources s ON s.id = l.source_id
        UNION ALL SELECT 'incident', l.quote, s.file_ref FROM incident_sources l JOIN sources s ON s.id = l.source_id
        UNION ALL SELECT 'claim', l.quote, s.file_ref FROM claims l JOIN sources s ON s.id = l.source_id
        UNION ALL SELECT 'consequence', l.quote, s.file_ref FROM incident_consequences l
            JOIN sources s ON s.id = l.source_id
        UNION ALL SELECT 'context', l.quote, s.file_ref FROM context_figures l JOIN sources s ON s.id = l.source_id)"))) {
        qWarning() << query.lastError().text();
        return {};
    }
    QList<Passage> found;
    while (query.next()) {
        // Several passages of one document are joined by " […] ".
        for (const QString &passage : query.value(1).toString().split(QStringLiteral(" […] ")))
            found.append({query.value(0).toString(), passage.trimmed(), query.value(2).toString()});
    }
    return found;
}

void TestDemoData::quotesAreShort()
{
    const QList<Passage> all = passages();
    QVERIFY2(all.size() >= 20, qPrintable(QString::number(all.size())));
    qsizetype quoted = 0;
    for (const Passage &p : all) {
        QVERIFY2(p.fileRef == kLeafletFile || p.fileRef == kReleaseFile, qPrintable(p.fileRef));
        QVERIFY2(p.text.size() >= 10, qPrintable(p.kind + QStringLiteral(": ") + p.text));
        QVERIFY2(p.text.size() <= kLongestPassage, qPrintable(p.kind + QStringLiteral(": ") + p.text));
        quoted += p.text.size();
    }
    // The two documents hold about 10,000 characters: the quotations stay well under half of that (3,158 today).
    QVERIFY2(quoted <= 4000, qPrintable(QString::number(quoted)));
}

void TestDemoData::quotesAreVerbatim()
{
    const QString seedDir = qEnvironmentVariable(kSeedDirVariable);
    if (seedDir.isEmpty())
        QSKIP("the seed documents are not part of Vigie: set VIGIE_SEED_DIR to their folder to check the "
              "quotations against them (CI does)");
    const QString leaflet = seedText(seedDir, kLeafletFile);
    const QString release = seedText(seedDir, kReleaseFile);
    QVERIFY2(leaflet.contains(QStringLiteral("TESSI")), qPrintable(QStringLiteral("no leaflet in ") + seedDir));
    QVERIFY2(release.contains(QStringLiteral("6 353 810")),
             qPrintable(QStringLiteral("no press release in ") + seedDir));
    int checked = 0;
    for (const Passage &p : passages()) {
        const QString &document = p.fileRef == kLeafletFile ? leaflet : release;
        QVERIFY2(document.contains(normalised(p.text)),
                 qPrintable(QStringLiteral("%1 quote not in %2: %3").arg(p.kind, p.fileRef, p.text)));
        ++checked;
    }
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
}

void TestDemoData::officialClaim()
{
    const QSqlDatabase db = m_database->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM claims WHERE people = 6353810")), 1);
    const QList<Incident> incidents = m_repository->incidents();
    const Claim *official = nullptr;
    const Incident *breach = nullptr;
    for (const Incident &i : incidents) {
        for (const Claim &c : i.claims) {
            if (c.isOfficial) {
                QVERIFY(!official);
                official = &c;
                breach = &i;
            }
        }
    }
    QVERIFY(official);
    QCOMPARE(official->people, std::optional<qint64>(6353810));
    QCOMPARE(official->claimant, QStringLiteral("Pôle emploi"));
    QVERIFY(official->peopleNote.contains(QStringLiteral("février 2022")));
    QVERIFY(official->quote.contains(QStringLiteral("6 353 810")));
    const auto source = m_repository->source(official->sourceId);
    QVERIFY(source);
    QCOMPARE(source->publisher, QStringLiteral("CGT"));
    QCOMPARE(source->kind, QStringLiteral("union"));
    QCOMPARE(source->publishedOn, PartialDate::fromDate(QDate(2023, 8, 24)));
    QVERIFY(source->title.startsWith(QStringLiteral("Vols de données des privés d'emploi")));

    QSet<QString> codes;
    for (const DataCategory &c : m_repository->dataCategories()) {
        if (official->categoryIds.contains(c.id))
            codes.insert(c.code);
    }
    QCOMPARE(codes, (QSet<QString> {QStringLiteral("identity"), QStringLiteral("nir")}));

    QCOMPARE(breach->subcontractorName, QStringLiteral("Majorel"));
    QVERIFY(breach->confidentiality);
    QCOMPARE(breach->madePublicOn, PartialDate::fromYearMonth(2023, 8));
    QVERIFY(breach->occurredOn.isUnknown());
    QVERIFY(breach->discoveredOn.isUnknown());
    QVERIFY(breach->cnilNotifiedOn.isUnknown());
    QVERIFY(breach->isSourced());
}

void TestDemoData::expertClaim()
{
    const QList<Incident> incidents = m_repository->incidents();
    const Claim *expert = nullptr;
    for (const Incident &i : incidents) {
        for (const Claim &c : i.claims) {
            if (c.claimant.contains(QStringLiteral("Damien Bancal")))
                expert = &c;
        }
    }
    QVERIFY(expert);
    QVERIFY(!expert->isOfficial);
    QVERIFY(!expert->people); // he gives no number
    const auto source = m_repository->source(expert->sourceId);
    QVERIFY(source);
    QCOMPARE(source->publisher, QStringLiteral("Solidaires Sud Emploi"));
    QVERIFY(source->publishedOn.isUnknown());
    QSet<QString> codes;
    for (const DataCategory &c : m_repository->dataCategories()) {
        if (expert->categoryIds.contains(c.id))
            codes.insert(c.code);
    }
    const QSet<QString> expected
        = {QStringLiteral("postal_address"),       QStringLiteral("email"),       QStringLiteral("driving_licence"),
           QStringLiteral("professional_history"), QStringLiteral("geolocation"), QStringLiteral("phone")};
    QCOMPARE(codes, expected);
}

void TestDemoData::tessiContract()
{
    const QList<Contract> contracts = m_repository->contracts();
    QCOMPARE(contracts.size(), 1);
    const Contract &c = contracts.first();
    QCOMPARE(c.buyerName, QStringLiteral("Pôle emploi"));
    QCOMPARE(c.holders.size(), 1);
    QCOMPARE(c.holders.first().name, QStringLiteral("TESSI"));
    QCOMPARE(c.amount, std::optional<Cents>(8'000'000'000));
    QCOMPARE(c.amountKind, QStringLiteral("approximate"));
    QVERIFY(c.territory.contains(QStringLiteral("DROM")));
    QVERIFY(c.notifiedOn.isUnknown());
    QVERIFY(!c.durationMonths);
    QVERIFY(c.cpvCode.isEmpty());
    QVERIFY(c.citations.first().quote.contains(QStringLiteral("près de 80 millions d'euros")));
}

void TestDemoData::tasks()
{
    const QList<Task> tasks = m_repository->tasks();
    QCOMPARE(tasks.size(), 5);
    const Contract contract = m_repository->contracts().first();
    int underContract = 0;
    const Task *phone = nullptr;
    for (const Task &t : tasks) {
        QCOMPARE(t.subcontractorName, QStringLiteral("TESSI"));
        QVERIFY2(t.categoryIds.isEmpty(), qPrintable(t.title)); // the documents do not say
        if (t.contractId == contract.id)
            ++underContract;
        if (t.title.contains(QStringLiteral("39 49")))
            phone = &t;
    }
    QCOMPARE(underContract, 4);
    QVERIFY(phone);
    QCOMPARE(phone->contractId, RowId(0));
    QCOMPARE(phone->channel, QStringLiteral("phone"));
    QCOMPARE(phone->startedOn, PartialDate::fromYearMonth(2021, 10));
    QCOMPARE(phone->endedOn, PartialDate::fromYearMonth(2022, 2));
}

void TestDemoData::otherIncidents()
{
    const QList<Incident> incidents = m_repository->incidents();
    const Incident *earlier = nullptr;
    const Incident *interim = nullptr;
    for (const Incident &i : incidents) {
        if (i.occurredOn == PartialDate::fromYear(2021))
            earlier = &i;
        if (i.subcontractorName.contains(QStringLiteral("intérim")))
            interim = &i;
    }
    QVERIFY(earlier);
    QCOMPARE(earlier->subcontractorId, RowId(0));
    QVERIFY(earlier->claims.isEmpty());
    QVERIFY(earlier->isSourced());
    QVERIFY(interim);
    QVERIFY(interim->occurredOn.isUnknown());
    QCOMPARE(interim->consequences.size(), 1);
    QCOMPARE(interim->consequences.first().kind, QStringLiteral("fraud"));
    QVERIFY(!interim->consequences.first().people);
    QVERIFY(interim->consequences.first().description.contains(QStringLiteral("plusieurs centaines de personnes")));
    QVERIFY(interim->isSourced());
}

void TestDemoData::contextFigure()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT amount_cents, amount_kind, period, o.name FROM context_figures f JOIN organisations o ON o.id = "
        "f.organisation_id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 450'000'000'000);
    QCOMPARE(query.value(1).toString(), QStringLiteral("approximate"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("2021"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("Pôle emploi"));
    QVERIFY(!query.next());
}

void TestDemoData::unknownStaysNull_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("no identifiers") << QStringLiteral(
        "SELECT count(*) FROM organisations WHERE identifier IS NOT NULL OR siren IS NOT NULL");
    QTest::newRow("no empty strings") << QStringLiteral(R"(
        SELECT count(*) FROM contracts WHERE cpv_code = '' OR procedure = '' OR nature = '' OR notes = '')");
    QTest::newRow("no zero amounts") << QStringLiteral(
        "SELECT count(*) FROM contracts WHERE amount_cents = 0 OR duration_months IS NOT NULL");
    QTest::newRow("people only where stated")
        << QStringLiteral("SELECT count(*) FROM claims WHERE people IS NOT NULL AND people <> 6353810");
    QTest::newRow("consequence people unknown")
        << QStringLiteral("SELECT count(*) FROM incident_consequences WHERE people IS NOT NULL");
    QTest::newRow("no task categories") << QStringLiteral("SELECT count(*) FROM task_data_categories");
    QTest::newRow("no urls invented") << QStringLiteral("SELECT count(*) FROM sources WHERE url IS NOT NULL");
    QTest::newRow("no cnil dates") << QStringLiteral(
        "SELECT count(*) FROM incidents WHERE cnil_notified_on IS NOT NULL OR discovered_on IS NOT NULL");
}

void TestDemoData::unknownStaysNull()
{
    QFETCH(QString, sql);
    QCOMPARE(scalar(m_database->connection(), sql), 0);
}

void TestDemoData::nothingAfterTheDocuments()
{
    // No date later than the press release, the most recent document.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral(R"(
        SELECT max(d) FROM (
            SELECT published_on AS d FROM sources UNION ALL SELECT notified_on FROM contracts
            UNION ALL SELECT started_on FROM tasks UNION ALL SELECT ended_on FROM tasks
            UNION ALL SELECT occurred_on FROM incidents UNION ALL SELECT made_public_on FROM incidents
            UNION ALL SELECT claimed_on FROM claims))")));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toString() <= QStringLiteral("2023-08-24"), qPrintable(query.value(0).toString()));
}

void TestDemoData::refusesNonEmptyDatabase()
{
    QSqlDatabase db = m_database->connection();
    const qint64 before = scalar(db, QStringLiteral("SELECT count(*) FROM organisations"));
    QString error;
    QVERIFY(!populateDemoData(db, &error));
    QVERIFY(error.contains(QStringLiteral("already")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organisations")), before);
}

void TestDemoData::failureWritesNothing()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.create(dir.filePath(QStringLiteral("broken.sqlite"))));
    QSqlDatabase db = database.connection();
    // Without the geolocation category the expert claim cannot be written, late in the process.
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM data_categories WHERE code = 'geolocation'")));
    QString error;
    QVERIFY(!populateDemoData(db, &error));
    QVERIFY(!error.isEmpty());
    for (const QString &table : {QStringLiteral("sources"), QStringLiteral("organisations"),
                                 QStringLiteral("contracts"), QStringLiteral("tasks"), QStringLiteral("incidents"),
                                 QStringLiteral("claims"), QStringLiteral("context_figures")})
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ") + table), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'demo'")), 0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "testdemodata.moc"
