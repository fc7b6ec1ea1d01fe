#include "models/recordset.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vigie;

namespace {

const QDate kToday(2024, 1, 15);

qint64 countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Row counts of every table: a failed write must leave all of them as they were.
QMap<QString, qint64> allCounts(const QSqlDatabase &db)
{
    QMap<QString, qint64> counts;
    for (const QString &table : db.tables())
        counts.insert(table, countRows(db, table));
    return counts;
}

RowId categoryId(const Repository &repository, const QString &code)
{
    const QList<DataCategory> categories = repository.dataCategories();
    for (const DataCategory &c : categories) {
        if (c.code == code)
            return c.id;
    }
    return 0;
}

} // namespace

class TestRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sourceRoundTrip();
    void organisationRoundTrip();
    void organisationIdentifiers_data();
    void organisationIdentifiers();
    void contractRoundTrip();
    void followedContracts();
    void watchListAndEstablishments();
    void taskRoundTrip();
    void deleteOnlyWhatNothingNames();
    void recreateUnderFormerId();
    void incidentRoundTrip();
    void incidentUpdateReplacesChildren();
    void invalidIncidentChangesNothing_data();
    void invalidIncidentChangesNothing();
    void failedChildWriteChangesNothing();
    void foreignKeysEnforced();
    void deleteIncidentCascades();
    void unsourcedIncident();
    void categoryWeight();
    void updateMissingRecord();
    void writesComposeInsideCallerTransaction();

private:
    Source makeSource(const QString &title);
    Organisation makeOrganisation(const QString &name, const QString &role);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repository> m_repository;
};

void TestRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->create(m_dir->filePath(QStringLiteral("test.sqlite"))), qPrintable(m_database->errorString()));
    m_repository = std::make_unique<Repository>(m_database->connection());
}

void TestRepository::cleanup()
{
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
}

Source TestRepository::makeSource(const QString &title)
{
    Source s;
    s.title = title;
    s.publisher = QStringLiteral("CGT");
    s.kind = QStringLiteral("union");
    s.publishedOn = PartialDate::fromDate(QDate(2023, 8, 24));
    [&] { QVERIFY2(m_repository->saveSource(s), qPrintable(m_repository->lastError())); }();
    return s;
}

Organisation TestRepository::makeOrganisation(const QString &name, const QString &role)
{
    Organisation o;
    o.name = name;
    o.role = role;
    [&] { QVERIFY2(m_repository->saveOrganisation(o), qPrintable(m_repository->lastError())); }();
    return o;
}

void TestRepository::sourceRoundTrip()
{
    Source s;
    s.title = QStringLiteral("Communiqué de presse");
    s.publisher = QStringLiteral("CGT");
    s.kind = QStringLiteral("union");
    s.publishedOn = PartialDate::fromDate(QDate(2023, 8, 24));
    s.url = QStringLiteral("https://example.org/cp");
    s.retrievedOn = PartialDate::fromYearMonth(2024, 1);
    QVERIFY2(m_repository->saveSource(s), qPrintable(m_repository->lastError()));
    QVERIFY(s.id > 0);

    const auto read = m_repository->source(s.id);
    QVERIFY(read);
    QCOMPARE(read->title, s.title);
    QCOMPARE(read->publisher, s.publisher);
    QCOMPARE(read->kind, s.kind);
    QCOMPARE(read->publishedOn, s.publishedOn);
    QCOMPARE(read->url, s.url);
    QVERIFY(read->fileRef.isEmpty());
    QCOMPARE(read->retrievedOn, s.retrievedOn);

    // Unknown stays NULL in the file, not an empty string.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT file_ref IS NULL, notes IS NULL FROM sources")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
    QVERIFY(query.value(1).toBool());

    Source bad = s;
    bad.id = 0;
    bad.kind = QStringLiteral("rumour");
    QVERIFY(!m_repository->saveSource(bad));
    QVERIFY(m_repository->lastError().contains(QStringLiteral("rumour")));
    QCOMPARE(m_repository->sources().size(), 1);
}

void TestRepository::organisationRoundTrip()
{
    const Source source = makeSource(QStringLiteral("Tract"));
    Organisation group = makeOrganisation(QStringLiteral("TESSI"), QStringLiteral("subcontractor"));
    Organisation o;
    o.name = QStringLiteral("TESSI DOCUMENTS SERVICES");
    o.idType = IdentifierType::Siret;
    o.identifier = QStringLiteral("732 829 320 00074");
    o.parentId = group.id;
    o.notes = QStringLiteral("filiale");
    o.citations = {{source.id, {}, QStringLiteral("la société TESSI")}};
    QVERIFY2(m_repository->saveOrganisation(o), qPrintable(m_repository->lastError()));
    QCOMPARE(o.identifier, QStringLiteral("73282932000074"));
    QCOMPARE(o.siren, QStringLiteral("732829320"));

    const auto read = m_repository->organisation(o.id);
    QVERIFY(read);
    QCOMPARE(read->name, o.name);
    QCOMPARE(read->role, QStringLiteral("subcontractor"));
    QCOMPARE(read->idType, std::optional<IdentifierType>(IdentifierType::Siret));
    QCOMPARE(read->identifier, QStringLiteral("73282932000074"));
    QCOMPARE(read->siren, QStringLiteral("732829320"));
    QCOMPARE(read->parentId, group.id);
    QCOMPARE(read->parentName, QStringLiteral("TESSI"));
    QCOMPARE(read->citations.size(), 1);
    QCOMPARE(read->citations.first().sourceTitle, QStringLiteral("Tract"));
    QCOMPARE(read->citations.first().quote, QStringLiteral("la société TESSI"));

    makeOrganisation(QStringLiteral("Pôle emploi"), QStringLiteral("buyer"));
    QCOMPARE(m_repository->organisations().size(), 3);
    QCOMPARE(m_repository->subcontractors().size(), 2);
    QCOMPARE(m_repository->buyers().size(), 1);
    QCOMPARE(m_repository->buyers().first().name, QStringLiteral("Pôle emploi"));

    // Updating replaces the citations.
    o.citations.clear();
    o.name = QStringLiteral("TESSI DOCUMENTS SERVICES SAS");
    QVERIFY2(m_repository->saveOrganisation(o), qPrintable(m_repository->lastError()));
    QCOMPARE(m_repository->organisation(o.id)->name, o.name);
    QVERIFY(m_repository->organisation(o.id)->citations.isEmpty());
    QCOMPARE(countRows(m_database->connection(), QStringLiteral("organisation_sources")), 0);
}

