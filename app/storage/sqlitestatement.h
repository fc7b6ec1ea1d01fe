#pragma once

#include "core/partialdate.h"
#include "core/utf8.h"

#include <QString>

#include <cstdio>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <utility>
#include <vector>

namespace vigie {

/// A prepared statement on the raw SQLite handle, the one wrapper for SQLite's C interface. The importer
/// writes millions of rows, where QSqlQuery's per-value QVariant conversions would cost more than SQLite
/// itself. Bound text is bound without a copy, into a buffer per parameter: every step must rebind what it
/// uses, and bindUtf8's text must outlive the next step.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(sqlite3 *db, const char *sql)
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_indexes.clear();
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            return false;
        // Sized once: the bound buffers must never move (short strings live inside std::string).
        m_buffers = std::vector<std::string>(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
        return true;
    }

    void bind(const char *name, qint64 value) { sqlite3_bind_int64(m_stmt, index(name), value); }
    void bindNull(const char *name) { sqlite3_bind_null(m_stmt, index(name)); }
    // Empty text is stored as NULL (unknown). The UTF-8 goes into a buffer kept per parameter, bound without
    // a copy.
    void bind(const char *name, const QString &text)
    {
        if (text.isEmpty()) {
            bindNull(name);
            return;
        }
        const int i = index(name);
        std::string &utf8 = buffer(i);
        toUtf8(text, utf8);
        sqlite3_bind_text(m_stmt, i, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    }
    // By position (1-based), for statements of many rows.
    void bindAt(int position, qint64 value) { sqlite3_bind_int64(m_stmt, position, value); }
    void bindUtf8At(int position, const std::string &utf8)
    {
        sqlite3_bind_text(m_stmt, position, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    }
    // Text already in UTF-8, bound without a copy: `utf8` must outlive the next step of the statement.
    void bindUtf8(const char *name, const std::string &utf8)
    {
        if (utf8.empty())
            bindNull(name);
        else
            sqlite3_bind_text(m_stmt, index(name), utf8.data(), int(utf8.size()), SQLITE_STATIC);
    }
    void bind(const char *name, const char *latin1)
    {
        sqlite3_bind_text(m_stmt, index(name), latin1, -1, SQLITE_STATIC);
    }
    template<typename T> void bind(const char *name, const std::optional<T> &value)
    {
        if (value)
            bind(name, qint64(*value));
        else
            bindNull(name);
    }
    // ISO text written directly: PartialDate::toIso() goes through QDate::toString, slow at this volume.
    void bind(const char *name, const PartialDate &date)
    {
        if (date.isUnknown()) {
            bindNull(name);
            return;
        }
        const int i = index(name);
        std::string &text = buffer(i);
        char digits[16];
        int n = std::snprintf(digits, sizeof digits, "%04d", date.year());
        if (date.precision() != PartialDate::Precision::Year)
            n += std::snprintf(digits + n, sizeof digits - size_t(n), "-%02d", date.month());
        if (date.precision() == PartialDate::Precision::Day)
            n += std::snprintf(digits + n, sizeof digits - size_t(n), "-%02d", date.day());
        text.assign(digits, size_t(n));
        sqlite3_bind_text(m_stmt, i, text.data(), int(text.size()), SQLITE_STATIC);
    }

    // One step; SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_stmt); }
    // Runs a statement that returns no row, then resets it.
    bool exec()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    void reset() { sqlite3_reset(m_stmt); }
    /// The rowid of the last row inserted on this statement's connection.
    qint64 lastInsertId() const { return sqlite3_last_insert_rowid(sqlite3_db_handle(m_stmt)); }
    /// Rows changed by the last statement run on this statement's connection.
    qint64 changes() const { return sqlite3_changes64(sqlite3_db_handle(m_stmt)); }

    /// SQLite's message for the last error on this statement's connection.
    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))); }

    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }

private:
    // Parameter names are string literals: their addresses identify them, so each is looked up once.
    int index(const char *name)
    {
        for (const auto &[known, i] : m_indexes) {
            if (known == name)
                return i;
        }
        const int i = sqlite3_bind_parameter_index(m_stmt, name);
        Q_ASSERT_X(i > 0, "SqliteStatement::bind", name);
        m_indexes.emplace_back(name, i);
        return i;
    }

    std::string &buffer(int parameter) { return m_buffers[size_t(parameter)]; }

    sqlite3_stmt *m_stmt = nullptr;
    std::vector<std::pair<const char *, int>> m_indexes;
    std::vector<std::string> m_buffers; // bound text, valid until the parameter is bound again
};

/// Runs SQL that returns no row (several statements may follow each other); SQLite's result code.
int sqliteExec(sqlite3 *db, const char *sql);

enum class TransactionMode {
    Deferred, // takes a lock at the first read or write
    Immediate, // takes the write lock at once, or waits for it up to the busy timeout
    Exclusive, // also keeps readers out (outside WAL mode)
};
/// BEGIN, COMMIT and ROLLBACK on the raw handle; each gives SQLite's result code.
int sqliteBegin(sqlite3 *db, TransactionMode mode = TransactionMode::Deferred);
int sqliteCommit(sqlite3 *db);
int sqliteRollback(sqlite3 *db);
/// True while a transaction is open on `db` (SQLite is not in autocommit mode).
bool sqliteInTransaction(sqlite3 *db);

} // namespace vigie
