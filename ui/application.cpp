#include "application.h"

#include "charts/chartcommand.h"
#include "cli/commandline.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace vigie {

namespace {

int fail(const QString &path, const QString &error)
{
    QMessageBox box(
        QMessageBox::Critical, QCoreApplication::translate("vigie::Application", "Vigie"),
        QCoreApplication::translate("vigie::Application", "Vigie cannot open %1.").arg(QDir::toNativeSeparators(path)),
        QMessageBox::Ok);
    box.setObjectName(QStringLiteral("startErrorMessageBox"));
    box.setInformativeText(error);
    box.exec();
    return 1;
}

} // namespace

const QList<cli::Subcommand> &commandTable()
{
    static const QList<cli::Subcommand> table = cli::coreSubcommands() + QList<cli::Subcommand> {chartSubcommand()};
    return table;
}

int runCommandLine(const QStringList &arguments)
{
    return cli::run(commandTable(), arguments);
}

int runGui(QApplication &app)
{
    // main() only starts the window for arguments it takes; Qt's own options are gone from them by now.
    cli::WindowOptions options;
    if (!cli::parseWindowOptions(QCoreApplication::arguments(), &options).isEmpty())
        return runCommandLine(QCoreApplication::arguments());
    const bool readOnly = options.readOnly;

    MainWindow window;
    QString error;
    if (!options.database.isEmpty()) {
        // Asked for by name: a file that cannot be opened is an error, never replaced by another database.
        const QString &path = options.database;
        if (!window.openDatabase(path, &error, readOnly))
            return fail(path, error);
    } else {
        const QString last = QSettings().value(QStringLiteral("Database/last")).toString();
        bool opened = false;
        QString lastError;
        if (!last.isEmpty() && QFileInfo::exists(last))
            opened = window.openDatabase(last, &lastError, readOnly);
        if (!opened) {
            // First start (or the last database is gone): the default database, made with the demo data.
            const QString path = Database::defaultPath();
            if (QFileInfo::exists(path)) {
                opened = window.openDatabase(path, &error, readOnly);
            } else {
                QDir().mkpath(QFileInfo(path).absolutePath());
                opened = window.createDatabase(path, true, &error);
            }
            if (!opened)
                return fail(path, error);
            if (!lastError.isEmpty())
                window.statusBar()->showMessage(
                    QCoreApplication::translate("vigie::Application", "The last database, %1, could not be opened: %2")
                        .arg(QDir::toNativeSeparators(last), lastError));
        }
    }
    window.show();
    return app.exec();
}

} // namespace vigie
