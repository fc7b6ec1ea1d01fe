#pragma once

#include <QString>

namespace vigie::preferences {

/// The user's preferences, kept in QSettings. (Sensitivity weights live in the database: they change
/// what its figures mean, so they travel with it.)

/// The union's name printed under exported charts; empty until the user gives it. The key is the one
/// ChartsView's export dialog reads and writes.
QString unionName();
void setUnionName(const QString &name);

/// The backup policy (how many backups to keep, a daily one) is vigie::BackupPolicy (app/operations), which
/// the command line reads too.

} // namespace vigie::preferences
