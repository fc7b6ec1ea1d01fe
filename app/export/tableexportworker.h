#pragma once

#include "tableexport.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace vigie {

/// Exports a table into a file on a thread of its own, with its own read-only connection to the database
/// (a connection belongs to the thread that opened it), so that the window stays responsive while a million
/// contracts are written. The file is written through QSaveFile: it appears whole when the export succeeds,
/// and a file already at that path is left as it was when the export fails or is cancelled.
///
///     auto *job = new TableExportWorker(databasePath, QStringLiteral("contracts"), options, path, this);
///     connect(job, &TableExportWorker::progress, bar, ...);
///     connect(job, &TableExportWorker::finished, this, [job](bool ok, ...) { ...; job->deleteLater(); });
///     job->start();   // cancel() at any time
class TableExportWorker : public QObject
{
    Q_OBJECT

public:
    TableExportWorker(const QString &databasePath, const QString &table, const TableExportOptions &options,
                      const QString &path, QObject *parent = nullptr);
    /// Cancels a running export and waits for its thread.
    ~TableExportWorker() override;

    void start();
    /// Thread-safe, and stops a query under way too (the ids of a million contracts are read in one): finished()
    /// follows with `cancelled` set and no file written, unless the export had already completed.
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_thread.isRunning(); }
    /// Blocks until the worker's thread has ended (after cancel(), a moment); its connection is closed then.
    void wait() { m_thread.wait(); }

signals:
    /// Rows written so far and the total, queued to the thread that created the worker.
    void progress(qint64 done, qint64 total);
    /// `rows`: the contracts written (the contracts table reports its progress; others give 0); `error`
    /// says what went wrong unless `ok`.
    void finished(bool ok, bool cancelled, const QString &error, qint64 rows);

private:
    void run(); // on the worker thread

    QString m_databasePath;
    QString m_table;
    TableExportOptions m_options;
    QString m_path;
    QThread m_thread;
    std::atomic<bool> m_cancel {false};
};

} // namespace vigie
