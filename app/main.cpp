// The vigie executable: a subcommand runs headless and exits; no subcommand opens the window.
#include "application.h"
#include "charts/chartcommand.h"
#include "cli/commandline.h"
#include "core/translations.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationName(QStringLiteral("vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));

    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == QLatin1String("chart")) {
        // Charts need widgets (Qt Charts draws through QGraphicsScene) but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        vigie::installTranslations(app);
        return vigie::runChartCommand(QCoreApplication::arguments());
    }
    if (vigie::cli::isHeadlessCommand(command)) {
        QCoreApplication app(argc, argv);
        vigie::installTranslations(app);
        return vigie::cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    vigie::installTranslations(app);
    return vigie::runGui(app);
}
