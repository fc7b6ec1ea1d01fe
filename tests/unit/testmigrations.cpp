#include "../testsupport.h"
#include "storage/contractsearch.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace vigie;
using namespace vigie::testing;

namespace {

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

// Runs `work` on a plain QSQLITE connection, without Vigie's guards, to make test files.
bool withRawConnection(const QString &path, const std::function<bool(QSqlDatabase &)> &work)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            qWarning() << statement.left(80) << query.lastError().text();
            return false;
        }
    }
    return true;
}

// Every row of `table` as text, in id order (or the order of its key).
QString dump(const QSqlDatabase &db, const QString &table)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table)))
        return query.lastError().text();
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QStringList values;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {query.lastError().text()};
    while (query.next())
        values << query.value(0).toString();
    return values;
}

// A schema 5 file with a record in every table migration 6 rebuilds, rows naming them from the tables it
// keeps, links whose ON DELETE action is SET NULL or CASCADE, and the deletion of the last source in the
// change history.
const QStringList kVersion5Rows = {
    QStringLiteral("INSERT INTO sources (id, title, kind, sha1) VALUES "
                   "(1, 'Tract', 'union', NULL), (2, 'DECP', 'open_data', '0123456789abcdef0123456789abcdef01234567')"),
    QStringLiteral("INSERT INTO organisations (id, name, role, id_type, identifier, siren, parent_id, watched) VALUES "
                   "(1, 'Pôle emploi', 'buyer', NULL, NULL, NULL, NULL, 0), "
                   "(2, 'TESSI', 'subcontractor', 'SIREN', '391733574', '391733574', NULL, 1), "
                   "(3, 'TESSI DOCUMENTS SERVICES', 'subcontractor', 'SIREN', '491880479', '491880479', 2, 0)"),
    QStringLiteral("INSERT INTO contracts (id, reference, buyer_id, object, amount_cents) "
                   "VALUES (1, 'M-1', 1, 'Numérisation', 8000000000)"),
    QStringLiteral("INSERT INTO contract_holders (contract_id, organisation_id) VALUES (1, 3)"),
    QStringLiteral("INSERT INTO contract_sources (contract_id, source_id) VALUES (1, 2)"),
    QStringLiteral("INSERT INTO organisation_sources (organisation_id, source_id, quote) VALUES (2, 1, 'TESSI')"),
    QStringLiteral("INSERT INTO tasks (id, subcontractor_id, contract_id, title, channel) "
                   "VALUES (1, 3, 1, 'Attestations employeur', 'back_office')"),
    QStringLiteral("INSERT INTO task_data_categories (task_id, category_id) VALUES (1, 1)"),
    QStringLiteral("INSERT INTO task_sources (task_id, source_id) VALUES (1, 1)"),
    QStringLiteral("INSERT INTO incidents (id, title, subcontractor_id, contract_id, task_id) "
                   "VALUES (1, 'Fuite', 3, 1, 1), (2, 'Autre', 2, NULL, NULL)"),
    QStringLiteral("INSERT INTO claims (id, incident_id, claimant, people, source_id) "
                   "VALUES (1, 1, 'Syndicat', 6353810, 1), (2, 2, 'Expert', NULL, 2)"),
    QStringLiteral("INSERT INTO claim_data_categories (claim_id, category_id) VALUES (1, 2)"),
    QStringLiteral("INSERT INTO incident_sources (incident_id, source_id) VALUES (1, 1)"),
    QStringLiteral("INSERT INTO incident_consequences (incident_id, kind, source_id) VALUES (1, 'phishing', 1)"),
    QStringLiteral("INSERT INTO context_figures (label, organisation_id, source_id) VALUES ('Coût', 1, 1)"),
    QStringLiteral("INSERT INTO history (table_name, row_id, action, changed_at, old_values) "
                   "VALUES ('sources', 9, 'delete', '2026-11-01T10:00:00Z', '{}')"),
};

// The file's own tables, without SQLite's (sqlite_sequence) and the connection's TEMP ones.
const QString kTablesSql = QStringLiteral(
    "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");

// Every table, index and trigger of the file with its SQL, white space, quotes and AUTOINCREMENT left out.
const QString kSchemaSql = QStringLiteral(
    "SELECT type || '|' || name || '|' || tbl_name || '|' || replace(replace(replace(replace(replace(replace("
    "sql, ' ', ''), char(9), ''), char(10), ''), char(13), ''), char(34), ''), 'AUTOINCREMENT', '') "
    "FROM main.sqlite_schema WHERE sql IS NOT NULL AND name <> 'sqlite_sequence' ORDER BY name");

