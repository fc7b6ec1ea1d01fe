#include "../testsupport.h"
#include "detailpanel.h"
#include "guitest.h"
#include "incidentdialog.h"
#include "mainwindow.h"
#include "models/contracttablemodel.h"
#include "models/incidenttablemodel.h"
#include "models/recordset.h"
#include "opendataview.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/repository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDebug>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace vigie;
using namespace vigie::testing;
using namespace vigie::guitest;

namespace {

QString fr(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char(' '),
                                           QLocale(QLocale::French, QLocale::France).groupSeparator());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensDemoAndShowsFileName();
    void navigatesBetweenViews();
    void searchFiltersRows();
    void filtersBySubcontractorBuyerAndPeriod();
    void detailShowsMajorelBreachInFrench();
    void detailLinksNavigate();
    void openingJunkKeepsCurrentDatabase();
    void openingMissingFileCreatesNothing();
    void largeDatabaseCheckedInBackground();
    void newDatabaseIsCreatedAndShown();
    void newIncidentFromContractIsPrefilled();
    void deleteAsksForConfirmation();
    void settingsRemembered();
    void panesKeepSensibleSizes();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    useTestEnvironment(m_settingsDir.path(), "testmainwindow");
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(makeDemo(m_path));
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openDatabase(m_path, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::opensDemoAndShowsFileName()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo.sqlite")));
    QCOMPARE(m_window->databasePath(), m_path);
    QVERIFY(
        m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("demo.sqlite")));
    QCOMPARE(QSettings().value(QStringLiteral("Database/last")).toString(), QFileInfo(m_path).absoluteFilePath());
    m_window->setCurrentView(MainWindow::View::Incidents);
    saveScreenshot(m_window.get(), "mainwindow-empty-selection.png");
}

void TestMainWindow::navigatesBetweenViews()
{
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("viewsStackedWidget"));
    QVERIFY(navigation && stack);
    QCOMPARE(navigation->count(), 7);
    const char *const tables[]
        = {"subcontractorsTableView", "contractsTableView", "tasksTableView", "incidentsTableView", "sourcesTableView"};
    for (int i = 0; i < 5; ++i) {
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(i)).center());
        auto *table = m_window->findChild<QTableView *>(QLatin1String(tables[i]));
        QVERIFY(table);
        QTRY_COMPARE(stack->currentWidget(), table);
        QCOMPARE(int(m_window->currentView()), i);
        QVERIFY2(table->model()->rowCount() > 0, tables[i]);
        QVERIFY(table->isSortingEnabled());
    }
    // The sixth entry is the charts page: its own filters, no table filters or details beside it.
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(5)).center());
    QTRY_COMPARE(m_window->currentView(), MainWindow::View::Charts);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("chartsPage"));
    QVERIFY(stack->currentWidget()->findChild<QWidget *>(QStringLiteral("chartsView")));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("filterBar"))->isVisible());
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("detailTextBrowser"))->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("exportTableAction"))->isEnabled());
    QCOMPARE(m_window->selectedId(), RowId(0));
    // The seventh: every contract of the database in a windowed table, with its own search and count,
    // and the details of the selected contract beside it.
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(6)).center());
    QTRY_COMPARE(m_window->currentView(), MainWindow::View::OpenData);
    auto *openData = m_window->findChild<QTableView *>(QStringLiteral("openDataTableView"));
    QVERIFY(openData);
    QCOMPARE(openData->model()->rowCount(), int(m_window->records()->contracts().size()));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("filterBar"))->isVisible());
    auto *detail = m_window->findChild<QTextBrowser *>(QStringLiteral("detailTextBrowser"));
    QVERIFY(detail->isVisible());
    openData->selectRow(0);
    QVERIFY(detail->toPlainText().contains(m_window->records()->contracts().first().reference));
    // Sorting by a header click: contracts by amount, the unknown ones last.
    m_window->setCurrentView(MainWindow::View::Contracts);
    auto *contracts = m_window->findChild<QTableView *>(QStringLiteral("contractsTableView"));
    contracts->sortByColumn(ContractTableModel::AmountColumn, Qt::DescendingOrder);
    contracts->selectRow(0);
    saveScreenshot(m_window.get(), "mainwindow-contracts.png");
    QVERIFY(
        contracts->model()->index(0, ContractTableModel::AmountColumn).data().toString().contains(QStringLiteral("€")));
}

