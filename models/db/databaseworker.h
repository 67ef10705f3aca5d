#pragma once

#include "connection.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace TierDesk {

// A thread with its own database connection that runs jobs one after another,
// so the UI thread never waits on the database. Results come back as plain
// values to a callback on the caller's thread, and are dropped if the object
// that asked is gone by then.
class DatabaseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    // A read-only worker's PostgreSQL session cancels a statement after this long.
    static constexpr int InteractiveStatementTimeoutMs = 60000;

    DatabaseWorker(const DatabaseUrl &url, Connection::Mode mode, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    const DatabaseUrl &url() const { return m_url; }
    Connection::Mode mode() const { return m_mode; }
    bool isBusy() const { return m_pending.load() > 0; }

    // Runs `job(connection)` on the worker thread; then `done(result)` on
    // `context`'s thread. `job` returns a Result<T>; an unopenable database
    // becomes that Result's error.
    template <typename Job, typename Done>
    void run(QObject *context, Job job, Done done)
    {
        using R = decltype(job(std::declval<const Connection &>()));
        QPointer<QObject> guard(context);
        post([guard, job = std::move(job), done = std::move(done)](
                 const Connection *connection, const Error *error) {
            R result = connection ? job(*connection) : R(*error);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [done, result = std::move(result)]() mutable { done(std::move(result)); },
                Qt::QueuedConnection);
        });
    }

signals:
    void busyChanged(bool busy);

private:
    using Task = std::function<void(const Connection *connection, const Error *openError)>;
    void post(Task task);

    DatabaseUrl m_url;
    Connection::Mode m_mode;
    QThread m_thread;
    QObject *m_home = nullptr; // lives in m_thread; jobs are queued to it
    std::unique_ptr<Connection> m_connection; // created and destroyed on m_thread
    std::optional<Error> m_openError;
    std::atomic<int> m_pending{0};
};

} // namespace TierDesk