const QStringList kRebuilt = {QStringLiteral("sources"), QStringLiteral("organisations"), QStringLiteral("tasks"),
                              QStringLiteral("incidents"), QStringLiteral("claims")};

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void createFromEmpty();
    void everyConnectionEnforcesForeignKeys();
    void defensiveMode();
    void migrationsAreWellFormed();
    void upgradeFromVersion1();
    void upgradeRebuildsTheSearchIndex();
    void upgradeGivesNoIdTwice();
    void upgradeRefusedLeavesTheFile();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void missingPathNotCreated();
    void createRefusesExistingFile();
    void createdFileIsPrivate();
    void readOnlyAccess();
    void integrityCheck();
};

void TestMigrations::createFromEmpty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        Database database;
        QVERIFY2(database.create(path), qPrintable(database.errorString()));
        QVERIFY(database.isOpen());
        QCOMPARE(database.schemaVersion(), currentSchemaVersion());
        const QSqlDatabase db = database.connection();
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), kApplicationId);
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QVERIFY(db.tables().contains(QStringLiteral("incidents")));
        QVERIFY(db.tables().contains(QStringLiteral("claims")));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM data_categories")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 11);
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'created_by'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toString().startsWith(QStringLiteral("Vigie ")));
    }
    // The header says what the file is, without SQLite.
    int version = 0;
    QCOMPARE(vigieHeaderProblem(path, &version), QString());
    QCOMPARE(version, currentSchemaVersion());

    Database reopened;
    QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.schemaVersion(), currentSchemaVersion());
    QVERIFY(!reopened.isReadOnly());
}

void TestMigrations::everyConnectionEnforcesForeignKeys()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fk.sqlite"));
    {
        Database created;
        QVERIFY(created.create(path));
    }
    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly, Database::Access::ReadWrite}) {
        Database database;
        QVERIFY2(database.open(path, access), qPrintable(database.errorString()));
        QCOMPARE(pragma(database.connection(), QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(database.connection(), QStringLiteral("trusted_schema")).toInt(), 0);
    }
    // Two connections open at once, both enforcing.
    Database first;
    Database second;
    QVERIFY(first.open(path));
    QVERIFY(second.open(path));
    QSqlQuery query(second.connection());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO contracts (reference, buyer_id) VALUES ('X', 424242)")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(query.lastError().text()));
    QSqlQuery other(first.connection());
    QVERIFY(!other.exec(QStringLiteral("INSERT INTO tasks (subcontractor_id, title) VALUES (999, 'T')")));
}

void TestMigrations::defensiveMode()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.create(dir.filePath(QStringLiteral("defensive.sqlite"))));
    QSqlQuery query(database.connection());
    // In defensive mode the schema cannot be edited by hand, even with writable_schema.
    query.exec(QStringLiteral("PRAGMA writable_schema = ON"));
    QVERIFY(!query.exec(QStringLiteral("UPDATE sqlite_schema SET sql = sql WHERE name = 'incidents'")));
    QVERIFY(database.checkIntegrity(true).isEmpty());
}

void TestMigrations::migrationsAreWellFormed()
{
    QVERIFY(currentSchemaVersion() >= 1);
    for (int version = 1; version <= currentSchemaVersion(); ++version)
        QVERIFY2(!migrationStatements(version).isEmpty(), qPrintable(QString::number(version)));
    QVERIFY(migrationStatements(0).isEmpty());
    QVERIFY(migrationStatements(currentSchemaVersion() + 1).isEmpty());

    // migrate() on a plain empty SQLite file brings it to the current version in one go.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.sqlite"));
    QVERIFY(withRawConnection(path, [](QSqlDatabase &db) {
        return migrate(db).isEmpty() && pragma(db, QStringLiteral("user_version")).toInt() == currentSchemaVersion();
    }));
    // And again: nothing left to do.
    QVERIFY(withRawConnection(path, [](QSqlDatabase &db) { return migrate(db).isEmpty(); }));
}

