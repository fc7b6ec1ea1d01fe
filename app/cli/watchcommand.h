#pragma once

#include "subcommand.h"

namespace vigie::cli {

/// vigie watch --db DB [--add ORGANISATION]... [--remove ORGANISATION]...
/// Prints the watch list (the groups whose new contracts an import flags), after adding and removing the
/// organisations given by their SIREN, SIRET, TVA or HORS-UE identifier, or their name when no other
/// organisation has it, all in one transaction or none.
/// Exit 0 when done, 1 on an error (the list unchanged), 2 on wrong usage.
int runWatchCommand(const Invocation &invocation);

} // namespace vigie::cli
