#include "decpimporter.h"

#include "contractsearch.h"
#include "core/csvwriter.h"
#include "core/identifiers.h"
#include "core/utf8.h"
#include "database.h"
#include "decp/preparedrecord.h"
#include "migrations.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <vector>

namespace vigie {

namespace {

// lupdate files these strings under vigie::DecpImporter (a free Text::tr() function would hide them from it).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::DecpImporter)
};

// The file's citations are written this many rows to a statement (DecpImporter::Run::citeSource).
constexpr size_t kCitationsPerStatement = 128;

// Imports of this size or more drop the secondary indexes during the load and build them after.
constexpr qint64 kRebuildIndexesFrom = 64 * 1024 * 1024;

// Non-unique indexes that the load does not read; the unique ones (lookups, constraints) and those
// that updates of known contracts use (amendments_contract, subcontracting_acts_contract) stay.
const char *const kDeferredIndexes[] = {
    "contracts_notified",      "contracts_amount",
    "contracts_watch",         "contract_holders_organisation",
    "contract_sources_source", "subcontracting_acts_subcontractor",
};

// The triggers that queue contracts for the search index. The import suspends them (inside its
// transaction, so a rollback brings them back) and queues what it changed itself, in bulk at the end:
// a trigger on every row costs a statement journal per insert.
const char *const kSuspendedTriggers[] = {
    "contracts_fts_on_insert",        "contracts_fts_on_update",     "contract_holders_fts_on_insert",
    "contract_holders_fts_on_delete", "organisations_fts_on_rename",
};

// Where a party is in its record, for messages ("modifications[2].titulaires[1].id"); spelt out only when
// a message needs it.
struct PartyField
{
    enum class Kind { Buyer, Holder, ModificationHolder, Subcontractor };
    Kind kind = Kind::Buyer;
    qsizetype index = 0; // 0-based: the holder, or the act
    qsizetype modification = 0; // 0-based

    QString text() const
    {
        switch (kind) {
        case Kind::Buyer:
            return QStringLiteral("acheteur.id");
        case Kind::Holder:
            return QStringLiteral("titulaires[%1].id").arg(index + 1);
        case Kind::ModificationHolder:
            return QStringLiteral("modifications[%1].titulaires[%2].id").arg(modification + 1).arg(index + 1);
        case Kind::Subcontractor:
            return QStringLiteral("actesSousTraitance[%1].sousTraitant.id").arg(index + 1);
        }
        return {};
    }
};

// Hands batches of records from the reading thread to the writing thread, with a bounded number in
// flight so that memory does not grow with the file, and the written batches back: the reading thread
// frees the records it allocated. Freed on the writing thread, they cost it some 2 s of 17 in the
// allocator on a million records (glibc returns each block to the other thread's arena, under its lock).
class RecordPipe
{
public:
    using Batch = std::vector<decp::PreparedRecord>;
    static constexpr size_t kBatch = 256;
    static constexpr size_t kQueued = 8;