void TestMainWindow::searchFiltersRows()
{
    m_window->setCurrentView(MainWindow::View::Incidents);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("incidentsTableView"));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(table && search);
    const int all = table->model()->rowCount();
    QVERIFY(all >= 3);
    QTest::keyClicks(search, QStringLiteral("majorel"));
    QTRY_VERIFY(table->model()->rowCount() < all);
    QVERIFY(table->model()->rowCount() >= 1);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        QString text;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            text += table->model()->index(row, column).data().toString();
        QVERIFY(text.contains(QStringLiteral("Majorel"), Qt::CaseInsensitive));
    }
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("rowCountLabel"))->text().contains(QString::number(all)));
    // Nothing matches: empty, and the count says so.
    QTest::keyClicks(search, QStringLiteral(" zzzz"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), all);
    // The search applies to every view.
    QTest::keyClicks(search, QStringLiteral("tessi"));
    m_window->setCurrentView(MainWindow::View::Subcontractors);
    auto *subcontractors = m_window->findChild<QTableView *>(QStringLiteral("subcontractorsTableView"));
    QTRY_COMPARE(subcontractors->model()->rowCount(), 1);
}

void TestMainWindow::filtersBySubcontractorBuyerAndPeriod()
{
    m_window->setCurrentView(MainWindow::View::Incidents);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("incidentsTableView"));
    const int all = table->model()->rowCount();
    auto *subcontractor = m_window->findChild<QComboBox *>(QStringLiteral("subcontractorFilterComboBox"));
    QVERIFY(subcontractor);
    subcontractor->setCurrentIndex(subcontractor->findText(QStringLiteral("Majorel")));
    QVERIFY(table->model()->rowCount() >= 1 && table->model()->rowCount() < all);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, IncidentTableModel::SubcontractorColumn).data().toString(),
                 QStringLiteral("Majorel"));
    subcontractor->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), all);

    auto *from = m_window->findChild<QSpinBox *>(QStringLiteral("fromYearSpinBox"));
    auto *to = m_window->findChild<QSpinBox *>(QStringLiteral("toYearSpinBox"));
    QVERIFY(from && to);
    QCOMPARE(from->text(), QStringLiteral("any"));
    from->setValue(2023);
    to->setValue(2023);
    QVERIFY(table->model()->rowCount() < all);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(!table->model()
                     ->index(row, IncidentTableModel::TitleColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("2021")));

    auto *buyer = m_window->findChild<QComboBox *>(QStringLiteral("buyerFilterComboBox"));
    QVERIFY(buyer && buyer->count() >= 2);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("clearFiltersPushButton")), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), all);
    m_window->setCurrentView(MainWindow::View::Contracts);
    auto *contracts = m_window->findChild<QTableView *>(QStringLiteral("contractsTableView"));
    const int allContracts = contracts->model()->rowCount();
    buyer->setCurrentIndex(buyer->findText(QStringLiteral("Pôle emploi")));
    QVERIFY(buyer->currentIndex() > 0);
    QCOMPARE(contracts->model()->rowCount(), allContracts);
    for (int row = 0; row < contracts->model()->rowCount(); ++row)
        QCOMPARE(contracts->model()->index(row, ContractTableModel::BuyerColumn).data().toString(),
                 QStringLiteral("Pôle emploi"));
}

