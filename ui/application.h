#pragma once

class QApplication;

namespace vigie {

/// Opens the main window on the database given by --db, else the last one used, else the default
/// one (created with the demo data on first start), and runs the event loop.
int runGui(QApplication &app);

} // namespace vigie
