#include "backup.h"

#include "database.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace vigie::backups {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::Backups)
};

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Creates an empty file that only its owner can read, so the copy is private from its first byte.
bool createPrivateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly)) {
        *error = Text::tr("cannot create %1: %2").arg(native(path), file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

// VACUUM INTO writes the copy in place and does not sync it: a crash or a full disk would leave a
// truncated file under the final name, offered later as a backup. So the copy is written beside it
// under a name list() ignores, synced, then renamed: a backup is complete or absent.
bool vacuumInto(const QSqlDatabase &db, const QString &target, QString *error, bool partialCreated = false)
{
    const QString partial = target + QStringLiteral(".part");
    if (!partialCreated && !createPrivateFile(partial, error))
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO :target"));
    query.bindValue(QStringLiteral(":target"), partial);
    if (!query.exec()) {
        *error = Text::tr("cannot write the backup %1: %2").arg(native(target), plainDatabaseError(query.lastError()));
        QFile::remove(partial);
        return false;
    }
    query.finish();
    bool synced = false;
    {
        QFile file(partial);
#ifdef Q_OS_UNIX
        synced = file.open(QIODevice::ReadWrite) && ::fsync(file.handle()) == 0;
#else
        synced = file.open(QIODevice::ReadWrite) && file.flush();
#endif
    }
    if (!synced || std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        *error = Text::tr("cannot write the backup %1: %2")
                     .arg(native(target), QString::fromLocal8Bit(std::strerror(errno)));
        QFile::remove(partial);
        return false;
    }
    return true;
}

// True when another connection has the database open (a Vigie window, a `vigie import`): in WAL mode every
// open connection holds a shared lock, which an exclusive lock cannot get past.
bool openElsewhere(const QString &path)
{
    sqlite3 *db = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    int rc = opened;
    if (opened == SQLITE_OK)
        rc = sqliteExec(db, "PRAGMA locking_mode = EXCLUSIVE");
    if (rc == SQLITE_OK)
        rc = sqliteBegin(db, TransactionMode::Exclusive);
    if (rc == SQLITE_OK)
        rc = sqliteRollback(db);
    sqlite3_close(db);
    return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

// Copies cut short by a crash; an hour old, so that another Vigie's copy in progress is left alone.
void removeStalePartials(const QString &dir)
{
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.sqlite.part")}, QDir::Files);
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo &file : files) {
        if (file.lastModified().toUTC() < hourAgo)
            QFile::remove(file.absoluteFilePath());
    }
}

} // namespace

QString directoryFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.fileName() + QStringLiteral(".backups");
}

QString create(const QSqlDatabase &db, const QString &databasePath, const QString &reason, int keep, QString *error)
{
    const QString dir = directoryFor(databasePath);
    if (!QDir().mkpath(dir)) {
        *error = Text::tr("cannot create the backup folder %1").arg(native(dir));
        return {};
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // A name no one else has: two Vigies may back up the same database in the same millisecond.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString target;
    for (int ms = 0; ms < 1000 && target.isEmpty(); ++ms) {
        const QString name = dir + QLatin1Char('/') + QFileInfo(databasePath).completeBaseName() + QLatin1Char('-')
            + now.addMSecs(ms).toString(kStampFormat) + QLatin1Char('-') + reason + QStringLiteral(".sqlite");
        // The ".part" file, created exclusively (and empty, as VACUUM INTO wants it), reserves the name.
        QString partialError;
        if (!QFileInfo::exists(name) && createPrivateFile(name + QStringLiteral(".part"), &partialError))
            target = name;
    }
    if (target.isEmpty()) {
        *error = Text::tr("cannot create a backup file in %1").arg(native(dir));
        return {};
    }
    if (!vacuumInto(db, target, error, true))
        return {};
    removeStalePartials(dir);
    if (keep > 0)
        prune(databasePath, keep);
    return target;
}

QList<BackupInfo> list(const QString &databasePath)
{
    QList<BackupInfo> result;
    const QDir dir(directoryFor(databasePath));
    const QString base = QRegularExpression::escape(QFileInfo(databasePath).completeBaseName());
    const QRegularExpression pattern(QLatin1Char('^') + base
                                     + QStringLiteral(R"(-(\d{8}-\d{6}-\d{3})-([a-z-]+)\.sqlite$)"));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.created = QDateTime::fromString(match.captured(1), kStampFormat);
        info.created.setTimeZone(QTimeZone::utc());
        info.reason = match.captured(2);
        info.size = file.size();
        result << info;
    }
    std::sort(result.begin(), result.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.created > b.created || (a.created == b.created && a.path > b.path);
    });
    return result;
}

