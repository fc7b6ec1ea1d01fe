#include "preferences.h"

#include <QSettings>

#include <algorithm>

namespace vigie::preferences {

namespace {

const QString kUnionNameKey = QStringLiteral("export/unionName");
const QString kBackupsToKeepKey = QStringLiteral("Backups/keep");
const QString kDailyBackupKey = QStringLiteral("Backups/daily");

} // namespace

QString unionName()
{
    return QSettings().value(kUnionNameKey).toString().trimmed();
}

void setUnionName(const QString &name)
{
    QSettings().setValue(kUnionNameKey, name.trimmed());
}

int backupsToKeep()
{
    bool ok = false;
    const int count = QSettings().value(kBackupsToKeepKey, kDefaultBackupsToKeep).toInt(&ok);
    // A hand-edited settings file must not turn pruning off or delete every backup.
    return ok ? std::clamp(count, 1, kMaxBackupsToKeep) : kDefaultBackupsToKeep;
}

void setBackupsToKeep(int count)
{
    QSettings().setValue(kBackupsToKeepKey, std::clamp(count, 1, kMaxBackupsToKeep));
}

bool dailyBackup()
{
    return QSettings().value(kDailyBackupKey, true).toBool();
}

void setDailyBackup(bool enabled)
{
    QSettings().setValue(kDailyBackupKey, enabled);
}

} // namespace vigie::preferences
