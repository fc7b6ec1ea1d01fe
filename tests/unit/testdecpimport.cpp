// DECP import into a database: counts, values, idempotence, history, SIREN linking, cancel, errors,
// the worker thread, the search index and the command line.
#include "operations/decpimportworker.h"
#include "storage/contractsearch.h"
#include "storage/database.h"
#include "storage/decpimporter.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(VIGIE_TEST_DATA_DIR "/decp/") + QLatin1String(name);
}

QString example(const char *name)
{
    return QStringLiteral(VIGIE_TEST_DATA_DIR "/decp/official/") + QLatin1String(name);
}

// Every table an import writes, as text, to compare databases before and after.
QStringList snapshot(const QSqlDatabase &db)
{
    QStringList rows;
    const char *const tables[]
        = {"organisations",     "contracts",        "contract_holders", "amendments",     "subcontracting_acts",
           "contract_versions", "contract_sources", "sources",          "import_batches", "contracts_fts_pending"};
    for (const char *table : tables) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))))
            return {query.lastError().text()};
        while (query.next()) {
            QStringList values {QLatin1String(table)};
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    QSqlQuery fts(db);
    fts.exec(QStringLiteral("SELECT rowid, object, holders FROM contracts_fts ORDER BY rowid"));
    while (fts.next())
        rows << QStringLiteral("fts|%1|%2|%3")
                    .arg(fts.value(0).toString(), fts.value(1).toString(), fts.value(2).toString());
    rows.sort();
    return rows;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("error: %1").arg(query.lastError().text());
    return query.value(0);
}

void writeSyntheticFile(const QString &path, int records)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.write("{\"marches\": [\n");
    for (int i = 0; i < records; ++i) {
        out.write((i ? ",\n" : "")
                  + QStringLiteral("{\"id\": \"S-%1\", \"acheteur\": {\"id\": \"13000548100010\"}, \"objet\": "
                                   "\"Synthetic %1\", \"montant\": %2, \"titulaires\": [{\"typeIdentifiant\": "
                                   "\"SIRET\", \"id\": \"44306184100013\"}]}")
                        .arg(i)
                        .arg(40000 + i)
                        .toUtf8());
    }
    out.write("]}\n");
}

} // namespace

class TestDecpImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void examples();
    void messyValues();
    void countsAddUpInReport();
    void partyWarningsNameTheirField();
    void shortSiretHasNoSiren();
    void everyContractCitesItsRecord();
    void idempotent();
    void newerVersionKeepsHistory();
    void linksBySirenNotByName();
    void unknownHoldersNamedLater();
    void watchList();
    void buyerFilter();
    void cancelLeavesDatabaseUnchanged();
    void truncatedFileImportsNothing();
    void csvAndXml();
    void search();
    void worker();
    void commandLine();
    void commandLineErrors();

private:
    DecpImportResult import(const QStringList &files, DecpImportOptions options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void TestDecpImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vigie.sqlite"));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->create(m_path), qPrintable(m_db->errorString()));
}

void TestDecpImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

DecpImportResult TestDecpImport::import(const QStringList &files, DecpImportOptions options)
{
    options.files = files;
    return DecpImporter(m_db->connection()).run(options);
}