void TestRepository::organisationIdentifiers_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("siren");
    QTest::newRow("siren ok") << int(IdentifierType::Siren) << QStringLiteral("732 829 320") << true
                              << QStringLiteral("732829320");
    QTest::newRow("siren bad key") << int(IdentifierType::Siren) << QStringLiteral("732829321") << false << QString();
    QTest::newRow("siren short") << int(IdentifierType::Siren) << QStringLiteral("73282932") << false << QString();
    QTest::newRow("siret bad key") << int(IdentifierType::Siret) << QStringLiteral("73282932000075") << false
                                   << QString();
    QTest::newRow("tva fr") << int(IdentifierType::Tva) << QStringLiteral("FR44732829320") << true
                            << QStringLiteral("732829320");
    QTest::newRow("tva foreign") << int(IdentifierType::Tva) << QStringLiteral("DE123456789") << true << QString();
    QTest::newRow("hors-ue") << int(IdentifierType::HorsUe) << QStringLiteral("US-12-345") << true << QString();
    QTest::newRow("hors-ue empty") << int(IdentifierType::HorsUe) << QStringLiteral("  ") << false << QString();
}

void TestRepository::organisationIdentifiers()
{
    QFETCH(int, type);
    QFETCH(QString, identifier);
    QFETCH(bool, valid);
    QFETCH(QString, siren);
    Organisation o;
    o.name = QStringLiteral("Société");
    o.idType = IdentifierType(type);
    o.identifier = identifier;
    QCOMPARE(m_repository->saveOrganisation(o), valid);
    if (!valid) {
        QVERIFY(m_repository->lastError().contains(QStringLiteral("Société")));
        QCOMPARE(o.id, RowId(0));
        QCOMPARE(countRows(m_database->connection(), QStringLiteral("organisations")), 0);
        return;
    }
    const auto read = m_repository->organisation(o.id);
    QVERIFY(read);
    QCOMPARE(read->siren, siren);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT siren IS NULL FROM organisations")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toBool(), siren.isEmpty());
}

