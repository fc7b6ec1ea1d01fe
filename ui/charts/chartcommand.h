#pragma once

#include <QStringList>

namespace vigie {

/// `vigie chart --db DB --kind spending-exposure|disclosure-delays [--from YEAR] [--to YEAR]
/// [--by month|quarter|year] [--mode notified|spread] [--claims official|highest] [--subcontractor NAME ...]
/// --format png|svg|pdf --out FILE [--dpi N] [--page A4|A5] [--landscape] [--size WxH] [--title TEXT]
/// [--subtitle TEXT] [--union NAME]`. Needs a QApplication (offscreen is enough). `arguments` is the full
/// list, program name first. Returns 0, 1 on error (one line on stderr), 2 on a usage error.
int runChartCommand(const QStringList &arguments);

} // namespace vigie