void TestDecpImport::examples()
{
    const QStringList files = {example("marches_avec_modifications.json"),
                               example("marches_concessions.json"),
                               example("concessions.json"),
                               example("paquet-2019-flat-array.json"),
                               example("Marche.xml"),
                               example("Contrat-concession.xml")};
    const DecpImportResult result = import(files);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.changed);
    QCOMPARE(result.files.size(), files.size());
    const QSqlDatabase db = m_db->connection();
    // TEST2022 and TEST2022Bis (JSON), mp-889 (2019), TEST2022 of another buyer (XML).
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contracts")).toInt(), 4);
    const DecpFileSummary total = result.total();
    QCOMPARE(total.skippedConcessions, 7);
    QCOMPARE(total.accepted, 4);
    QCOMPARE(total.duplicates, 3); // marches_concessions.json repeats the two contracts, Marche.xml its one
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT amount_cents || ' ' || amount_kind FROM contracts WHERE reference = "
                                   "'mp-889'")),
             QVariant(QStringLiteral("12700000 ceiling")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM amendments WHERE from_decp = 1")).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM subcontracting_acts")).toInt(), 3);
    // Every imported contract cites its file as an open-data source.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM contracts WHERE id NOT IN (SELECT contract_id FROM "
                                   "contract_sources)"))
                 .toInt(),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT kind) || kind FROM sources")),
             QVariant(QStringLiteral("1open_data")));
    // The CHECK constraints the import writes without are verified by a full integrity check.
    QCOMPARE(m_db->checkIntegrity(true), QStringList());
}

void TestDecpImport::messyValues()
{
    const DecpImportResult result = import({fixture("messy-2019.json")});
    QVERIFY2(result.ok, qPrintable(result.error));
    const DecpFileSummary &f = result.files.at(0);
    QCOMPARE(f.recordsInFile, 11);
    QCOMPARE(f.skippedConcessions, 1);
    QCOMPARE(f.recordsRead, 10);
    QCOMPARE(f.accepted, 6);
    QCOMPARE(f.merged, 1);
    QCOMPARE(f.duplicates, 1);
    QCOMPARE(f.rejected, 3);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT amount_cents FROM contracts WHERE reference = 'M2019-001'")).toLongLong(),
        57'500'050);
    QCOMPARE(scalar(db, QStringLiteral("SELECT notified_on FROM contracts WHERE reference = 'M2019-001'")).toString(),
             QStringLiteral("2018-12-17"));
    QVERIFY(scalar(db, QStringLiteral("SELECT amount_cents FROM contracts WHERE reference = 'M2019-002'")).isNull());
    QCOMPARE(scalar(db, QStringLiteral("SELECT cpv_code FROM contracts WHERE reference = 'M2019-003'")).toString(),
             QStringLiteral("50700000-2"));
    // Holders by TVA and HORS-UE, with and without a name.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT name || '|' || siren FROM organisations WHERE identifier = "
                                   "'FR70552045999'"))
                 .toString(),
             QStringLiteral("FR70552045999|552045999"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT name FROM organisations WHERE id_type = 'HORS-UE' AND identifier = "
                                   "'US-123-456'"))
                 .toString(),
             QStringLiteral("GLOBAL CALLS INC"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM organisations WHERE identifier = 'CH-998877'")).toString(),
             QStringLiteral("CH-998877"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM contract_holders h JOIN contracts c ON c.id = "
                                   "h.contract_id WHERE c.reference = 'M2019-003'"))
                 .toInt(),
             2);
    // Mangled text is kept as it is (and flagged in the report).
    QVERIFY(scalar(db, QStringLiteral("SELECT object FROM contracts WHERE reference = 'M2019-004'"))
                .toString()
                .contains(QChar(0xFFFD)));
    // The buyer keeps its name; a SIRET without a type is guessed and linked by SIREN to the same company.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT name || '|' || role FROM organisations WHERE identifier = "
                                   "'13000548100010'"))
                 .toString(),
             QStringLiteral("Pôle emploi|buyer"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organisations WHERE siren = '443061841'")).toInt(), 1);
    QCOMPARE(m_db->checkIntegrity(true), QStringList());
}

