#pragma once

#include "cli/subcommand.h"

#include <QList>
#include <QStringList>

class QApplication;

namespace vigie {

/// Every subcommand of the executable: those of vigie_core and those that draw with widgets (chart). --help,
/// usage errors and exit codes are the same for all of them.
const QList<cli::Subcommand> &commandTable();

/// Runs a command line that is not the window's (program name first) through commandTable(): a subcommand,
/// --help, --version, or the usage error of anything else. Returns the exit code.
int runCommandLine(const QStringList &arguments);

/// Opens the main window on the database given by --db, else the last one used, else the default
/// one (created with the demo data on first start), and runs the event loop. Arguments the window does not
/// take are a usage error (exit status 2) before any window or database is opened.
int runGui(QApplication &app);

} // namespace vigie
