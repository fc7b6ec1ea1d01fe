#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <atomic>

struct sqlite3;

namespace vigie {

/// One connection to a Vigie database file, owned by the thread that opened it.
///
/// Opening is guarded: a missing path is never created by open(), and a file that is not a Vigie
/// database (junk, another program's SQLite file, a damaged or newer-version file) is refused and left
/// byte-for-byte unchanged. Every connection has foreign keys on, WAL, a busy timeout and
/// trusted_schema off.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// When open() runs PRAGMA quick_check. Now: always (the command line, small files). Later: now for a
    /// file up to checkNowUpTo() bytes or one that needs a schema upgrade, otherwise not, and
    /// isCheckPending() tells the caller to run it in the background (BackgroundCheck) and to write
    /// nothing until it passes: on a large file from a cold disk it takes tens of seconds.
    /// Skip: never (the background check itself, which runs it next).
    enum class OpenCheck { Now, Later, Skip };

    /// Opens an existing database, upgrading its schema if it is older. A read-only file (or
    /// Access::ReadOnly) opens read-only, which fails if the schema needs upgrading.
    bool open(const QString &path, Access access = Access::ReadWrite, OpenCheck check = OpenCheck::Now);
    /// Creates a new, empty database with the current schema. Refuses to touch an existing path.
    /// The file is readable by its owner only.
    bool create(const QString &path);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    /// True after open(..., OpenCheck::Later) left the quick_check of a large file to the caller.
    bool isCheckPending() const { return m_checkPending; }
    /// Files up to this size are checked by open() even with OpenCheck::Later (64 MB; tests lower it).
    static qint64 checkNowUpTo();
    static void setCheckNowUpTo(qint64 bytes);
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    /// The reason the last open()/create() failed, in plain words with the path.
    QString errorString() const { return m_error; }

    /// PRAGMA quick_check (fast) or integrity_check (full), then foreign_key_check.
    /// Returns the problems found; empty when the database is sound.
    QStringList checkIntegrity(bool full) const;

    /// Where Vigie keeps its database when the user has not chosen one.
    static QString defaultPath();

private:
    bool openConnection(const QString &path, bool readOnly, bool probe = false);
    bool configureConnection();
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
    bool m_checkPending = false;
};

/// The SQLite handle behind a QSQLITE connection, or nullptr. (QVariant::value<void *>() cannot convert
/// the driver's "sqlite3*" variant and silently gives nullptr.)
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// An SQLite error in plain words when its cause is something the user can act on: another Vigie
/// writing to the same database (SQLITE_BUSY, once the busy timeout has run out), a full disk or a file
/// size limit, a read-only or damaged file. Otherwise SQLite's own message.
QString plainDatabaseError(int sqliteCode, const QString &sqliteMessage);
QString plainDatabaseError(const QSqlError &error);
QString plainDatabaseError(sqlite3 *handle);

/// Makes a running query on `db` stop, with an "interrupted" error, once `*cancelled` is true: checked
/// every thousand steps of SQLite's virtual machine. `cancelled` must outlive the connection; nullptr
/// removes the check.
void stopQueriesWhen(const QSqlDatabase &db, const std::atomic<bool> *cancelled);

/// Reads the header of `path` without SQLite: empty when it is a Vigie database file
/// (or an SQLite file whose header says so), otherwise why not. Does not modify the file.
QString vigieHeaderProblem(const QString &path, int *userVersion = nullptr);

} // namespace vigie