void TestRepository::contractRoundTrip()
{
    const Source source = makeSource(QStringLiteral("Tract"));
    const Organisation buyer = makeOrganisation(QStringLiteral("Pôle emploi"), QStringLiteral("buyer"));
    const Organisation tessi = makeOrganisation(QStringLiteral("TESSI"), QStringLiteral("subcontractor"));
    const Organisation other = makeOrganisation(QStringLiteral("Autre"), QStringLiteral("subcontractor"));

    Contract c;
    c.reference = QStringLiteral("2023-001");
    c.buyerId = buyer.id;
    c.holders = {{tessi.id, tessi.name, {}}};
    c.object = QStringLiteral("Assistance");
    c.cpvCode = QStringLiteral("79512000");
    c.amount = Cents(8'000'000'000);
    c.amountKind = QStringLiteral("approximate");
    c.notifiedOn = PartialDate::fromYearMonth(2023, 7);
    c.territory = QStringLiteral("France");
    Amendment a;
    a.signedOn = PartialDate::fromDate(QDate(2023, 10, 1));
    a.newAmount = Cents(9'000'000'000);
    c.amendments = {a};
    SubcontractingAct act;
    act.subcontractorId = other.id;
    act.declaredOn = PartialDate::fromYear(2023);
    c.subcontractingActs = {act};
    c.citations = {{source.id, {}, QStringLiteral("près de 80 millions")}};
    QVERIFY2(m_repository->saveContract(c), qPrintable(m_repository->lastError()));
    QVERIFY(c.id > 0);
    QVERIFY(c.amendments.first().id > 0);

    auto read = m_repository->contract(c.id);
    QVERIFY(read);
    QCOMPARE(read->reference, c.reference);
    QCOMPARE(read->buyerName, QStringLiteral("Pôle emploi"));
    QCOMPARE(read->holders.size(), 1);
    QCOMPARE(read->holders.first().name, QStringLiteral("TESSI"));
    QCOMPARE(read->amount, c.amount);
    QCOMPARE(read->amountKind, QStringLiteral("approximate"));
    QCOMPARE(read->notifiedOn, c.notifiedOn);
    QVERIFY(!read->durationMonths);
    QCOMPARE(read->amendments.size(), 1);
    QCOMPARE(read->amendments.first().newAmount, a.newAmount);
    QVERIFY(!read->amendments.first().newDurationMonths);
    QCOMPARE(read->subcontractingActs.size(), 1);
    QCOMPARE(read->subcontractingActs.first().subcontractorName, QStringLiteral("Autre"));
    QVERIFY(!read->subcontractingActs.first().amount);
    QCOMPARE(read->citations.size(), 1);

    // Unknown amount is NULL, never 0.
    c.amount.reset();
    c.holders.append({other.id, other.name, {}});
    c.amendments.clear();
    QVERIFY2(m_repository->saveContract(c), qPrintable(m_repository->lastError()));
    read = m_repository->contract(c.id);
    QVERIFY(!read->amount);
    QCOMPARE(read->holders.size(), 2);
    QVERIFY(read->amendments.isEmpty());
    QCOMPARE(countRows(m_database->connection(), QStringLiteral("amendments")), 0);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT amount_cents IS NULL FROM contracts")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
    QCOMPARE(m_repository->contracts().size(), 1);

    // A holder that does not exist: nothing changes.
    const auto before = allCounts(m_database->connection());
    Contract bad;
    bad.reference = QStringLiteral("2023-002");
    bad.buyerId = buyer.id;
    bad.holders = {{9999, QStringLiteral("Fantôme"), {}}};
    QVERIFY(!m_repository->saveContract(bad));
    QVERIFY(m_repository->lastError().contains(QStringLiteral("Fantôme")));
    QCOMPARE(bad.id, RowId(0));
    QCOMPARE(allCounts(m_database->connection()), before);
}

// The main window holds the followed contracts only: entered by hand, of a watched group, linked to a
// task or an incident, or held by a subcontractor (or its subsidiary) that has a task or an incident.
void TestRepository::followedContracts()
{
    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    const QStringList statements = {
        QStringLiteral("INSERT INTO organisations (id, name, role) VALUES (1, 'France Travail', 'buyer'), "
                       "(2, 'Groupe suivi', 'subcontractor'), (4, 'Sans lien', 'subcontractor'), "
                       "(5, 'Prestataire de tâche', 'subcontractor')"),
        QStringLiteral(
            "INSERT INTO organisations (id, name, role, parent_id) VALUES (3, 'Filiale', 'subcontractor', 2)"),
        QStringLiteral("INSERT INTO import_batches (id, file_name, format, started_at) "
                       "VALUES (1, 'decp.json', 'json', '2026-01-01T00:00:00Z')"),
        // 10 by hand; 11 held by the subsidiary of a group with an incident; 12 held by the group itself;
        // 13 watched; 14 under a task; 15 held by nobody followed; 16 under an incident.
        QStringLiteral("INSERT INTO contracts (id, reference, buyer_id) VALUES (10, 'MAIN', 1)"),
        QStringLiteral("INSERT INTO contracts (id, reference, buyer_id, import_batch_id, watch_flag) VALUES "
                       "(11, 'FILIALE', 1, 1, 0), (12, 'GROUPE', 1, 1, 0), (13, 'VEILLE', 1, 1, 1), "
                       "(14, 'TACHE', 1, 1, 0), (15, 'AUTRE', 1, 1, 0), (16, 'INCIDENT', 1, 1, 0)"),
        QStringLiteral("INSERT INTO contract_holders (contract_id, organisation_id) VALUES "
                       "(11, 3), (12, 2), (13, 4), (14, 4), (15, 4), (16, 4)"),
        QStringLiteral("INSERT INTO incidents (title, subcontractor_id) VALUES ('Fuite', 2)"),
        QStringLiteral("INSERT INTO incidents (title, contract_id) VALUES ('Autre fuite', 16)"),
        QStringLiteral("INSERT INTO tasks (title, subcontractor_id, contract_id) VALUES ('Accueil', 5, 14)"),
    };
    for (const QString &sql : statements)
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QLatin1Char(' ') + sql));

    QStringList followed;
    for (const Contract &contract : m_repository->followedContracts())
        followed << contract.reference;
    followed.sort();
    QCOMPARE(followed,
             QStringList({QStringLiteral("FILIALE"), QStringLiteral("GROUPE"), QStringLiteral("INCIDENT"),
                          QStringLiteral("MAIN"), QStringLiteral("TACHE"), QStringLiteral("VEILLE")}));
    QCOMPARE(m_repository->contracts().size(), 7);
    // The followed contracts come with their holders, like the others.
    for (const Contract &contract : m_repository->followedContracts()) {
        if (contract.reference == QLatin1String("FILIALE")) {
            QCOMPARE(contract.holders.size(), 1);
            QCOMPARE(contract.holders.first().name, QStringLiteral("Filiale"));
        }
    }
    // The one nobody follows is still read on its own.
    QVERIFY(m_repository->contract(15).has_value());
    // Chosen contracts come in the order asked, unknown ids left out, with their holders.
    QStringList chosen;
    for (const Contract &contract : m_repository->contracts(QList<RowId> {16, 999, 11, 10}))
        chosen << contract.reference + QLatin1Char('/') + QString::number(contract.holders.size());
    QCOMPARE(chosen,
             QStringList({QStringLiteral("INCIDENT/1"), QStringLiteral("FILIALE/1"), QStringLiteral("MAIN/0")}));
    QCOMPARE(m_repository->contractIds().size(), 7);
    // Counts of contracts held, open data included: the group with its subsidiary, each company alone.
    const QHash<RowId, qint64> held = m_repository->heldContractCounts();
    QCOMPARE(held.value(4), 4); // 13, 14, 15, 16
    QCOMPARE(held.value(3), 1);
    QCOMPARE(m_repository->heldContractCount({2, 3}), 2);
    QString error;
    const std::shared_ptr<const RecordSet> records = RecordSet::load(*m_repository, &error);
    QVERIFY2(records, qPrintable(error));
    QCOMPARE(records->contracts().size(), 6);
    QCOMPARE(records->heldContractCount(2), 2); // the group: its own and its subsidiary's
    QCOMPARE(records->heldContractCount(4), 4); // none followed, all counted
    QCOMPARE(records->contractsOf(4).size(), 3); // 13 watched, 14 under a task, 16 under an incident
    QCOMPARE(records->heldContractCount(5), 0); // holds nothing: a known zero
    QVERIFY(m_repository->lastError().isEmpty());
}

