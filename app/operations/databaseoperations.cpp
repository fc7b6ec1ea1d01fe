#include "databaseoperations.h"

#include "operations/backuppolicy.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/demodata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vigie::operations {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::operations)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

std::unique_ptr<Database> createDatabase(const QString &path, bool withDemoData, QString *error)
{
    auto database = std::make_unique<Database>();
    if (!database->create(path)) {
        *error = database->errorString();
        return nullptr;
    }
    if (withDemoData) {
        QSqlDatabase connection = database->connection();
        QString demoError;
        if (!populateDemoData(connection, &demoError)) {
            database.reset();
            // The file is ours, just made: leave nothing half-filled behind.
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
            *error = Text::tr("cannot write the demo data in %1: %2").arg(native(path), demoError);
            return nullptr;
        }
    }
    return database;
}

QString backUp(const Database &database, const QString &reason, QString *error, std::optional<int> keep)
{
    return backups::create(database.connection(), database.path(), reason, keep.value_or(BackupPolicy::load().keep),
                           error);
}

DecpImportResult importDecp(const Database &database, DecpImporter &importer, const DecpImportOptions &options)
{
    QString error;
    if (backUp(database, QStringLiteral("import"), &error).isEmpty()) {
        DecpImportResult refused;
        refused.error = Text::tr("cannot back up %1 before importing: %2").arg(native(database.path()), error);
        return refused;
    }
    return importer.run(options);
}

QString checkRestorable(const QString &backupPath, const QString &databasePath, QString *error)
{
    if (!QFileInfo::exists(backupPath)) {
        *error = Text::tr("%1 does not exist").arg(native(backupPath));
        return {};
    }
    if (QFileInfo::exists(databasePath)
        && QFileInfo(backupPath).canonicalFilePath() == QFileInfo(databasePath).canonicalFilePath()) {
        *error = Text::tr("%1 is the database itself, not a backup of it").arg(native(backupPath));
        return {};
    }
    QString describeError;
    const QString holds = backups::describe(backupPath, &describeError);
    if (holds.isEmpty())
        *error = Text::tr("%1 cannot be restored: %2").arg(native(backupPath), describeError);
    return holds;
}

bool restoreBackup(const QString &backupPath, const QString &databasePath, QString *error)
{
    return !checkRestorable(backupPath, databasePath, error).isEmpty()
        && backups::restore(backupPath, databasePath, error);
}

} // namespace vigie::operations
