#include "application.h"

#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
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

int runGui(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("vigie::Application", "Audit of public-employment outsourcing and data breaches"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("vigie::Application", "Open the Vigie database FILE."),
        QCoreApplication::translate("vigie::Application", "FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption readOnlyOption(
        QStringLiteral("read-only"),
        QCoreApplication::translate("vigie::Application", "Open the database read-only: browse it, change nothing."));
    parser.addOption(readOnlyOption);
    parser.process(app);
    const bool readOnly = parser.isSet(readOnlyOption);

    MainWindow window;
    QString error;
    if (parser.isSet(dbOption)) {
        // Asked for by name: a file that cannot be opened is an error, never replaced by another database.
        const QString path = parser.value(dbOption);
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