void TestDecpImport::countsAddUpInReport()
{
    DecpImportOptions options;
    options.reportPath = m_dir->filePath(QStringLiteral("report.csv"));
    const DecpImportResult result
        = import({fixture("messy-2019.json"), fixture("messy-2022.json"), fixture("messy.xml")}, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QFile file(options.reportPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // opens as UTF-8 in spreadsheets
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("file,record,position,contract_id,buyer_id,outcome,field,message"));

    QHash<QString, QHash<QString, qint64>> summary; // file -> counter -> value
    int rejectedLines = 0;
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.value(5) == QLatin1String("summary"))
            summary[cells.at(0)][cells.at(6)] = cells.at(7).toLongLong();
        if (cells.value(5) == QLatin1String("rejected"))
            ++rejectedLines;
    }
    QCOMPARE(summary.size(), 3);
    for (auto it = summary.cbegin(); it != summary.cend(); ++it) {
        const auto &c = it.value();
        QCOMPARE(c.value(QStringLiteral("accepted")) + c.value(QStringLiteral("merged"))
                     + c.value(QStringLiteral("rejected")),
                 c.value(QStringLiteral("records_read")));
        QCOMPARE(c.value(QStringLiteral("records_read")) + c.value(QStringLiteral("skipped_concessions"))
                     + c.value(QStringLiteral("skipped_filter")),
                 c.value(QStringLiteral("records_in_file")));
    }
    QCOMPARE(summary.value(QStringLiteral("messy-2019.json")).value(QStringLiteral("rejected")), 3);
    QCOMPARE(rejectedLines, 4); // three in messy-2019.json, one in messy.xml
    // A rejection says where and why.
    QFile messy(fixture("messy-2019.json"));
    QVERIFY(messy.open(QIODevice::ReadOnly));
    const qsizetype offset = messy.readAll().indexOf("{\n      \"id\": \"M2019-006\"");
    QVERIFY2(
        lines.contains(
            QStringLiteral("messy-2019.json,6,%1,M2019-006,,rejected,acheteur.id,no buyer identifier").arg(offset)),
        qPrintable(lines.filter(QStringLiteral("M2019-006")).join(QLatin1Char('\n'))));
    QVERIFY(bytes.contains("messy-2019.json,4,"));
    QVERIFY(bytes.contains("warning,objet,the text looks mangled by a wrong encoding; kept as it is"));
    QVERIFY(bytes.contains("warning,montant,amount 0 read as unknown"));
    QVERIFY(bytes.contains(",status,,imported"));
    // The batches table holds the same counts.
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT sum(records_read) FROM import_batches")).toLongLong(),
             result.total().recordsRead);
}

// A holder, an amendment's holder or a sub-contractor that cannot be linked is reported with the field
// that names it, as written in the 2022 layout.
void TestDecpImport::partyWarningsNameTheirField()
{
    const QString path = m_dir->filePath(QStringLiteral("parties.json"));
    QVERIFY(writeFile(path, R"({"marches": {"marche": [
        {"id": "P-1", "acheteur": {"id": "13000548100010"}, "objet": "Plateforme", "montant": 100000,
         "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "44306184100013"}},
                        {"titulaire": {"denominationSociale": "SANS IDENTIFIANT"}}],
         "modifications": [
            {"modification": {"id": 1, "montant": 120000, "dateNotificationModification": "2023-01-01",
                              "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "40211577800018"}}]}},
            {"modification": {"id": 2, "dureeMois": 12, "dateNotificationModification": "2023-06-01",
                              "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "44306184100013"}},
                                             {"titulaire": {}}]}}],
         "actesSousTraitance": [
            {"acteSousTraitance": {"id": 1, "sousTraitant": {"id": "40211577800019", "typeIdentifiant": "SIRET"},
                                   "montant": 10000}},
            {"acteSousTraitance": {"id": 2, "sousTraitant": {"denominationSociale": "INCONNU"}, "montant": 5000}}]}
    ]}})"));
    const DecpImportResult result = import({path});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.total().accepted, 1);
    QStringList fields;
    for (const DecpReportLine &line : result.firstLines) {
        if (line.outcome == QLatin1String("warning"))
            fields << line.field;
    }
    fields.sort();
    QCOMPARE(fields,
             QStringList({QStringLiteral("actesSousTraitance[2].sousTraitant.id"),
                          QStringLiteral("modifications[1].titulaires[1].id"),
                          QStringLiteral("modifications[2].titulaires[2].id"), QStringLiteral("titulaires[2].id")}));
    // The holders with an identifier and the sub-contractor are linked, the wrong SIRET kept as written.
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM contract_holders")).toInt(), 2);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM subcontracting_acts")).toInt(), 1);
}

