#include "contractsearch.h"

#include "database.h"
#include "sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace vigie {

namespace {

// Database opens connections with QSQLITE_BUSY_TIMEOUT=5000.
constexpr int kBusyTimeoutMs = 5000;

// Holders are indexed by name and identifier (once when the name is the identifier), so that a SIREN or
// SIRET finds a company's contracts.
const char kReindexPending[] = R"(
    INSERT INTO contracts_fts (rowid, object, holders)
    SELECT c.id, c.object,
           (SELECT group_concat(CASE WHEN o.identifier IS NULL OR o.identifier = o.name THEN o.name
                                     ELSE o.name || ' ' || o.identifier END, ' ')
              FROM contract_holders AS h JOIN organisations AS o ON o.id = h.organisation_id
             WHERE h.contract_id = c.id)
      FROM contracts AS c
     WHERE c.id IN (SELECT contract_id FROM contracts_fts_pending))";

// A regular FTS5 table deletes by rowid; rows above the highest indexed one cannot be there.
const char kDeletePending[] = R"(
    DELETE FROM contracts_fts
     WHERE rowid IN (SELECT contract_id FROM contracts_fts_pending
                      WHERE contract_id <= (SELECT coalesce(max(rowid), 0) FROM contracts_fts)))";

} // namespace

bool syncContractSearch(const QSqlDatabase &db, QString *error, bool wait)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM contracts_fts_pending)")) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (!query.value(0).toBool())
        return true;
    query.finish();
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        if (error)
            *error = QStringLiteral("not an SQLite connection");
        return false;
    }
    // Our own transaction unless the caller has one open.
    const bool ownTransaction = !sqliteInTransaction(handle);
    if (ownTransaction) {
        if (!wait)
            sqlite3_busy_timeout(handle, 0);
        const bool begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!wait)
            sqlite3_busy_timeout(handle, kBusyTimeoutMs);
        if (!begun) {
            // Another connection is writing (an import): search the index as it is; it catches up later.
            if (!wait && query.lastError().nativeErrorCode() == QLatin1String("5"))
                return true;
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    const bool ok = query.exec(QString::fromLatin1(kDeletePending)) && query.exec(QString::fromLatin1(kReindexPending))
        && query.exec(QStringLiteral("DELETE FROM contracts_fts_pending"));
    if (!ok) {
        if (error)
            *error = query.lastError().text();
        if (ownTransaction)
            query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (ownTransaction && !query.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

QString contractSearchQuery(const QString &text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        // One character filters nothing useful and is the slowest prefix to look up: skipped.
        if (word.size() > 1)
            terms << QLatin1Char('"') + word + QLatin1Char('"');
        word.clear();
    };
    for (QChar c : text) {
        // The tokenizer splits on what is not a letter or digit; so do we, and drop FTS5 syntax.
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    if (terms.isEmpty())
        return {};
    // Search as you type: the word being typed is a prefix; the finished ones too, as users expect
    // "docu serv" to find "DOCUMENTS SERVICES".
    for (QString &term : terms)
        term += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

QList<qint64> searchContracts(const QSqlDatabase &db, const QString &text, int limit, QString *error)
{
    QList<qint64> ids;
    const QString match = contractSearchQuery(text);
    if (match.isEmpty())
        return ids;
    sqlite3 *handle = sqliteHandle(db);
    const bool canWrite = handle && sqlite3_db_readonly(handle, "main") == 0;
    if (canWrite && !syncContractSearch(db, error, false))
        return ids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT rowid FROM contracts_fts WHERE contracts_fts MATCH :match ORDER BY rowid DESC LIMIT :limit)"));
    query.bindValue(QStringLiteral(":match"), match);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return ids;
    }
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace vigie
