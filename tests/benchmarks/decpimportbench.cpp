// DECP import benchmark: imports FILE into a new Vigie database and, in the same run, loads the same
// records as a plain CSV with `sqlite3 .import` (the baseline), then prints records per second, the
// ratio to the baseline and the peak memory of the import (getrusage ru_maxrss of this process).
// It also has the sqlite3 shell build Vigie's own tables from that CSV, set-based (the "floor"): what
// SQLite alone costs for the rows, indexes and search index an import must leave, with no DECP to parse.
//   decpimportbench --file FILE --flat FLAT.csv [--workdir DIR] [--indexes auto|keep|rebuild]
// Run once per layout (each run is its own process, so the peak memory is that layout's).
#include "decp/decpreader.h"
#include "storage/contractsearch.h"
#include "storage/database.h"
#include "storage/decpimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {

long peakKilobytes(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

// Reads and parses FILE without writing anything: the floor under the import's time, since the importer's
// writing thread waits on this work when it is the slower of the two. Seconds, or -1 on error.
double readingAloneSeconds(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QElapsedTimer clock;
    clock.start();
    vigie::decp::HashingDevice device(file);
    const vigie::decp::Format format = vigie::decp::detectFormat(device, path);
    const std::unique_ptr<vigie::decp::RecordReader> reader = vigie::decp::createReader(format);
    qint64 records = 0;
    if (!reader || !reader->read(device, [&](vigie::decp::Record &) { return ++records > 0; }))
        return -1;
    return double(clock.nsecsElapsed()) / 1e9;
}

// Reads PATH once so that the timed runs all find it in the page cache: the baseline once took 6.6 s
// instead of 3 s for reading its CSV from disk.
void warm(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    while (file.read(chunk.data(), chunk.size()) > 0) { }
}

// Runs SCRIPT through the sqlite3 shell on DB; seconds, or -1 (the shell's message on stderr).
double runSqlite(const QString &db, const QByteArray &script)
{
    QProcess sqlite;
    sqlite.setProgram(QStringLiteral("sqlite3"));
    sqlite.setArguments({QStringLiteral("-bail"), db});
    QElapsedTimer clock;
    clock.start();
    sqlite.start();
    sqlite.write(script);
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return -1;
    }
    return double(clock.nsecsElapsed()) / 1e9;
}

