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

/// Brings `db` from its user_version to `target` (by default the current version), one transaction per
/// migration. Returns an empty string on success, otherwise what failed (that migration is rolled back).
/// Tests use `target` to build databases of every earlier schema version.
QString migrate(QSqlDatabase &db, int target = -1);

} // namespace vigie