// A declared SIRET of five digits once gave "00000" as its SIREN (it passes the Luhn check), written with
// the CHECK constraints off: the next integrity check failed.
void TestDecpImport::shortSiretHasNoSiren()
{
    const QString path = m_dir->filePath(QStringLiteral("short.json"));
    QVERIFY(writeFile(path, R"({"marches": {"marche": [
        {"id": "S-1", "acheteur": {"id": "13000548100010"}, "objet": "Maintenance", "montant": 1000,
         "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "000 00", "denominationSociale": "COURT"}}]}
    ]}})"));
    const DecpImportResult result = import({path});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.total().accepted, 1);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT id_type || '|' || identifier || '|' || coalesce(siren, 'none') "
                                   "FROM organisations WHERE name = 'COURT'")),
             QVariant(QStringLiteral("SIRET|00000|none")));
    bool warned = false;
    for (const DecpReportLine &line : result.firstLines)
        warned
            = warned || (line.outcome == QLatin1String("warning") && line.field == QLatin1String("titulaires[1].id"));
    QVERIFY(warned);
    QCOMPARE(m_db->checkIntegrity(true), QStringList());
}

// Citations are written many to a statement: 300 records are two full statements and 44 single rows.
void TestDecpImport::everyContractCitesItsRecord()
{
    const QString path = m_dir->filePath(QStringLiteral("many.json"));
    writeSyntheticFile(path, 300);
    const DecpImportResult result = import({path});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.total().accepted, 300);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(R"(
        SELECT c.reference, cs.quote, s.kind FROM contracts AS c
          JOIN contract_sources AS cs ON cs.contract_id = c.id JOIN sources AS s ON s.id = cs.source_id
         ORDER BY c.id)")));
    int rows = 0;
    while (query.next()) {
        // Synthetic record i (0-based) has reference S-i and is record i + 1 of the file.
        QCOMPARE(query.value(0).toString(), QStringLiteral("S-%1").arg(rows));
        QCOMPARE(query.value(1).toString(), QStringLiteral("record %1").arg(rows + 1));
        QCOMPARE(query.value(2).toString(), QStringLiteral("open_data"));
        ++rows;
    }
    QCOMPARE(rows, 300);
    // Importing it again cites nothing twice.
    QVERIFY(import({path}).ok);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM contract_sources")).toInt(), 300);
}

void TestDecpImport::idempotent()
{
    const QStringList files = {fixture("messy-2019.json"), fixture("messy-2022.json"), fixture("tessi.json")};
    DecpImportResult first = import(files);
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.changed);
    const QStringList before = snapshot(m_db->connection());
    QVERIFY(before.size() > 20);
    const DecpImportResult second = import(files);
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(!second.changed);
    QCOMPARE(second.total().accepted, 0);
    QCOMPARE(second.total().updated, 0);
    QCOMPARE(snapshot(m_db->connection()), before);
}