// A delegate names a subcontractor by its SIREN and watches it: the holders an import already made under
// that SIREN become its subsidiaries, and their contracts are followed; identifiers stay unique and groups
// do not loop.
void TestRepository::watchListAndEstablishments()
{
    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    const QStringList statements = {
        QStringLiteral("INSERT INTO import_batches (id, file_name, format, started_at) "
                       "VALUES (1, 'decp.json', 'json', '2026-01-01T00:00:00Z')"),
        // As an import leaves them: two establishments of SIREN 732829320 named by their SIRET, another
        // company, and a buyer that happens to share the SIREN.
        QStringLiteral("INSERT INTO organisations (id, name, role, id_type, identifier, siren) VALUES "
                       "(1, 'Acheteur', 'buyer', 'SIRET', '73282932000041', '732829320'), "
                       "(20, '73282932000074', 'subcontractor', 'SIRET', '73282932000074', '732829320'), "
                       "(21, 'TESSI TECHNOLOGIES', 'subcontractor', 'SIRET', '73282932000058', '732829320'), "
                       "(22, 'AUTRE', 'subcontractor', 'SIRET', '55204599900869', '552045999')"),
        QStringLiteral("INSERT INTO contracts (id, reference, buyer_id, import_batch_id) VALUES "
                       "(30, 'A', 1, 1), (31, 'B', 1, 1), (32, 'C', 1, 1)"),
        QStringLiteral(
            "INSERT INTO contract_holders (contract_id, organisation_id) VALUES (30, 20), (31, 21), (32, 22)"),
    };
    for (const QString &sql : statements)
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QLatin1Char(' ') + sql));
    QVERIFY(m_repository->followedContracts().isEmpty());

    Organisation tessi;
    tessi.name = QStringLiteral("TESSI");
    tessi.idType = IdentifierType::Siren;
    tessi.identifier = QStringLiteral("732 829 320");
    tessi.watched = true;
    QVERIFY2(m_repository->saveOrganisation(tessi), qPrintable(m_repository->lastError()));
    QCOMPARE(tessi.establishmentsLinked, QList<RowId>({20, 21}));
    QVERIFY(m_repository->organisation(tessi.id)->watched);
    QCOMPARE(m_repository->organisation(20)->parentId, tessi.id);
    QCOMPARE(m_repository->organisation(21)->parentId, tessi.id);
    QCOMPARE(m_repository->organisation(22)->parentId, RowId(0)); // another SIREN
    QCOMPARE(m_repository->organisation(1)->parentId, RowId(0)); // a buyer, not an establishment
    QStringList followed;
    for (const Contract &contract : m_repository->followedContracts())
        followed << contract.reference;
    followed.sort();
    QCOMPARE(followed, QStringList({QStringLiteral("A"), QStringLiteral("B")}));

    // Saving again links nothing more and keeps the flag.
    QVERIFY2(m_repository->saveOrganisation(tessi), qPrintable(m_repository->lastError()));
    QVERIFY(tessi.establishmentsLinked.isEmpty());

    // The SIREN is TESSI's: a second organisation cannot take it, and says whose it is.
    Organisation copy;
    copy.name = QStringLiteral("Tessi bis");
    copy.idType = IdentifierType::Siren;
    copy.identifier = QStringLiteral("732829320");
    QVERIFY(!m_repository->saveOrganisation(copy));
    QCOMPARE(m_repository->lastError(), QStringLiteral("SIREN 732829320 is already that of \"TESSI\""));
    QCOMPARE(copy.id, RowId(0));
    QCOMPARE(countRows(db, QStringLiteral("organisations")), 5);

    // TESSI cannot belong to its own establishment; nothing changes.
    Organisation loop = tessi;
    loop.parentId = 20;
    loop.watched = false;
    QVERIFY(!m_repository->saveOrganisation(loop));
    QCOMPARE(m_repository->lastError(), QStringLiteral("TESSI cannot belong to a group that belongs to it"));
    QCOMPARE(m_repository->organisation(tessi.id)->parentId, RowId(0));
    QVERIFY(m_repository->organisation(tessi.id)->watched);

    // Off the watch list: its contracts are no longer followed; the change is in its history.
    tessi.watched = false;
    QVERIFY2(m_repository->saveOrganisation(tessi), qPrintable(m_repository->lastError()));
    QVERIFY(!m_repository->organisation(tessi.id)->watched);
    QVERIFY(m_repository->followedContracts().isEmpty());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM history WHERE table_name = 'organisations' AND row_id = %1")
                           .arg(tessi.id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2); // added, taken off the list (saving it unchanged left no entry)
}

void TestRepository::taskRoundTrip()
{
    const Source source = makeSource(QStringLiteral("Tract"));
    const Organisation tessi = makeOrganisation(QStringLiteral("TESSI"), QStringLiteral("subcontractor"));
    Task t;
    t.subcontractorId = tessi.id;
    t.title = QStringLiteral("Accueil téléphonique 39 49");
    t.channel = QStringLiteral("phone");
    t.startedOn = PartialDate::fromYearMonth(2021, 10);
    t.endedOn = PartialDate::fromYearMonth(2022, 2);
    t.categoryIds
        = {categoryId(*m_repository, QStringLiteral("identity")), categoryId(*m_repository, QStringLiteral("phone"))};
    t.citations = {{source.id, {}, QStringLiteral("l'accueil téléphonique")}};
    QVERIFY2(m_repository->saveTask(t), qPrintable(m_repository->lastError()));
    const auto read = m_repository->task(t.id);
    QVERIFY(read);
    QCOMPARE(read->subcontractorName, QStringLiteral("TESSI"));
    QCOMPARE(read->contractId, RowId(0));
    QVERIFY(read->contractReference.isEmpty());
    QCOMPARE(read->channel, QStringLiteral("phone"));
    QCOMPARE(read->startedOn, t.startedOn);
    QCOMPARE(read->endedOn, t.endedOn);
    QCOMPARE(read->categoryIds.size(), 2);
    QCOMPARE(read->citations.size(), 1);

    Task reversed = t;
    reversed.id = 0;
    reversed.endedOn = PartialDate::fromYear(2020);
    QVERIFY(!m_repository->saveTask(reversed));
    QCOMPARE(m_repository->tasks().size(), 1);
}

