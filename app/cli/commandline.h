#pragma once

#include "subcommand.h"

#include <QList>
#include <QStringList>

namespace vigie::cli {

/// The subcommands that need no widgets. The executable's table adds those that draw (vigie::commandTable()).
const QList<Subcommand> &coreSubcommands();

/// What main() starts for a command line, decided before any application object exists: the window only for
/// options it knows (`--db FILE`, `--read-only`, Qt's own `-platform`...), a subcommand headless, and anything
/// else (an unknown subcommand, option or stray argument) headless too, so that run() refuses it with exit
/// status 2 and neither a window nor a database is opened.
enum class Launch { Window, Headless, HeadlessWithWidgets };
Launch launchFor(const QList<Subcommand> &table, const QStringList &arguments);

/// The window's options, from the arguments left once QApplication took its own.
struct WindowOptions
{
    QString database; // empty: the last database used, else the default one
    bool readOnly = false;
};
/// Returns an empty string when `arguments` (program name first) are the window's, else the usage error.
QString parseWindowOptions(const QStringList &arguments, WindowOptions *options);

/// Runs a subcommand of `table`, or --help, --version, or prints the usage error of a command line that is
/// not one. `arguments` is the full list (program name first). Returns the exit code: 0 success, 1 error
/// (one line on stderr), 2 usage error (one line on stderr naming the word).
int run(const QList<Subcommand> &table, const QStringList &arguments);

/// The name of `table` closest to `word` by edit distance (a letter added, removed, changed or two swapped),
/// when a typing slip explains it; empty otherwise.
QString closestName(const QString &word, const QStringList &names);

} // namespace vigie::cli
