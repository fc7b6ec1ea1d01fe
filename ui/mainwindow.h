#pragma once

#include "detailpanel.h"
#include "incidentcommands.h"
#include "models/modelexport.h"
#include "storage/records.h"

#include <QMainWindow>
#include <QPointer>

#include <array>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace vigie {

namespace decp {
struct CsvMapping;
}

class DatabaseSession;
class ChartsView;
class Database;
class DecpImportDialog;
class OpenDataView;
class RecordFilterProxyModel;
class RecordSet;
class RecordTableModel;
class Repository;
class TableExportWorker;
struct DecpImportResult;

/// Browses a Vigie database: subcontractors, contracts, tasks, incidents and sources in sortable,
/// filterable tables, with a detail panel showing what links to the selected row, and the charts page;
/// adds, edits and deletes incidents (undoably) and sources; exports tables; imports DECP files; backs up,
/// checks and restores the database. Opening a file never creates it; a file that cannot be opened
/// leaves the current database open. A read-only database is browsed, never changed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// OpenData: every contract of the database, open data included, in a windowed table (OpenDataView);
    /// the Contracts page holds the followed ones.
    enum class View { Subcontractors, Contracts, Tasks, Incidents, Sources, Charts, OpenData };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an existing database and shows it (read-only when asked, or when the file is). On failure
    /// returns false, sets `error` and keeps the current database. Remembers the path as the last database.
    bool openDatabase(const QString &path, QString *error = nullptr, bool readOnly = false);
    /// Creates a new database at `path` (which must not exist), with the demo data if asked, and shows it.
    bool createDatabase(const QString &path, bool withDemoData, QString *error = nullptr);
    QString databasePath() const;
    /// Whether the open database can be changed now: open, not read-only, no import running.
    bool isEditable() const;

    /// The interactive forms: message boxes on failure.
    void openDatabaseInteractively(const QString &path);
    void createDatabaseInteractively(const QString &path);

    View currentView() const;
    void setCurrentView(View view);
    /// Shows the record in its view (clearing filters that would hide it) and selects it.
    bool selectRecord(View view, RowId id);
    RowId selectedId() const;
    std::shared_ptr<const RecordSet> records() const { return m_records; }
    /// The charts page, made on the open database's connection when first needed; nullptr without a database.
    ChartsView *chartsView();
    /// The open-data page of the open database, made when first asked for; nullptr without a database.
    OpenDataView *openDataView();
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Opens the incident dialog; returns the id of the saved incident, 0 when cancelled. Undoable.
    RowId newIncident(RowId subcontractorId = 0, RowId contractId = 0);
    RowId editIncident(RowId id);
    /// Asks for confirmation, then deletes (undoably). Returns true when deleted.
    bool deleteIncident(RowId id);
    /// Lists the deleted incidents the history keeps, to bring one back (Incident > Deleted incidents...).
    void showDeletedIncidents();
    /// Opens the source dialog; returns the id of the saved source, 0 when cancelled. Undoable.
    RowId newSource();
    /// Edits the source through the source dialog; its id once saved, else 0. Undoable.
    RowId editSource(RowId id);
    /// Adds a subcontractor, or edits one, through SubcontractorDialog; its id once saved, else 0. Undoable.
    RowId newSubcontractor();
    RowId editSubcontractor(RowId id);
    /// Adds a delegated task (done by `subcontractorId`, under `contractId`, when given), or edits one,
    /// through TaskDialog; its id once saved, else 0. Undoable, with the sources made from the dialog.
    RowId newTask(RowId subcontractorId = 0, RowId contractId = 0);
    RowId editTask(RowId id);
    /// Ask for confirmation, then delete (undoably) a record nothing refers to; otherwise say what still
    /// refers to it and change nothing. True when deleted.
    bool deleteSource(RowId id);
    bool deleteSubcontractor(RowId id);
    bool deleteTask(RowId id);
    /// Reads the database again, keeping the view, filters and selection; the charts follow.
    bool reload();

    /// Writes the rows the current table shows (filter and sort as shown, columns in their visible order).
    bool exportCurrentView(const QString &path, const TableFileOptions &options, QString *error);
    /// Writes the contracts the open-data page shows (every match of its search, in its order, with every
    /// column and the sources) on a worker thread, with a progress dialog that can cancel. Returns the job,
    /// or nullptr when the page is not open or an export is already running.
    TableExportWorker *exportOpenData(const QString &path, const TableFileOptions &options);
    void stopOpenDataExport();
    /// Takes a backup now, keeping the number of backups the preferences say. Returns its path, empty on error.
    QString backUp(const QString &reason, QString *error);
    /// Takes the daily backup when the preferences ask for it and the last one is a day old. True when one was made.
    bool backUpIfDue();
    /// Full integrity check and foreign-key check of the open database: the problems, empty when sound.
    QStringList checkIntegrity() const;
    /// Closes the database, replaces it with the backup (backups::restore, which backs the current file up
    /// first) and opens it again. On failure the previous database is open again, unchanged.
    bool restoreBackup(const QString &backupPath, QString *error);
    /// Starts importing DECP files on a worker thread (after a backup) and shows the progress dialog.
    /// Returns the dialog, or nullptr when the import could not start (a message box says why).
    DecpImportDialog *importDecp(const QStringList &files, const decp::CsvMapping &csvMapping);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Opens SubcontractorDialog on `organisation` (a new one when it has no id); then shows what was saved.
    RowId runSubcontractorDialog(const Organisation &organisation);
    RowId runTaskDialog(const Task &task);
    RowId runSourceDialog(const Source &source);
    /// Pushes `command` (a change a dialog has made) with the sources made from that dialog, as one step of
    /// the undo stack; `command` may be nullptr (the dialog was cancelled, its new sources stay).
    void pushEdit(QUndoCommand *command, const QList<Source> &addedSources);
    /// Asks "Delete ...?" with what goes with it; true when the user confirms.
    bool confirmDelete(const QString &title, const QString &question, const QString &details);
    /// Asks, then deletes with `remove` and pushes the command `makeCommand` made beforehand; when `remove`
    /// fails, says why and leaves the undo stack alone. True when deleted.
    bool deleteRecord(const QString &title, const QString &question, const QString &details,
                      const std::function<QUndoCommand *()> &makeCommand, const std::function<bool()> &remove,
                      const QString &doneMessage);
    /// The subcontractor or the contract of the selected row a new incident or task starts from (0 for none).
    std::pair<RowId, RowId> rowContext() const;
    struct Page
    {
        RecordTableModel *model = nullptr;
        RecordFilterProxyModel *proxy = nullptr;
        QTableView *view = nullptr;
        bool columnsSized = false; // by the user's saved layout or once to the contents
    };

    void createActions();
    void createWidgets();
    QTableView *createTable(const QString &objectName, RecordTableModel *model, RecordFilterProxyModel *proxy);
    bool showDatabase(std::unique_ptr<Database> database, QString *error);
    void closeDatabase();
    void viewChanged(int row);
    void deleteChartsView();
    void refreshCharts();
    void fillFilterChoices();
    void applyFilters();
    void clearFilters();
    void updateDetail();
    void updateActions();
    void updateRowCount();
    void updateTitle();
    void showContextMenu(View view, const QPoint &position);
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void chooseTableExport();
    void chooseDecpFiles();
    void chooseBackupToRestore();
    void showPreferences();
    void checkIntegrityInteractively();
    void backUpInteractively();
    void importFinished(const DecpImportResult &result);
    void showAbout();
    void recordActivated(DetailPanel::Kind kind, RowId id);
    void readSettings();
    void writeSettings() const;
    static bool isTableView(View view) { return view != View::Charts && view != View::OpenData; }
    void deleteOpenDataView();
    void updateDatabaseLabel();
    bool canBackUp() const;
    bool canRestore() const;
    void checkFinished(const QString &path, const QStringList &problems);
    const Page &page(View view) const { return m_pages[std::size_t(view)]; }

    DatabaseSession *m_session = nullptr; // the open database's life cycle
    std::shared_ptr<const RecordSet> m_records;
    std::array<Page, 5> m_pages;
    UndoContext m_history;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_filterBar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_subcontractorFilter = nullptr;
    QComboBox *m_buyerFilter = nullptr;
    QSpinBox *m_fromYear = nullptr;
    QSpinBox *m_toYear = nullptr;
    QLabel *m_rowCount = nullptr;
    QLabel *m_databaseLabel = nullptr;
    DetailPanel *m_detail = nullptr;
    QWidget *m_chartsPage = nullptr;
    QLabel *m_chartsPlaceholder = nullptr;
    ChartsView *m_charts = nullptr;
    bool m_chartsStale = false;
    QWidget *m_openDataPage = nullptr;
    QLabel *m_openDataPlaceholder = nullptr;
    OpenDataView *m_openData = nullptr;
    QByteArray m_tableSplitterState; // while the charts page hides the details
    QUndoStack *m_undoStack = nullptr;
    QPointer<DecpImportDialog> m_importDialog;
    QPointer<TableExportWorker> m_openDataExport;

    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_importDecpAction = nullptr;
    QAction *m_exportTableAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_newIncidentAction = nullptr;
    QAction *m_editIncidentAction = nullptr;
    QAction *m_deleteIncidentAction = nullptr;
    QAction *m_deletedIncidentsAction = nullptr;
    QAction *m_newSourceAction = nullptr;
    QAction *m_editSourceAction = nullptr;
    QAction *m_newSubcontractorAction = nullptr;
    QAction *m_editSubcontractorAction = nullptr;
    QAction *m_newTaskAction = nullptr;
    QAction *m_editTaskAction = nullptr;
    QAction *m_deleteSourceAction = nullptr;
    QAction *m_deleteSubcontractorAction = nullptr;
    QAction *m_deleteTaskAction = nullptr;
    QAction *m_checkIntegrityAction = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace vigie
