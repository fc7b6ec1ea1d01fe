#include "backup.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <cstdio>

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

bool vacuumInto(const QSqlDatabase &db, const QString &target, QString *error)
{
    if (!createPrivateFile(target, error))
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO :target"));
    query.bindValue(QStringLiteral(":target"), target);
    if (!query.exec()) {
        *error = Text::tr("cannot write the backup %1: %2").arg(native(target), query.lastError().text());
        QFile::remove(target);
        return false;
    }
    return true;
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
    const QString stamp = QDateTime::currentDateTimeUtc().toString(kStampFormat);
    const QString target = dir + QLatin1Char('/') + QFileInfo(databasePath).completeBaseName() + QLatin1Char('-')
        + stamp + QLatin1Char('-') + reason + QStringLiteral(".sqlite");
    if (!vacuumInto(db, target, error))
        return {};
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
        {"organisations", QT_TRANSLATE_NOOP("vigie::Backups", "%n organisation(s)")},
        {"contracts", QT_TRANSLATE_NOOP("vigie::Backups", "%n contract(s)")},
        {"tasks", QT_TRANSLATE_NOOP("vigie::Backups", "%n task(s)")},
        {"incidents", QT_TRANSLATE_NOOP("vigie::Backups", "%n incident(s)")},
        {"claims", QT_TRANSLATE_NOOP("vigie::Backups", "%n claim(s)")},
        {"sources", QT_TRANSLATE_NOOP("vigie::Backups", "%n source(s)")},
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
