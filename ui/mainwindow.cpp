#include "mainwindow.h"

#include "charts/chartsview.h"
#include "csvmappingdialog.h"
#include "databasesession.h"
#include "decp/decpcsvreader.h"
#include "decpimportdialog.h"
#include "deletedincidentsdialog.h"
#include "export/tableexportworker.h"
#include "incidentdialog.h"
#include "models/contracttablemodel.h"
#include "models/contractwindowmodel.h"
#include "models/incidenttablemodel.h"
#include "models/recordfilterproxymodel.h"
#include "models/recordset.h"
#include "models/sourcetablemodel.h"
#include "models/subcontractortablemodel.h"
#include "models/tasktablemodel.h"
#include "opendataview.h"
#include "operations/backuppolicy.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "restoredialog.h"
#include "sourcedialog.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/decpimporter.h"
#include "storage/history.h"
#include "storage/repository.h"
#include "subcontractordialog.h"
#include "taskdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vigie {

namespace {

// The year spin boxes show "any" at their minimum.
constexpr int kAnyYear = 1989;
constexpr int kLastYear = 2100;
constexpr int kMaxColumnWidth = 260;

const char *const kViewNames[] = {"subcontractors", "contracts", "tasks", "incidents", "sources", "charts", "opendata"};

// A name shown in a menu entry: its "&" kept as such rather than taken for a shortcut ("Ernst & Young").
QString menuText(QString name)
{
    return name.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString settingsKey(const char *key)
{
    return QStringLiteral("MainWindow/") + QLatin1String(key);
}

const QString kLastDatabaseKey = QStringLiteral("Database/last");
const QString kExportDirectoryKey = QStringLiteral("MainWindow/exportDirectory");
const QString kImportDirectoryKey = QStringLiteral("MainWindow/importDirectory");

// Where a file dialog starts: the folder remembered under `key`, else `fallback`, else home, whichever exists
// (a missing folder would be taken for a file name).
QString startDirectory(const QString &key, QStandardPaths::StandardLocation fallback)
{
    for (const QString &candidate : {QSettings().value(key).toString(), QStandardPaths::writableLocation(fallback)}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir())
            return candidate;
    }
    return QDir::homePath();
}

// Busy cursor for work the user waits for (an integrity check, a backup).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vigie"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_session = new DatabaseSession(this);
    connect(m_session, &DatabaseSession::checkFinished, this, &MainWindow::checkFinished);
    connect(m_session, &DatabaseSession::aboutToClose, this, [this] {
        stopOpenDataExport(); // the export of the database being closed
        deleteChartsView();
        deleteOpenDataView();
    });
    connect(m_session, &DatabaseSession::dailyBackupMade, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Daily backup made: %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    // Not a modal box at start-up: the status bar says it, and the next hourly check tries again.
    connect(m_session, &DatabaseSession::dailyBackupFailed, this,
            [this](const QString &error) { statusBar()->showMessage(tr("The daily backup failed: %1").arg(error)); });
    m_history.changed = [this](EditedKind kind, RowId id) {
        reload();
        // Shown where it came back, unless the user is looking at the charts, which show it their way.
        if (id == 0 || currentView() == View::Charts)
            return;
        switch (kind) {
        case EditedKind::Incident:
            selectRecord(View::Incidents, id);
            break;
        case EditedKind::Subcontractor:
            selectRecord(View::Subcontractors, id);
            break;
        case EditedKind::Task:
            selectRecord(View::Tasks, id);
            break;
        case EditedKind::Source:
            selectRecord(View::Sources, id);
            break;
        }
    };
    m_history.failed = [this](const QString &message) {
        QMessageBox box(QMessageBox::Critical, tr("The change was not made"), message, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("editErrorMessageBox"));
        box.setInformativeText(tr("The database was left as it was."));
        box.exec();
    };
    createActions();
    createWidgets();
    readSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // An import still running is cancelled (nothing kept) before the window goes.
    delete m_importDialog;
    m_undoStack->clear();
    closeDatabase();
}

void MainWindow::createActions()
{
    auto makeAction = [this](const QString &text, const char *objectName) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(objectName));
        return action;
    };
    m_newDatabaseAction = makeAction(tr("&New database..."), "newDatabaseAction");
    m_newDatabaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newDatabaseAction->setStatusTip(tr("Create an empty Vigie database in a new file"));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToCreate);
    m_openDatabaseAction = makeAction(tr("&Open database..."), "openDatabaseAction");
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    m_openDatabaseAction->setStatusTip(tr("Open an existing Vigie database; nothing is created"));
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    m_importDecpAction = makeAction(tr("&Import DECP..."), "importDecpAction");
    m_importDecpAction->setStatusTip(
        tr("Import public-contract open data (DECP: JSON, XML or CSV); the database is backed up first"));
    connect(m_importDecpAction, &QAction::triggered, this, &MainWindow::chooseDecpFiles);
    m_exportTableAction = makeAction(tr("&Export table..."), "exportTableAction");
    m_exportTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportTableAction->setStatusTip(tr("Save the rows shown, filtered and sorted as shown, as CSV or JSON"));
    connect(m_exportTableAction, &QAction::triggered, this, &MainWindow::chooseTableExport);
    m_quitAction = makeAction(tr("&Quit"), "quitAction");
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Own actions rather than QUndoStack's: they must also stay off while the database cannot be written.
    m_undoAction = makeAction(tr("&Undo"), "undoAction");
    m_undoAction->setShortcuts(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    m_redoAction = makeAction(tr("&Redo"), "redoAction");
    m_redoAction->setShortcuts(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateActions);
    m_preferencesAction = makeAction(tr("&Preferences..."), "preferencesAction");
    m_preferencesAction->setShortcuts(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_newIncidentAction = makeAction(tr("&New incident..."), "newIncidentAction");
    // The menu names the row the incident starts from; the tool bar keeps a short, steady label.
    m_newIncidentAction->setIconText(tr("New incident"));
    m_newIncidentAction->setShortcut(QKeySequence::New);
    m_newIncidentAction->setStatusTip(
        tr("Enter an incident by hand; from a subcontractor or a contract, it starts filled in"));
    connect(m_newIncidentAction, &QAction::triggered, this, [this] {
        // Started from a subcontractor's or a contract's row, the incident starts linked to it.
        const auto [subcontractorId, contractId] = rowContext();
        newIncident(subcontractorId, contractId);
    });
    m_editIncidentAction = makeAction(tr("&Edit incident..."), "editIncidentAction");
    m_editIncidentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editIncidentAction, &QAction::triggered, this, [this] { editIncident(selectedId()); });
    m_deleteIncidentAction = makeAction(tr("&Delete incident..."), "deleteIncidentAction");
    m_deleteIncidentAction->setShortcut(QKeySequence::Delete);
    // Delete acts on the incidents table only, never on text being edited elsewhere.
    m_deleteIncidentAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteIncidentAction, &QAction::triggered, this, [this] { deleteIncident(selectedId()); });
    m_deletedIncidentsAction = makeAction(tr("Dele&ted incidents..."), "deletedIncidentsAction");
    m_deletedIncidentsAction->setStatusTip(tr("List the incidents deleted in Vigie and bring one back"));
    connect(m_deletedIncidentsAction, &QAction::triggered, this, &MainWindow::showDeletedIncidents);
    m_newSubcontractorAction = makeAction(tr("&New subcontractor..."), "newSubcontractorAction");
    m_newSubcontractorAction->setStatusTip(
        tr("Add a company work is handed to; its SIREN links it to the public-contract open data"));
    connect(m_newSubcontractorAction, &QAction::triggered, this, [this] { newSubcontractor(); });
    m_editSubcontractorAction = makeAction(tr("&Edit subcontractor..."), "editSubcontractorAction");
    m_editSubcontractorAction->setStatusTip(
        tr("Change the selected subcontractor: its identifier, its group, whether its group is watched"));
    connect(m_editSubcontractorAction, &QAction::triggered, this, [this] { editSubcontractor(selectedId()); });
    m_deleteSubcontractorAction = makeAction(tr("&Delete subcontractor..."), "deleteSubcontractorAction");
    m_deleteSubcontractorAction->setStatusTip(
        tr("Delete the selected subcontractor, when no contract, task or incident names it"));
    connect(m_deleteSubcontractorAction, &QAction::triggered, this, [this] { deleteSubcontractor(selectedId()); });
    m_newTaskAction = makeAction(tr("&New delegated task..."), "newTaskAction");
    m_newTaskAction->setStatusTip(
        tr("Record work a subcontractor does and the personal data it touches; from a subcontractor or a "
           "contract, it starts filled in"));
    connect(m_newTaskAction, &QAction::triggered, this, [this] {
        const auto [subcontractorId, contractId] = rowContext();
        newTask(subcontractorId, contractId);
    });
    m_editTaskAction = makeAction(tr("&Edit delegated task..."), "editTaskAction");
    m_editTaskAction->setStatusTip(tr("Change the selected task: its dates, its contract, the personal data it "
                                      "touches, its sources"));
    connect(m_editTaskAction, &QAction::triggered, this, [this] { editTask(selectedId()); });
    m_deleteTaskAction = makeAction(tr("&Delete delegated task..."), "deleteTaskAction");
    m_deleteTaskAction->setStatusTip(tr("Delete the selected task, when no incident names it"));
    connect(m_deleteTaskAction, &QAction::triggered, this, [this] { deleteTask(selectedId()); });
    m_newSourceAction = makeAction(tr("New &source..."), "newSourceAction");
    m_newSourceAction->setIconText(tr("New source"));
    m_newSourceAction->setStatusTip(tr("Add a document facts come from: press release, leaflet, article..."));
    connect(m_newSourceAction, &QAction::triggered, this, &MainWindow::newSource);
    m_editSourceAction = makeAction(tr("&Edit source..."), "editSourceAction");
    m_editSourceAction->setStatusTip(tr("Correct the selected source: its title, date, address; the facts citing "
                                        "it stay linked"));
    connect(m_editSourceAction, &QAction::triggered, this, [this] { editSource(selectedId()); });
    m_deleteSourceAction = makeAction(tr("&Delete source..."), "deleteSourceAction");
    m_deleteSourceAction->setStatusTip(tr("Delete the selected source, when no fact cites it"));
    connect(m_deleteSourceAction, &QAction::triggered, this, [this] { deleteSource(selectedId()); });
    // Delete acts on each table only, never on text being edited elsewhere.
    for (QAction *action : {m_deleteSubcontractorAction, m_deleteTaskAction, m_deleteSourceAction}) {
        action->setShortcut(QKeySequence::Delete);
        action->setShortcutContext(Qt::WidgetShortcut);
    }

    m_checkIntegrityAction = makeAction(tr("&Check database integrity"), "checkIntegrityAction");
    m_checkIntegrityAction->setStatusTip(tr("Read the whole database file and check every link between records"));
    connect(m_checkIntegrityAction, &QAction::triggered, this, &MainWindow::checkIntegrityInteractively);
    m_backUpAction = makeAction(tr("&Back up now"), "backUpAction");
    m_backUpAction->setStatusTip(tr("Save a copy of the database beside it, in its backups folder"));
    connect(m_backUpAction, &QAction::triggered, this, &MainWindow::backUpInteractively);
    m_restoreAction = makeAction(tr("&Restore from backup..."), "restoreAction");
    m_restoreAction->setStatusTip(tr("Replace the database with one of its backups, after showing what it holds"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::chooseBackupToRestore);

    m_aboutAction = makeAction(tr("&About Vigie"), "aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newDatabaseAction);
    fileMenu->addAction(m_openDatabaseAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importDecpAction);
    fileMenu->addAction(m_exportTableAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_preferencesAction);
    QMenu *incidentMenu = menuBar()->addMenu(tr("&Incident"));
    incidentMenu->setObjectName(QStringLiteral("incidentMenu"));
    incidentMenu->addAction(m_newIncidentAction);
    incidentMenu->addAction(m_editIncidentAction);
    incidentMenu->addAction(m_deleteIncidentAction);
    incidentMenu->addSeparator();
    incidentMenu->addAction(m_deletedIncidentsAction);
    QMenu *subcontractorMenu = menuBar()->addMenu(tr("Su&bcontractor"));
    subcontractorMenu->setObjectName(QStringLiteral("subcontractorMenu"));
    subcontractorMenu->addAction(m_newSubcontractorAction);
    subcontractorMenu->addAction(m_editSubcontractorAction);
    subcontractorMenu->addAction(m_deleteSubcontractorAction);
    QMenu *taskMenu = menuBar()->addMenu(tr("Tas&k"));
    taskMenu->setObjectName(QStringLiteral("taskMenu"));
    taskMenu->addAction(m_newTaskAction);
    taskMenu->addAction(m_editTaskAction);
    taskMenu->addAction(m_deleteTaskAction);
    QMenu *sourceMenu = menuBar()->addMenu(tr("&Source"));
    sourceMenu->setObjectName(QStringLiteral("sourceMenu"));
    sourceMenu->addAction(m_newSourceAction);
    sourceMenu->addAction(m_editSourceAction);
    sourceMenu->addAction(m_deleteSourceAction);
    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    toolsMenu->addAction(m_checkIntegrityAction);
    toolsMenu->addSeparator();
    toolsMenu->addAction(m_backUpAction);
    toolsMenu->addAction(m_restoreAction);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setMovable(false);
    toolBar->addAction(m_newIncidentAction);
    toolBar->addAction(m_editIncidentAction);
    toolBar->addAction(m_deleteIncidentAction);
    toolBar->addSeparator();
    toolBar->addAction(m_newSourceAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
}

QTableView *MainWindow::createTable(const QString &objectName, RecordTableModel *model, RecordFilterProxyModel *proxy)
{
    proxy->setSourceModel(model);
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setHighlightSections(false);
    // No sort column until the user picks one: the repository's order (newest incidents first) stands.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    // selectionChanged, not currentRowChanged: a click moves the current index before it selects.
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(view, &QTableView::customContextMenuRequested, this,
            [this](const QPoint &position) { showContextMenu(currentView(), position); });
    return view;
}
void MainWindow::createWidgets()
{
    m_pages[0] = {new SubcontractorTableModel(this), new RecordFilterProxyModel(this), nullptr};
    m_pages[1] = {new ContractTableModel(this), new RecordFilterProxyModel(this), nullptr};
    m_pages[2] = {new TaskTableModel(this), new RecordFilterProxyModel(this), nullptr};
    m_pages[3] = {new IncidentTableModel(this), new RecordFilterProxyModel(this), nullptr};
    m_pages[4] = {new SourceTableModel(this), new RecordFilterProxyModel(this), nullptr};

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    const QStringList titles = {tr("Subcontractors"), tr("Contracts"), tr("Delegated tasks"),     tr("Incidents"),
                                tr("Sources"),        tr("Charts"),    tr("All public contracts")};
    m_navigation->addItems(titles);
    m_navigation->setSpacing(2);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    // Wide enough for its longest name in the language shown (French runs longer): never cut, never scrolled,
    // whatever another pane asks for.
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int longest = 0;
    for (const QString &title : titles)
        longest = std::max(longest, QFontMetrics(navigationFont).horizontalAdvance(title));
    const int navigationWidth = longest + 2 * m_navigation->frameWidth() + 4 * m_navigation->spacing()
        + 3 * m_navigation->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    m_navigation->setMinimumWidth(navigationWidth);
    m_navigation->setMaximumWidth(std::max(220, navigationWidth + 60));

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("viewsStackedWidget"));
    // A stacked widget is as wide as its widest page at least: the charts' filter bar would keep the table
    // pages that wide, squeeze the navigation and push the details past the window's edge. Only the page
    // shown counts.
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_stack->count(); ++i) {
            const auto policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_stack->widget(i)->setSizePolicy(policy, policy);
        }
    });
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        Page &page = m_pages[i];
        page.view = createTable(QLatin1String(kViewNames[i]) + QStringLiteral("TableView"), page.model, page.proxy);
        m_stack->addWidget(page.view);
    }
    // The charts and open-data pages hold a view of the open database, made when first shown; until then
    // a placeholder says what they are for.
    auto addDeferredPage = [this](const char *objectName, const QString &placeholder, QLabel **label) {
        auto *page = new QWidget;
        page->setObjectName(QLatin1String(objectName));
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        *label = new QLabel(placeholder);
        (*label)->setAlignment(Qt::AlignCenter);
        layout->addWidget(*label);
        m_stack->addWidget(page);
        return page;
    };
    m_chartsPage = addDeferredPage("chartsPage", tr("Open a database to see its charts."), &m_chartsPlaceholder);
    m_openDataPage
        = addDeferredPage("openDataPage", tr("Open a database to browse its contracts."), &m_openDataPlaceholder);
    page(View::Incidents).view->addAction(m_deleteIncidentAction);
    page(View::Subcontractors).view->addAction(m_deleteSubcontractorAction);
    page(View::Tasks).view->addAction(m_deleteTaskAction);
    page(View::Sources).view->addAction(m_deleteSourceAction);
    connect(page(View::Incidents).view, &QTableView::doubleClicked, this, [this] { editIncident(selectedId()); });
    connect(page(View::Subcontractors).view, &QTableView::doubleClicked, this,
            [this] { editSubcontractor(selectedId()); });
    connect(page(View::Tasks).view, &QTableView::doubleClicked, this, [this] { editTask(selectedId()); });
    connect(page(View::Sources).view, &QTableView::doubleClicked, this, [this] { editSource(selectedId()); });

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search all columns..."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilters);

    m_subcontractorFilter = new QComboBox;
    m_subcontractorFilter->setObjectName(QStringLiteral("subcontractorFilterComboBox"));
    m_subcontractorFilter->setToolTip(tr("Show only what concerns this subcontractor (its subsidiaries included)"));
    m_subcontractorFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subcontractorFilter->setMinimumContentsLength(12);
    connect(m_subcontractorFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    m_buyerFilter = new QComboBox;
    m_buyerFilter->setObjectName(QStringLiteral("buyerFilterComboBox"));
    m_buyerFilter->setToolTip(tr("Show only what concerns this buyer"));
    m_buyerFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_buyerFilter->setMinimumContentsLength(12);
    connect(m_buyerFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);

    auto makeYear = [this](const char *objectName) {
        auto *spin = new QSpinBox;
        spin->setObjectName(QLatin1String(objectName));
        spin->setRange(kAnyYear, kLastYear);
        spin->setSpecialValueText(tr("any"));
        spin->setValue(kAnyYear);
        spin->setToolTip(tr("Rows whose dates fall in this period; rows with no known date are hidden while a "
                            "period is set"));
        connect(spin, &QSpinBox::valueChanged, this, &MainWindow::applyFilters);
        return spin;
    };
    m_fromYear = makeYear("fromYearSpinBox");
    m_toYear = makeYear("toYearSpinBox");
    auto *clear = new QPushButton(tr("Clear filters"));
    clear->setObjectName(QStringLiteral("clearFiltersPushButton"));
    connect(clear, &QPushButton::clicked, this, &MainWindow::clearFilters);

    m_filterBar = new QWidget;
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    auto *filterBar = new QHBoxLayout(m_filterBar);
    filterBar->setContentsMargins(0, 0, 0, 0);
    filterBar->addWidget(m_search, 3);
    auto *subcontractorLabel = new QLabel(tr("Sub&contractor:"));
    subcontractorLabel->setBuddy(m_subcontractorFilter);
    filterBar->addWidget(subcontractorLabel);
    filterBar->addWidget(m_subcontractorFilter, 1);
    auto *buyerLabel = new QLabel(tr("&Buyer:"));
    buyerLabel->setBuddy(m_buyerFilter);
    filterBar->addWidget(buyerLabel);
    filterBar->addWidget(m_buyerFilter, 1);
    auto *fromLabel = new QLabel(tr("Fro&m:"));
    fromLabel->setBuddy(m_fromYear);
    filterBar->addWidget(fromLabel);
    filterBar->addWidget(m_fromYear);
    auto *toLabel = new QLabel(tr("t&o:"));
    toLabel->setBuddy(m_toYear);
    filterBar->addWidget(toLabel);
    filterBar->addWidget(m_toYear);
    filterBar->addWidget(clear);

    m_rowCount = new QLabel;
    m_rowCount->setObjectName(QStringLiteral("rowCountLabel"));

    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_stack, 1);
    centreLayout->addWidget(m_rowCount);

    m_detail = new DetailPanel;
    m_detail->setObjectName(QStringLiteral("detailTextBrowser"));
    m_detail->setMinimumWidth(220);
    connect(m_detail, &DetailPanel::recordActivated, this, &MainWindow::recordActivated);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({150, 760, 370});
    m_splitter->setChildrenCollapsible(false);
    // The filters span the window: they apply to every view, and the panes below stay narrow enough
    // for a small screen.
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    centralLayout->addWidget(m_filterBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::viewChanged);
    m_navigation->setCurrentRow(int(View::Incidents));

    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    fillFilterChoices();
}

