#include "restorecommand.h"

#include "operations/backuppolicy.h"
#include "operations/databaseoperations.h"
#include "storage/backup.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

namespace vigie::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cli)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString when(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// What a file holds, or why it cannot be read, for the listing.
QString contents(const QString &path)
{
    QString error;
    const QString description = backups::describe(path, &error);
    return description.isEmpty() ? Text::tr("unreadable: %1").arg(error) : description;
}

bool checkDatabaseOption(const Invocation &invocation, int *exitCode)
{
    if (!invocation.isSet(QStringLiteral("db"))) {
        *exitCode = invocation.usageError(Text::tr("missing --db"));
        return false;
    }
    return true;
}

} // namespace

int runRestoreCommand(const Invocation &invocation)
{
    int exitCode = Success;
    if (!checkDatabaseOption(invocation, &exitCode))
        return exitCode;
    const QString path = invocation.value(QStringLiteral("db"));
    const bool listing = invocation.isSet(QStringLiteral("list"));
    if (listing == !invocation.positional().isEmpty())
        return invocation.usageError(Text::tr("give either --list or the backup to restore"));

    const QList<BackupInfo> all = backups::list(path);
    if (listing) {
        if (all.isEmpty()) {
            printOut(Text::tr("%1 has no backups (they are kept in %2).")
                         .arg(native(path), native(backups::directoryFor(path)))
                     + QLatin1Char('\n'));
            return Success;
        }
        QString out = Text::tr("Backups of %1, newest first:").arg(native(path)) + QLatin1Char('\n');
        for (qsizetype i = 0; i < all.size(); ++i) {
            const BackupInfo &b = all.at(i);
            out += QStringLiteral("%1. %2  %3  %4\n    %5\n")
                       .arg(i + 1, 2)
                       .arg(when(b.created), b.reason.leftJustified(14), contents(b.path), native(b.path));
        }
        out += Text::tr("Restore one with: vigie restore --db %1 NUMBER").arg(native(path)) + QLatin1Char('\n');
        printOut(out);
        return Success;
    }

    // The backup: a number from --list, or a path.
    QString backup = invocation.positional().first();
    bool isNumber = false;
    const int number = backup.toInt(&isNumber);
    if (isNumber && !QFileInfo::exists(backup)) {
        if (number < 1 || number > all.size())
            return invocation.fail(Text::tr("there is no backup number %1 of %2 (see vigie restore --db %2 --list)")
                                       .arg(number)
                                       .arg(native(path)));
        backup = all.at(number - 1).path;
    }
    QString error;
    const QString holds = operations::checkRestorable(backup, path, &error);
    if (holds.isEmpty())
        return invocation.fail(error);
    QString out = Text::tr("Restoring %1").arg(native(backup)) + QLatin1Char('\n');
    out += QStringLiteral("  ") + Text::tr("it holds: %1").arg(holds) + QLatin1Char('\n');
    if (QFileInfo::exists(path))
        out += QStringLiteral("  ") + Text::tr("%1 holds now: %2").arg(native(path), contents(path))
            + QLatin1Char('\n');
    printOut(out);

    if (!operations::restoreBackup(backup, path, &error))
        return invocation.fail(error);
    QString done = Text::tr("Restored %1.").arg(native(path));
    const QList<BackupInfo> after = backups::list(path);
    if (!after.isEmpty() && after.first().reason == QLatin1String("before-restore"))
        done += QLatin1Char(' ') + Text::tr("What it held before is kept in %1.").arg(native(after.first().path));
    printOut(done + QLatin1Char('\n'));
    return Success;
}

int runBackupCommand(const Invocation &invocation)
{
    int exitCode = Success;
    if (!checkDatabaseOption(invocation, &exitCode))
        return exitCode;
    // The newest backups the Preferences keep, unless --keep says how many this once.
    std::optional<int> keep;
    if (invocation.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        keep = invocation.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || *keep < 1 || *keep > BackupPolicy::kMaxKeep)
            return invocation.usageError(
                Text::tr("--keep takes a number of backups from 1 to %1").arg(BackupPolicy::kMaxKeep));
    }
    const QString path = invocation.value(QStringLiteral("db"));
    Database database;
    // Read-only: a backup must not change the database, not even by upgrading its schema.
    if (!database.open(path, Database::Access::ReadOnly))
        return invocation.fail(database.errorString());
    QString error;
    const QString backup = operations::backUp(database, QStringLiteral("manual"), &error, keep);
    if (backup.isEmpty())
        return invocation.fail(error);
    database.close();
    printOut(Text::tr("Backed up %1 to %2 (%3).").arg(native(path), native(backup), contents(backup))
             + QLatin1Char('\n'));
    return Success;
}

} // namespace vigie::cli
