// Issue 5: the change history of a record in the detail panel, and deleted incidents brought back from
// Incident > Deleted incidents..., each driven through real widgets on a copy of the demo database.
#include "detailpanel.h"
#include "guitest.h"
#include "mainwindow.h"
#include "models/recordset.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/history.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace vigie;
using namespace vigie::guitest;

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void detailPanelShowsEdit();
    void deletedIncidentBroughtBack();

private:
    QString detailText() const { return child<DetailPanel>(m_window.get(), "detailTextBrowser")->toPlainText(); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestHistory::initTestCase()
{
    useTestEnvironment(m_settingsDir.path(), "testhistory");
}

void TestHistory::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(makeDemo(path));
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openDatabase(path, &error), qPrintable(error));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHistory::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestHistory::detailPanelShowsEdit()
{
    const Incident *incident = majorelBreach(*m_window->records());
    QVERIFY(incident);
    const RowId id = incident->id;
    QVERIFY(m_window->selectRecord(MainWindow::View::Incidents, id));
    QVERIFY(detailText().contains(QStringLiteral("History")));
    QVERIFY(!detailText().contains(QStringLiteral("Titre corrige")));

    bool edited = false;
    whenModal(
        QStringLiteral("incidentDialog"),
        [](QWidget *dialog) {
            setText(dialog, "titleLineEdit", QStringLiteral("Titre corrige"));
            clickButton(dialog, QDialogButtonBox::Ok);
        },
        &edited);
    QCOMPARE(m_window->editIncident(id), id);
    QVERIFY(edited);
    QCOMPARE(m_window->selectedId(), id);

    auto *panel = child<DetailPanel>(m_window.get(), "detailTextBrowser");
    panel->verticalScrollBar()->setValue(panel->verticalScrollBar()->maximum());
    saveScreenshot(panel, "history-detail.png");
    const QString text = detailText();
    const qsizetype history = text.indexOf(QStringLiteral("History"));
    QVERIFY2(history >= 0, qPrintable(text));
    const QString section = text.mid(history);
    // The change: who, what, the field by its label with the old and new values, in French date format.
    QVERIFY2(section.contains(QStringLiteral("changed")), qPrintable(section));
    QVERIFY2(section.contains(QStringLiteral("Title: ")), qPrintable(section));
    QVERIFY2(section.contains(QStringLiteral("→ Titre corrige")), qPrintable(section));
    QVERIFY2(section.contains(history::osUserName()), qPrintable(section));
    const QString today = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    QVERIFY2(section.contains(today), qPrintable(section));
}

void TestHistory::deletedIncidentBroughtBack()
{
    const Incident original = *majorelBreach(*m_window->records());
    QVERIFY(original.claims.size() >= 2);
    QVERIFY(m_window->selectRecord(MainWindow::View::Incidents, original.id));
    whenModal(QStringLiteral("confirmDeleteMessageBox"), [](QWidget *box) { clickMessageBox(box, QMessageBox::Yes); });
    QVERIFY(m_window->deleteIncident(original.id));
    QVERIFY(!m_window->records()->incident(original.id));

    auto *action = child<QAction>(m_window.get(), "deletedIncidentsAction");
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    bool listed = false;
    whenModal(
        QStringLiteral("deletedIncidentsDialog"),
        [&original](QWidget *dialog) {
            auto *table = child<QTableWidget>(dialog, "deletedIncidentsTableWidget");
            QVERIFY(table);
            auto *bringBack = child<QPushButton>(dialog, "bringBackPushButton");
            QVERIFY(bringBack);
            QVERIFY(!bringBack->isEnabled());
            int row = -1;
            for (int r = 0; r < table->rowCount(); ++r) {
                if (table->item(r, 0)->text() == original.title)
                    row = r;
            }
            QVERIFY(row >= 0);
            QVERIFY(!table->item(row, 1)->text().isEmpty());
            QCOMPARE(table->item(row, 2)->text(), history::osUserName());
            table->selectRow(row);
            QVERIFY(bringBack->isEnabled());
            QTest::mouseClick(bringBack, Qt::LeftButton);
            // Gone from the list once back.
            for (int r = 0; r < table->rowCount(); ++r)
                QVERIFY(table->item(r, 0)->text() != original.title);
            clickButton(dialog, QDialogButtonBox::Close);
        },
        &listed);
    action->trigger();
    QVERIFY(listed);

    // Back in the incidents list under its former id, with its claims, and selected.
    const Incident *back = m_window->records()->incident(original.id);
    QVERIFY(back);
    QCOMPARE(back->title, original.title);
    QCOMPARE(back->claims.size(), original.claims.size());
    for (int c = 0; c < original.claims.size(); ++c) {
        QCOMPARE(back->claims.at(c).claimant, original.claims.at(c).claimant);
        QCOMPARE(back->claims.at(c).people, original.claims.at(c).people);
        QCOMPARE(back->claims.at(c).categoryIds, original.claims.at(c).categoryIds);
    }
    QCOMPARE(m_window->currentView(), MainWindow::View::Incidents);
    QCOMPARE(m_window->selectedId(), original.id);
    auto *incidents = child<QTableView>(m_window.get(), "incidentsTableView");
    QVERIFY(incidents);
    bool shown = false;
    const QAbstractItemModel *model = incidents->model();
    for (int row = 0; row < model->rowCount() && !shown; ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            shown = shown || model->index(row, column).data().toString() == original.title;
    }
    QVERIFY(shown);
    QVERIFY(detailText().contains(original.claims.first().claimant));
    // The undo stack no longer offers to bring back a second copy.
    QVERIFY(!child<QAction>(m_window.get(), "undoAction")->isEnabled());
}

QTEST_MAIN(TestHistory)
#include "testhistory.moc"
