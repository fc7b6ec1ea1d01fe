#pragma once

#include <QStringList>

namespace vigie::cli {

/// True when `command` (argv[1]) is a subcommand that runs without a display.
bool isHeadlessCommand(const QString &command);

/// Runs a subcommand; `arguments` is the full argument list (program name first).
/// Returns the exit code: 0 success, 1 error (one line on stderr), 2 usage error.
int run(const QStringList &arguments);

} // namespace vigie::cli
