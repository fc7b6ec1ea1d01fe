#pragma once

#include "subcommand.h"

namespace vigie::cli {

/// vigie restore --db DB --list
/// vigie restore --db DB BACKUP
/// Lists the backups of DB (date, reason, what each holds), or replaces DB with BACKUP (a path, or the
/// number --list shows) after saying what both hold; the replaced database is itself kept as a backup.
int runRestoreCommand(const Invocation &invocation);

/// vigie backup --db DB [--keep N]
/// Takes a backup of DB now ("manual"), keeping the newest N backups (all by default).
int runBackupCommand(const Invocation &invocation);

} // namespace vigie::cli