void TestMainWindow::detailShowsMajorelBreachInFrench()
{
    m_window->setCurrentView(MainWindow::View::Incidents);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("cyberattaque majorel"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("incidentsTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, IncidentTableModel::PeopleColumn).data().toString(), fr("6 353 810"));
    const QRect cell = table->visualRect(table->model()->index(0, IncidentTableModel::TitleColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto *detail = m_window->findChild<QTextBrowser *>(QStringLiteral("detailTextBrowser"));
    QVERIFY(detail);
    // French grouping, with no-break spaces so the number never breaks across lines. (toPlainText()
    // turns them into spaces; the raw text keeps them. Qt's rich text knows no narrow no-break space.)
    QTRY_VERIFY2(detail->document()->toRawText().contains(QString::fromUtf8("6\u00A0353\u00A0810")),
                 qPrintable(detail->toPlainText()));
    const QString text = detail->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Cyberattaque chez Majorel")));
    // Both claims, the official one and the expert's, with their data and sources.
    QVERIFY(text.contains(QStringLiteral("(official)")));
    QVERIFY(text.contains(QStringLiteral("NIR")));
    QVERIFY(text.contains(QStringLiteral("permis de conduire"), Qt::CaseInsensitive));
    QVERIFY(text.contains(QStringLiteral("08/2023")));
    // The expert gave no number: "unknown", never 0.
    QVERIFY(text.contains(QStringLiteral("People: unknown")));
    QVERIFY(!text.contains(QStringLiteral("People: 0")));
    m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->clear();
    saveScreenshot(m_window.get(), "mainwindow.png");
}

void TestMainWindow::detailLinksNavigate()
{
    const auto records = m_window->records();
    const Incident *majorel = nullptr;
    for (const Incident &incident : records->incidents()) {
        if (incident.title.contains(QStringLiteral("Majorel")) && incident.subcontractorId != 0)
            majorel = &incident;
    }
    QVERIFY(majorel);
    QVERIFY(m_window->selectRecord(MainWindow::View::Incidents, majorel->id));
    auto *detail = m_window->findChild<DetailPanel *>(QStringLiteral("detailTextBrowser"));
    emit detail->anchorClicked(
        QUrl(DetailPanel::recordUrl(DetailPanel::Kind::Subcontractor, majorel->subcontractorId)));
    QCOMPARE(m_window->currentView(), MainWindow::View::Subcontractors);
    QCOMPARE(m_window->selectedId(), majorel->subcontractorId);
    QTRY_VERIFY(detail->toPlainText().contains(QStringLiteral("Incidents (")));
    QVERIFY(detail->toPlainText().contains(majorel->title));
}

void TestMainWindow::openingJunkKeepsCurrentDatabase()
{
    const QString junk = m_dir->filePath(QStringLiteral("junk.sqlite"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("This is a shopping list, not a database.\n");
    }
    const QByteArray before = checksum(junk);
    const int incidents = int(m_window->records()->incidents().size());
    QString message;
    whenModal(QStringLiteral("openDatabaseFileDialog"), [&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name) {
            dialog->reject();
            return;
        }
        whenModal(QStringLiteral("openErrorMessageBox"), [&](QWidget *box) {
            auto *messageBox = qobject_cast<QMessageBox *>(box);
            message = messageBox->text() + QLatin1Char('\n') + messageBox->informativeText();
            QTest::mouseClick(messageBox->button(QMessageBox::Ok), Qt::LeftButton);
        });
        name->setText(junk);
        QTest::keyClick(name, Qt::Key_Return);
    });
    m_window->findChild<QAction *>(QStringLiteral("openDatabaseAction"))->trigger();
    QVERIFY2(message.contains(QStringLiteral("junk.sqlite")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("demo.sqlite stays open")), qPrintable(message));
    QCOMPARE(m_window->databasePath(), m_path);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo.sqlite")));
    QCOMPARE(int(m_window->records()->incidents().size()), incidents);
    QCOMPARE(checksum(junk), before);
    QCOMPARE(QFileInfo(junk).size(), qint64(41));
}

void TestMainWindow::openingMissingFileCreatesNothing()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
    QString message;
    whenModal(QStringLiteral("openErrorMessageBox"), [&](QWidget *box) {
        message = qobject_cast<QMessageBox *>(box)->text();
        qobject_cast<QMessageBox *>(box)->accept();
    });
    m_window->openDatabaseInteractively(missing);
    QVERIFY(message.contains(QStringLiteral("missing.sqlite")));
    QVERIFY(!QFile::exists(missing));
    QCOMPARE(m_window->databasePath(), m_path);
}

void TestMainWindow::newDatabaseIsCreatedAndShown()
{
    const QString path = m_dir->filePath(QStringLiteral("new.sqlite"));
    whenModal(QStringLiteral("newDatabaseFileDialog"), [&](QWidget *modal) {
        auto *name = modal->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name) {
            qobject_cast<QDialog *>(modal)->reject();
            return;
        }
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    m_window->findChild<QAction *>(QStringLiteral("newDatabaseAction"))->trigger();
    QCOMPARE(m_window->databasePath(), path);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("new.sqlite")));
    QCOMPARE(m_window->records()->incidents().size(), 0);
    // New refuses an existing file and leaves it alone.
    const QByteArray before = checksum(m_path);
    QString message;
    whenModal(QStringLiteral("createErrorMessageBox"), [&](QWidget *box) {
        message = qobject_cast<QMessageBox *>(box)->informativeText();
        qobject_cast<QMessageBox *>(box)->accept();
    });
    m_window->createDatabaseInteractively(m_path);
    QVERIFY(!message.isEmpty());
    QCOMPARE(m_window->databasePath(), path);
    QCOMPARE(checksum(m_path), before);
}

void TestMainWindow::newIncidentFromContractIsPrefilled()
{
    const auto records = m_window->records();
    const Contract *tessi = nullptr;
    for (const Contract &contract : records->contracts()) {
        for (const ContractHolder &holder : contract.holders) {
            if (holder.name == QLatin1String("TESSI"))
                tessi = &contract;
        }
    }
    QVERIFY(tessi);
    QVERIFY(m_window->selectRecord(MainWindow::View::Contracts, tessi->id));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("newIncidentAction"));
    QVERIFY(action->isEnabled());
    QVERIFY(action->text().contains(tessi->reference));
    QString subcontractor;
    RowId contractId = 0;
    whenModal(QStringLiteral("incidentDialog"), [&](QWidget *dialog) {
        subcontractor = dialog->findChild<QComboBox *>(QStringLiteral("subcontractorComboBox"))->currentText();
        contractId = dialog->findChild<QComboBox *>(QStringLiteral("contractComboBox"))->currentData().toLongLong();
        saveScreenshot(dialog, "incidentdialog.png");
        qobject_cast<QDialog *>(dialog)->reject();
    });
    action->trigger();
    QCOMPARE(subcontractor, QStringLiteral("TESSI"));
    QCOMPARE(contractId, tessi->id);

    // From the subcontractors view, the subcontractor is filled in; typing a title and OK saves.
    const RowId majorelId = [&] {
        for (const Organisation &organisation : records->subcontractors()) {
            if (organisation.name == QLatin1String("Majorel"))
                return organisation.id;
        }
        return RowId(0);
    }();
    QVERIFY(m_window->selectRecord(MainWindow::View::Subcontractors, majorelId));
    whenModal(QStringLiteral("incidentDialog"), [&](QWidget *dialog) {
        subcontractor = dialog->findChild<QComboBox *>(QStringLiteral("subcontractorComboBox"))->currentText();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleLineEdit")),
                         QStringLiteral("Nouvelle alerte"));
        qobject_cast<QDialog *>(dialog)->accept();
    });
    const int before = int(records->incidents().size());
    action->trigger();
    QCOMPARE(subcontractor, QStringLiteral("Majorel"));
    QCOMPARE(int(m_window->records()->incidents().size()), before + 1);
    // The window shows the new incident, selected.
    QCOMPARE(m_window->currentView(), MainWindow::View::Incidents);
    QCOMPARE(m_window->records()->incident(m_window->selectedId())->title, QStringLiteral("Nouvelle alerte"));
}