void MainWindow::viewChanged(int row)
{
    if (row < 0)
        return;
    const bool charts = View(row) == View::Charts;
    const bool openData = View(row) == View::OpenData;
    // Saved before the details hide, so that the panes come back as the user left them.
    if (charts && m_detail->isVisible())
        m_tableSplitterState = m_splitter->saveState();
    m_stack->setCurrentIndex(row);
    // The charts have their own filters and need the width; the table filters and details do not apply.
    // The open-data page has its own search and count: the filters of the followed records do not apply.
    m_filterBar->setVisible(!charts && !openData);
    m_detail->setVisible(!charts);
    if (!charts && !m_tableSplitterState.isEmpty()) {
        // The panes as the user left them before the charts took the width (once the details are shown: the
        // splitter lays a child out anew when it comes back).
        QTimer::singleShot(0, this, [this] {
            if (m_detail->isVisible() && !m_tableSplitterState.isEmpty()) {
                m_splitter->restoreState(m_tableSplitterState);
                m_tableSplitterState.clear();
            }
        });
    }
    m_rowCount->setVisible(!charts && !openData);
    if (openData)
        openDataView();
    if (charts && chartsView() && m_chartsStale) {
        m_chartsStale = false;
        m_charts->reload();
    }
    updateDetail();
    updateActions();
    updateRowCount();
}

