#include "databasesession.h"

#include "operations/backuppolicy.h"
#include "operations/databaseoperations.h"
#include "storage/backgroundcheck.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/repository.h"

#include <QTimer>

namespace vigie {

namespace {

constexpr qint64 kDailyBackupAge = 24 * 60 * 60; // seconds
constexpr int kBackupCheckInterval = 60 * 60 * 1000; // milliseconds

} // namespace

DatabaseSession::DatabaseSession(QObject *parent)
    : QObject(parent)
    , m_check(new BackgroundCheck(this))
    , m_backupTimer(new QTimer(this))
{
    connect(m_check, &BackgroundCheck::finished, this, &DatabaseSession::onCheckFinished);
    m_backupTimer->setInterval(kBackupCheckInterval);
    connect(m_backupTimer, &QTimer::timeout, this, &DatabaseSession::backUpIfDue);
    m_backupTimer->start();
}

DatabaseSession::~DatabaseSession()
{
    m_check->cancel();
}

std::unique_ptr<Database> DatabaseSession::open(const QString &path, bool readOnly, QString *error)
{
    auto database = std::make_unique<Database>();
    // Database::open never creates a missing file and refuses files that are not Vigie databases.
    if (!database->open(path, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite,
                        Database::OpenCheck::Later)) {
        *error = database->errorString();
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> DatabaseSession::create(const QString &path, bool withDemoData, QString *error)
{
    return operations::createDatabase(path, withDemoData, error);
}

void DatabaseSession::adopt(std::unique_ptr<Database> database, std::unique_ptr<Repository> repository)
{
    m_check->cancel();
    m_repository = std::move(repository);
    m_database = std::move(database);
    m_checkPending = m_database->isCheckPending();
    m_damaged = false;
    if (m_checkPending) {
        // Browsing starts at once; editing, importing and the daily backup wait for the check to pass.
        m_check->start(m_database->path());
    } else {
        // The daily backup once the window is up, so that opening is not slowed by it.
        QTimer::singleShot(0, this, &DatabaseSession::backUpIfDue);
    }
}

void DatabaseSession::close()
{
    emit aboutToClose();
    m_check->cancel();
    m_checkPending = false;
    m_damaged = false;
    m_repository.reset();
    m_database.reset();
}

bool DatabaseSession::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

bool DatabaseSession::canWrite() const
{
    return m_repository && m_database && !m_database->isReadOnly() && !m_checkPending && !m_damaged && !m_importRunning;
}

bool DatabaseSession::canBackUp() const
{
    return m_database && !m_checkPending && !m_damaged;
}

bool DatabaseSession::canRestore() const
{
    return canWrite() || (m_damaged && m_database && !m_database->isReadOnly() && !m_importRunning);
}

QString DatabaseSession::backUp(const QString &reason, QString *error)
{
    if (!m_database) {
        *error = tr("no database is open");
        return {};
    }
    if (!canBackUp()) {
        *error = m_damaged ? tr("the database is damaged: it is not backed up")
                           : tr("the database is being checked: it is backed up once that is done");
        return {};
    }
    return operations::backUp(*m_database, reason, error);
}

bool DatabaseSession::backUpIfDue()
{
    // Not during an import either: it took its own backup, and the next hourly check comes soon enough.
    if (!canBackUp() || m_database->isReadOnly() || m_importRunning || !BackupPolicy::load().daily
        || !backups::isDue(m_database->path(), kDailyBackupAge))
        return false;
    QString error;
    const QString path = backUp(QStringLiteral("daily"), &error);
    if (path.isEmpty()) {
        emit dailyBackupFailed(error);
        return false;
    }
    emit dailyBackupMade(path);
    return true;
}

bool DatabaseSession::restore(const QString &backupPath, const QString &path, QString *error)
{
    return operations::restoreBackup(backupPath, path, error);
}

void DatabaseSession::onCheckFinished(const QString &path, const QStringList &problems)
{
    if (!m_database || m_database->path() != path)
        return;
    m_checkPending = false;
    m_damaged = !problems.isEmpty();
    emit checkFinished(path, problems);
    if (!m_damaged)
        backUpIfDue();
}

} // namespace vigie
