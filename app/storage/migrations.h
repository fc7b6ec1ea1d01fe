#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace vigie {

/// PRAGMA application_id of every Vigie database ("VIGI"): tells our files from other SQLite files.
inline constexpr int kApplicationId = 0x56494749;

/// Schema version this build writes (PRAGMA user_version).
int currentSchemaVersion();

/// The SQL statements of migration `version` (1-based), each run in order.
QStringList migrationStatements(int version);

/// Brings `db` from its user_version to currentSchemaVersion(), one transaction per migration.
/// Returns an empty string on success, otherwise what failed (the failed migration is rolled back).
QString migrate(QSqlDatabase &db);

} // namespace vigie