void prune(const QString &databasePath, int keep)
{
    const QList<BackupInfo> all = list(databasePath);
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

QString describe(const QString &path, QString *error)
{
    Database db;
    if (!db.open(path, Database::Access::ReadOnly)) {
        *error = db.errorString();
        return {};
    }
    struct Table
    {
        const char *table;
        const char *label;
    };
    static const Table tables[] = {
        {"organisations", QT_TRANSLATE_N_NOOP("vigie::Backups", "%n organisation(s)")},
        {"contracts", QT_TRANSLATE_N_NOOP("vigie::Backups", "%n contract(s)")},
        {"tasks", QT_TRANSLATE_N_NOOP("vigie::Backups", "%n task(s)")},
        {"incidents", QT_TRANSLATE_N_NOOP("vigie::Backups", "%n incident(s)")},
        {"claims", QT_TRANSLATE_N_NOOP("vigie::Backups", "%n claim(s)")},
        {"sources", QT_TRANSLATE_N_NOOP("vigie::Backups", "%n source(s)")},
    };
    QStringList parts;
    QSqlQuery query(db.connection());
    for (const Table &t : tables) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(t.table)) || !query.next()) {
            *error = query.lastError().text();
            return {};
        }
        parts << QCoreApplication::translate("vigie::Backups", t.label, nullptr, query.value(0).toInt());
    }
    return Text::tr("%1; schema %2").arg(parts.join(QStringLiteral(", "))).arg(db.schemaVersion());
}

bool restore(const QString &backupPath, const QString &databasePath, QString *error)
{
    // Replacing the file under another Vigie's feet would lose whatever it writes next.
    if (QFileInfo::exists(databasePath) && openElsewhere(databasePath)) {
        *error = Text::tr("%1 is open in another Vigie (or another program): close it, then restore")
                     .arg(native(databasePath));
        return false;
    }
    {
        // The backup must itself be a sound Vigie database before anything is touched.
        Database check;
        if (!check.open(backupPath, Database::Access::ReadOnly)) {
            *error = Text::tr("the backup cannot be restored: %1").arg(check.errorString());
            return false;
        }
        const QStringList problems = check.checkIntegrity(true);
        if (!problems.isEmpty()) {
            *error = Text::tr("the backup %1 is damaged: %2").arg(native(backupPath), problems.first());
            return false;
        }
    }

    // Copy into the database's folder first, so the final step is an atomic rename.
    const QString staging = databasePath + QStringLiteral(".restoring");
    QFile::remove(staging);
    QFile::remove(staging + QStringLiteral(".part"));
    {
        Database source;
        if (!source.open(backupPath, Database::Access::ReadOnly)) {
            *error = source.errorString();
            return false;
        }
        if (!vacuumInto(source.connection(), staging, error))
            return false;
    }

    if (QFileInfo::exists(databasePath)) {
        Database current;
        if (current.open(databasePath)) {
            // Fold the WAL into the main file, then keep a copy of what is being replaced.
            QSqlQuery(current.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (create(current.connection(), databasePath, QStringLiteral("before-restore"), 0, error).isEmpty()) {
                QFile::remove(staging);
                return false;
            }
        } else {
            // A file that no longer opens (damaged) is not copied through SQLite: its bytes are kept beside
            // it, with its WAL, so that restoring loses nothing someone could still recover.
            const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                const QString from = databasePath + suffix;
                const QString to = databasePath + QStringLiteral(".damaged-") + stamp + suffix;
                if (QFileInfo::exists(from) && !QFile::copy(from, to)) {
                    *error = Text::tr("cannot keep a copy of the damaged %1 before restoring").arg(native(from));
                    QFile::remove(staging);
                    return false;
                }
            }
        }
    }
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(databasePath).constData()) != 0) {
        *error = Text::tr("cannot replace %1 with the backup").arg(native(databasePath));
        QFile::remove(staging);
        return false;
    }
    return true;
}

bool isDue(const QString &databasePath, qint64 maxAgeSeconds)
{
    const QList<BackupInfo> all = list(databasePath);
    return all.isEmpty() || all.first().created.secsTo(QDateTime::currentDateTimeUtc()) >= maxAgeSeconds;
}

} // namespace vigie::backups