void TestMigrations::upgradeFromVersion1()
{
    if (currentSchemaVersion() < 2)
        QSKIP("only one schema version so far");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    // A file as the first Vigie wrote it, with one incident in it.
    QVERIFY(withRawConnection(path, [](QSqlDatabase &db) {
        return db.transaction() && execAll(db, migrationStatements(1))
            && execAll(db,
                       {QStringLiteral("INSERT INTO incidents (title) VALUES ('Ancien incident')"),
                        QStringLiteral("PRAGMA user_version = 1"),
                        QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)})
            && db.commit();
    }));
    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QCOMPARE(database.schemaVersion(), currentSchemaVersion());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT title FROM incidents")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Ancien incident"));
    QVERIFY(database.checkIntegrity(true).isEmpty());
}

void TestMigrations::upgradeRebuildsTheSearchIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    // A version 4 file whose search index (the old layout, with prefix indexes) is up to date.
    QVERIFY(withRawConnection(path, [](QSqlDatabase &db) {
        return migrate(db, 4).isEmpty()
            && execAll(db,
                       {QStringLiteral("INSERT INTO organisations (id, name, role) VALUES (1, 'Acheteur', 'buyer')"),
                        QStringLiteral("INSERT INTO organisations (id, name, role, id_type, identifier) "
                                       "VALUES (2, 'TESSI DOCUMENTS SERVICES', 'subcontractor', 'SIREN', '491880479')"),
                        QStringLiteral("INSERT INTO contracts (id, reference, buyer_id, object) "
                                       "VALUES (7, 'M-7', 1, 'Numérisation des attestations employeur')"),
                        QStringLiteral("INSERT INTO contract_holders (contract_id, organisation_id) VALUES (7, 2)")})
            && syncContractSearch(db) && searchContracts(db, QStringLiteral("numer"), 10) == QList<qint64> {7}
        && pragma(db, QStringLiteral("user_version")).toInt() == 4;
    }));
    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QCOMPARE(database.schemaVersion(), currentSchemaVersion());
    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'contracts_fts'")));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toString().contains(QStringLiteral("detail = column")),
             qPrintable(query.value(0).toString()));
    query.finish();
    // The new index is filled during the upgrade, not by the first search.
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM contracts_fts_pending), "
                                      "(SELECT count(*) FROM contracts_fts)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(query.value(1).toInt(), 1);
    query.finish();
    QCOMPARE(searchContracts(db, QStringLiteral("numer"), 10), QList<qint64> {7});
    QCOMPARE(searchContracts(db, QStringLiteral("attestation employ"), 10), QList<qint64> {7});
    QCOMPARE(searchContracts(db, QStringLiteral("tessi docu"), 10), QList<qint64> {7});
    QCOMPARE(searchContracts(db, QStringLiteral("491880479"), 10), QList<qint64> {7});
    QVERIFY(searchContracts(db, QStringLiteral("majorel"), 10).isEmpty());
    QVERIFY(database.checkIntegrity(true).isEmpty());
}

void TestMigrations::upgradeGivesNoIdTwice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    QStringList before;
    QStringList schemaBefore;
    QVERIFY(withRawConnection(path, [&](QSqlDatabase &db) {
        // The search index up to date, as opening a file brings it.
        if (!migrate(db, 5).isEmpty() || !db.transaction() || !execAll(db, kVersion5Rows) || !db.commit()
            || !syncContractSearch(db))
            return false;
        for (const QString &table : column(db, kTablesSql))
            before << table + QLatin1Char('\n') + dump(db, table);
        schemaBefore = column(db, kSchemaSql);
        return pragma(db, QStringLiteral("user_version")).toInt() == 5;
    }));
    QVERIFY(!schemaBefore.filter(QStringLiteral("trigger|organisations_fts_on_rename|organisations|")).isEmpty());

    // Opened as the window opens it: foreign keys on. Rebuilding sources with the keys on would have set
    // claims.source_id to NULL and deleted the citations; rebuilding organisations would have been refused.
    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QCOMPARE(database.schemaVersion(), 6);
    QSqlDatabase db = database.connection();
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    // Every row as it was; meta notes how far the history went while ids could be given twice.
    QStringList after;
    for (const QString &table : column(db, kTablesSql)) {
        if (table != QStringLiteral("meta"))
            after << table + QLatin1Char('\n') + dump(db, table);
    }
    before.removeIf([](const QString &dumped) { return dumped.startsWith(QStringLiteral("meta\n")); });
    QCOMPARE(after, before);
    QCOMPARE(dump(db, QStringLiteral("meta")), QStringLiteral("ids_reused_up_to_history|1"));
    // The same tables (columns, constraints, keys), indexes and triggers, but for AUTOINCREMENT.
    QCOMPARE(column(db, kSchemaSql), schemaBefore);
    for (const QString &table : kRebuilt) {
        const QStringList sql
            = column(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'").arg(table));
        QVERIFY2(sql.value(0).contains(QStringLiteral("AUTOINCREMENT")), qPrintable(table));
    }
    QVERIFY(database.checkIntegrity(true).isEmpty());

    // New rows get ids never given before: after the highest in the table, or in its history (source 9 was
    // deleted from the end of the table).
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('Communiqué', 'union')")));
    QCOMPARE(query.lastInsertId().toLongLong(), 10);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM incidents WHERE id = 2")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO incidents (title) VALUES ('Nouveau')")));
    QCOMPARE(query.lastInsertId().toLongLong(), 3);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO organisations (name, role) VALUES ('Majorel', 'subcontractor')")));
    QCOMPARE(query.lastInsertId().toLongLong(), 4);
    // The rebuilt table's trigger still queues its contracts for the search index.
    QVERIFY(query.exec(QStringLiteral("DELETE FROM contracts_fts_pending")));
    QVERIFY(query.exec(QStringLiteral("UPDATE organisations SET name = 'TESSI DOCUMENTS' WHERE id = 3")));
    QCOMPARE(column(db, QStringLiteral("SELECT contract_id FROM contracts_fts_pending")),
             QStringList {QStringLiteral("1")});
}

