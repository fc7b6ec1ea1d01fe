#pragma once

#include "storage/decpimporter.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>

namespace vigie {

/// Runs a DECP import (operations::importDecp: a backup, then the import) on a thread of its own, with its own
/// connection to the database (a connection belongs to the thread that opened it), so that the window stays responsive
/// and browsable: the import holds the write lock, readers see the database as it was until the commit.
///
///     auto *job = new DecpImportWorker(databasePath, options, this);
///     connect(job, &DecpImportWorker::progress, bar, ...);
///     connect(job, &DecpImportWorker::finished, this, [job](const DecpImportResult &r) { ...; job->deleteLater(); });
///     job->start();   // cancel() at any time: the database is left as it was
class DecpImportWorker : public QObject
{
    Q_OBJECT

public:
    DecpImportWorker(const QString &databasePath, const DecpImportOptions &options, QObject *parent = nullptr);
    /// Cancels a running import and waits for its thread.
    ~DecpImportWorker() override;

    void start();
    /// Thread-safe; finished() follows with result.cancelled set, and nothing imported.
    void cancel();
    bool isRunning() const;

signals:
    /// About ten times a second, queued to the thread that created the worker.
    void progress(const vigie::DecpImportProgress &progress);
    void finished(const vigie::DecpImportResult &result);

private:
    void run(); // on the worker thread

    QString m_databasePath;
    DecpImportOptions m_options;
    QThread m_thread;
    std::atomic<bool> m_cancel {false};
    QMutex m_mutex; // guards m_importer, which lives on the worker thread's stack
    DecpImporter *m_importer = nullptr;
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::DecpImportProgress)
Q_DECLARE_METATYPE(vigie::DecpImportResult)
