#pragma once

#include "subcommand.h"

namespace vigie::cli {

/// vigie import FILE... --db DB [--buyer SIREN]... [--holder SIREN]... [--watched] [--map FIELD=Header,...]
///                      [--report REPORT.csv]
/// Imports DECP files in one transaction and prints a summary per file. Exit 0 when imported (or
/// nothing new), 1 on an error (nothing imported), 2 on wrong usage.
int runImportCommand(const Invocation &invocation);

} // namespace vigie::cli
