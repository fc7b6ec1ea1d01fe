#pragma once

#include "cli/subcommand.h"

namespace vigie {

/// `vigie chart`: draws a chart of the database without a display and exports it (see chartSubcommand()'s
/// synopsis). Its row of the command table, which needs widgets (Qt Charts): main() runs it under an
/// offscreen QApplication.
const cli::Subcommand &chartSubcommand();

} // namespace vigie