void TestDecpImport::newerVersionKeepsHistory()
{
    QVERIFY(import({fixture("messy-2019.json")}).ok);
    const DecpImportResult update = import({fixture("messy-2022.json")});
    QVERIFY2(update.ok, qPrintable(update.error));
    QCOMPARE(update.files.at(0).updated, 1);
    QCOMPARE(update.files.at(0).accepted, 1);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT amount_cents || '|' || decp_version FROM contracts WHERE reference = "
                                   "'M2019-001'"))
                 .toString(),
             QStringLiteral("60000000|2020-03-01"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT status || '|' || amount_cents || '|' || version_on FROM "
                                   "contract_versions"))
                 .toString(),
             QStringLiteral("superseded|57500050|2019-01-10"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT new_amount_cents || '|' || new_duration_months || '|' || signed_on "
                                   "FROM amendments"))
                 .toString(),
             QStringLiteral("65000000|30|2020-02-15"));
    // The earlier version again: already in the history, nothing changes.
    QStringList before = snapshot(db);
    DecpImportResult again = import({fixture("messy-2019.json")});
    QVERIFY(again.ok);
    QVERIFY(!again.changed);
    QCOMPARE(snapshot(db), before);
    // An even older version, never seen: kept in the history, the contract stays as it is.
    const DecpImportResult older = import({fixture("older-2019.json")});
    QVERIFY(older.ok);
    QCOMPARE(older.files.at(0).older, 1);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM contract_versions WHERE status = 'older' AND "
                                   "amount_cents = 50000000"))
                 .toInt(),
             1);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT amount_cents FROM contracts WHERE reference = 'M2019-001'")).toLongLong(),
        60'000'000);
    // The sub-contracting act names its sub-contractor by SIRET.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT o.identifier FROM subcontracting_acts a JOIN organisations o ON o.id = "
                                   "a.subcontractor_id"))
                 .toString(),
             QStringLiteral("40211577800019"));
    QCOMPARE(m_db->checkIntegrity(true), QStringList());
}

void TestDecpImport::linksBySirenNotByName()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO organisations (id, name, role, id_type, identifier, siren) VALUES "
                                      "(100, 'TESSI', 'subcontractor', 'SIREN', '300253226', '300253226')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO organisations (id, name, role, id_type, identifier, siren, "
                                      "parent_id) VALUES (101, 'TESSI DOCUMENTS SERVICES', 'subcontractor', 'SIREN', "
                                      "'402115778', '402115778', 100)")));
    const DecpImportResult result = import({fixture("tessi.json")});
    QVERIFY2(result.ok, qPrintable(result.error));
    const QSqlDatabase db = m_db->connection();
    // T-1's holder is TESSI DOCUMENTS SERVICES through the SIREN in its SIRET, hence in the TESSI group.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT h.organisation_id FROM contract_holders h JOIN contracts c ON c.id = "
                                   "h.contract_id WHERE c.reference = 'T-1'"))
                 .toInt(),
             101);
    // T-2 ("TESSIA CONSEIL") and T-3 (named "TESSI", another SIREN) are other companies.
    for (const char *reference : {"T-2", "T-3"}) {
        const QVariant holder = scalar(db,
                                       QStringLiteral("SELECT h.organisation_id FROM contract_holders h JOIN "
                                                      "contracts c ON c.id = h.contract_id WHERE c.reference = '%1'")
                                           .arg(QLatin1String(reference)));
        QVERIFY(holder.toInt() != 100 && holder.toInt() != 101);
        QVERIFY(scalar(db, QStringLiteral("SELECT parent_id FROM organisations WHERE id = %1").arg(holder.toInt()))
                    .isNull());
    }
    // T-2 and T-3 are two establishments of one company (SIREN 512345679): one organisation.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(DISTINCT h.organisation_id) FROM contract_holders h JOIN "
                                   "contracts c ON c.id = h.contract_id WHERE c.reference IN ('T-2', 'T-3')"))
                 .toInt(),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organisations WHERE name = 'TESSI'")).toInt(), 1);
}

void TestDecpImport::unknownHoldersNamedLater()
{
    // The 2022 layout gives no names: the holder is named by its SIRET, until a 2019 record names it.
    QVERIFY(import({fixture("messy-2022.json")}).ok);
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT name FROM organisations WHERE identifier = '44306184100013'")).toString(),
        QStringLiteral("44306184100013"));
    QVERIFY(searchContracts(db, QStringLiteral("44306184100013"), 10).size() == 1);
    QVERIFY(import({fixture("messy-2019.json")}).ok);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT name FROM organisations WHERE identifier = '44306184100013'")).toString(),
        QStringLiteral("CENTRE APPELS ALPHA"));
    // The search index follows the new name (M2019-001, and 20190010 held by another establishment).
    QCOMPARE(searchContracts(db, QStringLiteral("centre appels"), 10).size(), 2);
}