ChartsView *MainWindow::chartsView()
{
    if (!m_charts && m_session->database()) {
        m_charts = new ChartsView(m_session->database()->connection(), m_chartsPage);
        m_charts->setObjectName(QStringLiteral("chartsView"));
        m_chartsPage->layout()->addWidget(m_charts);
        m_chartsPlaceholder->hide();
        m_chartsStale = false;
    }
    return m_charts;
}

OpenDataView *MainWindow::openDataView()
{
    if (!m_openData && m_session->database()) {
        m_openData = new OpenDataView(m_session->database()->connection(), m_openDataPage);
        m_openData->setObjectName(QStringLiteral("openDataView"));
        m_openDataPage->layout()->addWidget(m_openData);
        m_openDataPlaceholder->hide();
        connect(m_openData, &OpenDataView::selectionChanged, this, &MainWindow::updateDetail);
    }
    return m_openData;
}

void MainWindow::deleteOpenDataView()
{
    // At once, like the charts: its model holds queries on the connection.
    delete m_openData;
    m_openData = nullptr;
    m_openDataPlaceholder->show();
}

void MainWindow::deleteChartsView()
{
    // At once, not later: it holds a handle on the connection, which must go before its database closes.
    delete m_charts;
    m_charts = nullptr;
    m_chartsStale = false;
    m_chartsPlaceholder->show();
}

void MainWindow::refreshCharts()
{
    if (!m_charts)
        return;
    // Hidden charts are redrawn when next shown, not at every edit.
    if (currentView() == View::Charts)
        m_charts->reload();
    else
        m_chartsStale = true;
}

bool MainWindow::openDatabase(const QString &path, QString *error, bool readOnly)
{
    QString openError;
    std::unique_ptr<Database> database = DatabaseSession::open(path, readOnly, &openError);
    if (!database) {
        if (error)
            *error = openError;
        return false;
    }
    return showDatabase(std::move(database), error);
}

bool MainWindow::createDatabase(const QString &path, bool withDemoData, QString *error)
{
    QString createError;
    std::unique_ptr<Database> database = DatabaseSession::create(path, withDemoData, &createError);
    if (!database) {
        if (error)
            *error = createError;
        return false;
    }
    return showDatabase(std::move(database), error);
}

bool MainWindow::showDatabase(std::unique_ptr<Database> database, QString *error)
{
    if (m_importDialog && m_importDialog->isRunning()) {
        if (error)
            *error = tr("an import is running into the open database; wait for it to end or cancel it first");
        return false;
    }
    auto repository = std::make_unique<Repository>(database->connection());
    QString loadError;
    std::shared_ptr<const RecordSet> records = RecordSet::load(*repository, &loadError);
    if (!records) {
        if (error)
            *error = loadError;
        return false;
    }
    // Edits of the previous database cannot be undone in this one.
    m_undoStack->clear();
    if (m_session->isOpen())
        m_session->close(); // its charts, open-data page and export go with it (aboutToClose)
    m_session->adopt(std::move(database), std::move(repository));
    m_history.setRepository(m_session->repository());
    m_records = records;
    for (Page &page : m_pages)
        page.model->setRecordSet(m_records);
    fillFilterChoices();
    applyFilters();
    for (Page &page : m_pages) {
        if (page.columnsSized || page.model->rowCount() == 0)
            continue;
        page.columnsSized = true;
        page.view->resizeColumnsToContents();
        for (int column = 0; column < page.model->columnCount(); ++column) {
            if (page.view->columnWidth(column) > kMaxColumnWidth)
                page.view->setColumnWidth(column, kMaxColumnWidth);
        }
    }
    // A first row selected, so the detail panel shows something from the start.
    for (Page &page : m_pages) {
        if (page.proxy->rowCount() > 0 && !page.view->selectionModel()->hasSelection())
            page.view->selectRow(0);
    }
    if (currentView() == View::Charts)
        chartsView();
    else if (currentView() == View::OpenData)
        openDataView();
    const QFileInfo file(m_session->database()->path());
    updateTitle();
    setWindowFilePath(m_session->database()->path());
    updateDatabaseLabel();
    QSettings().setValue(kLastDatabaseKey, file.absoluteFilePath());
    updateDetail();
    updateActions();
    if (m_session->isCheckPending())
        statusBar()->showMessage(tr("Checking the database for damage; editing is possible once it is done..."));
    return true;
}

