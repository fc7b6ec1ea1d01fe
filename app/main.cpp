// The vigie executable: a subcommand runs headless and exits; no subcommand opens the window.
#include "application.h"
#include "cli/commandline.h"
#include "core/translations.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationName(QStringLiteral("vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));

    // Decided before any application object exists: a mistyped subcommand must never open the window.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    switch (vigie::cli::launchFor(vigie::commandTable(), arguments)) {
    case vigie::cli::Launch::Window: {
        QApplication app(argc, argv);
        vigie::installTranslations(app);
        return vigie::runGui(app);
    }
    case vigie::cli::Launch::HeadlessWithWidgets: {
        // Charts need widgets (Qt Charts draws through QGraphicsScene) but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        vigie::installTranslations(app);
        return vigie::runCommandLine(QCoreApplication::arguments());
    }
    case vigie::cli::Launch::Headless:
        break;
    }
    QCoreApplication app(argc, argv);
    vigie::installTranslations(app);
    return vigie::runCommandLine(QCoreApplication::arguments());
}