    // Blocks while the queue is full; false once the writer has stopped.
    bool push(Batch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopped || m_queue.size() < kQueued; });
        if (m_stopped)
            return false;
        m_queue.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // Blocks while the queue is empty; false once the reader has finished and all was taken.
    bool pop(Batch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_finished || m_stopped || !m_queue.empty(); });
        if (m_queue.empty() || m_stopped)
            return false;
        batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        return true;
    }
    void finish()
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // A written batch, for the reading thread to free.
    void giveBack(Batch &&batch)
    {
        const std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    // Frees the batches given back; the last one's storage is kept for the next batch.
    void freeSpent(Batch &reuse)
    {
        std::vector<Batch> spent;
        {
            const std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
        for (Batch &batch : spent) {
            batch.clear();
            if (reuse.capacity() == 0)
                reuse.swap(batch);
        }
    }
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_spent;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace

QString decpFilterValueError(const QString &value)
{
    const QString cleaned = normalizeIdentifier(value);
    if (cleaned.size() == 14)
        return identifierError(IdentifierType::Siret, cleaned);
    return identifierError(IdentifierType::Siren, cleaned);
}

DecpFileSummary DecpImportResult::total() const
{
    DecpFileSummary t;
    for (const DecpFileSummary &f : files) {
        t.recordsInFile += f.recordsInFile;
        t.skippedConcessions += f.skippedConcessions;
        t.skippedFilter += f.skippedFilter;
        t.recordsRead += f.recordsRead;
        t.accepted += f.accepted;
        t.merged += f.merged;
        t.duplicates += f.duplicates;
        t.updated += f.updated;
        t.older += f.older;
        t.rejected += f.rejected;
        t.warnings += f.warnings;
        t.watched += f.watched;
    }
    return t;
}

class DecpImporter::Run
{
public:
    Run(DecpImporter &owner, sqlite3 *db, const DecpImportOptions &options)
        : m_owner(owner)
        , m_db(db)
        , m_options(options)
    {
    }

    DecpImportResult execute();

private:
    bool exec(const char *sql) { return sqliteExec(m_db, sql) == SQLITE_OK; }
    QString sqliteError() const { return plainDatabaseError(m_db); } // (data safety) plain words for busy, full...
    bool fail(const QString &message)
    {
        if (m_result.error.isEmpty())
            m_result.error = message;
        return false;
    }
    bool dbFail(const QString &what) { return fail(Text::tr("%1: database error: %2").arg(what, sqliteError())); }

    bool prepareStatements();
    bool loadOrganisations();
    bool suspend(const char *type, const char *const *names, size_t count);
    bool restoreSuspended();
    bool queueForSearch();
    bool importFile(int index, const QString &path);
    bool processRecord(decp::PreparedRecord &prepared);
    bool keepRecord(const decp::PreparedRecord &prepared);
    std::optional<qint64> organisationFor(const decp::Party &party, const std::optional<decp::PartyId> &id,
                                          const PartyField &field, decp::Record &record);
    bool insertDetails(qint64 contractId, const decp::Record &record, const QList<qint64> &holderIds);
    bool isWatched(const QList<qint64> &holderIds) const;
    bool citeSource(qint64 sourceId);
    bool finishFile(DecpFileSummary &summary, qint64 batchId, const QString &path, const QByteArray &sha1);

    void report(const DecpReportLine &line);
    void reportRecord(const decp::Record &record, const QString &outcome, const QString &field, const QString &message);
    void reportIssues(const decp::Record &record);
    void progress(bool force);
    bool openReport();
    void closeReport();

    DecpImporter &m_owner;
    sqlite3 *m_db;
    const DecpImportOptions &m_options;
    DecpImportResult m_result;

    // Organisations, cached for the whole import (a national file names some 300,000).
    QHash<QString, qint64> m_byKey; // "TYPE|identifier" -> id
    QHash<QString, qint64> m_bySiren; // SIREN -> the organisation that stands for the company
    QSet<qint64> m_placeholders; // named by their identifier until a record gives their name
    QSet<qint64> m_watched; // watched groups and their subsidiaries
    QSet<QString> m_buyerFilter; // SIRENs and SIRETs
    QSet<QString> m_holderFilter;
    bool m_filtering = false;

    // Per file
    QString m_file; // as shown in messages and the report
    qint64 m_batchId = 0;
    DecpFileSummary *m_summary = nullptr;
    std::vector<std::pair<qint64, qint64>> m_touched; // (contract id, record index) to cite the file
    qint64 m_changes = 0; // rows written that are not bookkeeping: decides commit or rollback
    qint64 m_bytesBefore = 0;
    qint64 m_bytesTotal = 0;
    const decp::HashingDevice *m_device = nullptr;
    int m_fileIndex = 0;

    QElapsedTimer m_clock;
    qint64 m_lastProgress = -1000;

    std::unique_ptr<QSaveFile> m_reportFile;
    std::unique_ptr<CsvWriter> m_reportWriter;

    SqliteStatement m_findContract;
    SqliteStatement m_insertContract;
    SqliteStatement m_updateContract;
    SqliteStatement m_insertHolder;
    SqliteStatement m_insertAmendment;
    SqliteStatement m_insertAct;
    SqliteStatement m_deleteAmendments;
    SqliteStatement m_deleteActs;
    SqliteStatement m_countAmendments;
    SqliteStatement m_findVersion;
    SqliteStatement m_insertSuperseded;
    SqliteStatement m_insertOlder;
    SqliteStatement m_insertOrganisation;
    SqliteStatement m_renameOrganisation;
    SqliteStatement m_organisationName;
    SqliteStatement m_insertBatch;
    SqliteStatement m_insertLink; // one citation of the file
    SqliteStatement m_citeMany; // kCitationsPerStatement at once
    std::vector<std::pair<QString, QString>> m_suspended; // indexes and triggers dropped for the load: name, SQL
    qint64 m_lastContractBefore = 0; // contracts above this id are new: queued for the search index at the end
    QList<qint64> m_renamed; // organisations renamed: their contracts are re-indexed at the end
    QString m_recordQuote; // "record %1", translated once
    SqliteStatement m_queueContract;
};

bool DecpImporter::Run::prepareStatements()
{
    struct Item
    {
        SqliteStatement *statement;
        const char *sql;
    };
    const Item items[] = {
        {&m_findContract, R"(
            SELECT id, decp_fingerprint, decp_version FROM contracts WHERE buyer_id = :buyer AND reference = :reference)"},
        {&m_insertContract, R"(
            INSERT INTO contracts (reference, buyer_id, object, cpv_code, procedure, nature, amount_cents, amount_kind,
                                   notified_on, duration_months, territory, decp_id, decp_buyer, decp_version,
                                   decp_fingerprint, import_batch_id, watch_flag)
            VALUES (:reference, :buyer, :object, :cpv, :procedure, :nature, :amount, 'ceiling', :notified, :duration,
                    :territory, :decp_id, :decp_buyer, :version, :fingerprint, :batch, :watch))"},
        // A newer version replaces what it knows; what it does not say (unknown) does not erase a known value.
        {&m_updateContract, R"(
            UPDATE contracts SET object = coalesce(:object, object), cpv_code = coalesce(:cpv, cpv_code),
                   procedure = coalesce(:procedure, procedure), nature = coalesce(:nature, nature),
                   amount_kind = CASE WHEN :amount IS NULL THEN amount_kind ELSE 'ceiling' END,
                   amount_cents = coalesce(:amount, amount_cents), notified_on = coalesce(:notified, notified_on),
                   duration_months = coalesce(:duration, duration_months), territory = coalesce(:territory, territory),
                   decp_id = :decp_id, decp_buyer = :decp_buyer, decp_version = :version,
                   decp_fingerprint = :fingerprint, import_batch_id = :batch, watch_flag = max(watch_flag, :watch)
             WHERE id = :contract)"},
        {&m_insertHolder, R"(
            INSERT OR IGNORE INTO contract_holders (contract_id, organisation_id) VALUES (:contract, :organisation))"},
        {&m_insertAmendment, R"(
            INSERT INTO amendments (contract_id, signed_on, new_amount_cents, new_duration_months, object, from_decp)
            VALUES (:contract, :signed, :amount, :duration, :object, 1))"},
        {&m_insertAct, R"(
            INSERT INTO subcontracting_acts (contract_id, subcontractor_id, amount_cents, declared_on, object, from_decp)
            VALUES (:contract, :subcontractor, :amount, :declared, NULL, 1))"},
        {&m_deleteAmendments, "DELETE FROM amendments WHERE contract_id = :contract AND from_decp = 1"},
        {&m_deleteActs, "DELETE FROM subcontracting_acts WHERE contract_id = :contract AND from_decp = 1"},
        {&m_countAmendments, "SELECT count(*) FROM amendments WHERE contract_id = :contract AND from_decp = 1"},
        {&m_findVersion,
         "SELECT 1 FROM contract_versions WHERE contract_id = :contract AND fingerprint = :fingerprint"},
        {&m_insertSuperseded, R"(
            INSERT OR IGNORE INTO contract_versions (contract_id, fingerprint, status, batch_id, version_on, object,
                   cpv_code, procedure, nature, amount_cents, notified_on, duration_months, territory, holders, amendments)
            SELECT c.id, coalesce(c.decp_fingerprint, 0), 'superseded', c.import_batch_id, c.decp_version, c.object,
                   c.cpv_code, c.procedure, c.nature, c.amount_cents, c.notified_on, c.duration_months, c.territory,
                   (SELECT group_concat(coalesce(o.identifier, o.name), '; ')
                      FROM contract_holders AS h JOIN organisations AS o ON o.id = h.organisation_id
                     WHERE h.contract_id = c.id),
                   (SELECT count(*) FROM amendments AS a WHERE a.contract_id = c.id)
              FROM contracts AS c WHERE c.id = :contract)"},
        {&m_insertOlder, R"(
            INSERT OR IGNORE INTO contract_versions (contract_id, fingerprint, status, batch_id, version_on, object,
                   cpv_code, procedure, nature, amount_cents, notified_on, duration_months, territory, holders, amendments)
            VALUES (:contract, :fingerprint, 'older', :batch, :version, :object, :cpv, :procedure, :nature, :amount,
                    :notified, :duration, :territory, :holders, :amendments))"},
        {&m_insertOrganisation, R"(
            INSERT INTO organisations (name, role, id_type, identifier, siren, parent_id)
            VALUES (:name, :role, :type, :identifier, :siren, :parent))"},
        {&m_renameOrganisation, "UPDATE organisations SET name = :name WHERE id = :id"},
        {&m_organisationName, "SELECT name FROM organisations WHERE id = :id"},
        {&m_insertBatch, R"(
            INSERT INTO import_batches (file_name, format, started_at, filter) VALUES (:file, :format, :started, :filter))"},
        {&m_queueContract, "INSERT OR IGNORE INTO contracts_fts_pending (contract_id) VALUES (:contract)"},
        {&m_insertLink, R"(
            INSERT OR IGNORE INTO contract_sources (contract_id, source_id, quote) VALUES (?, ?, ?))"},
    };
    for (const Item &item : items) {
        if (!item.statement->prepare(m_db, item.sql))
            return dbFail(Text::tr("cannot prepare the import"));
    }
    QByteArray citeMany = "INSERT OR IGNORE INTO contract_sources (contract_id, source_id, quote) VALUES (?, ?, ?)";
    for (size_t i = 1; i < kCitationsPerStatement; ++i)
        citeMany += ", (?, ?, ?)";
    if (!m_citeMany.prepare(m_db, citeMany.constData()))
        return dbFail(Text::tr("cannot prepare the import"));
    return true;
}

bool DecpImporter::Run::loadOrganisations()
{
    SqliteStatement all;
    if (!all.prepare(m_db, "SELECT id, name, id_type, identifier, siren FROM organisations ORDER BY id"))
        return dbFail(Text::tr("cannot read the organisations"));
    int rc;
    QHash<QString, qint64> sirenFallback; // lowest id with that SIREN, when no organisation is the SIREN itself
    while ((rc = all.step()) == SQLITE_ROW) {
        const qint64 id = all.int64(0);
        const QString name = all.text(1);
        const QString type = all.text(2);
        const QString identifier = all.text(3);
        const QString siren = all.text(4);
        if (!type.isEmpty() && !identifier.isEmpty()) {
            m_byKey.insert(type + QLatin1Char('|') + identifier, id);
            if (name == identifier || name.endsWith(QStringLiteral(" (") + identifier + QLatin1Char(')')))
                m_placeholders.insert(id);
        }
        if (!siren.isEmpty()) {
            if (type == QLatin1String("SIREN"))
                m_bySiren.insert(siren, id);
            else if (!sirenFallback.contains(siren))
                sirenFallback.insert(siren, id);
        }
    }
    if (rc != SQLITE_DONE)
        return dbFail(Text::tr("cannot read the organisations"));
    for (auto it = sirenFallback.cbegin(); it != sirenFallback.cend(); ++it) {
        if (!m_bySiren.contains(it.key()))
            m_bySiren.insert(it.key(), it.value());
    }

    SqliteStatement watched;
    if (!watched.prepare(m_db, R"(
            WITH RECURSIVE w (id) AS (
                SELECT id FROM organisations WHERE watched = 1
                UNION SELECT o.id FROM organisations AS o JOIN w ON o.parent_id = w.id)
            SELECT id FROM w)"))
        return dbFail(Text::tr("cannot read the watch list"));
    while ((rc = watched.step()) == SQLITE_ROW)
        m_watched.insert(watched.int64(0));
    if (rc != SQLITE_DONE)
        return dbFail(Text::tr("cannot read the watch list"));
    return true;
}

bool DecpImporter::Run::suspend(const char *type, const char *const *names, size_t count)
{
    SqliteStatement sql;
    if (!sql.prepare(m_db, "SELECT sql FROM sqlite_schema WHERE type = :type AND name = :name AND sql IS NOT NULL"))
        return dbFail(Text::tr("cannot read the schema"));
    for (size_t k = 0; k < count; ++k) {
        sql.bind(":type", type);
        sql.bind(":name", names[k]);
        if (sql.step() == SQLITE_ROW) {
            m_suspended.emplace_back(QString::fromLatin1(names[k]), sql.text(0));
            sql.reset();
            const QByteArray drop = "DROP " + QByteArray(type).toUpper() + ' ' + QByteArray(names[k]);
            if (!exec(drop.constData()))
                return dbFail(Text::tr("cannot suspend %1").arg(QString::fromLatin1(names[k])));
        } else {
            sql.reset();
        }
    }
    return true;
}

bool DecpImporter::Run::restoreSuspended()
{
    for (const auto &[name, sql] : m_suspended) {
        if (!exec(sql.toUtf8().constData()))
            return dbFail(Text::tr("cannot rebuild %1").arg(name));
    }
    m_suspended.clear();
    return true;
}

// What the suspended triggers would have queued for the search index.
bool DecpImporter::Run::queueForSearch()
{
    SqliteStatement queueNew;
    SqliteStatement queueHolderContracts;
    if (!queueNew.prepare(m_db,
                          "INSERT OR IGNORE INTO contracts_fts_pending (contract_id) SELECT id FROM contracts "
                          "WHERE id > :last")
        || !queueHolderContracts.prepare(m_db, R"(
               INSERT OR IGNORE INTO contracts_fts_pending (contract_id)
               SELECT contract_id FROM contract_holders WHERE organisation_id = :organisation)"))
        return dbFail(Text::tr("cannot queue the search index"));
    queueNew.bind(":last", m_lastContractBefore);
    if (!queueNew.exec())
        return dbFail(Text::tr("cannot queue the search index"));
    for (qint64 org : std::as_const(m_renamed)) {
        queueHolderContracts.bind(":organisation", org);
        if (!queueHolderContracts.exec())
            return dbFail(Text::tr("cannot queue the search index"));
    }
    return true;
}

bool DecpImporter::Run::openReport()
{
    if (m_options.reportPath.isEmpty())
        return true;
    m_reportFile = std::make_unique<QSaveFile>(m_options.reportPath);
    if (!m_reportFile->open(QIODevice::WriteOnly))
        return fail(Text::tr("cannot write the report %1: %2")
                        .arg(QDir::toNativeSeparators(m_options.reportPath), m_reportFile->errorString()));
    m_reportWriter = std::make_unique<CsvWriter>(m_reportFile.get());
    m_reportWriter->writeHeader({QStringLiteral("file"), QStringLiteral("record"), QStringLiteral("position"),
                                 QStringLiteral("contract_id"), QStringLiteral("buyer_id"), QStringLiteral("outcome"),
                                 QStringLiteral("field"), QStringLiteral("message")});
    return true;
}

void DecpImporter::Run::closeReport()
{
    if (!m_reportWriter)
        return;
    for (const DecpFileSummary &f : std::as_const(m_result.files)) {
        const std::pair<const char *, qint64> counts[] = {
            {"records_in_file", f.recordsInFile},
            {"skipped_concessions", f.skippedConcessions},
            {"skipped_filter", f.skippedFilter},
            {"records_read", f.recordsRead},
            {"accepted", f.accepted},
            {"merged", f.merged},
            {"merged_duplicates", f.duplicates},
            {"merged_updated", f.updated},
            {"merged_older", f.older},
            {"rejected", f.rejected},
            {"warnings", f.warnings},
            {"watched", f.watched},
        };
        for (const auto &[name, count] : counts) {
            m_reportWriter->writeRow({f.file, QVariant(), QVariant(), QVariant(), QVariant(), QStringLiteral("summary"),
                                      QString::fromLatin1(name), count});
        }
    }
    QString status;
    if (m_result.cancelled)
        status = Text::tr("cancelled: nothing was imported");
    else if (!m_result.ok)
        status = Text::tr("failed: nothing was imported (%1)").arg(m_result.error);
    else if (!m_result.changed)
        status = Text::tr("nothing new: the database was left unchanged");
    else
        status = Text::tr("imported");
    m_reportWriter->writeRow(
        {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QStringLiteral("status"), QVariant(), status});
    if (!m_reportWriter->isOk() || !m_reportFile->commit()) {
        const QString error = m_reportWriter->isOk() ? m_reportFile->errorString() : m_reportWriter->errorString();
        if (m_result.ok) {
            m_result.ok = false;
            m_result.error
                = Text::tr("cannot write the report %1: %2").arg(QDir::toNativeSeparators(m_options.reportPath), error);
        }
    }
    m_reportWriter.reset();
    m_reportFile.reset();
}

void DecpImporter::Run::report(const DecpReportLine &line)
{
    ++m_result.reportLines;
    if (m_result.firstLines.size() < DecpImportResult::kKeptLines)
        m_result.firstLines.append(line);
    if (m_reportWriter) {
        m_reportWriter->writeRow({line.file, line.record ? QVariant(line.record) : QVariant(),
                                  line.record ? QVariant(line.position) : QVariant(), line.contractId, line.buyerId,
                                  line.outcome, line.field, line.message});
    }
}

void DecpImporter::Run::reportRecord(const decp::Record &record, const QString &outcome, const QString &field,
                                     const QString &message)
{
    report({m_file, record.index, record.position, record.id, record.buyer.id, outcome, field, message});
}

void DecpImporter::Run::reportIssues(const decp::Record &record)
{
    for (const decp::FieldIssue &issue : record.issues) {
        reportRecord(record, QStringLiteral("warning"), issue.field, issue.message);
        ++m_summary->warnings;
    }
}

void DecpImporter::Run::progress(bool force)
{
    if (!m_owner.m_progress)
        return;
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastProgress < 100)
        return;
    m_lastProgress = now;
    DecpImportProgress p;
    p.fileIndex = m_fileIndex;
    p.fileCount = int(m_options.files.size());
    p.fileName = m_file;
    for (const DecpFileSummary &f : std::as_const(m_result.files))
        p.records += f.recordsInFile;
    p.bytesDone = m_bytesBefore + (m_device ? m_device->consumed() : 0);
    p.bytesTotal = m_bytesTotal;
    p.elapsedMs = now;
    if (p.bytesDone > 0 && now > 500)
        p.remainingMs = qint64(double(now) * double(p.bytesTotal - p.bytesDone) / double(p.bytesDone));
    p.finishing = m_device == nullptr && p.bytesDone >= p.bytesTotal;
    m_owner.m_progress(p);
}

bool DecpImporter::Run::isWatched(const QList<qint64> &holderIds) const
{
    for (qint64 id : holderIds) {
        if (m_watched.contains(id))
            return true;
    }
    return false;
}

bool DecpImporter::Run::keepRecord(const decp::PreparedRecord &prepared)
{
    if (!m_filtering)
        return true;
    auto matches = [](const QSet<QString> &filter, const std::optional<decp::PartyId> &id) {
        return id && ((!id->siren.isEmpty() && filter.contains(id->siren)) || filter.contains(id->value));
    };
    if (matches(m_buyerFilter, prepared.buyer))
        return true;
    for (const std::optional<decp::PartyId> &id : prepared.holders) {
        if (matches(m_holderFilter, id))
            return true;
        if (m_options.watchedOnly && id) {
            const qint64 org = m_byKey.value(id->key, id->siren.isEmpty() ? 0 : m_bySiren.value(id->siren));
            if (org && m_watched.contains(org))
                return true;
        }
    }
    return false;
}

std::optional<qint64> DecpImporter::Run::organisationFor(const decp::Party &party,
                                                         const std::optional<decp::PartyId> &id,
                                                         const PartyField &field, decp::Record &record)
{
    const bool buyer = field.kind == PartyField::Kind::Buyer;
    if (!id) {
        // Linking is by identifier only: a name alone could be anyone's.
        record.issues.append({decp::FieldIssue::Kind::ValueUnknown, field.text(),
                              party.name.isEmpty() ? Text::tr("no identifier; ignored")
                                                   : Text::tr("\"%1\" has no identifier; not linked").arg(party.name)});
        return std::nullopt;
    }
    auto rename = [&](qint64 org) -> bool {
        if (party.name.isEmpty() || !m_placeholders.contains(org))
            return true;
        m_renameOrganisation.bind(":name", party.name);
        m_renameOrganisation.bind(":id", org);
        if (!m_renameOrganisation.exec())
            return dbFail(Text::tr("record %1: cannot name organisation %2").arg(record.index).arg(id->value));
        m_placeholders.remove(org);
        m_renamed.append(org);
        ++m_changes;
        return true;
    };
    if (const qint64 org = m_byKey.value(id->key)) {
        if (!rename(org))
            return std::nullopt;
        return org;
    }
    qint64 parent = 0;
    if (!id->siren.isEmpty()) {
        if (const qint64 org = m_bySiren.value(id->siren)) {
            // Holders are companies: an establishment (SIRET) is its company (SIREN). A buyer keeps its
            // establishment, because DECP contract ids are unique per buying establishment only; it
            // becomes a child of the organisation that has its SIREN.
            if (!buyer) {
                m_byKey.insert(id->key, org);
                if (!rename(org))
                    return std::nullopt;
                return org;
            }
            parent = org;
        }
    }

    QString name = party.name;
    bool placeholder = false;
    if (name.isEmpty()) {
        placeholder = true;
        name = id->value;
        if (parent) {
            m_organisationName.bind(":id", parent);
            if (m_organisationName.step() == SQLITE_ROW)
                name = m_organisationName.text(0) + QStringLiteral(" (") + id->value + QLatin1Char(')');
            m_organisationName.reset();
        }
    }
    if (!id->plausible) {
        if (const QString problem = identifierError(id->type, id->value); !problem.isEmpty()) {
            record.issues.append({decp::FieldIssue::Kind::Suspicious, field.text(),
                                  problem + Text::tr("; kept as written, not linked by SIREN")});
        }
    }
    m_insertOrganisation.bind(":name", name);
    m_insertOrganisation.bind(":role", buyer ? "buyer" : "subcontractor");
    m_insertOrganisation.bind(":type", identifierTypeCode(id->type));
    m_insertOrganisation.bind(":identifier", id->value);
    m_insertOrganisation.bind(":siren", id->siren);
    if (parent)
        m_insertOrganisation.bind(":parent", parent);
    else
        m_insertOrganisation.bindNull(":parent");
    if (!m_insertOrganisation.exec()) {
        dbFail(Text::tr("record %1: cannot add organisation %2").arg(record.index).arg(id->value));
        return std::nullopt;
    }
    const qint64 org = m_insertOrganisation.lastInsertId();
    ++m_changes;
    m_byKey.insert(id->key, org);
    if (!id->siren.isEmpty() && !m_bySiren.contains(id->siren))
        m_bySiren.insert(id->siren, org);
    if (placeholder)
        m_placeholders.insert(org);
    if (parent && m_watched.contains(parent))
        m_watched.insert(org);
    return org;
}

bool DecpImporter::Run::insertDetails(qint64 contractId, const decp::Record &record, const QList<qint64> &holderIds)
{
    for (qint64 holder : holderIds) {
        m_insertHolder.bind(":contract", contractId);
        m_insertHolder.bind(":organisation", holder);
        if (!m_insertHolder.exec())
            return dbFail(Text::tr("record %1: cannot link a holder").arg(record.index));
    }
    for (const decp::Modification &m : record.modifications) {
        if (m.signedOn.isUnknown() && !m.amount && !m.durationMonths && m.object.isEmpty())
            continue;
        m_insertAmendment.bind(":contract", contractId);
        m_insertAmendment.bind(":signed", m.signedOn);
        m_insertAmendment.bind(":amount", m.amount);
        m_insertAmendment.bind(":duration", m.durationMonths);
        m_insertAmendment.bind(":object", m.object);
        if (!m_insertAmendment.exec())
            return dbFail(Text::tr("record %1: cannot add an amendment").arg(record.index));
    }
    return true;
}

bool DecpImporter::Run::processRecord(decp::PreparedRecord &prepared)
{
    decp::Record &record = prepared.record;
    DecpFileSummary &s = *m_summary;
    ++s.recordsInFile;
    if (record.kind == decp::RecordKind::Concession) {
        ++s.skippedConcessions;
        return true;
    }
    if (record.kind == decp::RecordKind::Contract && !keepRecord(prepared)) {
        ++s.skippedFilter;
        return true;
    }
    ++s.recordsRead;
    if (const QList<decp::FieldIssue> reasons = decp::rejectionReasons(record); !reasons.isEmpty()) {
        ++s.rejected;
        for (const decp::FieldIssue &reason : reasons)
            reportRecord(record, QStringLiteral("rejected"), reason.field, reason.message);
        return true;
    }

    const std::optional<qint64> buyer = organisationFor(record.buyer, prepared.buyer, {}, record);
    if (!buyer)
        return m_result.error.isEmpty() ? fail(Text::tr("record %1: no buyer").arg(record.index)) : false;
    QList<qint64> holderIds;
    auto addHolders = [&](const QList<decp::Party> &parties, const std::vector<std::optional<decp::PartyId>> &ids,
                          PartyField field) -> bool {
        for (qsizetype i = 0; i < parties.size(); ++i) {
            field.index = i;
            const std::optional<qint64> org = organisationFor(parties.at(i), ids.at(size_t(i)), field, record);
            if (!org && !m_result.error.isEmpty())
                return false;
            if (org && !holderIds.contains(*org))
                holderIds.append(*org);
        }
        return true;
    };
    if (!addHolders(record.holders, prepared.holders, {PartyField::Kind::Holder}))
        return false;
    for (qsizetype i = 0; i < record.modifications.size(); ++i) {
        if (!addHolders(record.modifications.at(i).holders, prepared.modificationHolders.at(size_t(i)),
                        {PartyField::Kind::ModificationHolder, 0, i}))
            return false;
    }
    QList<std::pair<qint64, const decp::SubcontractingAct *>> acts;
    for (qsizetype i = 0; i < record.subcontractingActs.size(); ++i) {
        const decp::SubcontractingAct &act = record.subcontractingActs.at(i);
        const std::optional<qint64> org = organisationFor(act.subcontractor, prepared.subcontractors.at(size_t(i)),
                                                          {PartyField::Kind::Subcontractor, i}, record);
        if (!org && !m_result.error.isEmpty())
            return false;
        if (org)
            acts.append({*org, &act});
    }
    auto insertActs = [&](qint64 contractId) -> bool {
        for (const auto &[org, act] : std::as_const(acts)) {
            m_insertAct.bind(":contract", contractId);
            m_insertAct.bind(":subcontractor", org);
            m_insertAct.bind(":amount", act->amount);
            m_insertAct.bind(":declared", act->notifiedOn);
            if (!m_insertAct.exec())
                return dbFail(Text::tr("record %1: cannot add a sub-contracting act").arg(record.index));
        }
        return true;
    };

    const qint64 print = qint64(prepared.fingerprint);
    const PartialDate version = record.versionDate();
    const bool watched = isWatched(holderIds);
    auto bindValues = [&](SqliteStatement &st) {
        st.bindUtf8(":object", prepared.utf8.object);
        st.bindUtf8(":cpv", prepared.utf8.cpv);
        st.bindUtf8(":procedure", prepared.utf8.procedure);
        st.bindUtf8(":nature", prepared.utf8.nature);
        st.bind(":amount", record.amount);
        st.bind(":notified", record.notifiedOn);
        st.bind(":duration", record.durationMonths);
        st.bindUtf8(":territory", prepared.utf8.territory);
    };
    auto bindIdentity = [&](SqliteStatement &st) {
        st.bindUtf8(":decp_id", prepared.utf8.id);
        st.bindUtf8(":decp_buyer", prepared.utf8.buyerId);
        st.bind(":version", version);
        st.bind(":fingerprint", print);
        st.bind(":batch", m_batchId);
        st.bind(":watch", qint64(watched ? 1 : 0));
    };

    m_findContract.bind(":buyer", *buyer);
    m_findContract.bindUtf8(":reference", prepared.utf8.id);
    const int found = m_findContract.step();
    if (found != SQLITE_ROW && found != SQLITE_DONE) {
        m_findContract.reset();
        return dbFail(Text::tr("record %1").arg(record.index));
    }
    if (found == SQLITE_DONE) {
        m_findContract.reset();
        m_insertContract.bindUtf8(":reference", prepared.utf8.id);
        m_insertContract.bind(":buyer", *buyer);
        bindValues(m_insertContract);
        bindIdentity(m_insertContract);
        if (!m_insertContract.exec())
            return dbFail(Text::tr("record %1: cannot add contract %2").arg(record.index).arg(record.id));
        const qint64 contractId = m_insertContract.lastInsertId();
        if (!insertDetails(contractId, record, holderIds) || !insertActs(contractId))
            return false;
        ++m_changes;
        ++s.accepted;
        m_touched.emplace_back(contractId, record.index);
        reportIssues(record);
        if (watched) {
            ++s.watched;
            reportRecord(record, QStringLiteral("watched"), QStringLiteral("titulaires"),
                         Text::tr("new contract of a watched group"));
        }
        return true;
    }

    const qint64 contractId = m_findContract.int64(0);
    const bool hasPrint = !m_findContract.isNull(1);
    const qint64 storedPrint = m_findContract.int64(1);
    const QString storedVersionText = m_findContract.text(2);
    m_findContract.reset();
    ++s.merged;
    m_touched.emplace_back(contractId, record.index);
    if (hasPrint && storedPrint == print) {
        ++s.duplicates;
        return true; // the stored version itself: nothing to say, nothing to do
    }
    m_findVersion.bind(":contract", contractId);
    m_findVersion.bind(":fingerprint", print);
    const bool known = m_findVersion.step() == SQLITE_ROW;
    m_findVersion.reset();
    if (known) {
        ++s.duplicates;
        return true;
    }

    // Which is newer: the later data date, then the more amendments, then the one read last.
    const PartialDate storedVersion = PartialDate::parse(storedVersionText).value_or(PartialDate());
    bool newer = true;
    if (!storedVersion.isUnknown() && version.isUnknown()) {
        newer = false;
    } else if (!storedVersion.isUnknown() && storedVersion.earliest() != version.earliest()) {
        newer = version.earliest() > storedVersion.earliest();
    } else {
        m_countAmendments.bind(":contract", contractId);
        const qint64 storedAmendments = m_countAmendments.step() == SQLITE_ROW ? m_countAmendments.int64(0) : 0;
        m_countAmendments.reset();
        newer = record.modifications.size() >= storedAmendments;
    }
    reportIssues(record);
    if (!newer) {
        QStringList holderKeys;
        for (const decp::Party &p : record.holders)
            holderKeys << p.id;
        m_insertOlder.bind(":contract", contractId);
        m_insertOlder.bind(":fingerprint", print);
        m_insertOlder.bind(":batch", m_batchId);
        m_insertOlder.bind(":version", version);
        bindValues(m_insertOlder);
        m_insertOlder.bind(":holders", holderKeys.join(QStringLiteral("; ")));
        m_insertOlder.bind(":amendments", qint64(record.modifications.size()));
        if (!m_insertOlder.exec())
            return dbFail(Text::tr("record %1: cannot keep an older version").arg(record.index));
        ++m_changes;
        ++s.older;
        reportRecord(record, QStringLiteral("merged"), QString(),
                     Text::tr("older version of a known contract: kept in its history"));
        return true;
    }
    m_insertSuperseded.bind(":contract", contractId);
    m_updateContract.bind(":contract", contractId);
    bindValues(m_updateContract);
    bindIdentity(m_updateContract);
    m_deleteAmendments.bind(":contract", contractId);
    m_deleteActs.bind(":contract", contractId);
    if (!m_insertSuperseded.exec() || !m_updateContract.exec() || !m_deleteAmendments.exec() || !m_deleteActs.exec())
        return dbFail(Text::tr("record %1: cannot update contract %2").arg(record.index).arg(record.id));
    if (!insertDetails(contractId, record, holderIds) || !insertActs(contractId))
        return false;
    m_queueContract.bind(":contract", contractId);
    if (!m_queueContract.exec())
        return dbFail(
            Text::tr("record %1: cannot queue contract %2 for the search index").arg(record.index).arg(record.id));
    ++m_changes;
    ++s.updated;
    reportRecord(record, QStringLiteral("merged"), QString(),
                 Text::tr("newer version of a known contract: updated, the previous version kept in its history"));
    if (watched) {
        ++s.watched;
        reportRecord(record, QStringLiteral("watched"), QStringLiteral("titulaires"),
                     Text::tr("updated contract of a watched group"));
    }
    return true;
}

// Every contract the file gave is cited with its record ("record 12"). A national file cites a million:
// many rows per statement, as the cost of a million single-row inserts is in the statements, not the rows.
bool DecpImporter::Run::citeSource(qint64 sourceId)
{
    constexpr size_t kRows = kCitationsPerStatement;
    // The translated "record %1", split around its number once.
    const qsizetype at = m_recordQuote.indexOf(QLatin1String("%1"));
    std::string before;
    std::string after;
    toUtf8(at < 0 ? m_recordQuote : m_recordQuote.left(at), before);
    if (at >= 0)
        toUtf8(m_recordQuote.mid(at + 2), after);
    std::vector<std::string> quotes(kRows);
    // Rows [first, first + count) through `insert`, which has `count` rows.
    auto cite = [&](SqliteStatement &insert, size_t first, size_t count) {
        for (size_t i = 0; i < count; ++i) {
            const auto &[contract, record] = m_touched[first + i];
            std::string &quote = quotes[i];
            quote = before;
            if (at >= 0)
                quote += std::to_string(record) + after;
            insert.bindAt(int(3 * i + 1), contract);
            insert.bindAt(int(3 * i + 2), sourceId);
            insert.bindUtf8At(int(3 * i + 3), quote);
        }
        if (!insert.exec())
            return false;
        m_changes += insert.changes();
        return true;
    };
    size_t first = 0;
    for (; first + kRows <= m_touched.size(); first += kRows) {
        if (!cite(m_citeMany, first, kRows))
            return false;
    }
    for (; first < m_touched.size(); ++first) {
        if (!cite(m_insertLink, first, 1))
            return false;
    }
    return true;
}

bool DecpImporter::Run::finishFile(DecpFileSummary &summary, qint64 batchId, const QString &path,
                                   const QByteArray &sha1)
{
    // The file is a source, recognised by its content: importing it again cites the same source.
    qint64 sourceId = 0;
    {
        SqliteStatement find;
        if (!find.prepare(m_db, "SELECT id FROM sources WHERE sha1 = :sha1"))
            return dbFail(Text::tr("cannot record the source"));
        find.bind(":sha1", QString::fromLatin1(sha1));
        if (find.step() == SQLITE_ROW)
            sourceId = find.int64(0);
    }
    if (!sourceId && !m_touched.empty()) {
        const QFileInfo info(path);
        SqliteStatement insert;
        if (!insert.prepare(m_db, R"(
                INSERT INTO sources (title, kind, file_ref, retrieved_on, notes, sha1)
                VALUES (:title, 'open_data', :file, :retrieved, :notes, :sha1))"))
            return dbFail(Text::tr("cannot record the source"));
        insert.bind(":title", Text::tr("Public procurement open data (DECP): %1").arg(info.fileName()));
        insert.bind(":file", QDir::toNativeSeparators(info.absoluteFilePath()));
        insert.bind(":retrieved", PartialDate::fromDate(info.lastModified().date()));
        insert.bind(":notes",
                    Text::tr("Imported by Vigie; SHA-1 %1, %2 bytes").arg(QString::fromLatin1(sha1)).arg(info.size()));
        insert.bind(":sha1", QString::fromLatin1(sha1));
        if (!insert.exec())
            return dbFail(Text::tr("cannot record the source"));
        sourceId = insert.lastInsertId();
    }
    if (sourceId && !citeSource(sourceId))
        return dbFail(Text::tr("cannot cite the source"));
    m_touched.clear();
    m_touched.shrink_to_fit();

    SqliteStatement update;
    if (!update.prepare(m_db, R"(
            UPDATE import_batches SET source_id = :source, finished_at = :finished, records_in_file = :in_file,
                   skipped_concessions = :concessions, skipped_filter = :filtered, records_read = :read,
                   accepted = :accepted, merged = :merged, updated = :updated, rejected = :rejected,
                   warnings = :warnings
             WHERE id = :batch)"))
        return dbFail(Text::tr("cannot record the import"));
    if (sourceId)
        update.bind(":source", sourceId);
    else
        update.bindNull(":source");
    update.bind(":finished", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    update.bind(":in_file", summary.recordsInFile);
    update.bind(":concessions", summary.skippedConcessions);
    update.bind(":filtered", summary.skippedFilter);
    update.bind(":read", summary.recordsRead);
    update.bind(":accepted", summary.accepted);
    update.bind(":merged", summary.merged);
    update.bind(":updated", summary.updated);
    update.bind(":rejected", summary.rejected);
    update.bind(":warnings", summary.warnings);
    update.bind(":batch", batchId);
    if (!update.exec())
        return dbFail(Text::tr("cannot record the import"));
    return true;
}

bool DecpImporter::Run::importFile(int index, const QString &path)
{
    m_fileIndex = index;
    m_file = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Text::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    decp::HashingDevice device(file);
    const decp::Format format = decp::detectFormat(device, path);
    if (format == decp::Format::Unknown)
        return fail(Text::tr("%1: not a DECP file (neither JSON, XML nor CSV)").arg(QDir::toNativeSeparators(path)));
    std::unique_ptr<decp::RecordReader> reader = decp::createReader(format, m_options.csvMapping);

    m_result.files.append(DecpFileSummary());
    DecpFileSummary &summary = m_result.files.last();
    summary.file = m_file;
    summary.format = decp::formatCode(format);
    m_summary = &summary;

    QStringList filter;
    for (const QString &b : m_options.buyers)
        filter << QStringLiteral("buyer:") + b;
    for (const QString &h : m_options.holders)
        filter << QStringLiteral("holder:") + h;
    if (m_options.watchedOnly)
        filter << QStringLiteral("watched");
    m_insertBatch.bind(":file", QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_insertBatch.bind(":format", summary.format);
    m_insertBatch.bind(":started", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_insertBatch.bind(":filter", filter.join(QLatin1Char(' ')));
    if (!m_insertBatch.exec())
        return dbFail(Text::tr("cannot record the import"));
    m_batchId = m_insertBatch.lastInsertId();

    // The file is read and parsed on a thread of its own while this one (which owns the connection)
    // writes: the two overlap, and at most a few batches of records wait in between.
    m_device = &device;
    RecordPipe pipe;
    bool parsed = false;
    std::thread producer([&] {
        RecordPipe::Batch batch;
        batch.reserve(RecordPipe::kBatch);
        QByteArray buffer;
        parsed = reader->read(device, [&](decp::Record &record) {
            batch.emplace_back(std::move(record), buffer);
            if (batch.size() < RecordPipe::kBatch)
                return true;
            const bool more = pipe.push(std::move(batch));
            batch = RecordPipe::Batch();
            pipe.freeSpent(batch);
            batch.reserve(RecordPipe::kBatch);
            return more;
        });
        if (!batch.empty())
            pipe.push(std::move(batch));
        pipe.finish();
    });
    bool ok = true;
    RecordPipe::Batch batch;
    while (ok && pipe.pop(batch)) {
        for (decp::PreparedRecord &record : batch) {
            if (m_owner.m_cancel.load()) {
                m_result.cancelled = true;
                ok = false;
                break;
            }
            if (!processRecord(record)) {
                ok = false;
                break;
            }
            if ((m_summary->recordsInFile & 1023) == 0)
                progress(false);
        }
        pipe.giveBack(std::move(batch));
        batch = RecordPipe::Batch();
    }
    pipe.stop();
    producer.join();
    m_device = nullptr;
    m_bytesBefore += file.size();
    if (!ok)
        return false; // cancelled, or a database error already described
    if (!parsed)
        return fail(
            Text::tr("%1: %2; nothing was imported").arg(QDir::toNativeSeparators(path), reader->errorString()));
    summary.sha1 = QString::fromLatin1(device.sha1Hex());
    return finishFile(summary, m_batchId, path, device.sha1Hex());
}

DecpImportResult DecpImporter::Run::execute()
{
    m_clock.start();
    for (const QString &path : m_options.files) {
        const QFileInfo info(path);
        if (!info.exists()) {
            fail(Text::tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
            return m_result;
        }
        if (!info.isFile() || !info.isReadable()) {
            fail(Text::tr("cannot read %1").arg(QDir::toNativeSeparators(path)));
            return m_result;
        }
        m_bytesTotal += info.size();
    }
    for (const QString &value : m_options.buyers)
        m_buyerFilter.insert(normalizeIdentifier(value));
    for (const QString &value : m_options.holders)
        m_holderFilter.insert(normalizeIdentifier(value));
    m_filtering = !m_buyerFilter.isEmpty() || !m_holderFilter.isEmpty() || m_options.watchedOnly;

    if (!openReport())
        return m_result;

    bool ok = sqliteBegin(m_db, TransactionMode::Immediate) == SQLITE_OK
        || dbFail(Text::tr("cannot start the import (is the database busy?)"));
    // A larger page cache for the load, on this connection only; restored at the end.
    qint64 cacheSize = -2000;
    {
        SqliteStatement cache;
        if (cache.prepare(m_db, "PRAGMA cache_size") && cache.step() == SQLITE_ROW)
            cacheSize = cache.int64(0);
    }
    exec("PRAGMA cache_size = -65536");
    // CHECK constraints with IN lists (role, id_type, amount_kind) build a temporary b-tree for every row
    // written: a third of the import's time. The importer writes only values it built itself (codes from
    // enumerations, dates from PartialDate, non-negative amounts, positive durations, non-empty names), so
    // it writes without them; foreign keys and unique constraints stay on, and the tests run
    // PRAGMA integrity_check, which verifies the CHECK constraints, on imported databases.
    exec("PRAGMA ignore_check_constraints = ON");
    const bool rebuild = m_options.indexStrategy == DecpImportOptions::IndexStrategy::Rebuild
        || (m_options.indexStrategy == DecpImportOptions::IndexStrategy::Auto && m_bytesTotal >= kRebuildIndexesFrom);
    m_recordQuote = Text::tr("record %1");
    if (ok) {
        SqliteStatement last;
        ok = last.prepare(m_db, "SELECT coalesce(max(id), 0) FROM contracts") && last.step() == SQLITE_ROW;
        m_lastContractBefore = ok ? last.int64(0) : 0;
        if (!ok)
            dbFail(Text::tr("cannot read the contracts"));
    }
    ok = ok && prepareStatements() && loadOrganisations()
        && suspend("trigger", kSuspendedTriggers, std::size(kSuspendedTriggers))
        && (!rebuild || suspend("index", kDeferredIndexes, std::size(kDeferredIndexes)));
    for (int i = 0; ok && i < m_options.files.size(); ++i)
        ok = importFile(i, m_options.files.at(i));
    if (ok) {
        QElapsedTimer indexClock;
        indexClock.start();
        m_device = nullptr;
        progress(true);
        ok = restoreSuspended() && queueForSearch();
        m_result.indexMs = indexClock.elapsed();
    }
    if (ok && m_changes > 0) {
        ok = sqliteCommit(m_db) == SQLITE_OK || dbFail(Text::tr("cannot commit the import"));
        m_result.changed = ok;
    }
    if (!ok || m_changes == 0)
        sqliteRollback(m_db);
    if (ok && m_result.changed) {
        // The search index is built after the commit, in its own transaction: the contracts to index
        // are queued in contracts_fts_pending by the same transaction as the data, so a crash or an
        // error here only delays the index to the next search or import.
        QElapsedTimer indexClock;
        indexClock.start();
        QString error;
        if (!syncContractSearch(m_owner.m_db, &error))
            m_result.searchIndexError = error;
        m_result.searchIndexMs = indexClock.elapsed();
    }
    exec(QByteArray("PRAGMA cache_size = " + QByteArray::number(cacheSize)).constData());
    exec("PRAGMA ignore_check_constraints = OFF");
    m_result.ok = ok;
    if (m_result.cancelled)
        m_result.error = Text::tr("import cancelled: nothing was imported");
    m_result.elapsedMs = m_clock.elapsed();
    closeReport();
    return m_result;
}

DecpImporter::DecpImporter(const QSqlDatabase &db)
    : m_db(db)
{
}

DecpImporter::~DecpImporter() = default;

void DecpImporter::setProgressCallback(std::function<void(const DecpImportProgress &)> callback)
{
    m_progress = std::move(callback);
}

DecpImportResult DecpImporter::run(const DecpImportOptions &options)
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle || !m_db.isOpen()) {
        DecpImportResult result;
        result.error = Text::tr("the database is not open");
        return result;
    }
    if (sqlite3_db_readonly(handle, "main") == 1) {
        DecpImportResult result;
        result.error = Text::tr("the database is read-only");
        return result;
    }
    Run run(*this, handle, options);
    return run.execute();
}

} // namespace vigie