void MainWindow::updateDatabaseLabel()
{
    if (!m_session->database()) {
        m_databaseLabel->clear();
        return;
    }
    const QString path = QDir::toNativeSeparators(QFileInfo(m_session->database()->path()).absoluteFilePath());
    if (m_session->isDamaged())
        m_databaseLabel->setText(tr("%1 (damaged, read-only)").arg(path));
    else if (m_session->isCheckPending())
        m_databaseLabel->setText(tr("%1 (checking...)").arg(path));
    else if (m_session->database()->isReadOnly())
        m_databaseLabel->setText(tr("%1 (read-only)").arg(path));
    else
        m_databaseLabel->setText(path);
}

void MainWindow::checkFinished(const QString &path, const QStringList &problems)
{
    updateDatabaseLabel();
    updateActions();
    if (problems.isEmpty()) {
        statusBar()->showMessage(tr("Database checked: no damage found."), 5000);
        return;
    }
    statusBar()->clearMessage();
    QMessageBox box(QMessageBox::Warning, tr("The database is damaged"),
                    tr("%1 is damaged. It stays open read-only: nothing will be written to it.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("damagedDatabaseMessageBox"));
    box.setInformativeText(tr("Restore a backup (Tools > Restore from backup...) or copy what you can read."));
    box.setDetailedText(problems.mid(0, 20).join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::closeDatabase()
{
    m_history.setRepository(nullptr);
    m_session->close();
}

void MainWindow::updateTitle()
{
    if (!m_session->database()) {
        setWindowTitle(tr("Vigie"));
        return;
    }
    const QString name = QFileInfo(m_session->database()->path()).fileName();
    setWindowTitle(m_session->database()->isReadOnly() ? tr("%1 (read-only) — Vigie").arg(name)
                                                       : tr("%1 — Vigie").arg(name));
}

QString MainWindow::databasePath() const
{
    return m_session->database() ? m_session->database()->path() : QString();
}

bool MainWindow::isEditable() const
{
    return m_session->canWrite();
}
void MainWindow::openDatabaseInteractively(const QString &path)
{
    QString error;
    if (openDatabase(path, &error))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"),
                    tr("Vigie cannot open %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("openErrorMessageBox"));
    box.setInformativeText(m_session->database() ? tr("%1\n\nThe file was left as it is; %2 stays open.")
                                                       .arg(error, QFileInfo(m_session->database()->path()).fileName())
                                                 : tr("%1\n\nThe file was left as it is.").arg(error));
    box.exec();
}

void MainWindow::createDatabaseInteractively(const QString &path)
{
    QString error;
    if (createDatabase(path, false, &error))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cannot create the database"),
                    tr("Vigie cannot create %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("createErrorMessageBox"));
    box.setInformativeText(error);
    box.exec();
}

void MainWindow::chooseDatabaseToOpen()
{
    QFileDialog dialog(this, tr("Open a Vigie database"),
                       m_session->database() ? QFileInfo(m_session->database()->path()).absolutePath()
                                             : QDir::homePath(),
                       tr("Vigie databases (*.sqlite *.vigie *.db);;All files (*)"));
    dialog.setObjectName(QStringLiteral("openDatabaseFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    openDatabaseInteractively(dialog.selectedFiles().constFirst());
}

void MainWindow::chooseDatabaseToCreate()
{
    QFileDialog dialog(this, tr("New Vigie database"),
                       m_session->database() ? QFileInfo(m_session->database()->path()).absolutePath()
                                             : QDir::homePath(),
                       tr("Vigie databases (*.sqlite)"));
    dialog.setObjectName(QStringLiteral("newDatabaseFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    // Database::create refuses an existing file with a clear message; no overwrite to confirm.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    createDatabaseInteractively(dialog.selectedFiles().constFirst());
}

void MainWindow::fillFilterChoices()
{
    const QSignalBlocker subcontractorBlocker(m_subcontractorFilter);
    const QSignalBlocker buyerBlocker(m_buyerFilter);
    const RowId subcontractor = m_subcontractorFilter->currentData().toLongLong();
    const RowId buyer = m_buyerFilter->currentData().toLongLong();
    m_subcontractorFilter->clear();
    m_buyerFilter->clear();
    m_subcontractorFilter->addItem(tr("all"), RowId(0));
    m_buyerFilter->addItem(tr("all"), RowId(0));
    if (m_records) {
        for (const Organisation &organisation : m_records->subcontractors())
            m_subcontractorFilter->addItem(organisation.name, organisation.id);
        for (const Organisation &organisation : m_records->buyers())
            m_buyerFilter->addItem(organisation.name, organisation.id);
    }
    m_subcontractorFilter->setCurrentIndex(std::max(0, m_subcontractorFilter->findData(subcontractor)));
    m_buyerFilter->setCurrentIndex(std::max(0, m_buyerFilter->findData(buyer)));
}

void MainWindow::applyFilters()
{
    const int from = m_fromYear->value() == kAnyYear ? 0 : m_fromYear->value();
    const int to = m_toYear->value() == kAnyYear ? 0 : m_toYear->value();
    for (Page &page : m_pages) {
        page.proxy->setSearchText(m_search->text());
        page.proxy->setSubcontractorId(m_subcontractorFilter->currentData().toLongLong());
        page.proxy->setBuyerId(m_buyerFilter->currentData().toLongLong());
        page.proxy->setPeriod(from, to);
    }
    updateRowCount();
    updateDetail();
    updateActions();
}

void MainWindow::clearFilters()
{
    {
        const QSignalBlocker searchBlocker(m_search);
        const QSignalBlocker subcontractorBlocker(m_subcontractorFilter);
        const QSignalBlocker buyerBlocker(m_buyerFilter);
        const QSignalBlocker fromBlocker(m_fromYear);
        const QSignalBlocker toBlocker(m_toYear);
        m_search->clear();
        m_subcontractorFilter->setCurrentIndex(0);
        m_buyerFilter->setCurrentIndex(0);
        m_fromYear->setValue(kAnyYear);
        m_toYear->setValue(kAnyYear);
    }
    applyFilters();
}

void MainWindow::updateRowCount()
{
    if (!isTableView(currentView())) {
        m_rowCount->clear();
        return;
    }
    const Page &current = page(currentView());
    const int shown = current.proxy->rowCount();
    const int total = current.model->rowCount();
    m_rowCount->setText(shown == total ? tr("%n row(s)", nullptr, total)
                                       : tr("%1 of %n row(s) match the filters", nullptr, total).arg(shown));
}

MainWindow::View MainWindow::currentView() const
{
    return View(std::max(0, m_stack->currentIndex()));
}

void MainWindow::setCurrentView(View view)
{
    m_navigation->setCurrentRow(int(view));
}

RowId MainWindow::selectedId() const
{
    if (!isTableView(currentView()))
        return 0;
    const Page &current = page(currentView());
    const QModelIndex index = current.view->selectionModel()->currentIndex();
    if (!index.isValid() || !current.view->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        return 0;
    return current.proxy->rowId(index.row());
}

bool MainWindow::selectRecord(View view, RowId id)
{
    if (!isTableView(view))
        return false;
    setCurrentView(view);
    const Page &target = page(view);
    int row = target.proxy->proxyRowOf(id);
    if (row < 0 && target.model->rowOf(id) >= 0) {
        clearFilters();
        row = target.proxy->proxyRowOf(id);
    }
    if (row < 0)
        return false;
    target.view->selectRow(row);
    target.view->scrollTo(target.proxy->index(row, 0));
    return true;
}

void MainWindow::updateDetail()
{
    const bool openData = currentView() == View::OpenData;
    const RowId id = openData ? (m_openData ? m_openData->selectedId() : 0) : selectedId();
    if (!m_records || !m_session->database() || id == 0) {
        m_detail->showNothing();
        return;
    }
    const auto kind = openData ? DetailPanel::Kind::Contract : DetailPanel::Kind(int(currentView()));
    // The history lives in the database, not in the record set: read on each selection, it is small.
    const QList<history::Entry> entries
        = history::entriesFor(m_session->database()->connection(), DetailPanel::historyTable(kind), id);
    if (!openData) {
        m_detail->showRecord(*m_records, kind, id, entries);
        return;
    }
    // Most open-data contracts are not in the record set: the selected one is read from the database.
    if (const std::optional<Contract> contract = m_session->repository()->contract(id))
        m_detail->showContract(*m_records, *contract, entries);
    else
        m_detail->showNothing();
}

void MainWindow::updateActions()
{
    const bool editable = isEditable();
    const bool importing = m_importDialog && m_importDialog->isRunning();
    const bool table = isTableView(currentView());
    // The import writes into the open database: no other one is opened until it ends.
    m_openDatabaseAction->setEnabled(!importing);
    m_newDatabaseAction->setEnabled(!importing);
    const bool incidentSelected = currentView() == View::Incidents && selectedId() != 0;
    m_newIncidentAction->setEnabled(editable);
    m_editIncidentAction->setEnabled(editable && incidentSelected);
    m_deleteIncidentAction->setEnabled(editable && incidentSelected);
    m_deletedIncidentsAction->setEnabled(editable);
    m_newSubcontractorAction->setEnabled(editable);
    m_editSubcontractorAction->setEnabled(editable && currentView() == View::Subcontractors && selectedId() != 0);
    m_deleteSubcontractorAction->setEnabled(m_editSubcontractorAction->isEnabled());
    m_newTaskAction->setEnabled(editable);
    m_editTaskAction->setEnabled(editable && currentView() == View::Tasks && selectedId() != 0);
    m_deleteTaskAction->setEnabled(m_editTaskAction->isEnabled());
    m_newSourceAction->setEnabled(editable);
    m_editSourceAction->setEnabled(editable && currentView() == View::Sources && selectedId() != 0);
    m_deleteSourceAction->setEnabled(m_editSourceAction->isEnabled());
    m_importDecpAction->setEnabled(editable);
    m_exportTableAction->setEnabled((m_records != nullptr && table)
                                    || (currentView() == View::OpenData && m_openData && !m_openDataExport));
    m_checkIntegrityAction->setEnabled(m_session->database() != nullptr);
    // A damaged file is not backed up, but a backup can be restored over it: that is the remedy.
    m_backUpAction->setEnabled(canBackUp());
    m_restoreAction->setEnabled(canRestore());
    m_undoAction->setEnabled(editable && m_undoStack->canUndo());
    m_redoAction->setEnabled(editable && m_undoStack->canRedo());
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText()) : tr("&Redo"));
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    if (m_session->database()
        && (m_session->database()->isReadOnly() || m_session->isCheckPending() || m_session->isDamaged())) {
        const QString why = m_session->isDamaged() ? tr("The database is damaged: it stays read-only.")
            : m_session->isCheckPending() ? tr("The database is being checked: it can be changed once that is done.")
                                          : tr("The database is open read-only: it cannot be changed.");
        for (QAction *action :
             {m_newIncidentAction, m_editIncidentAction, m_deleteIncidentAction, m_newSourceAction, m_editSourceAction,
              m_deleteSourceAction, m_newSubcontractorAction, m_editSubcontractorAction, m_deleteSubcontractorAction,
              m_newTaskAction, m_editTaskAction, m_deleteTaskAction, m_importDecpAction, m_restoreAction})
            action->setToolTip(why);
    }
    // The new incident and the new task name the row they start from.
    const auto [subcontractorId, contractId] = rowContext();
    const Contract *contract = m_records && contractId != 0 ? m_records->contract(contractId) : nullptr;
    if (m_records && subcontractorId != 0) {
        const QString name = menuText(m_records->organisationName(subcontractorId));
        m_newIncidentAction->setText(tr("&New incident at %1...").arg(name));
        m_newTaskAction->setText(tr("&New task done by %1...").arg(name));
    } else if (contract) {
        const QString reference = menuText(contract->reference);
        m_newIncidentAction->setText(tr("&New incident under %1...").arg(reference));
        m_newTaskAction->setText(tr("&New task under %1...").arg(reference));
    } else {
        m_newIncidentAction->setText(tr("&New incident..."));
        m_newTaskAction->setText(tr("&New delegated task..."));
    }
}

std::pair<RowId, RowId> MainWindow::rowContext() const
{
    const RowId id = selectedId();
    if (currentView() == View::Subcontractors)
        return {id, 0};
    if (currentView() == View::Contracts)
        return {0, id};
    return {0, 0};
}

void MainWindow::showContextMenu(View view, const QPoint &position)
{
    if (!isTableView(view))
        return;
    const Page &current = page(view);
    const QModelIndex index = current.view->indexAt(position);
    if (!index.isValid())
        return;
    current.view->selectRow(index.row());
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("tableContextMenu"));
    if (view == View::Incidents) {
        menu.addAction(m_editIncidentAction);
        menu.addAction(m_deleteIncidentAction);
    } else if (view == View::Sources) {
        menu.addAction(m_editSourceAction);
        menu.addAction(m_deleteSourceAction);
        menu.addAction(m_newSourceAction);
    } else if (view == View::Subcontractors) {
        menu.addAction(m_editSubcontractorAction);
        menu.addAction(m_deleteSubcontractorAction);
        menu.addAction(m_newTaskAction);
        menu.addAction(m_newIncidentAction);
    } else if (view == View::Tasks) {
        menu.addAction(m_editTaskAction);
        menu.addAction(m_deleteTaskAction);
        menu.addAction(m_newTaskAction);
        menu.addAction(m_newIncidentAction);
    } else {
        menu.addAction(m_newTaskAction);
        menu.addAction(m_newIncidentAction);
    }
    menu.addSeparator();
    menu.addAction(m_exportTableAction);
    menu.exec(current.view->viewport()->mapToGlobal(position));
}

RowId MainWindow::newIncident(RowId subcontractorId, RowId contractId)
{
    if (!isEditable())
        return 0;
    IncidentDialog dialog(*m_session->repository(), m_records, this);
    dialog.setObjectName(QStringLiteral("incidentDialog"));
    dialog.setContext(subcontractorId, contractId);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!accepted) {
        // Sources made from the dialog are saved even when the incident is not.
        pushEdit(nullptr, dialog.addedSources());
        return 0;
    }
    const RowId id = dialog.savedIncidentId();
    // The incident as stored, with its claims' ids, is what undo removes and redo writes again.
    const std::optional<Incident> saved = m_session->repository()->incident(id);
    pushEdit(saved ? new AddIncidentCommand(m_history, *saved) : nullptr, dialog.addedSources());
    reload();
    selectRecord(View::Incidents, id);
    statusBar()->showMessage(tr("Incident saved."), 5000);
    return id;
}

RowId MainWindow::editIncident(RowId id)
{
    if (!isEditable() || !m_records || !m_records->incident(id))
        return 0;
    // The stored version, not the snapshot the views show: undo must bring back exactly what was there.
    const std::optional<Incident> before = m_session->repository()->incident(id);
    if (!before)
        return 0;
    IncidentDialog dialog(*m_session->repository(), m_records, this);
    dialog.setObjectName(QStringLiteral("incidentDialog"));
    dialog.setIncident(*before);
    if (dialog.exec() != QDialog::Accepted) {
        pushEdit(nullptr, dialog.addedSources());
        return 0;
    }
    const std::optional<Incident> after = m_session->repository()->incident(id);
    pushEdit(after ? new EditIncidentCommand(m_history, *before, *after) : nullptr, dialog.addedSources());
    reload();
    selectRecord(View::Incidents, id);
    statusBar()->showMessage(tr("Incident saved."), 5000);
    return id;
}

bool MainWindow::deleteIncident(RowId id)
{
    const Incident *incident = m_records ? m_records->incident(id) : nullptr;
    if (!isEditable() || !incident)
        return false;
    if (!confirmDelete(tr("Delete the incident"), tr("Delete the incident \"%1\"?").arg(incident->title),
                       tr("Its %n claim(s), consequences and citations are deleted with it. Sources stay. "
                          "Edit > Undo brings it back.",
                          nullptr, int(incident->claims.size()))))
        return false;
    const std::optional<Incident> stored = m_session->repository()->incident(id);
    if (!stored) {
        QMessageBox error(QMessageBox::Critical, tr("Cannot delete the incident"), m_session->repository()->lastError(),
                          QMessageBox::Ok, this);
        error.setObjectName(QStringLiteral("deleteErrorMessageBox"));
        error.exec();
        return false;
    }
    // The command deletes (and reloads); a failure is reported through the history and leaves no command.
    m_undoStack->push(new DeleteIncidentCommand(m_history, *stored));
    const bool deleted = !m_session->repository()->incident(id).has_value();
    if (deleted)
        statusBar()->showMessage(tr("Incident deleted."), 5000);
    return deleted;
}

void MainWindow::showDeletedIncidents()
{
    if (!isEditable())
        return;
    DeletedIncidentsDialog dialog(m_session->database()->connection(), this);
    dialog.setObjectName(QStringLiteral("deletedIncidentsDialog"));
    connect(&dialog, &DeletedIncidentsDialog::incidentRestored, this, [this](qint64 id) {
        // The undo stack's commands knew the incident as deleted: undoing its deletion now would be refused (its id
        // is taken again), and other steps would act on a record they did not see come back.
        m_undoStack->clear();
        reload();
        selectRecord(View::Incidents, id);
        statusBar()->showMessage(tr("Incident brought back."), 5000);
    });
    dialog.exec();
}

RowId MainWindow::newSubcontractor()
{
    return isEditable() ? runSubcontractorDialog(Organisation()) : 0;
}

RowId MainWindow::editSubcontractor(RowId id)
{
    if (!isEditable() || !m_records || !m_records->organisation(id))
        return 0;
    const std::optional<Organisation> stored = m_session->repository()->organisation(id);
    return stored ? runSubcontractorDialog(*stored) : 0;
}

RowId MainWindow::runSubcontractorDialog(const Organisation &organisation)
{
    SubcontractorDialog dialog(*m_session->repository(), m_records, organisation, this);
    dialog.setObjectName(QStringLiteral("subcontractorDialog"));
    if (dialog.exec() != QDialog::Accepted) {
        pushEdit(nullptr, dialog.addedSources()); // saved even when the subcontractor is not
        return 0;
    }
    const Organisation &saved = dialog.savedOrganisation();
    // As stored (with the establishments the save linked): what undo and redo write.
    std::optional<Organisation> after = m_session->repository()->organisation(saved.id);
    if (after)
        after->establishmentsLinked = saved.establishmentsLinked;
    pushEdit(after ? SubcontractorCommand::forSave(m_history, organisation, *after) : nullptr, dialog.addedSources());
    reload();
    selectRecord(View::Subcontractors, saved.id);
    QString message = tr("Subcontractor saved.");
    if (!saved.establishmentsLinked.isEmpty())
        message += QLatin1Char(' ')
            + tr("%n organisation(s) already imported under SIREN %1 now belong to it.", nullptr,
                 int(saved.establishmentsLinked.size()))
                  .arg(saved.siren);
    statusBar()->showMessage(message, 10000);
    return saved.id;
}

RowId MainWindow::newTask(RowId subcontractorId, RowId contractId)
{
    if (!isEditable() || !m_records)
        return 0;
    Task task;
    task.subcontractorId = subcontractorId;
    task.contractId = contractId;
    // Under a contract: done by its holder, when it has one (the first, for a joint contract).
    if (const Contract *contract = m_records->contract(contractId); contract && subcontractorId == 0) {
        for (const ContractHolder &holder : contract->holders) {
            const Organisation *organisation = m_records->organisation(holder.id);
            if (organisation && organisation->role == QLatin1String("subcontractor")) {
                task.subcontractorId = holder.id;
                break;
            }
        }
    }
    return runTaskDialog(task);
}

RowId MainWindow::editTask(RowId id)
{
    if (!isEditable() || !m_records || !m_records->task(id))
        return 0;
    const std::optional<Task> stored = m_session->repository()->task(id);
    return stored ? runTaskDialog(*stored) : 0;
}

RowId MainWindow::runTaskDialog(const Task &task)
{
    TaskDialog dialog(*m_session->repository(), m_records, task, this);
    dialog.setObjectName(QStringLiteral("taskDialog"));
    if (dialog.exec() != QDialog::Accepted) {
        pushEdit(nullptr, dialog.addedSources()); // saved even when the task is not
        return 0;
    }
    const RowId id = dialog.savedTask().id;
    const std::optional<Task> after = m_session->repository()->task(id);
    pushEdit(after ? TaskCommand::forSave(m_history, task, *after) : nullptr, dialog.addedSources());
    reload();
    selectRecord(View::Tasks, id);
    statusBar()->showMessage(tr("Delegated task saved."), 5000);
    return id;
}

RowId MainWindow::newSource()
{
    return isEditable() ? runSourceDialog(Source()) : 0;
}

RowId MainWindow::editSource(RowId id)
{
    if (!isEditable() || !m_records || !m_records->source(id))
        return 0;
    const std::optional<Source> stored = m_session->repository()->source(id);
    return stored ? runSourceDialog(*stored) : 0;
}

RowId MainWindow::runSourceDialog(const Source &source)
{
    SourceDialog dialog(*m_session->repository(), this);
    dialog.setObjectName(QStringLiteral("sourceDialog"));
    if (source.id != 0)
        dialog.setSource(source);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const RowId id = dialog.savedSource().id;
    const std::optional<Source> after = m_session->repository()->source(id);
    pushEdit(after ? SourceCommand::forSave(m_history, source, *after) : nullptr, {});
    reload();
    selectRecord(View::Sources, id);
    statusBar()->showMessage(tr("Source saved."), 5000);
    return id;
}

void MainWindow::pushEdit(QUndoCommand *command, const QList<Source> &addedSources)
{
    std::vector<std::unique_ptr<QUndoCommand>> parts;
    for (const Source &added : addedSources) {
        if (const std::optional<Source> stored = m_session->repository()->source(added.id))
            parts.push_back(
                std::make_unique<SourceCommand>(m_history, SourceCommand::Change::Add, std::nullopt, stored));
    }
    if (parts.empty()) {
        if (command)
            m_undoStack->push(command);
        return;
    }
    // One step: undoing a new task takes away the sources made for it as well, or nothing if it cannot.
    const QString text = command ? command->text() : tr("add %n source(s)", nullptr, int(parts.size()));
    if (command)
        parts.emplace_back(command);
    if (parts.size() == 1)
        m_undoStack->push(parts.front().release());
    else
        m_undoStack->push(new StepCommand(m_history, text, std::move(parts)));
    if (!command)
        reload();
}

bool MainWindow::confirmDelete(const QString &title, const QString &question, const QString &details)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDeleteMessageBox"));
    box.setInformativeText(details);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    return box.exec() == QMessageBox::Yes;
}

bool MainWindow::deleteRecord(const QString &title, const QString &question, const QString &details,
                              const std::function<QUndoCommand *()> &makeCommand, const std::function<bool()> &remove,
                              const QString &doneMessage)
{
    if (!confirmDelete(title, question, details))
        return false;
    // The command holds the record as stored, to write it back on undo.
    std::unique_ptr<QUndoCommand> command(makeCommand());
    if (!command)
        return false;
    // Deleted before the command is pushed: a refusal (a source still cited) leaves the undo stack, redo
    // included, as it was.
    if (!remove()) {
        if (m_history.failed)
            m_history.failed(m_session->repository()->lastError());
        return false;
    }
    m_undoStack->push(command.release());
    reload();
    statusBar()->showMessage(doneMessage, 5000);
    return true;
}

bool MainWindow::deleteSource(RowId id)
{
    const Source *source = m_records ? m_records->source(id) : nullptr;
    if (!isEditable() || !source)
        return false;
    return deleteRecord(
        tr("Delete the source"), tr("Delete the source \"%1\"?").arg(source->title),
        tr("Only a source no fact cites can be deleted. Edit > Undo brings it back."),
        [&]() -> QUndoCommand * {
            const std::optional<Source> stored = m_session->repository()->source(id);
            return stored ? new SourceCommand(m_history, SourceCommand::Change::Delete, stored, std::nullopt) : nullptr;
        },
        [&] { return m_session->repository()->deleteSource(id); }, tr("Source deleted."));
}

bool MainWindow::deleteSubcontractor(RowId id)
{
    const Organisation *organisation = m_records ? m_records->organisation(id) : nullptr;
    if (!isEditable() || !organisation)
        return false;
    return deleteRecord(
        tr("Delete the subcontractor"), tr("Delete the subcontractor \"%1\"?").arg(organisation->name),
        tr("Only a subcontractor that no contract, task, incident or company of its group names can be deleted. "
           "Edit > Undo brings it back."),
        [&]() -> QUndoCommand * {
            const std::optional<Organisation> stored = m_session->repository()->organisation(id);
            return stored
                ? new SubcontractorCommand(m_history, SubcontractorCommand::Change::Delete, stored, std::nullopt)
                : nullptr;
        },
        [&] { return m_session->repository()->deleteOrganisation(id); }, tr("Subcontractor deleted."));
}

bool MainWindow::deleteTask(RowId id)
{
    const Task *task = m_records ? m_records->task(id) : nullptr;
    if (!isEditable() || !task)
        return false;
    return deleteRecord(
        tr("Delete the delegated task"), tr("Delete the task \"%1\"?").arg(task->title),
        tr("Its data categories and citations are deleted with it; a task an incident names cannot be. "
           "Edit > Undo brings it back."),
        [&]() -> QUndoCommand * {
            const std::optional<Task> stored = m_session->repository()->task(id);
            return stored ? new TaskCommand(m_history, TaskCommand::Change::Delete, stored, std::nullopt) : nullptr;
        },
        [&] { return m_session->repository()->deleteTask(id); }, tr("Delegated task deleted."));
}

bool MainWindow::reload()
{
    if (!m_session->repository())
        return false;
    QString error;
    std::shared_ptr<const RecordSet> records = RecordSet::load(*m_session->repository(), &error);
    if (!records) {
        statusBar()->showMessage(error);
        return false;
    }
    const View view = currentView();
    const RowId selected = selectedId();
    m_records = records;
    for (Page &page : m_pages)
        page.model->setRecordSet(m_records);
    fillFilterChoices();
    applyFilters();
    if (selected != 0 && isTableView(view)) {
        const int row = page(view).proxy->proxyRowOf(selected);
        if (row >= 0)
            page(view).view->selectRow(row);
    }
    refreshCharts();
    if (m_openData)
        m_openData->refresh();
    updateDetail();
    updateActions();
    return true;
}

bool MainWindow::exportCurrentView(const QString &path, const TableFileOptions &options, QString *error)
{
    if (!isTableView(currentView())) {
        *error = tr("choose a table to export");
        return false;
    }
    const Page &current = page(currentView());
    TableFileOptions visible = options;
    if (visible.columns.isEmpty()) {
        // The columns as the user arranged them: moved ones where they are, hidden ones left out.
        const QHeaderView *header = current.view->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                visible.columns << logical;
        }
    }
    return exportTableFile(*current.proxy, visible, path, error);
}

void MainWindow::chooseTableExport()
{
    const bool openData = currentView() == View::OpenData && m_openData;
    if (!openData && (!isTableView(currentView()) || !m_records))
        return;
    const QString csvComma = tr("CSV, comma-separated (*.csv)");
    const QString csvSemicolon = tr("CSV for French spreadsheets, semicolon-separated (*.csv)");
    const QString json = tr("JSON (*.json)");
    const QString name = openData ? tr("open-data-contracts") : QLatin1String(kViewNames[int(currentView())]);
    QSettings settings;
    const QString directory = startDirectory(kExportDirectoryKey, QStandardPaths::DocumentsLocation);
    QFileDialog dialog(this, tr("Export the table"), directory + QLatin1Char('/') + name + QStringLiteral(".csv"));
    dialog.setObjectName(QStringLiteral("exportTableFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({csvSemicolon, csvComma, json});
    dialog.selectNameFilter(QLocale().decimalPoint() == QLatin1Char(',') ? csvSemicolon : csvComma);
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, json](const QString &filter) {
        dialog.setDefaultSuffix(filter == json ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    // The export replaces the file it writes: never the database itself.
    if (m_session->database() && QFileInfo::exists(path)
        && QFileInfo(path).canonicalFilePath() == QFileInfo(m_session->database()->path()).canonicalFilePath()) {
        QMessageBox box(QMessageBox::Warning, tr("Export the table"), tr("The table was not exported."),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("exportErrorMessageBox"));
        box.setInformativeText(tr("%1 is the open database: choose another file.").arg(QDir::toNativeSeparators(path)));
        box.exec();
        return;
    }
    TableFileOptions options;
    const QString filter = dialog.selectedNameFilter();
    options.format = filter == json ? TableFileFormat::Json : TableFileFormat::Csv;
    options.separator = filter == csvSemicolon ? QLatin1Char(';') : QLatin1Char(',');
    settings.setValue(kExportDirectoryKey, QFileInfo(path).absolutePath());
    if (openData) {
        exportOpenData(path, options);
        return;
    }
    QString error;
    if (!exportCurrentView(path, options, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Export the table"), tr("The table was not exported."),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("exportErrorMessageBox"));
        box.setInformativeText(tr("%1\n\nAny file that was already there is left as it was.").arg(error));
        box.exec();
        return;
    }
    statusBar()->showMessage(tr("%n row(s) exported to %1", nullptr, page(currentView()).proxy->rowCount())
                                 .arg(QDir::toNativeSeparators(path)),
                             8000);
}

// Cancels the export of the open-data page and waits for its thread, so that its connection no longer holds
// the file (a restore replaces it). The worker stops its query at once; finished() still reports the cancel.
void MainWindow::stopOpenDataExport()
{
    if (!m_openDataExport)
        return;
    m_openDataExport->cancel();
    m_openDataExport->wait();
}

TableExportWorker *MainWindow::exportOpenData(const QString &path, const TableFileOptions &options)
{
    if (!m_openData || !m_session->database() || m_openDataExport)
        return nullptr;
    TableExportOptions exportOptions;
    exportOptions.format = options.format == TableFileFormat::Json ? ExportFormat::Json : ExportFormat::Csv;
    exportOptions.separator = options.separator;
    exportOptions.contracts = m_openData->selection();
    auto *job
        = new TableExportWorker(m_session->database()->path(), QStringLiteral("contracts"), exportOptions, path, this);
    m_openDataExport = job;

    // Not modal: the job runs on its own thread and the window stays usable meanwhile; Cancel stops it.
    // A search broader than the table shows exports every match, not only those listed: say so.
    const QString reading = m_openData->model()->isTruncated()
        ? tr("Reading every matching contract, not only the %L1 listed...").arg(ContractPages::kMaxMatches)
        : tr("Reading the contracts...");
    auto *dialog = new QProgressDialog(reading, tr("Cancel"), 0, 0, this);
    dialog->setObjectName(QStringLiteral("exportProgressDialog"));
    dialog->setWindowTitle(tr("Export the contracts"));
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    // Shown once the export has taken 400 ms, also while the ids are still being read (no progress yet):
    // QProgressDialog's own timer would wait 4 s then.
    dialog->setMinimumDuration(400);
    auto *showLater = new QTimer(dialog);
    showLater->setSingleShot(true);
    connect(showLater, &QTimer::timeout, dialog, [dialog] {
        if (!dialog->wasCanceled())
            dialog->show();
    });
    showLater->start(400);
    connect(dialog, &QProgressDialog::canceled, job, &TableExportWorker::cancel);
    connect(job, &TableExportWorker::progress, dialog, [dialog](qint64 done, qint64 total) {
        if (dialog->wasCanceled())
            return; // the job has not seen the cancel yet: the dialog stays closed
        // QProgressDialog counts in int: the fraction is enough.
        dialog->setMaximum(1000);
        dialog->setValue(total > 0 ? int(done * 1000 / total) : 1000);
        dialog->setLabelText(tr("%L1 of %L2 contracts written...").arg(done).arg(total));
    });
    connect(job, &TableExportWorker::finished, this,
            [this, job, dialog, showLater, path](bool ok, bool cancelled, const QString &error, qint64 rows) {
                showLater->stop();
                dialog->hide();
                dialog->deleteLater();
                job->deleteLater();
                m_openDataExport = nullptr;
                updateActions();
                const QString file = QDir::toNativeSeparators(path);
                if (ok) {
                    statusBar()->showMessage(tr("%Ln contract(s) exported to %1", nullptr, int(rows)).arg(file), 8000);
                    return;
                }
                if (cancelled) {
                    statusBar()->showMessage(tr("Export cancelled: %1 was not written").arg(file), 8000);
                    return;
                }
                QMessageBox box(QMessageBox::Warning, tr("Export the contracts"),
                                tr("The contracts were not exported."), QMessageBox::Ok, this);
                box.setObjectName(QStringLiteral("exportErrorMessageBox"));
                box.setInformativeText(tr("%1\n\nAny file that was already there is left as it was.").arg(error));
                box.exec();
            });
    job->start();
    updateActions();
    return job;
}

QString MainWindow::backUp(const QString &reason, QString *error)
{
    const BusyCursor busy;
    if (m_session->isOpen())
        statusBar()->showMessage(tr("Backing up %1...").arg(QFileInfo(m_session->database()->path()).fileName()));
    const QString path = m_session->backUp(reason, error);
    statusBar()->clearMessage();
    return path;
}

bool MainWindow::backUpIfDue()
{
    // The session says it in the status bar (dailyBackupMade, dailyBackupFailed).
    return m_session->backUpIfDue();
}

void MainWindow::backUpInteractively()
{
    QString error;
    const QString path = backUp(QStringLiteral("manual"), &error);
    QMessageBox box(path.isEmpty() ? QMessageBox::Warning : QMessageBox::Information, tr("Back up"),
                    path.isEmpty() ? tr("No backup was made.") : tr("The database was backed up."), QMessageBox::Ok,
                    this);
    box.setObjectName(QStringLiteral("backupMessageBox"));
    box.setInformativeText(
        path.isEmpty() ? error
                       : tr("Copy saved as %1.\nThe last %n backup(s) are kept.", nullptr, BackupPolicy::load().keep)
                             .arg(QDir::toNativeSeparators(path)));
    box.exec();
}

QStringList MainWindow::checkIntegrity() const
{
    if (!m_session->database())
        return {tr("no database is open")};
    const BusyCursor busy;
    return m_session->database()->checkIntegrity(true);
}

void MainWindow::checkIntegrityInteractively()
{
    const QStringList problems = checkIntegrity();
    const QString name = m_session->database() ? QFileInfo(m_session->database()->path()).fileName() : QString();
    QMessageBox box(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Critical, tr("Database integrity"),
                    problems.isEmpty() ? tr("%1 is sound.").arg(name)
                                       : tr("%1 has %n problem(s).", nullptr, int(problems.size())).arg(name),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("integrityMessageBox"));
    if (problems.isEmpty()) {
        box.setInformativeText(tr("Every page of the file was read and every link between records checked."));
    } else {
        box.setInformativeText(tr("Restore a recent backup (Tools > Restore from backup) before entering more data."));
        box.setDetailedText(problems.join(QLatin1Char('\n')));
    }
    box.exec();
}

void MainWindow::chooseBackupToRestore()
{
    if (!canRestore())
        return;
    RestoreDialog dialog(m_session->database()->path(), this);
    dialog.setObjectName(QStringLiteral("restoreDialog"));
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedBackup())
        return;
    const BackupInfo backup = *dialog.selectedBackup();
    QMessageBox confirm(QMessageBox::Warning, tr("Restore from a backup"),
                        tr("Replace %1 with the backup of %2?")
                            .arg(QFileInfo(m_session->database()->path()).fileName(),
                                 QLocale().toString(backup.created.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmRestoreMessageBox"));
    confirm.setInformativeText(tr("Everything entered since that backup is replaced by what it holds. The database "
                                  "as it is now is backed up first, so this can be undone by restoring that copy."));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.button(QMessageBox::Yes)->setText(tr("Restore"));
    if (confirm.exec() != QMessageBox::Yes)
        return;
    QString error;
    if (!restoreBackup(backup.path, &error)) {
        QMessageBox box(QMessageBox::Critical, tr("Restore from a backup"), tr("The backup was not restored."),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("restoreErrorMessageBox"));
        box.setInformativeText(error);
        box.exec();
        return;
    }
    statusBar()->showMessage(tr("Restored from the backup of %1.")
                                 .arg(QLocale().toString(backup.created.toLocalTime(), QLocale::ShortFormat)),
                             8000);
}

bool MainWindow::canBackUp() const
{
    return m_session->canBackUp();
}

bool MainWindow::canRestore() const
{
    return m_session->canRestore();
}

bool MainWindow::restoreBackup(const QString &backupPath, QString *error)
{
    if (!canRestore()) {
        *error = m_session->database() ? tr("the database cannot be changed now") : tr("no database is open");
        return false;
    }
    const QString path = m_session->database()->path();
    const View view = currentView();
    // backups::restore needs the file closed everywhere: the charts' and the repository's handles too.
    m_undoStack->clear();
    closeDatabase();
    QString restoreError;
    const bool restored = DatabaseSession::restore(backupPath, path, &restoreError);
    QString openError;
    // Restored or not, the file at `path` is a sound database again: the new one, or the untouched old one.
    if (!openDatabase(path, &openError)) {
        *error = restored ? tr("the backup was restored, but the database cannot be opened again: %1").arg(openError)
                          : tr("%1; the database cannot be opened again: %2").arg(restoreError, openError);
        m_records.reset();
        for (Page &page : m_pages)
            page.model->setRecordSet(nullptr);
        updateTitle();
        updateActions();
        return false;
    }
    setCurrentView(view);
    if (!restored)
        *error = restoreError;
    return restored;
}

DecpImportDialog *MainWindow::importDecp(const QStringList &files, const decp::CsvMapping &csvMapping)
{
    if (!isEditable() || files.isEmpty())
        return nullptr;
    // The import's own worker backs the database up first (operations::importDecp, as vigie import does), so
    // that even a committed import can be taken back; a backup that fails stops it before it changes anything.
    DecpImportOptions options;
    options.files = files;
    options.csvMapping = csvMapping;
    delete m_importDialog;
    m_importDialog = new DecpImportDialog(m_session->database()->path(), options, this);
    m_importDialog->setObjectName(QStringLiteral("decpImportDialog"));
    connect(m_importDialog, &DecpImportDialog::importFinished, this, &MainWindow::importFinished);
    m_importDialog->show();
    m_importDialog->start();
    m_session->setImportRunning(true);
    updateActions();
    statusBar()->showMessage(tr("Importing: you can keep browsing; changes wait until the import ends."));
    return m_importDialog;
}

void MainWindow::importFinished(const DecpImportResult &result)
{
    m_session->setImportRunning(false);
    statusBar()->clearMessage();
    if (result.changed) {
        // The import may have given a new source or organisation the id of one undone before: redoing
        // that one would then write it over, or a later step link to, another record. Undo stays.
        auto *dropRedo = new QUndoCommand;
        dropRedo->setObsolete(true);
        m_undoStack->push(dropRedo); // drops the commands above the current one, and is not kept itself
        reload();
    }
    updateActions();
    if (result.ok && result.changed)
        statusBar()->showMessage(tr("Import finished: %n new contract(s).", nullptr, int(result.total().accepted)),
                                 8000);
}

void MainWindow::chooseDecpFiles()
{
    if (!isEditable())
        return;
    QSettings settings;
    QFileDialog dialog(this, tr("Import DECP files"),
                       startDirectory(kImportDirectoryKey, QStandardPaths::DownloadLocation),
                       tr("DECP files (*.json *.xml *.csv);;JSON (*.json);;XML (*.xml);;CSV (*.csv);;All files (*)"));
    dialog.setObjectName(QStringLiteral("importDecpFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QStringList files = dialog.selectedFiles();
    settings.setValue(kImportDirectoryKey, QFileInfo(files.constFirst()).absolutePath());

    // A spreadsheet's columns are checked with the user; the mapping of the first CSV file serves them all.
    decp::CsvMapping mapping;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || decp::detectFormat(file, path) != decp::Format::Csv)
            continue;
        const decp::CsvInfo info = decp::CsvReader::inspect(file);
        CsvMappingDialog columns(path, info, decp::CsvMapping::detect(info.headers), this);
        columns.setObjectName(QStringLiteral("csvMappingDialog"));
        if (columns.exec() != QDialog::Accepted)
            return;
        mapping = columns.mapping();
        break;
    }
    importDecp(files, mapping);
}

void MainWindow::showPreferences()
{
    const QList<DataCategory> categories = m_records ? m_records->dataCategories() : QList<DataCategory>();
    PreferencesDialog dialog(isEditable() ? m_session->repository() : nullptr, categories, this);
    dialog.setObjectName(QStringLiteral("preferencesDialog"));
    if (m_session->database())
        dialog.setBackupDirectory(backups::directoryFor(m_session->database()->path()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.weightsChanged())
        reload(); // the exposure index and the charts use the weights
}

void MainWindow::recordActivated(DetailPanel::Kind kind, RowId id)
{
    // Buyers have no table of their own: their details show in place.
    if (selectRecord(View(int(kind)), id) || !m_records)
        return;
    if (kind == DetailPanel::Kind::Contract && !m_records->contract(id) && m_session->repository()) {
        // An open-data contract nobody follows: shown from the database.
        if (const std::optional<Contract> contract = m_session->repository()->contract(id))
            m_detail->showContract(*m_records, *contract);
        return;
    }
    m_detail->showRecord(*m_records, kind, id);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Vigie"),
        tr("<h3>Vigie %1</h3><p>An audit tool for trade-union delegates of the public employment service: "
           "subcontractors, their public contracts, the tasks and personal data delegated to them, and the data "
           "breaches they suffered, every fact tied to its source.</p><p>What nobody knows stays "
           "<i>unknown</i>, never zero.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(settingsKey("geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(settingsKey("state")).toByteArray());
    m_splitter->restoreState(settings.value(settingsKey("splitter")).toByteArray());
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const QByteArray header = settings.value(settingsKey("columns/") + QLatin1String(kViewNames[i])).toByteArray();
        if (!header.isEmpty())
            m_pages[i].columnsSized = m_pages[i].view->horizontalHeader()->restoreState(header);
    }
    const QString view = settings.value(settingsKey("view")).toString();
    for (std::size_t i = 0; i < std::size(kViewNames); ++i) {
        if (view == QLatin1String(kViewNames[i]))
            setCurrentView(View(i));
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState());
    settings.setValue(settingsKey("splitter"),
                      m_detail->isVisible() || m_tableSplitterState.isEmpty() ? m_splitter->saveState()
                                                                              : m_tableSplitterState);
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        settings.setValue(settingsKey("columns/") + QLatin1String(kViewNames[i]),
                          m_pages[i].view->horizontalHeader()->saveState());
    }
    settings.setValue(settingsKey("view"), QLatin1String(kViewNames[int(currentView())]));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_importDialog && m_importDialog->isRunning()) {
        QMessageBox box(QMessageBox::Question, tr("Quit Vigie"), tr("An import is running. Cancel it and quit?"),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("quitDuringImportMessageBox"));
        box.setInformativeText(tr("Nothing of this import is kept; the database stays as it was before it."));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    QMainWindow::closeEvent(event);
}

} // namespace vigie
