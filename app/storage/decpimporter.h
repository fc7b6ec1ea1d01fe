#pragma once

#include "decp/decpreader.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace vigie {

struct DecpImportOptions
{
    QStringList files;
    /// Keep only the contracts of these buyers, given by SIREN (9 digits) or SIRET (14), or held by
    /// these holders (same forms), or held by a watched group when `watchedOnly`. No filter: keep all.
    QStringList buyers;
    QStringList holders;
    bool watchedOnly = false;
    decp::CsvMapping csvMapping; // for CSV files; detected from the header row when empty
    /// CSV report (UTF-8 with BOM), written at the end, atomically; empty for none.
    QString reportPath;
    /// Drop the secondary indexes during the load and build them after: faster for large imports.
    /// Auto decides from the size of the files.
    enum class IndexStrategy { Auto, Keep, Rebuild } indexStrategy = IndexStrategy::Auto;
};

/// Where an import stands; sent about ten times a second.
struct DecpImportProgress
{
    int fileIndex = 0; // 0-based
    int fileCount = 0;
    QString fileName;
    qint64 records = 0; // records read so far, all files
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 elapsedMs = 0;
    qint64 remainingMs = -1; // -1 while unknown
    bool finishing = false; // building indexes and committing
};

/// The counts of one file. recordsInFile = recordsRead + skippedConcessions + skippedFilter, and
/// recordsRead = accepted + merged + rejected.
struct DecpFileSummary
{
    QString file;
    QString format;
    QString sha1;
    qint64 recordsInFile = 0;
    qint64 skippedConcessions = 0;
    qint64 skippedFilter = 0;
    qint64 recordsRead = 0;
    qint64 accepted = 0; // new contracts
    qint64 merged = 0; // records of contracts already known: duplicates + updated + older
    qint64 duplicates = 0; // same as a stored version
    qint64 updated = 0; // newer version: the contract was updated, its previous version kept in history
    qint64 older = 0; // older version: kept in history only
    qint64 rejected = 0;
    qint64 warnings = 0; // values read as unknown or flagged
    qint64 watched = 0; // new or updated contracts of watched groups
};

/// One line of the import report.
struct DecpReportLine
{
    QString file;
    qint64 record = 0; // 1-based index in the file; 0 for a line about the whole file
    qint64 position = 0; // byte offset (JSON, XML) or line (CSV)
    QString contractId;
    QString buyerId;
    QString outcome; // "rejected", "merged", "warning", "watched", "skipped", "error"
    QString field;
    QString message;
};

struct DecpImportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // one line: file, where and what
    bool changed = false; // false: nothing new, the database was left untouched
    QList<DecpFileSummary> files;
    QList<DecpReportLine> firstLines; // the first report lines (at most kKeptLines), for display
    qint64 reportLines = 0;
    qint64 elapsedMs = 0;
    qint64 indexMs = 0; // time spent rebuilding the secondary indexes dropped for the load, in the transaction
    qint64 searchIndexMs = 0; // time spent bringing the full-text index up to date, after the commit
    /// Set when the data were imported but the search index could not be brought up to date (it will be at
    /// the next search).
    QString searchIndexError;

    static constexpr int kKeptLines = 1000;
    DecpFileSummary total() const;
};

/// Imports DECP files into a Vigie database, synchronously, on the calling thread (which must own
/// `db`; see DecpImportWorker for the GUI). The whole import is ONE transaction: an error, a cancel or a
/// crash leaves the database as it was, and an import that brings nothing new is rolled back too, so
/// importing a file twice changes nothing. A newer version of a known contract updates it and keeps
/// the previous one in contract_versions. Holders are linked to organisations by identifier, then by
/// SIREN, never by name; unknown ones become organisations named by their identifier until a record
/// gives their name. Each file becomes an open-data source (recognised by its SHA-1) cited by its contracts.
class DecpImporter
{
public:
    explicit DecpImporter(const QSqlDatabase &db);
    ~DecpImporter();
    DecpImporter(const DecpImporter &) = delete;
    DecpImporter &operator=(const DecpImporter &) = delete;

    void setProgressCallback(std::function<void(const DecpImportProgress &)> callback);
    /// Thread-safe: the import stops at the next record and rolls back.
    void cancel() { m_cancel.store(true); }

    DecpImportResult run(const DecpImportOptions &options);

private:
    class Run;
    QSqlDatabase m_db;
    std::function<void(const DecpImportProgress &)> m_progress;
    std::atomic<bool> m_cancel {false};
};

/// Checks a --buyer/--holder value (SIREN or SIRET); empty when valid, otherwise why not.
QString decpFilterValueError(const QString &value);

} // namespace vigie
