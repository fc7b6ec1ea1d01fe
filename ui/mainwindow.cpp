#include "mainwindow.h"

#include "incidentdialog.h"
#include "models/contracttablemodel.h"
#include "models/incidenttablemodel.h"
#include "models/recordfilterproxymodel.h"
#include "models/recordset.h"
#include "models/sourcetablemodel.h"
#include "models/subcontractortablemodel.h"
#include "models/tasktablemodel.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/repository.h"

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
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace vigie {

namespace {

// The year spin boxes show "any" at their minimum.
constexpr int kAnyYear = 1989;
constexpr int kLastYear = 2100;
constexpr int kMaxColumnWidth = 260;

const char *const kViewNames[] = {"subcontractors", "contracts", "tasks", "incidents", "sources"};

QString settingsKey(const char *key)
{
    return QStringLiteral("MainWindow/") + QLatin1String(key);
}

const QString kLastDatabaseKey = QStringLiteral("Database/last");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vigie"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));
    createActions();
    createWidgets();
    readSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views hold the record set, not the connection; drop the repository before its database.
    m_repository.reset();
    m_database.reset();
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
    m_quitAction = makeAction(tr("&Quit"), "quitAction");
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_newIncidentAction = makeAction(tr("&New incident..."), "newIncidentAction");
    // The menu names the row the incident starts from; the tool bar keeps a short, steady label.
    m_newIncidentAction->setIconText(tr("New incident"));
    m_newIncidentAction->setShortcut(QKeySequence::New);
    m_newIncidentAction->setStatusTip(
        tr("Enter an incident by hand; from a subcontractor or a contract, it starts filled in"));
    connect(m_newIncidentAction, &QAction::triggered, this, [this] {
        // Started from a subcontractor's or a contract's row, the incident starts linked to it.
        const RowId id = selectedId();
        if (currentView() == View::Subcontractors)
            newIncident(id, 0);
        else if (currentView() == View::Contracts)
            newIncident(0, id);
        else
            newIncident();
    });
    m_editIncidentAction = makeAction(tr("&Edit incident..."), "editIncidentAction");
    m_editIncidentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editIncidentAction, &QAction::triggered, this, [this] { editIncident(selectedId()); });
    m_deleteIncidentAction = makeAction(tr("&Delete incident..."), "deleteIncidentAction");
    m_deleteIncidentAction->setShortcut(QKeySequence::Delete);
    // Delete acts on the incidents table only, never on text being edited elsewhere.
    m_deleteIncidentAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteIncidentAction, &QAction::triggered, this, [this] { deleteIncident(selectedId()); });

    m_aboutAction = makeAction(tr("&About Vigie"), "aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newDatabaseAction);
    fileMenu->addAction(m_openDatabaseAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    QMenu *incidentMenu = menuBar()->addMenu(tr("&Incident"));
    incidentMenu->setObjectName(QStringLiteral("incidentMenu"));
    incidentMenu->addAction(m_newIncidentAction);
    incidentMenu->addAction(m_editIncidentAction);
    incidentMenu->addAction(m_deleteIncidentAction);
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
    const QStringList titles
        = {tr("Subcontractors"), tr("Contracts"), tr("Delegated tasks"), tr("Incidents"), tr("Sources")};
    m_navigation->addItems(titles);
    m_navigation->setMaximumWidth(220);
    m_navigation->setMinimumWidth(120);
    m_navigation->setSpacing(2);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("viewsStackedWidget"));
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        Page &page = m_pages[i];
        page.view = createTable(QLatin1String(kViewNames[i]) + QStringLiteral("TableView"), page.model, page.proxy);
        m_stack->addWidget(page.view);
    }
    page(View::Incidents).view->addAction(m_deleteIncidentAction);
    connect(page(View::Incidents).view, &QTableView::doubleClicked, this, [this] { editIncident(selectedId()); });

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

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 3);
    auto *subcontractorLabel = new QLabel(tr("&Subcontractor:"));
    subcontractorLabel->setBuddy(m_subcontractorFilter);
    filterBar->addWidget(subcontractorLabel);
    filterBar->addWidget(m_subcontractorFilter, 1);
    auto *buyerLabel = new QLabel(tr("&Buyer:"));
    buyerLabel->setBuddy(m_buyerFilter);
    filterBar->addWidget(buyerLabel);
    filterBar->addWidget(m_buyerFilter, 1);
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_fromYear);
    filterBar->addWidget(fromLabel);
    filterBar->addWidget(m_fromYear);
    auto *toLabel = new QLabel(tr("&to:"));
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
    centralLayout->addLayout(filterBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        updateDetail();
        updateActions();
        updateRowCount();
    });
    m_navigation->setCurrentRow(int(View::Incidents));

    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    fillFilterChoices();
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    auto database = std::make_unique<Database>();
    // Database::open never creates a missing file and refuses files that are not Vigie databases.
    if (!database->open(path)) {
        if (error)
            *error = database->errorString();
        return false;
    }
    return showDatabase(std::move(database), error);
}

