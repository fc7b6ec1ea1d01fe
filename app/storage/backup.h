#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vigie {

/// One backup file of a database, as found on disk.
struct BackupInfo
{
    QString path;
    QDateTime created; // from the file name (UTC)
    QString reason; // "migration", "import", "daily", "manual", "before-restore"
    qint64 size = 0;
};

/// Consistent copies of a Vigie database, kept beside it in "<name>.backups/", readable by the
/// owner only. A copy is taken with VACUUM INTO, which reads one snapshot even while others write.
namespace backups {

QString directoryFor(const QString &databasePath);

/// Writes a backup of the open database `db` (whose file is `databasePath`). Returns the new file's
/// path, or an empty string with `error` set. Keeps the newest `keep` backups (0 = keep all).
QString create(const QSqlDatabase &db, const QString &databasePath, const QString &reason, int keep, QString *error);

/// Backups of `databasePath`, newest first.
QList<BackupInfo> list(const QString &databasePath);

/// Deletes all but the newest `keep` backups.
void prune(const QString &databasePath, int keep);

/// "12 incidents, 3 contracts, ... ; schema 1" for a backup or database file, read-only.
/// Empty with `error` set when the file is not a readable Vigie database.
QString describe(const QString &path, QString *error);

/// Replaces the database at `databasePath` (which must not be open anywhere) with the backup.
/// The backup is checked first; the current file is itself backed up ("before-restore") and the
/// replacement is a rename, so a failure at any point leaves the current database as it was.
bool restore(const QString &backupPath, const QString &databasePath, QString *error);

/// True when the newest backup is older than `maxAge` seconds (or there is none).
bool isDue(const QString &databasePath, qint64 maxAgeSeconds);

} // namespace backups

} // namespace vigie