void TestDecpImport::watchList()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO organisations (id, name, role, id_type, identifier, siren, watched) "
                                      "VALUES (100, 'TESSI', 'subcontractor', 'SIREN', '300253226', '300253226', 1)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO organisations (id, name, role, id_type, identifier, siren, "
                                      "parent_id) VALUES (101, 'TESSI DOCUMENTS SERVICES', 'subcontractor', 'SIREN', "
                                      "'402115778', '402115778', 100)")));
    const DecpImportResult result = import({fixture("tessi.json")});
    QVERIFY(result.ok);
    QCOMPARE(result.total().watched, 1);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT group_concat(reference) FROM contracts WHERE "
                                   "watch_flag = 1"))
                 .toString(),
             QStringLiteral("T-1"));
    // Keep only the watched groups' contracts.
    cleanup();
    init();
    QSqlQuery again(m_db->connection());
    QVERIFY(again.exec(QStringLiteral("INSERT INTO organisations (id, name, role, id_type, identifier, siren, watched) "
                                      "VALUES (101, 'TESSI DOCUMENTS SERVICES', 'subcontractor', 'SIREN', '402115778', "
                                      "'402115778', 1)")));
    DecpImportOptions options;
    options.watchedOnly = true;
    const DecpImportResult only = import({fixture("tessi.json")}, options);
    QVERIFY(only.ok);
    QCOMPARE(only.total().accepted, 1);
    QCOMPARE(only.total().skippedFilter, 2);
}

void TestDecpImport::buyerFilter()
{
    DecpImportOptions options;
    options.buyers = {QStringLiteral("217 500 016")}; // the SIREN, as people write it
    const DecpImportResult result = import({fixture("messy-2019.json")}, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    const DecpFileSummary &f = result.files.at(0);
    QCOMPARE(f.accepted, 1); // 20190010, of the Ville de Paris
    QCOMPARE(f.skippedFilter, 8);
    QCOMPARE(f.skippedConcessions, 1);
    QCOMPARE(f.recordsRead + f.skippedFilter + f.skippedConcessions, f.recordsInFile);
    QCOMPARE(f.accepted + f.merged + f.rejected, f.recordsRead);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT group_concat(reference) FROM contracts")).toString(),
             QStringLiteral("20190010"));
    QVERIFY(decpFilterValueError(QStringLiteral("21750001600019")).isEmpty());
    QVERIFY(!decpFilterValueError(QStringLiteral("123")).isEmpty());
}

void TestDecpImport::cancelLeavesDatabaseUnchanged()
{
    QVERIFY(import({fixture("messy-2019.json")}).ok);
    const QStringList before = snapshot(m_db->connection());
    const QString big = m_dir->filePath(QStringLiteral("big.json"));
    writeSyntheticFile(big, 5000);
    DecpImportOptions options;
    options.files = {big};
    DecpImporter importer(m_db->connection());
    int calls = 0;
    importer.setProgressCallback([&](const DecpImportProgress &p) {
        ++calls;
        QVERIFY(p.records > 0 && p.bytesDone > 0 && p.bytesTotal >= p.bytesDone);
        importer.cancel(); // well into the file: rows are already written in the transaction
    });
    const DecpImportResult result = importer.run(options);
    QVERIFY(calls >= 1);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(result.total().accepted >= 1000);
    QCOMPARE(snapshot(m_db->connection()), before);
    QCOMPARE(m_db->checkIntegrity(true), QStringList());
}

