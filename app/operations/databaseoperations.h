#pragma once

#include "storage/decpimporter.h"

#include <QString>

#include <memory>
#include <optional>

namespace vigie {

class Database;

/// The life-cycle operations of a database that the window and the command line share: each is written once,
/// here, and both front ends call it (the window asks and shows, the command line parses and prints).
namespace operations {

/// Creates a Vigie database at `path` (never over an existing file), with the facts of the seed documents when
/// `withDemoData`. A database whose demo data cannot be written is taken away whole: nothing half-made stays.
/// Returns the open database, or null with `error` set.
std::unique_ptr<Database> createDatabase(const QString &path, bool withDemoData, QString *error);

/// Backs the open `database` up now ("manual", "daily", "import"...) and prunes its backups to the newest the
/// backup policy keeps, or `keep` when given. Returns the backup's path, or an empty string with `error` set.
QString backUp(const Database &database, const QString &reason, QString *error, std::optional<int> keep = {});

/// The DECP import of both front ends: a backup of the database as it is (reason "import", pruned by the
/// policy), then `importer` runs in one transaction. A backup that cannot be made stops it before anything
/// changes. `importer` works on `database`'s connection; the caller may cancel it from another thread.
DecpImportResult importDecp(const Database &database, DecpImporter &importer, const DecpImportOptions &options);

/// Whether `backupPath` can replace the database at `databasePath`: it exists, it is not the database itself,
/// and it is a Vigie database that can be read. Returns what it holds ("12 incidents, ..."), or an empty
/// string with `error` set.
QString checkRestorable(const QString &backupPath, const QString &databasePath, QString *error);

/// Replaces the database at `databasePath`, which must be closed everywhere, with the backup once
/// checkRestorable() accepts it; the database as it was is kept as a backup first ("before-restore").
bool restoreBackup(const QString &backupPath, const QString &databasePath, QString *error);

} // namespace operations

} // namespace vigie
