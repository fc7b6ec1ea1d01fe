#pragma once

#include "detailpanel.h"
#include "storage/records.h"

#include <QMainWindow>

#include <array>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace vigie {

class Database;
class RecordFilterProxyModel;
class RecordSet;
class RecordTableModel;
class Repository;

/// Browses a Vigie database: subcontractors, contracts, tasks, incidents and sources in sortable,
/// filterable tables, with a detail panel showing what links to the selected row; adds, edits and
/// deletes incidents. Opening a file never creates it; a file that cannot be opened leaves the
/// current database open.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Subcontractors, Contracts, Tasks, Incidents, Sources };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an existing database and shows it. On failure returns false, sets `error` and keeps
    /// the current database. Remembers the path as the last database on success.
    bool openDatabase(const QString &path, QString *error = nullptr);
    /// Creates a new database at `path` (which must not exist), with the demo data if asked, and shows it.
    bool createDatabase(const QString &path, bool withDemoData, QString *error = nullptr);
    QString databasePath() const;

    /// The interactive forms: message boxes on failure.
    void openDatabaseInteractively(const QString &path);
    void createDatabaseInteractively(const QString &path);

    View currentView() const;
    void setCurrentView(View view);
    /// Shows the record in its view (clearing filters that would hide it) and selects it.
    bool selectRecord(View view, RowId id);
    RowId selectedId() const;
    std::shared_ptr<const RecordSet> records() const { return m_records; }

    /// Opens the incident dialog; returns the id of the saved incident, 0 when cancelled.
    RowId newIncident(RowId subcontractorId = 0, RowId contractId = 0);
    RowId editIncident(RowId id);
    /// Asks for confirmation, then deletes. Returns true when deleted.
    bool deleteIncident(RowId id);
    /// Reads the database again, keeping the view, filters and selection.
    bool reload();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
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
    void fillFilterChoices();
    void applyFilters();
    void clearFilters();
    void updateDetail();
    void updateActions();
    void updateRowCount();
    void showContextMenu(View view, const QPoint &position);
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void showAbout();
    void recordActivated(DetailPanel::Kind kind, RowId id);
    void readSettings();
    void writeSettings() const;
    const Page &page(View view) const { return m_pages[std::size_t(view)]; }

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repository> m_repository;
    std::shared_ptr<const RecordSet> m_records;
    std::array<Page, 5> m_pages;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_subcontractorFilter = nullptr;
    QComboBox *m_buyerFilter = nullptr;
    QSpinBox *m_fromYear = nullptr;
    QSpinBox *m_toYear = nullptr;
    QLabel *m_rowCount = nullptr;
    QLabel *m_databaseLabel = nullptr;
    DetailPanel *m_detail = nullptr;

    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_newIncidentAction = nullptr;
    QAction *m_editIncidentAction = nullptr;
    QAction *m_deleteIncidentAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace vigie