void TestDecpImport::truncatedFileImportsNothing()
{
    QVERIFY(import({fixture("messy-2019.json")}).ok);
    const QStringList before = snapshot(m_db->connection());
    DecpImportOptions options;
    options.reportPath = m_dir->filePath(QStringLiteral("report.csv"));
    const DecpImportResult result = import({fixture("official-utf8.csv"), fixture("truncated.json")}, options);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(QLatin1String("truncated.json: line 32, column")), qPrintable(result.error));
    QVERIFY(result.error.contains(QLatin1String("nothing was imported")));
    QCOMPARE(snapshot(m_db->connection()), before); // not even the CSV file that came first
    QFile report(options.reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("failed: nothing was imported"));
}

void TestDecpImport::csvAndXml()
{
    const DecpImportResult result
        = import({fixture("spreadsheet-cp1252.csv"), fixture("official-utf8.csv"), fixture("messy.xml")});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.files.at(0).format, QStringLiteral("csv"));
    QCOMPARE(result.files.at(0).accepted, 2);
    QCOMPARE(result.files.at(0).rejected, 1);
    QCOMPARE(result.files.at(2).format, QStringLiteral("xml"));
    const QSqlDatabase db = m_db->connection();
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM contract_holders h JOIN contracts c ON c.id = "
                                   "h.contract_id WHERE c.reference = 'C-2'"))
                 .toInt(),
             2);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT name FROM organisations WHERE identifier = '38103128500012'")).toString(),
        QStringLiteral("GAMMA € PROPRETÉ"));
    QVERIFY(scalar(db, QStringLiteral("SELECT amount_cents FROM contracts WHERE reference = 'X-1'")).isNull());
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT new_amount_cents FROM amendments a JOIN contracts c ON c.id = "
                                   "a.contract_id WHERE c.reference = 'X-1'"))
                 .toLongLong(),
             8'000'050);
}

void TestDecpImport::search()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO organisations (id, name, role, id_type, identifier, siren) VALUES "
                                      "(101, 'TESSI DOCUMENTS SERVICES', 'subcontractor', 'SIREN', '402115778', "
                                      "'402115778')")));
    QVERIFY(import({fixture("tessi.json"), fixture("messy-2019.json")}).ok);
    const QSqlDatabase db = m_db->connection();
    auto references = [&db](const QString &text) {
        QStringList refs;
        for (qint64 id : searchContracts(db, text, 50))
            refs << scalar(db, QStringLiteral("SELECT reference FROM contracts WHERE id = %1").arg(id)).toString();
        refs.sort();
        return refs;
    };
    QCOMPARE(references(QStringLiteral("tessi doc")), QStringList {QStringLiteral("T-1")});
    QCOMPARE(references(QStringLiteral("tess")),
             (QStringList {QStringLiteral("T-1"), QStringLiteral("T-2"), QStringLiteral("T-3")}));
    QCOMPARE(references(QStringLiteral("attestations")), QStringList {QStringLiteral("T-1")});
    QCOMPARE(references(QStringLiteral("telephonique")), QStringList {QStringLiteral("M2019-001")}); // accents
    QCOMPARE(references(QStringLiteral("402115778")), QStringList {QStringLiteral("T-1")}); // by SIREN
    // FTS5 syntax is taken literally: OR is a word ("organisation"), quotes and brackets are dropped.
    QCOMPARE(references(QStringLiteral("\"OR* (")), QStringList {QStringLiteral("T-2")});
    QCOMPARE(contractSearchQuery(QStringLiteral("tessi doc")), QStringLiteral("\"tessi\"* \"doc\"*"));
    QCOMPARE(contractSearchQuery(QStringLiteral("  ")), QString());
    // A contract edited outside the importer is re-indexed through the queue the triggers fill.
    QVERIFY(query.exec(QStringLiteral("UPDATE contracts SET object = 'Hotline technique' WHERE reference = 'T-2'")));
    QCOMPARE(references(QStringLiteral("hotline")), QStringList {QStringLiteral("T-2")});
    QCOMPARE(references(QStringLiteral("conseil organisation")), QStringList());
}