void TestRepository::deleteOnlyWhatNothingNames()
{
    const Source tract = makeSource(QStringLiteral("Tract"));
    const Source unused = makeSource(QStringLiteral("Brouillon"));
    Organisation group = makeOrganisation(QStringLiteral("TESSI"), QStringLiteral("subcontractor"));
    Organisation branch = makeOrganisation(QStringLiteral("TESSI Documents"), QStringLiteral("subcontractor"));
    branch.parentId = group.id;
    branch.citations = {{tract.id, {}, {}}};
    QVERIFY2(m_repository->saveOrganisation(branch), qPrintable(m_repository->lastError()));
    Task task;
    task.subcontractorId = group.id;
    task.title = QStringLiteral("Numérisation");
    task.categoryIds = {categoryId(*m_repository, QStringLiteral("identity"))};
    task.citations = {{tract.id, {}, {}}};
    QVERIFY2(m_repository->saveTask(task), qPrintable(m_repository->lastError()));
    Incident incident;
    incident.title = QStringLiteral("Fuite");
    incident.taskId = task.id;
    Claim claim;
    claim.claimant = QStringLiteral("CGT");
    claim.sourceId = tract.id;
    claim.categoryIds = task.categoryIds;
    incident.claims = {claim};
    QVERIFY2(m_repository->saveIncident(incident), qPrintable(m_repository->lastError()));

    // Refused, saying what still refers to it; nothing changes (a claim would have lost its source unsaid).
    QVERIFY(!m_repository->deleteSource(tract.id));
    QCOMPARE(m_repository->lastError(),
             QStringLiteral("Cannot delete the source \"Tract\" while these refer to it: 1 incident(s), 1 task(s), "
                            "1 organisation(s)"));
    QVERIFY(m_repository->source(tract.id));
    QCOMPARE(m_repository->incident(incident.id)->claims.first().sourceId, tract.id);
    QVERIFY(!m_repository->deleteTask(task.id));
    QVERIFY2(m_repository->lastError().contains(QStringLiteral("1 incident")), qPrintable(m_repository->lastError()));
    QCOMPARE(m_repository->incident(incident.id)->taskId, task.id);
    QVERIFY(!m_repository->deleteOrganisation(group.id));
    QVERIFY2(m_repository->lastError().endsWith(QStringLiteral("1 task(s), 1 company(ies) of its group")),
             qPrintable(m_repository->lastError()));

    // Once nothing names them: the task goes with its categories and citations, the group's branch leaves it.
    QVERIFY(m_repository->deleteSource(unused.id));
    QVERIFY(!m_repository->source(unused.id));
    QVERIFY(m_repository->deleteIncident(incident.id));
    QVERIFY2(m_repository->deleteTask(task.id), qPrintable(m_repository->lastError()));
    QVERIFY(m_repository->tasks().isEmpty());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM task_data_categories) + "
                                      "(SELECT count(*) FROM task_sources)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // A group is not deleted from under its companies (they would leave it, and the watch list, unsaid),
    // unless they are named to leave it first (undoing the save that linked them), in the same transaction.
    QVERIFY(!m_repository->deleteOrganisation(group.id));
    QCOMPARE(m_repository->lastError(),
             QStringLiteral("Cannot delete the subcontractor \"TESSI\" while these refer "
                            "to it: 1 company(ies) of its group"));
    QCOMPARE(m_repository->organisation(branch.id)->parentId, group.id);
    QVERIFY2(m_repository->deleteOrganisation(group.id, {branch.id}), qPrintable(m_repository->lastError()));
    QCOMPARE(m_repository->organisation(branch.id)->parentId, RowId(0));
    QVERIFY(!m_repository->deleteOrganisation(group.id));
    QVERIFY(m_repository->lastError().contains(QStringLiteral("no organisation")));
}

void TestRepository::recreateUnderFormerId()
{
    const Source tract = makeSource(QStringLiteral("Tract"));
    const Organisation tessi = makeOrganisation(QStringLiteral("TESSI"), QStringLiteral("subcontractor"));
    Task task;
    task.subcontractorId = tessi.id;
    task.title = QStringLiteral("Numérisation");
    task.categoryIds = {categoryId(*m_repository, QStringLiteral("identity"))};
    task.citations = {{tract.id, {}, QStringLiteral("numérisation")}};
    QVERIFY(m_repository->saveTask(task));
    const Task stored = *m_repository->task(task.id);
    QVERIFY(m_repository->deleteTask(task.id));

    // Written back whole under its id.
    Task again = stored;
    QVERIFY2(m_repository->saveTask(again, Repository::SaveMode::Recreate), qPrintable(m_repository->lastError()));
    QCOMPARE(again.id, stored.id);
    const Task read = *m_repository->task(stored.id);
    QCOMPARE(read.title, stored.title);
    QCOMPARE(read.categoryIds, stored.categoryIds);
    QCOMPARE(read.citations.size(), 1);
    QCOMPARE(read.citations.first().quote, QStringLiteral("numérisation"));

    // So is an incident, with its claims.
    Incident breach;
    breach.title = QStringLiteral("Fuite");
    breach.subcontractorId = tessi.id;
    breach.taskId = task.id;
    Claim claim;
    claim.claimant = QStringLiteral("Syndicat");
    claim.people = 1200;
    claim.sourceId = tract.id;
    claim.categoryIds = task.categoryIds;
    breach.claims = {claim};
    QVERIFY2(m_repository->saveIncident(breach), qPrintable(m_repository->lastError()));
    QVERIFY(m_repository->deleteIncident(breach.id));
    Incident breachAgain = breach;
    QVERIFY2(m_repository->saveIncident(breachAgain, QDate::currentDate(), Repository::SaveMode::Recreate),
             qPrintable(m_repository->lastError()));
    QCOMPARE(breachAgain.id, breach.id);
    QCOMPARE(m_repository->incident(breach.id)->claims.size(), 1);
    QCOMPARE(m_repository->incident(breach.id)->claims.first().people, std::optional<qint64>(1200));
    // Not twice.
    QVERIFY(!m_repository->saveIncident(breachAgain, QDate::currentDate(), Repository::SaveMode::Recreate));
    QVERIFY2(m_repository->lastError().contains(QStringLiteral("taken")), qPrintable(m_repository->lastError()));
    QCOMPARE(m_repository->incidents().size(), 1);

    // Not over a record that took the id meanwhile: refused, that record untouched.
    Source other = *m_repository->source(tract.id);
    other.title = QStringLiteral("Autre");
    QVERIFY(!m_repository->saveSource(other, Repository::SaveMode::Recreate));
    QVERIFY2(m_repository->lastError().contains(QStringLiteral("taken")), qPrintable(m_repository->lastError()));
    QCOMPARE(m_repository->source(tract.id)->title, QStringLiteral("Tract"));
    QCOMPARE(m_repository->sources().size(), 1);

    // Establishments linked by a save leave the group again when asked (undoing that save).
    Organisation establishment = makeOrganisation(QStringLiteral("73282932000074"), QStringLiteral("subcontractor"));
    establishment.idType = IdentifierType::Siret;
    establishment.identifier = QStringLiteral("73282932000074");
    QVERIFY2(m_repository->saveOrganisation(establishment), qPrintable(m_repository->lastError()));
    Organisation group = *m_repository->organisation(tessi.id);
    group.idType = IdentifierType::Siren;
    group.identifier = QStringLiteral("732829320");
    QVERIFY2(m_repository->saveOrganisation(group), qPrintable(m_repository->lastError()));
    QCOMPARE(group.establishmentsLinked, QList<RowId> {establishment.id});
    QCOMPARE(m_repository->organisation(establishment.id)->parentId, tessi.id);
    QVERIFY(m_repository->detachFromGroup(tessi.id, group.establishmentsLinked));
    QCOMPARE(m_repository->organisation(establishment.id)->parentId, RowId(0));
}

