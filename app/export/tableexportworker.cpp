#include "tableexportworker.h"

#include "storage/database.h"

namespace vigie {

TableExportWorker::TableExportWorker(const QString &databasePath, const QString &table,
                                     const TableExportOptions &options, const QString &path, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_table(table)
    , m_options(options)
    , m_path(path)
{
    m_thread.setObjectName(QStringLiteral("Table export"));
    // The work runs in the thread's started() handler, on the worker thread; signals cross back queued.
    connect(
        &m_thread, &QThread::started, &m_thread, [this] { run(); }, Qt::DirectConnection);
}

TableExportWorker::~TableExportWorker()
{
    cancel();
    m_thread.wait();
}

void TableExportWorker::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
}

void TableExportWorker::run()
{
    bool ok = false;
    QString error;
    qint64 rows = 0;
    {
        Database database;
        // The window's connection has checked and upgraded the file already.
        if (!database.open(m_databasePath, Database::Access::ReadOnly, Database::OpenCheck::Skip)) {
            error = database.errorString();
        } else {
            stopQueriesWhen(database.connection(), &m_cancel);
            TableExportOptions options = m_options;
            options.progress = [this, &rows](qint64 done, qint64 total) {
                rows = done;
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
                return !m_cancel.load();
            };
            ok = !m_cancel.load() && exportTableToFile(database.connection(), m_table, options, m_path, &error);
        }
    }
    const bool cancelled = !ok && m_cancel.load();
    m_thread.quit();
    QMetaObject::invokeMethod(
        this, [this, ok, cancelled, error, rows] { emit finished(ok, cancelled, error, rows); }, Qt::QueuedConnection);
}

} // namespace vigie