void TestMainWindow::deleteAsksForConfirmation()
{
    const auto records = m_window->records();
    const int before = int(records->incidents().size());
    const RowId id = records->incidents().first().id;
    QVERIFY(m_window->selectRecord(MainWindow::View::Incidents, id));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("deleteIncidentAction"));
    QVERIFY(action->isEnabled());
    QString question;
    whenModal(QStringLiteral("confirmDeleteMessageBox"), [&](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
        QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    action->trigger();
    QVERIFY(question.contains(records->incident(id)->title));
    QCOMPARE(int(m_window->records()->incidents().size()), before);

    whenModal(QStringLiteral("confirmDeleteMessageBox"), [&](QWidget *box) {
        QTest::mouseClick(qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes), Qt::LeftButton);
    });
    action->trigger();
    QCOMPARE(int(m_window->records()->incidents().size()), before - 1);
    QVERIFY(!m_window->records()->incident(id));
}

void TestMainWindow::settingsRemembered()
{
    m_window->setCurrentView(MainWindow::View::Sources);
    m_window->resize(1211, 699);
    QTest::qWait(50);
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QCOMPARE(m_window->currentView(), MainWindow::View::Sources);
    QCOMPARE(m_window->size(), QSize(1211, 699));
    QCOMPARE(QSettings().value(QStringLiteral("Database/last")).toString(), QFileInfo(m_path).absoluteFilePath());
}

