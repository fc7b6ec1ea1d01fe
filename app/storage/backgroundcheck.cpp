#include "backgroundcheck.h"

#include "database.h"

#include <QMetaObject>

#include <sqlite3.h>

namespace vigie {

BackgroundCheck::BackgroundCheck(QObject *parent)
    : QObject(parent)
{
}

BackgroundCheck::~BackgroundCheck()
{
    cancel();
}

void BackgroundCheck::cancel()
{
    if (m_shared) {
        m_shared->cancelled = true;
        // sqlite3_interrupt may be called from any thread while the connection is open; the worker
        // clears the handle before it closes the connection.
        if (sqlite3 *handle = m_shared->handle.load())
            sqlite3_interrupt(handle);
    }
    if (m_thread.joinable())
        m_thread.join();
    m_shared.reset();
    m_running = false;
}

void BackgroundCheck::start(const QString &path)
{
    cancel();
    m_shared = std::make_shared<Shared>();
    m_running = true;
    m_thread = std::thread([this, path, shared = m_shared] {
        QStringList problems;
        {
            // A connection of this thread, made and closed here.
            Database database;
            if (!database.open(path, Database::Access::ReadOnly, Database::OpenCheck::Skip)) {
                problems << database.errorString();
            } else {
                shared->handle = sqliteHandle(database.connection());
                if (shared->cancelled) {
                    shared->handle = nullptr;
                    return;
                }
                problems = database.checkIntegrity(false);
                shared->handle = nullptr;
            }
        }
        if (shared->cancelled)
            return;
        // Delivered on the object's thread; cancel() joins this thread before the object can go.
        QMetaObject::invokeMethod(
            this,
            [this, path, problems] {
                m_running = false;
                emit finished(path, problems);
            },
            Qt::QueuedConnection);
    });
}

} // namespace vigie
