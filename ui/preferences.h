#pragma once

#include <QString>

namespace vigie::preferences {

/// The user's preferences, kept in QSettings. (Sensitivity weights live in the database: they change
/// what its figures mean, so they travel with it.)

/// The union's name printed under exported charts; empty until the user gives it. The key is the one
/// ChartsView's export dialog reads and writes.
QString unionName();
void setUnionName(const QString &name);

/// How many backups of each database to keep (oldest deleted first).
int backupsToKeep();
void setBackupsToKeep(int count);
constexpr int kDefaultBackupsToKeep = 10;
constexpr int kMaxBackupsToKeep = 365;

/// Whether a backup is taken once a day while a database is open.
bool dailyBackup();
void setDailyBackup(bool enabled);

} // namespace vigie::preferences