bool MainWindow::createDatabase(const QString &path, bool withDemoData, QString *error)
{
    auto database = std::make_unique<Database>();
    if (!database->create(path)) {
        if (error)
            *error = database->errorString();
        return false;
    }
    if (withDemoData) {
        QSqlDatabase connection = database->connection();
        QString demoError;
        if (!populateDemoData(connection, &demoError)) {
            database.reset();
            // The file is ours, just made: leave nothing half-filled behind.
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
            if (error)
                *error = tr("cannot write the demo data in %1: %2").arg(QDir::toNativeSeparators(path), demoError);
            return false;
        }
    }
    return showDatabase(std::move(database), error);
}

bool MainWindow::showDatabase(std::unique_ptr<Database> database, QString *error)
{
    auto repository = std::make_unique<Repository>(database->connection());
    QString loadError;
    std::shared_ptr<const RecordSet> records = RecordSet::load(*repository, &loadError);
    if (!records) {
        if (error)
            *error = loadError;
        return false;
    }
    m_repository = std::move(repository);
    m_database = std::move(database);
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
    const QFileInfo file(m_database->path());
    setWindowTitle(tr("%1 — Vigie").arg(file.fileName()));
    setWindowFilePath(m_database->path());
    m_databaseLabel->setText(m_database->isReadOnly()
                                 ? tr("%1 (read-only)").arg(QDir::toNativeSeparators(file.absoluteFilePath()))
                                 : QDir::toNativeSeparators(file.absoluteFilePath()));
    QSettings().setValue(kLastDatabaseKey, file.absoluteFilePath());
    updateDetail();
    updateActions();
    return true;
}

QString MainWindow::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

