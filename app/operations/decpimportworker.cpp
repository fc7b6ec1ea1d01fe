#include "decpimportworker.h"

#include "databaseoperations.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace vigie {

DecpImportWorker::DecpImportWorker(const QString &databasePath, const DecpImportOptions &options, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_options(options)
{
    qRegisterMetaType<vigie::DecpImportProgress>();
    qRegisterMetaType<vigie::DecpImportResult>();
    m_thread.setObjectName(QStringLiteral("DECP import"));
    // The work runs in the thread's started() handler, on the worker thread; signals cross back queued.
    connect(
        &m_thread, &QThread::started, &m_thread, [this] { run(); }, Qt::DirectConnection);
}

DecpImportWorker::~DecpImportWorker()
{
    cancel();
    m_thread.wait();
}

void DecpImportWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
}

void DecpImportWorker::cancel()
{
    m_cancel.store(true);
    const QMutexLocker locker(&m_mutex);
    if (m_importer)
        m_importer->cancel();
}

bool DecpImportWorker::isRunning() const
{
    return m_thread.isRunning();
}

void DecpImportWorker::run()
{
    DecpImportResult result;
    {
        Database database;
        if (!database.open(m_databasePath)) {
            result.error = database.errorString();
        } else {
            DecpImporter importer(database.connection());
            importer.setProgressCallback([this](const DecpImportProgress &p) {
                QMetaObject::invokeMethod(
                    this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
            });
            {
                const QMutexLocker locker(&m_mutex);
                m_importer = &importer;
            }
            if (m_cancel.load())
                importer.cancel(); // cancelled before the importer existed
            // A backup first, then the import: the command line's vigie import runs the same operation.
            result = operations::importDecp(database, importer, m_options);
            const QMutexLocker locker(&m_mutex);
            m_importer = nullptr;
        }
    }
    m_thread.quit();
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

} // namespace vigie