void TestDecpImport::worker()
{
    DecpImportOptions options;
    options.files = {fixture("messy-2019.json")};
    m_db->close(); // the worker opens its own connection, on its own thread
    DecpImportWorker job(m_path, options);
    QSignalSpy finished(&job, &DecpImportWorker::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    const auto result = finished.at(0).at(0).value<DecpImportResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.total().accepted, 6);
    QVERIFY(m_db->open(m_path));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM contracts")).toInt(), 6);

    // Cancelled at once: nothing imported.
    m_db->close();
    options.files = {fixture("messy-2022.json")};
    DecpImportWorker cancelled(m_path, options);
    QSignalSpy cancelledFinished(&cancelled, &DecpImportWorker::finished);
    cancelled.cancel();
    cancelled.start();
    QVERIFY(cancelledFinished.wait(30000));
    QVERIFY(cancelledFinished.at(0).at(0).value<DecpImportResult>().cancelled);
    QVERIFY(m_db->open(m_path));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM contracts")).toInt(), 6);
}

void TestDecpImport::commandLine()
{
    m_db->close();
    const QString report = m_dir->filePath(QStringLiteral("report.csv"));
    QProcess process;
    process.start(QStringLiteral(VIGIE_EXECUTABLE),
                  {QStringLiteral("import"), fixture("messy-2019.json"), fixture("messy-2022.json"),
                   QStringLiteral("--db"), m_path, QStringLiteral("--report"), report});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("messy-2019.json (JSON): 10 records read: 6 accepted, 1 merged")),
             qPrintable(out));
    QVERIFY(QFile::exists(report));
    // Again: nothing new, still success.
    process.start(QStringLiteral(VIGIE_EXECUTABLE),
                  {QStringLiteral("import"), fixture("messy-2019.json"), QStringLiteral("--db"), m_path});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromLocal8Bit(process.readAllStandardOutput()).contains(QLatin1String("Nothing new")));
}

void TestDecpImport::commandLineErrors()
{
    m_db->close();
    struct Case
    {
        QStringList arguments;
        int exitCode;
        const char *stderrPart;
    };
    const QString missingDb = m_dir->filePath(QStringLiteral("nowhere.sqlite"));
    const QList<Case> cases = {
        {{QStringLiteral("import"), fixture("messy-2019.json")}, 2, "missing --db"},
        {{QStringLiteral("import"), QStringLiteral("--db"), m_path}, 2, "missing argument"},
        {{QStringLiteral("import"), fixture("messy-2019.json"), QStringLiteral("--db"), m_path,
          QStringLiteral("--buyer"), QStringLiteral("12345")},
         2,
         "SIREN"},
        {{QStringLiteral("import"), fixture("messy-2019.json"), QStringLiteral("--db"), m_path, QStringLiteral("--map"),
          QStringLiteral("bogus=X")},
         2,
         "bogus"},
        {{QStringLiteral("import"), fixture("messy-2019.json"), QStringLiteral("--db"), missingDb},
         1,
         "does not exist"},
        {{QStringLiteral("import"), m_dir->filePath(QStringLiteral("none.json")), QStringLiteral("--db"), m_path},
         1,
         "none.json does not exist"},
        {{QStringLiteral("import"), fixture("truncated.json"), QStringLiteral("--db"), m_path}, 1, "line 32, column"},
    };
    for (const Case &c : cases) {
        QProcess process;
        process.start(QStringLiteral(VIGIE_EXECUTABLE), c.arguments);
        QVERIFY(process.waitForFinished(60000));
        const QByteArray error = process.readAllStandardError();
        QVERIFY2(process.exitCode() == c.exitCode,
                 qPrintable(c.arguments.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::fromLocal8Bit(error)));
        QVERIFY2(error.contains(c.stderrPart), error.constData());
        QCOMPARE(error.count('\n'), 1); // one line
    }
    QVERIFY(!QFile::exists(missingDb)); // never created
    QVERIFY(m_db->open(m_path));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM contracts")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDecpImport)
#include "testdecpimport.moc"