void TestRepository::incidentRoundTrip()
{
    const Source cgt = makeSource(QStringLiteral("Communiqué CGT"));
    const Source leaflet = makeSource(QStringLiteral("Tract Sud"));
    const Organisation majorel = makeOrganisation(QStringLiteral("Majorel"), QStringLiteral("subcontractor"));

    Incident i;
    i.title = QStringLiteral("Fuite Majorel");
    i.subcontractorId = majorel.id;
    i.madePublicOn = PartialDate::fromYearMonth(2023, 8);
    i.confidentiality = true;
    Claim official;
    official.claimant = QStringLiteral("Pôle emploi");
    official.isOfficial = true;
    official.people = 6353810;
    official.peopleNote = QStringLiteral("potentiellement");
    official.sourceId = cgt.id;
    official.quote = QStringLiteral("soit potentiellement 6 353 810 personnes");
    official.categoryIds
        = {categoryId(*m_repository, QStringLiteral("identity")), categoryId(*m_repository, QStringLiteral("nir"))};
    Claim expert;
    expert.claimant = QStringLiteral("Expert");
    expert.sourceId = leaflet.id;
    expert.categoryIds = {categoryId(*m_repository, QStringLiteral("email"))};
    i.claims = {official, expert};
    Consequence risk;
    risk.kind = QStringLiteral("identity_theft");
    risk.sourceId = leaflet.id;
    i.consequences = {risk};
    i.citations = {{cgt.id, {}, QStringLiteral("violation")}, {leaflet.id, {}, QString()}};
    QVERIFY2(m_repository->saveIncident(i, kToday), qPrintable(m_repository->lastError()));
    QVERIFY(i.id > 0);
    QVERIFY(i.claims.at(0).id > 0 && i.claims.at(1).id > i.claims.at(0).id);

    const auto read = m_repository->incident(i.id);
    QVERIFY(read);
    QCOMPARE(read->title, i.title);
    QCOMPARE(read->subcontractorName, QStringLiteral("Majorel"));
    QVERIFY(read->occurredOn.isUnknown());
    QVERIFY(read->discoveredOn.isUnknown());
    QCOMPARE(read->madePublicOn, i.madePublicOn);
    QVERIFY(read->confidentiality);
    QVERIFY(!read->integrity);
    QCOMPARE(read->status, QStringLiteral("reported"));
    QCOMPARE(read->claims.size(), 2);
    QCOMPARE(read->claims.at(0).claimant, QStringLiteral("Pôle emploi"));
    QVERIFY(read->claims.at(0).isOfficial);
    QCOMPARE(read->claims.at(0).people, std::optional<qint64>(6353810));
    QCOMPARE(read->claims.at(0).peopleNote, QStringLiteral("potentiellement"));
    QCOMPARE(read->claims.at(0).sourceTitle, QStringLiteral("Communiqué CGT"));
    QCOMPARE(read->claims.at(0).quote, official.quote);
    QCOMPARE(read->claims.at(0).categoryIds, official.categoryIds);
    QVERIFY(!read->claims.at(1).people);
    QCOMPARE(read->claims.at(1).categoryIds, expert.categoryIds);
    QCOMPARE(read->consequences.size(), 1);
    QCOMPARE(read->consequences.first().kind, QStringLiteral("identity_theft"));
    QVERIFY(!read->consequences.first().people);
    QCOMPARE(read->citations.size(), 2);
    QVERIFY(read->isSourced());
    QCOMPARE(m_repository->incidents().size(), 1);
}