void TestMigrations::upgradeRefusedLeavesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5broken.sqlite"));
    // A claim naming a source that is not there, written by a program that does not enforce foreign keys.
    QVERIFY(withRawConnection(path, [&](QSqlDatabase &db) {
        return migrate(db, 5).isEmpty() && execAll(db, kVersion5Rows)
            && execAll(db,
                       {QStringLiteral("INSERT INTO claims (incident_id, claimant, source_id) VALUES (1, 'X', 77)")});
    }));
    QString before;
    QVERIFY(withRawConnection(path, [&](QSqlDatabase &db) {
        before = dump(db, QStringLiteral("claims")) + dump(db, QStringLiteral("sources"));
        return true;
    }));
    QVERIFY(withRawConnection(path, [&](QSqlDatabase &db) {
        const QString error = migrate(db);
        // Said in plain words, naming the table and what it misses.
        if (!error.contains(QStringLiteral("migration 6")) || !error.contains(QStringLiteral("claims"))
            || !error.contains(QStringLiteral("sources"))) {
            qWarning() << error;
            return false;
        }
        return pragma(db, QStringLiteral("user_version")).toInt() == 5
            && !column(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'sources'"))
                    .value(0)
                    .contains(QStringLiteral("AUTOINCREMENT"))
            && dump(db, QStringLiteral("claims")) + dump(db, QStringLiteral("sources")) == before;
    }));
    // A connection with keys on gets them back on after a refused migration.
    QVERIFY(withRawConnection(path, [&](QSqlDatabase &db) {
        return execAll(db, {QStringLiteral("PRAGMA foreign_keys = ON")}) && !migrate(db).isEmpty()
            && pragma(db, QStringLiteral("foreign_keys")).toInt() == 1;
    }));
    // Nor does an upgrade start where it could not turn the keys off (inside a transaction: the pragma does
    // nothing there), or where a rebuilt table would take TEMP triggers with it.
    QVERIFY(withRawConnection(path, [&](QSqlDatabase &db) {
        const bool refused = execAll(db, {QStringLiteral("PRAGMA foreign_keys = ON")}) && db.transaction()
            && migrate(db).contains(QStringLiteral("foreign keys cannot be turned off"));
        db.rollback();
        return refused;
    }));
    QVERIFY(withRawConnection(path, [&](QSqlDatabase &db) {
        return execAll(db,
                       {QStringLiteral("CREATE TEMP TRIGGER watch AFTER DELETE ON main.sources BEGIN SELECT 1; END")})
            && migrate(db).contains(QStringLiteral("triggers"));
    }));
    QVERIFY(withRawConnection(path, [&](QSqlDatabase &db) {
        return pragma(db, QStringLiteral("user_version")).toInt() == 5
            && dump(db, QStringLiteral("claims")) + dump(db, QStringLiteral("sources")) == before;
    }));
}

void TestMigrations::refusesForeignFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("junk") << QStringLiteral("junk") << QStringLiteral("not an SQLite file");
    QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("short") << QStringLiteral("short") << QStringLiteral("not an SQLite file");
    QTest::newRow("other program") << QStringLiteral("other") << QStringLiteral("another program");
    QTest::newRow("newer vigie") << QStringLiteral("newer") << QStringLiteral("newer Vigie");
    QTest::newRow("truncated vigie") << QStringLiteral("truncated") << QString();
}