// The three panes keep sizes a user can work with from page to page and across restarts: the navigation list
// shows its names whole, without a scroll bar, and the details end inside the window, whatever the text of
// a page (the All public contracts page's count can be a long sentence, in French longer still).
void TestMainWindow::panesKeepSensibleSizes()
{
    m_window->resize(1024, 700);
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(navigation && splitter);
    auto panesAreSensible = [&](const char *where) {
        QTest::qWait(50);
        const QString context = QLatin1String(where);
        for (int row = 0; row < navigation->count(); ++row) {
            const QRect item = navigation->visualItemRect(navigation->item(row));
            const int text = navigation->fontMetrics().horizontalAdvance(navigation->item(row)->text());
            if (item.width() < text || item.right() > navigation->viewport()->width())
                return context + QStringLiteral(": \"%1\" is cut").arg(navigation->item(row)->text());
        }
        // The window is as wide as asked: no page's minimum widens it past the screen.
        if (m_window->width() != 1024)
            return context + QStringLiteral(": the window grew to %1").arg(m_window->width());
        if (navigation->horizontalScrollBar()->isVisible())
            return context + QStringLiteral(": the navigation list scrolls");
        const QWidget *detail = splitter->widget(2);
        if (detail->isVisible()) {
            const int right = detail->mapTo(m_window.get(), QPoint(detail->width(), 0)).x();
            if (right > m_window->width() || detail->width() < detail->minimumWidth())
                return context
                    + QStringLiteral(": the details end at %1 in a window %2 wide").arg(right).arg(m_window->width());
        }
        return QString();
    };
    QString problem = panesAreSensible("subcontractors");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QList<int> before = splitter->sizes();
    m_window->setCurrentView(MainWindow::View::OpenData);
    QVERIFY(m_window->openDataView());
    // The count the page shows when a national import matches more than it lists, at the length of its French.
    auto *count = m_window->openDataView()->findChild<QLabel *>(QStringLiteral("openDataCountLabel"));
    QVERIFY(count);
    count->setText(QStringLiteral("Plus de 10 000 marchés correspondent : les 10 000 importés le plus récemment sont "
                                  "affichés, sans tri. Ajoutez des mots pour affiner la recherche."));
    problem = panesAreSensible("all public contracts");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window->setCurrentView(MainWindow::View::Charts);
    problem = panesAreSensible("charts");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window->setCurrentView(MainWindow::View::Subcontractors);
    problem = panesAreSensible("back to subcontractors");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(splitter->sizes(), before);

    // Across a restart, from the All public contracts page.
    m_window->setCurrentView(MainWindow::View::OpenData);
    QTest::qWait(50);
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->openDatabase(m_path, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QCOMPARE(m_window->size(), QSize(1024, 700));
    problem = panesAreSensible("after a restart");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window->setCurrentView(MainWindow::View::Subcontractors);
    QTest::qWait(50);
    QCOMPARE(splitter->sizes(), before);
}

// A large database opens at once, read-only until its quick_check, run in the background, has passed; a
// damaged one stays read-only, says so, and is not written to, while a backup can still be restored.
void TestMainWindow::largeDatabaseCheckedInBackground()
{
    const qint64 limit = Database::checkNowUpTo();
    Database::setCheckNowUpTo(0); // every file counts as large
    const auto restoreLimit = qScopeGuard([limit] { Database::setCheckNowUpTo(limit); });
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    auto *newIncident = m_window->findChild<QAction *>(QStringLiteral("newIncidentAction"));
    auto *restore = m_window->findChild<QAction *>(QStringLiteral("restoreAction"));
    QVERIFY(label && newIncident && restore);

    QString error;
    QVERIFY2(m_window->openDatabase(m_path, &error), qPrintable(error));
    // Browsable at once; the check's answer arrives through the event loop.
    QVERIFY(m_window->records() && !m_window->records()->incidents().isEmpty());
    QVERIFY(!newIncident->isEnabled());
    QVERIFY2(label->text().contains(QStringLiteral("checking")), qPrintable(label->text()));
    QTRY_VERIFY(newIncident->isEnabled());
    QVERIFY(!label->text().contains(QStringLiteral("checking")));

    const QString damaged = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(makeDemo(damaged));
    QVERIFY(damageIndexPage(damaged, QStringLiteral("history_action")));
    const QByteArray before = checksum(damaged);
    bool warned = false;
    whenModal(
        QStringLiteral("damagedDatabaseMessageBox"),
        [](QWidget *box) {
            QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(QStringLiteral("damaged.sqlite")));
            clickMessageBox(box, QMessageBox::Ok);
        },
        &warned);
    QVERIFY2(m_window->openDatabase(damaged, &error), qPrintable(error));
    QTRY_VERIFY(warned);
    QVERIFY2(label->text().contains(QStringLiteral("damaged")), qPrintable(label->text()));
    QVERIFY(!newIncident->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("importDecpAction"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("backUpAction"))->isEnabled());
    // Nothing else that writes: new and edit of every kind of record.
    for (const char *name : {"newSubcontractorAction", "editSubcontractorAction", "newTaskAction", "editTaskAction",
                             "newSourceAction", "editSourceAction"}) {
        auto *writing = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(writing && !writing->isEnabled(), name);
    }
    // Nor through the entry points a double click or a context menu uses: no dialog opens.
    m_window->setCurrentView(MainWindow::View::Tasks);
    QCOMPARE(m_window->newTask(), RowId(0));
    QVERIFY(restore->isEnabled());
    QVERIFY(!m_window->backUpIfDue());
    m_window.reset();
    QCOMPARE(checksum(damaged), before);
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
