#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace vigie {

class BackgroundCheck;
class Database;
class Repository;

/// The life cycle of the database the window has open, apart from the window's pages and dialogs (as
/// KeePassXC's DatabaseWidget holds an open database apart from its MainWindow): opening and creating through
/// the shared operations, the background check of a large file, the daily backup under the backup policy,
/// backing up and restoring, closing. The window asks and shows; this decides what the database allows.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    /// An existing Vigie database, never created, never another kind of file. A large one opens at once,
    /// read-only until adopt()'s background check has found it sound.
    static std::unique_ptr<Database> open(const QString &path, bool readOnly, QString *error);
    /// A new database (operations::createDatabase), with the demo data when asked.
    static std::unique_ptr<Database> create(const QString &path, bool withDemoData, QString *error);

    /// Makes `database` the open one, with the repository the window read it through: closes the previous one,
    /// starts the background check when the file still needs it, else the daily backup when it is due.
    void adopt(std::unique_ptr<Database> database, std::unique_ptr<Repository> repository);
    /// Stops the check and lets the database go (aboutToClose() first, for every other handle on it).
    void close();

    Database *database() const { return m_database.get(); }
    Repository *repository() const { return m_repository.get(); }
    bool isOpen() const { return m_database != nullptr; }
    bool isReadOnly() const;
    bool isCheckPending() const { return m_checkPending; }
    bool isDamaged() const { return m_damaged; }

    /// An import runs into the database: nothing else writes to it meanwhile, not even the daily backup.
    void setImportRunning(bool running) { m_importRunning = running; }
    bool isImportRunning() const { return m_importRunning; }

    /// Edits, imports: open, writable, checked and sound, no import running.
    bool canWrite() const;
    /// A copy of a damaged (or not yet checked) file would push a sound backup out of the kept ones.
    bool canBackUp() const;
    /// A damaged database cannot be edited, but a backup can replace it.
    bool canRestore() const;

    /// A backup now (operations::backUp, pruned by the policy); its path, or empty with `error` set.
    QString backUp(const QString &reason, QString *error);
    /// The daily backup, when the policy asks for one, the database allows it and the last one is a day old.
    /// Emits dailyBackupMade() or dailyBackupFailed(); returns whether one was made.
    bool backUpIfDue();

    /// Replaces the database at `path`, which must be closed, with the backup (operations::restoreBackup).
    static bool restore(const QString &backupPath, const QString &path, QString *error);

signals:
    /// The background check ended: `problems` is empty when the file is sound (the daily backup follows).
    void checkFinished(const QString &path, const QStringList &problems);
    void dailyBackupMade(const QString &backupPath);
    void dailyBackupFailed(const QString &error);
    /// Before the database is closed or replaced: drop every other handle on it (charts, exports).
    void aboutToClose();

private:
    void onCheckFinished(const QString &path, const QStringList &problems);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repository> m_repository;
    BackgroundCheck *m_check = nullptr;
    QTimer *m_backupTimer = nullptr;
    bool m_checkPending = false; // a large file opened, its quick_check running in the background
    bool m_damaged = false; // the background check found damage: read-only until another database
    bool m_importRunning = false;
};

} // namespace vigie