// "contracts N, holders N, organisations N, citations N, indexed N" of the database at PATH.
QByteArray rowCounts(const QString &path)
{
    vigie::Database database;
    if (!database.open(path, vigie::Database::Access::ReadOnly))
        return database.errorString().toUtf8();
    QSqlQuery count(database.connection());
    count.exec(QStringLiteral(R"(
        SELECT (SELECT count(*) FROM contracts), (SELECT count(*) FROM contract_holders),
               (SELECT count(*) FROM organisations), (SELECT count(*) FROM contract_sources),
               (SELECT count(*) FROM contracts_fts))"));
    if (!count.next())
        return "?";
    return QStringLiteral("contracts %1, holders %2, organisations %3, citations %4, indexed %5")
        .arg(count.value(0).toLongLong())
        .arg(count.value(1).toLongLong())
        .arg(count.value(2).toLongLong())
        .arg(count.value(3).toLongLong())
        .arg(count.value(4).toLongLong())
        .toUtf8();
}

struct Floor
{
    double seconds = -1; // everything: the tables, their indexes and the search index
    double searchSeconds = 0; // of which the search index
};

// The floor: SQLite's own work for the rows an import leaves. FLAT is first read into a staging database
// (untimed); then, timed, the sqlite3 shell fills a new Vigie database (its real schema) from it the
// cheapest way SQLite offers, one statement per table, with what the importer also does for speed (page
// cache, CHECK constraints off, the non-unique indexes of the tables it fills dropped for the load and
// created after, the search triggers suspended); then the search index is built by syncContractSearch as
// after an import. Nothing is parsed, looked up one record at a time, merged or reported: the floor is
// what any import of these records into these tables costs on the machine, before reading the file.
Floor floorSeconds(const QString &path, const QString &flat)
{
    Floor floor;
    {
        vigie::Database created;
        if (!created.create(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(created.errorString()));
            return floor;
        }
    }
    QByteArray drop;
    QByteArray restore;
    {
        vigie::Database database;
        if (!database.open(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
            return floor;
        }
        QSqlQuery schema(database.connection());
        schema.exec(QStringLiteral(R"(
            SELECT type, name, sql FROM sqlite_schema
             WHERE sql IS NOT NULL
               AND ((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%'
                     AND tbl_name IN ('contracts', 'contract_holders', 'contract_sources'))
                    OR (type = 'trigger' AND name LIKE '%fts%')))"));
        while (schema.next()) {
            drop += "DROP " + schema.value(0).toString().toUpper().toUtf8() + ' ' + schema.value(1).toString().toUtf8()
                + ";\n";
            restore += schema.value(2).toString().toUtf8() + ";\n";
        }
    }
    // Untimed: the CSV read into a staging database, holders split out (one row per record and holder).
    const QString staging = QFileInfo(path).absolutePath() + QStringLiteral("/staging.sqlite");
    const QByteArray stage = "PRAGMA journal_mode = OFF;\nBEGIN;\n.import --csv '"
        + QFileInfo(flat).absoluteFilePath().toUtf8() + R"(' stage
CREATE TABLE party AS
    SELECT s.rowid AS record, i.value AS identifier, n.value AS name
      FROM stage AS s, json_each('["' || replace(s.holder_ids, '|', '","') || '"]') AS i
      LEFT JOIN json_each('["' || replace(replace(s.holder_names, '"', ''), '|', '","') || '"]') AS n ON n.key = i.key;
CREATE TABLE holder AS SELECT identifier, coalesce(max(name), identifier) AS name FROM party GROUP BY identifier;
CREATE TABLE buyer AS SELECT DISTINCT buyer_id FROM stage;
COMMIT;
)";
    if (runSqlite(staging, stage) < 0)
        return floor;
    // Timed: only what SQLite must write into Vigie's tables, from rows already parsed.
    const QByteArray script = "ATTACH '" + staging.toUtf8()
        + "' AS s;\nPRAGMA cache_size = -65536;\nPRAGMA ignore_check_constraints = ON;\n" + drop + R"(BEGIN;
INSERT INTO sources (title, kind) VALUES ('flat', 'open_data');
INSERT INTO import_batches (source_id, file_name, format, started_at) VALUES (1, 'flat', 'csv', 'now');
INSERT INTO organisations (name, role, id_type, identifier, siren)
    SELECT buyer_id, 'buyer', 'SIRET', buyer_id, substr(buyer_id, 1, 9) FROM s.buyer;
INSERT OR IGNORE INTO organisations (name, role, id_type, identifier, siren)
    SELECT name, 'subcontractor', 'SIRET', identifier, substr(identifier, 1, 9) FROM s.holder;
INSERT INTO contracts (id, reference, buyer_id, object, cpv_code, procedure, nature, amount_cents, amount_kind,
                       notified_on, duration_months, territory, decp_id, decp_buyer, decp_version, decp_fingerprint,
                       import_batch_id)
    SELECT t.rowid, t.id, o.id, t.object, t.cpv, t.procedure, t.nature, CAST(round(t.amount * 100) AS INTEGER),
           'ceiling', nullif(t.notified_on, ''), CAST(nullif(t.duration_months, '') AS INTEGER), t.territory, t.id,
           t.buyer_id, nullif(t.published_on, ''), t.rowid, 1
      FROM s.stage AS t JOIN organisations AS o ON o.id_type = 'SIRET' AND o.identifier = t.buyer_id
     WHERE true ON CONFLICT DO NOTHING;
INSERT OR IGNORE INTO contract_holders (contract_id, organisation_id)
    SELECT p.record, o.id FROM s.party AS p JOIN organisations AS o ON o.id_type = 'SIRET' AND o.identifier = p.identifier
     WHERE p.record IN (SELECT id FROM contracts);
INSERT INTO contract_sources (contract_id, source_id, quote) SELECT id, 1, 'record ' || id FROM contracts;
INSERT INTO contracts_fts_pending (contract_id) SELECT id FROM contracts;
)" + restore
        + "COMMIT;\n";
    const double tables = runSqlite(path, script);
    if (tables < 0)
        return floor;
    vigie::Database database;
    if (!database.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return floor;
    }
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA cache_size = -65536")); // as the importer's
    QElapsedTimer clock;
    clock.start();
    QString error;
    if (!vigie::syncContractSearch(database.connection(), &error)) {
        std::fprintf(stderr, "search index: %s\n", qPrintable(error));
        return floor;
    }
    floor.searchSeconds = double(clock.nsecsElapsed()) / 1e9;
    floor.seconds = tables + floor.searchSeconds;
    return floor;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("file"), QStringLiteral("DECP file to import"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("flat"), QStringLiteral("the same records as plain CSV"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("workdir"), QStringLiteral("where the databases go"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("indexes"), QStringLiteral("auto, keep or rebuild"), QStringLiteral("mode"),
                      QStringLiteral("auto")});
    parser.process(app);
    const QString file = parser.value(QStringLiteral("file"));
    const QString flat = parser.value(QStringLiteral("flat"));
    if (file.isEmpty() || flat.isEmpty()) {
        std::fprintf(stderr, "usage: decpimportbench --file FILE --flat FLAT.csv [--workdir DIR]\n");
        return 2;
    }
    QTemporaryDir temporary(parser.value(QStringLiteral("workdir")).isEmpty()
                                ? QDir::tempPath() + QStringLiteral("/decpbench-XXXXXX")
                                : parser.value(QStringLiteral("workdir")) + QStringLiteral("/decpbench-XXXXXX"));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "cannot create a working folder\n");
        return 1;
    }

    warm(flat);
    warm(file);
    // Baseline: the sqlite3 shell loading the same records into one plain table, in one transaction.
    const QString baselineDb = temporary.filePath(QStringLiteral("baseline.sqlite"));
    const double baselineSeconds = runSqlite(
        baselineDb,
        QStringLiteral(".mode csv\n.import '%1' contracts\n").arg(QFileInfo(flat).absoluteFilePath()).toUtf8());
    if (baselineSeconds < 0)
        return 1;
    const long baselinePeak = peakKilobytes(RUSAGE_CHILDREN);

    const QString path = temporary.filePath(QStringLiteral("vigie.sqlite"));
    {
        vigie::Database created;
        if (!created.create(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(created.errorString()));
            return 1;
        }
    }
    vigie::Database database;
    if (!database.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    const long peakBefore = peakKilobytes(RUSAGE_SELF);
    vigie::DecpImportOptions options;
    options.files = {file};
    const QString mode = parser.value(QStringLiteral("indexes"));
    options.indexStrategy = mode == QLatin1String("keep") ? vigie::DecpImportOptions::IndexStrategy::Keep
        : mode == QLatin1String("rebuild")                ? vigie::DecpImportOptions::IndexStrategy::Rebuild
                                                          : vigie::DecpImportOptions::IndexStrategy::Auto;
    QElapsedTimer clock;
    clock.start();
    const vigie::DecpImportResult result = vigie::DecpImporter(database.connection()).run(options);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!result.ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error));
        return 1;
    }
    const vigie::DecpFileSummary total = result.total();
    const long peak = peakKilobytes(RUSAGE_SELF);
    database.close();
    const double mb = double(QFileInfo(file).size()) / 1e6;
    std::printf("file            %s (%s, %.0f MB)\n", qPrintable(QFileInfo(file).fileName()),
                qPrintable(result.files.value(0).format), mb);
    std::printf("records         %lld (accepted %lld, merged %lld, rejected %lld)\n", total.recordsInFile,
                total.accepted, total.merged, total.rejected);
    const double indexSeconds = double(result.indexMs) / 1000.0;
    const double searchSeconds = double(result.searchIndexMs) / 1000.0;
    const double loadSeconds = seconds - indexSeconds - searchSeconds;
    std::printf("vigie import    %.2f s  (%.0f records/s, %.1f MB/s)\n", seconds, double(total.recordsInFile) / seconds,
                mb / seconds);
    std::printf("  of which      load %.2f s, secondary indexes %.2f s, then full-text index %.2f s\n", loadSeconds,
                indexSeconds, searchSeconds);
    const double readingSeconds = readingAloneSeconds(file);
    std::printf("reading alone   %.2f s  (parsing the file, nothing written)\n", readingSeconds);
    std::printf("sqlite3 .import %.2f s  (%.0f rows/s, peak %.0f MB)\n", baselineSeconds,
                double(total.recordsInFile) / baselineSeconds, double(baselinePeak) / 1024.0);
    const Floor floor = floorSeconds(temporary.filePath(QStringLiteral("floor.sqlite")), flat);
    if (floor.seconds < 0)
        return 1;
    std::printf("sqlite3 floor   %.2f s  (%.2fx the baseline: SQLite writing Vigie's tables, indexes and search index\n"
                "                from the records already parsed, set-based; of which search index %.2f s)\n",
                floor.seconds, floor.seconds / baselineSeconds, floor.searchSeconds);
    std::printf("ratio           %.2fx the sqlite3 baseline (target <= 2.5x); committed data %.2fx; load alone %.2fx\n",
                seconds / baselineSeconds, (seconds - searchSeconds) / baselineSeconds, loadSeconds / baselineSeconds);
    std::printf("                %.2fx the floor\n", seconds / floor.seconds);
    std::printf("rows            import: %s\n                floor:  %s\n", rowCounts(path).constData(),
                rowCounts(temporary.filePath(QStringLiteral("floor.sqlite"))).constData());
    std::printf("peak memory     %.0f MB (before the import %.0f MB; target < 200 MB)\n", double(peak) / 1024.0,
                double(peakBefore) / 1024.0);
    std::printf("database size   %.0f MB (baseline %.0f MB)\n", double(QFileInfo(path).size()) / 1e6,
                double(QFileInfo(baselineDb).size()) / 1e6);
    return 0;
}