void MainWindow::openDatabaseInteractively(const QString &path)
{
    QString error;
    if (openDatabase(path, &error))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"),
                    tr("Vigie cannot open %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("openErrorMessageBox"));
    box.setInformativeText(m_database ? tr("%1\n\nThe file was left as it is; %2 stays open.")
                                            .arg(error, QFileInfo(m_database->path()).fileName())
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
                       m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath(),
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
                       m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath(),
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
    const Page &current = page(currentView());
    const QModelIndex index = current.view->selectionModel()->currentIndex();
    if (!index.isValid() || !current.view->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        return 0;
    return current.proxy->rowId(index.row());
}

bool MainWindow::selectRecord(View view, RowId id)
{
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
    const RowId id = selectedId();
    if (!m_records || id == 0) {
        m_detail->showNothing();
        return;
    }
    m_detail->showRecord(*m_records, DetailPanel::Kind(int(currentView())), id);
}

void MainWindow::updateActions()
{
    const bool open = m_repository != nullptr && !(m_database && m_database->isReadOnly());
    const bool incidentSelected = currentView() == View::Incidents && selectedId() != 0;
    m_newIncidentAction->setEnabled(open);
    m_editIncidentAction->setEnabled(open && incidentSelected);
    m_deleteIncidentAction->setEnabled(open && incidentSelected);
    const RowId id = selectedId();
    if (m_records && id != 0 && currentView() == View::Subcontractors)
        m_newIncidentAction->setText(tr("&New incident at %1...").arg(m_records->organisationName(id)));
    else if (m_records && id != 0 && currentView() == View::Contracts && m_records->contract(id))
        m_newIncidentAction->setText(tr("&New incident under %1...").arg(m_records->contract(id)->reference));
    else
        m_newIncidentAction->setText(tr("&New incident..."));
}

void MainWindow::showContextMenu(View view, const QPoint &position)
{
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
    } else {
        menu.addAction(m_newIncidentAction);
    }
    menu.exec(current.view->viewport()->mapToGlobal(position));
}

RowId MainWindow::newIncident(RowId subcontractorId, RowId contractId)
{
    if (!m_repository)
        return 0;
    IncidentDialog dialog(*m_repository, m_records, this);
    dialog.setObjectName(QStringLiteral("incidentDialog"));
    dialog.setContext(subcontractorId, contractId);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const RowId id = dialog.savedIncidentId();
    reload();
    selectRecord(View::Incidents, id);
    statusBar()->showMessage(tr("Incident saved."), 5000);
    return id;
}

RowId MainWindow::editIncident(RowId id)
{
    const Incident *incident = m_records ? m_records->incident(id) : nullptr;
    if (!m_repository || !incident)
        return 0;
    IncidentDialog dialog(*m_repository, m_records, this);
    dialog.setObjectName(QStringLiteral("incidentDialog"));
    dialog.setIncident(*incident);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    reload();
    selectRecord(View::Incidents, id);
    statusBar()->showMessage(tr("Incident saved."), 5000);
    return id;
}

bool MainWindow::deleteIncident(RowId id)
{
    const Incident *incident = m_records ? m_records->incident(id) : nullptr;
    if (!m_repository || !incident)
        return false;
    QMessageBox box(QMessageBox::Question, tr("Delete the incident"),
                    tr("Delete the incident \"%1\"?").arg(incident->title), QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("confirmDeleteMessageBox"));
    box.setInformativeText(tr("Its %n claim(s), consequences and citations are deleted with it. Sources stay.", nullptr,
                              int(incident->claims.size())));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    if (box.exec() != QMessageBox::Yes)
        return false;
    if (!m_repository->deleteIncident(id)) {
        QMessageBox error(QMessageBox::Critical, tr("Cannot delete the incident"), m_repository->lastError(),
                          QMessageBox::Ok, this);
        error.setObjectName(QStringLiteral("deleteErrorMessageBox"));
        error.exec();
        return false;
    }
    reload();
    statusBar()->showMessage(tr("Incident deleted."), 5000);
    return true;
}

bool MainWindow::reload()
{
    if (!m_repository)
        return false;
    QString error;
    std::shared_ptr<const RecordSet> records = RecordSet::load(*m_repository, &error);
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
    if (selected != 0) {
        const int row = page(view).proxy->proxyRowOf(selected);
        if (row >= 0)
            page(view).view->selectRow(row);
    }
    updateDetail();
    updateActions();
    return true;
}

void MainWindow::recordActivated(DetailPanel::Kind kind, RowId id)
{
    // Buyers have no table of their own: their details show in place.
    if (!selectRecord(View(int(kind)), id) && m_records)
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
    settings.setValue(settingsKey("splitter"), m_splitter->saveState());
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        settings.setValue(settingsKey("columns/") + QLatin1String(kViewNames[i]),
                          m_pages[i].view->horizontalHeader()->saveState());
    }
    settings.setValue(settingsKey("view"), QLatin1String(kViewNames[int(currentView())]));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

} // namespace vigie