void TestRepository::incidentUpdateReplacesChildren()
{
    const Source cgt = makeSource(QStringLiteral("Communiqué CGT"));
    Incident i;
    i.title = QStringLiteral("Incident");
    Claim c;
    c.claimant = QStringLiteral("A");
    c.categoryIds = {categoryId(*m_repository, QStringLiteral("identity"))};
    i.claims = {c, c, c};
    i.consequences = {Consequence(), Consequence()};
    i.citations = {{cgt.id, {}, {}}};
    QVERIFY2(m_repository->saveIncident(i, kToday), qPrintable(m_repository->lastError()));
    const QSqlDatabase db = m_database->connection();
    QCOMPARE(countRows(db, QStringLiteral("claims")), 3);
    QCOMPARE(countRows(db, QStringLiteral("claim_data_categories")), 3);

    i.claims.removeLast();
    i.claims.removeLast();
    i.claims.first().claimant = QStringLiteral("B");
    i.claims.first().categoryIds.append(categoryId(*m_repository, QStringLiteral("nir")));
    i.consequences.clear();
    i.citations.clear();
    i.title = QStringLiteral("Incident renamed");
    QVERIFY2(m_repository->saveIncident(i, kToday), qPrintable(m_repository->lastError()));
    QCOMPARE(countRows(db, QStringLiteral("incidents")), 1);
    QCOMPARE(countRows(db, QStringLiteral("claims")), 1);
    QCOMPARE(countRows(db, QStringLiteral("claim_data_categories")), 2);
    QCOMPARE(countRows(db, QStringLiteral("incident_consequences")), 0);
    QCOMPARE(countRows(db, QStringLiteral("incident_sources")), 0);
    const auto read = m_repository->incident(i.id);
    QCOMPARE(read->title, QStringLiteral("Incident renamed"));
    QCOMPARE(read->claims.size(), 1);
    QCOMPARE(read->claims.first().claimant, QStringLiteral("B"));
    QCOMPARE(read->claims.first().categoryIds.size(), 2);
}

void TestRepository::invalidIncidentChangesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no title") << QStringLiteral("title") << QStringLiteral("title");
    QTest::newRow("future") << QStringLiteral("future") << QStringLiteral("future");
    QTest::newRow("order") << QStringLiteral("order") << QStringLiteral("before");
    QTest::newRow("negative") << QStringLiteral("negative") << QStringLiteral("negative");
    QTest::newRow("no category") << QStringLiteral("category") << QStringLiteral("category");
}

void TestRepository::invalidIncidentChangesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    Incident good;
    good.title = QStringLiteral("Existing");
    QVERIFY(m_repository->saveIncident(good, kToday));
    const auto before = allCounts(m_database->connection());

    Incident i;
    i.title = QStringLiteral("New");
    Claim c;
    c.claimant = QStringLiteral("Pôle emploi");
    c.categoryIds = {categoryId(*m_repository, QStringLiteral("identity"))};
    i.claims = {c};
    if (field == QLatin1String("title"))
        i.title = QStringLiteral("  ");
    else if (field == QLatin1String("future"))
        i.discoveredOn = PartialDate::fromYear(2025);
    else if (field == QLatin1String("order")) {
        i.occurredOn = PartialDate::fromDate(QDate(2023, 5, 2));
        i.discoveredOn = PartialDate::fromDate(QDate(2023, 5, 1));
    } else if (field == QLatin1String("negative"))
        i.claims[0].people = -1;
    else
        i.claims[0].categoryIds.clear();

    QVERIFY(!m_repository->saveIncident(i, kToday));
    QVERIFY2(m_repository->lastError().contains(expected, Qt::CaseInsensitive), qPrintable(m_repository->lastError()));
    QCOMPARE(i.id, RowId(0));
    QCOMPARE(allCounts(m_database->connection()), before);

    // Same on update: the stored record stays as it was.
    Incident update = good;
    update.title = QString();
    QVERIFY(!m_repository->saveIncident(update, kToday));
    QCOMPARE(m_repository->incident(good.id)->title, QStringLiteral("Existing"));
}

void TestRepository::failedChildWriteChangesNothing()
{
    // The incident row and its first claim are written before the bad category is reached: the
    // transaction must take them back.
    const Source cgt = makeSource(QStringLiteral("Communiqué CGT"));
    Incident i;
    i.title = QStringLiteral("Half written");
    Claim good;
    good.claimant = QStringLiteral("A");
    good.sourceId = cgt.id;
    good.categoryIds = {categoryId(*m_repository, QStringLiteral("identity"))};
    Claim bad = good;
    bad.categoryIds = {987654};
    i.claims = {good, bad};
    const auto before = allCounts(m_database->connection());
    QVERIFY(!m_repository->saveIncident(i, kToday));
    QVERIFY2(m_repository->lastError().contains(QStringLiteral("987654")), qPrintable(m_repository->lastError()));
    QCOMPARE(i.id, RowId(0));
    QCOMPARE(i.claims.first().id, RowId(0));
    QCOMPARE(allCounts(m_database->connection()), before);

    // A missing source in a citation also undoes everything.
    i.claims = {good};
    i.citations = {{cgt.id, {}, {}}, {424242, {}, {}}};
    QVERIFY(!m_repository->saveIncident(i, kToday));
    QCOMPARE(allCounts(m_database->connection()), before);

    // And the connection is usable afterwards (no transaction left open).
    i.citations = {{cgt.id, {}, {}}};
    QVERIFY2(m_repository->saveIncident(i, kToday), qPrintable(m_repository->lastError()));
    QCOMPARE(countRows(m_database->connection(), QStringLiteral("incidents")), 1);
}

void TestRepository::foreignKeysEnforced()
{
    const Organisation buyer = makeOrganisation(QStringLiteral("Pôle emploi"), QStringLiteral("buyer"));
    const Organisation tessi = makeOrganisation(QStringLiteral("TESSI"), QStringLiteral("subcontractor"));
    Contract c;
    c.reference = QStringLiteral("X");
    c.buyerId = buyer.id;
    c.holders = {{tessi.id, {}, {}}};
    QVERIFY2(m_repository->saveContract(c), qPrintable(m_repository->lastError()));

    QSqlQuery query(m_database->connection());
    QVERIFY(query.prepare(QStringLiteral("DELETE FROM organisations WHERE id = :id")));
    query.bindValue(QStringLiteral(":id"), tessi.id);
    QVERIFY(!query.exec());
    QVERIFY2(query.lastError().text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(query.lastError().text()));
    query.bindValue(QStringLiteral(":id"), buyer.id);
    QVERIFY(!query.exec());
    QCOMPARE(countRows(m_database->connection(), QStringLiteral("organisations")), 2);

    // A contract whose buyer does not exist is refused.
    Contract orphan;
    orphan.reference = QStringLiteral("Y");
    orphan.buyerId = 777;
    QVERIFY(!m_repository->saveContract(orphan));
    QCOMPARE(countRows(m_database->connection(), QStringLiteral("contracts")), 1);
}