void TestMigrations::refusesForeignFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));
    if (kind == QLatin1String("junk") || kind == QLatin1String("empty") || kind == QLatin1String("short")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("junk")) {
            QByteArray bytes;
            for (int i = 0; i < 8192; ++i)
                bytes.append(char((i * 7919) % 251));
            file.write(bytes);
        } else if (kind == QLatin1String("short")) {
            file.write(QByteArrayLiteral("SQLite format 3"));
        }
    } else if (kind == QLatin1String("other")) {
        QVERIFY(withRawConnection(path, [](QSqlDatabase &db) {
            return execAll(db,
                           {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                            QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")});
        }));
    } else if (kind == QLatin1String("newer")) {
        {
            Database database;
            QVERIFY(database.create(path));
        }
        QVERIFY(withRawConnection(path, [](QSqlDatabase &db) {
            return execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1)});
        }));
    } else if (kind == QLatin1String("truncated")) {
        const QString full = dir.filePath(QStringLiteral("full.sqlite"));
        {
            Database database;
            QVERIFY(database.create(full));
        }
        QFile source(full);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QVERIFY(bytes.size() > 16384);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(bytes.size() / 3));
    }
    QVERIFY(QFile::exists(path));
    const QByteArray before = checksum(path);
    const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files, QDir::Name);

    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        Database database;
        QVERIFY(!database.open(path, access));
        QVERIFY(!database.isOpen());
        const QString message = database.errorString();
        QVERIFY2(!message.isEmpty(), qPrintable(kind));
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        if (!expected.isEmpty())
            QVERIFY2(message.contains(expected), qPrintable(message));
    }
    QCOMPARE(checksum(path), before);
    // No -wal, -shm or journal file left behind either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name), entriesBefore);
}

void TestMigrations::missingPathNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/sub/none.sqlite"));
    Database database;
    QVERIFY(!database.open(path));
    QVERIFY(database.errorString().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(dir.filePath(QStringLiteral("missing"))).exists());
    QVERIFY(!database.open(dir.filePath(QStringLiteral("none.sqlite")), Database::Access::ReadOnly));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void TestMigrations::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QByteArray before = checksum(path);
    Database database;
    QVERIFY(!database.create(path));
    QVERIFY(database.errorString().contains(QStringLiteral("already exists")));
    QCOMPARE(checksum(path), before);
    // Nor a directory.
    QVERIFY(!database.create(dir.path()));
}

void TestMigrations::createdFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private/new.sqlite"));
    Database database;
    QVERIFY(database.create(path));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
    QVERIFY(QFile::permissions(path) & QFileDevice::WriteOwner);
    // SQLite gives the -wal and -shm files the database's permissions.
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('x', 'other')")));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QCOMPARE(QFile::permissions(path + suffix) & others, QFileDevice::Permissions());
    }
}

void TestMigrations::readOnlyAccess()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Database database;
        QVERIFY(database.create(path));
    }
    const QByteArray before = checksum(path);
    Database database;
    QVERIFY2(database.open(path, Database::Access::ReadOnly), qPrintable(database.errorString()));
    QVERIFY(database.isReadOnly());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM incidents")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO sources (title, kind) VALUES ('x', 'other')")));
    database.close();
    QCOMPARE(checksum(path), before);
}

void TestMigrations::integrityCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fkbroken.sqlite"));
    {
        Database database;
        QVERIFY(database.create(path));
    }
    // A row pointing nowhere, written by a program that does not enforce foreign keys.
    QVERIFY(withRawConnection(path, [](QSqlDatabase &db) {
        return execAll(db,
                       {QStringLiteral("PRAGMA foreign_keys = OFF"),
                        QStringLiteral("INSERT INTO tasks (subcontractor_id, title) VALUES (999, 'orphan')")});
    }));
    Database database;
    // quick_check looks at pages, not foreign keys, but checkIntegrity reports both.
    const bool opened = database.open(path, Database::Access::ReadOnly);
    if (opened) {
        const QStringList problems = database.checkIntegrity(true);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("tasks")), qPrintable(problems.first()));
    } else {
        QVERIFY2(database.errorString().contains(QStringLiteral("tasks")), qPrintable(database.errorString()));
    }
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "testmigrations.moc"
