#include "backuppolicy.h"

#include <QSettings>

#include <algorithm>

namespace vigie {

namespace {

const QString kKeepKey = QStringLiteral("Backups/keep");
const QString kDailyKey = QStringLiteral("Backups/daily");

} // namespace

BackupPolicy BackupPolicy::load()
{
    const QSettings settings;
    BackupPolicy policy;
    bool ok = false;
    const int keep = settings.value(kKeepKey, kDefaultKeep).toInt(&ok);
    // A hand-edited settings file must not turn pruning off or delete every backup.
    policy.keep = ok ? std::clamp(keep, 1, kMaxKeep) : kDefaultKeep;
    policy.daily = settings.value(kDailyKey, true).toBool();
    return policy;
}

void BackupPolicy::save() const
{
    QSettings settings;
    settings.setValue(kKeepKey, std::clamp(keep, 1, kMaxKeep));
    settings.setValue(kDailyKey, daily);
}

} // namespace vigie