void TestRepository::deleteIncidentCascades()
{
    const Source cgt = makeSource(QStringLiteral("Communiqué CGT"));
    Incident i;
    i.title = QStringLiteral("To delete");
    Claim c;
    c.claimant = QStringLiteral("A");
    c.sourceId = cgt.id;
    c.categoryIds
        = {categoryId(*m_repository, QStringLiteral("identity")), categoryId(*m_repository, QStringLiteral("nir"))};
    i.claims = {c};
    i.consequences = {Consequence()};
    i.citations = {{cgt.id, {}, {}}};
    QVERIFY(m_repository->saveIncident(i, kToday));
    Incident kept;
    kept.title = QStringLiteral("Kept");
    kept.claims = {c};
    QVERIFY(m_repository->saveIncident(kept, kToday));

    const QSqlDatabase db = m_database->connection();
    QCOMPARE(countRows(db, QStringLiteral("claim_data_categories")), 4);
    QVERIFY2(m_repository->deleteIncident(i.id), qPrintable(m_repository->lastError()));
    QCOMPARE(countRows(db, QStringLiteral("incidents")), 1);
    QCOMPARE(countRows(db, QStringLiteral("claims")), 1);
    QCOMPARE(countRows(db, QStringLiteral("claim_data_categories")), 2);
    QCOMPARE(countRows(db, QStringLiteral("incident_consequences")), 0);
    QCOMPARE(countRows(db, QStringLiteral("incident_sources")), 0);
    QCOMPARE(countRows(db, QStringLiteral("sources")), 1); // sources outlive the facts citing them
    QVERIFY(!m_repository->incident(i.id));

    QVERIFY(!m_repository->deleteIncident(i.id));
    QVERIFY(m_repository->lastError().contains(QString::number(i.id)));
}

void TestRepository::unsourcedIncident()
{
    const Source cgt = makeSource(QStringLiteral("Communiqué CGT"));
    Incident i;
    i.title = QStringLiteral("Hearsay");
    Claim c;
    c.claimant = QStringLiteral("Rumour");
    c.categoryIds = {categoryId(*m_repository, QStringLiteral("identity"))};
    i.claims = {c};
    QVERIFY(m_repository->saveIncident(i, kToday));
    QVERIFY(!m_repository->incident(i.id)->isSourced());

    i.claims[0].sourceId = cgt.id;
    QVERIFY(m_repository->saveIncident(i, kToday));
    QVERIFY(m_repository->incident(i.id)->isSourced());

    i.claims[0].sourceId = 0;
    i.citations = {{cgt.id, {}, {}}};
    QVERIFY(m_repository->saveIncident(i, kToday));
    QVERIFY(m_repository->incident(i.id)->isSourced());
}

void TestRepository::categoryWeight()
{
    const RowId nir = categoryId(*m_repository, QStringLiteral("nir"));
    QVERIFY(nir > 0);
    QVERIFY(m_repository->setCategoryWeight(nir, 9));
    for (const DataCategory &c : m_repository->dataCategories()) {
        if (c.id == nir)
            QCOMPARE(c.weight, 9);
    }
    QVERIFY(!m_repository->setCategoryWeight(nir, -1));
    QVERIFY(!m_repository->setCategoryWeight(nir, 101));
    QVERIFY(!m_repository->setCategoryWeight(99999, 3));
    for (const DataCategory &c : m_repository->dataCategories()) {
        if (c.id == nir)
            QCOMPARE(c.weight, 9);
    }
}

void TestRepository::updateMissingRecord()
{
    Source s;
    s.id = 4242;
    s.title = QStringLiteral("Ghost");
    QVERIFY(!m_repository->saveSource(s));
    QVERIFY(m_repository->lastError().contains(QStringLiteral("4242")));
    Incident i;
    i.id = 4242;
    i.title = QStringLiteral("Ghost");
    QVERIFY(!m_repository->saveIncident(i, kToday));
    QCOMPARE(countRows(m_database->connection(), QStringLiteral("incidents")), 0);
}

void TestRepository::writesComposeInsideCallerTransaction()
{
    // Inside a caller's transaction a failed save undoes only itself; the caller decides about the rest.
    QSqlDatabase db = m_database->connection();
    QVERIFY(db.transaction());
    Source kept;
    kept.title = QStringLiteral("Kept");
    QVERIFY2(m_repository->saveSource(kept), qPrintable(m_repository->lastError()));
    Incident bad;
    bad.title = QStringLiteral("Bad");
    bad.citations = {{kept.id, {}, {}}, {31337, {}, {}}};
    QVERIFY(!m_repository->saveIncident(bad, kToday));
    QCOMPARE(countRows(db, QStringLiteral("incidents")), 0);
    QCOMPARE(countRows(db, QStringLiteral("sources")), 1);
    Incident good;
    good.title = QStringLiteral("Good");
    QVERIFY2(m_repository->saveIncident(good, kToday), qPrintable(m_repository->lastError()));
    QVERIFY(db.commit());
    QCOMPARE(countRows(db, QStringLiteral("incidents")), 1);
    QCOMPARE(countRows(db, QStringLiteral("sources")), 1);

    // The caller's rollback takes back saves that succeeded inside it.
    QVERIFY(db.transaction());
    Source dropped;
    dropped.title = QStringLiteral("Dropped");
    QVERIFY(m_repository->saveSource(dropped));
    QVERIFY(db.rollback());
    QCOMPARE(countRows(db, QStringLiteral("sources")), 1);
}

QTEST_GUILESS_MAIN(TestRepository)
#include "testrepository.moc"
