#pragma once
// What the GUI tests share: finding widgets by object name, answering modal dialogs, typing as a user does,
// making a demo database. Header-only: each test is its own executable.

#include "models/recordset.h"
#include "storage/database.h"
#include "storage/demodata.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

namespace vigie::guitest {

// A French locale and settings of the test's own, in `settingsDir`, never the user's.
inline void useTestEnvironment(const QString &settingsDir, const char *application)
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QLatin1String(application));
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *object = parent->findChild<T *>(QLatin1String(name));
    if (!object)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return object;
}

// Runs `action` on the modal widget named `objectName` once it is up: the way to answer a dialog
// that exec() is about to block on. `done` is set once the action ran.
inline void whenModal(const QString &objectName, std::function<void(QWidget *)> action, bool *done = nullptr,
                      int attempts = 250)
{
    QTimer::singleShot(20, qApp, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == objectName && modal->isVisible()) {
            action(modal);
            if (done)
                *done = true;
            // A check that failed inside the action must not leave exec() waiting for ever.
            if (QTest::currentTestFailed()) {
                if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
                    dialog->reject();
            }
        } else if (attempts > 0) {
            whenModal(objectName, action, done, attempts - 1);
        } else {
            qWarning("no modal %s appeared", qPrintable(objectName));
        }
    });
}

inline void clickButton(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(which), Qt::LeftButton);
}

inline void clickMessageBox(QWidget *box, QMessageBox::StandardButton which)
{
    auto *messageBox = qobject_cast<QMessageBox *>(box);
    QVERIFY(messageBox);
    QTest::mouseClick(messageBox->button(which), Qt::LeftButton);
}

// QTest::keyClicks takes ASCII only; French text needs its other letters sent as key events with text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Replaces the text of the line edit named `name` by typing.
inline void setText(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

// Clicks "New source..." in a form's citations and answers the source dialog that opens over the form: a
// title (and a publication date), OK. True once the source dialog was answered.
inline bool citeNewSource(QWidget *form, const QString &title, const QString &publishedOn = QString())
{
    bool saved = false;
    whenModal(
        QStringLiteral("sourceDialog"),
        [title, publishedOn](QWidget *source) {
            setText(source, "titleLineEdit", title);
            if (!publishedOn.isEmpty())
                setText(source, "publishedOnLineEdit", publishedOn);
            clickButton(source, QDialogButtonBox::Ok);
        },
        &saved);
    QTest::mouseClick(child<QPushButton>(form, "citationNewSourcePushButton"), Qt::LeftButton);
    return saved;
}

// A double click on ROW (its rectangle in VIEW) as the view sees one: a press, which it remembers, then the
// double click.
inline void doubleClickRow(QAbstractItemView *view, const QRect &row)
{
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row.center());
}

inline void saveScreenshot(QWidget *widget, const char *name)
{
    // Set VIGIE_SCREENSHOT_DIR to look at what the tests see.
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

inline bool makeDemo(const QString &path)
{
    Database database;
    if (!database.create(path))
        return false;
    QSqlDatabase connection = database.connection();
    return populateDemoData(connection, nullptr);
}

// The 2023 Majorel breach of the demo data: the incident with the official and the expert claim.
inline const Incident *majorelBreach(const RecordSet &records)
{
    for (const Incident &incident : records.incidents()) {
        if (incident.title.contains(QStringLiteral("Majorel")) && incident.claims.size() >= 2)
            return &incident;
    }
    return nullptr;
}

} // namespace vigie::guitest
