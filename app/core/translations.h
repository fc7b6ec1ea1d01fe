#pragma once

class QCoreApplication;

namespace vigie {

/// Installs Vigie's and Qt's translations for the system locale (French ships with Vigie).
void installTranslations(QCoreApplication &app);

} // namespace vigie
