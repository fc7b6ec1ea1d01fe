#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>

struct sqlite3;

namespace vigie {

/// PRAGMA quick_check of a database file on a thread of its own, with its own read-only connection,
/// for a file Database::open(..., OpenCheck::Later) did not check: the window opens at once and
/// writes nothing until the check has passed.
class BackgroundCheck : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundCheck(QObject *parent = nullptr);
    /// Interrupts a running check and waits for its thread.
    ~BackgroundCheck() override;

    /// Starts checking `path`; a check already running is interrupted first.
    void start(const QString &path);
    /// Interrupts the check (SQLite stops at its next step) and waits; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    /// The check ended: `problems` is empty when the file is sound. Emitted on the object's thread.
    void finished(const QString &path, const QStringList &problems);

private:
    struct Shared
    {
        std::atomic<sqlite3 *> handle {nullptr};
        std::atomic<bool> cancelled {false};
    };

    std::thread m_thread;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

} // namespace vigie
