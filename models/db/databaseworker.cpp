#include "databaseworker.h"
#include "../common/logging.h"

namespace TierDesk {

DatabaseWorker::DatabaseWorker(const DatabaseUrl &url, Connection::Mode mode, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_mode(mode)
{
    m_thread.setObjectName(QStringLiteral("tierdesk-db"));
    m_home = new QObject; // owned here, deleted after the thread has finished
    m_home->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // The connection must close on the thread that opened it.
    QMetaObject::invokeMethod(
        m_home, [this] { m_connection.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_home;
}

void DatabaseWorker::post(Task task)
{
    if (m_pending.fetch_add(1) == 0)
        emit busyChanged(true);
    QMetaObject::invokeMethod(
        m_home,
        [this, task = std::move(task)] {
            if (!m_connection && !m_openError) {
                auto opened = Connection::open(m_url, m_mode);
                if (opened) {
                    m_connection = std::move(*opened);
                    // The window's readers answer a person who is waiting: a query
                    // that runs away ends in a sentence, not a spinner.
                    if (!m_connection->isWritable()) {
                        if (auto limited
                            = m_connection->limitStatements(InteractiveStatementTimeoutMs);
                            !limited)
                            qCWarning(lcDb) << "no statement timeout:" << limited.error().message;
                    }
                } else {
                    m_openError = opened.error();
                }
            }
            task(m_connection.get(), m_openError ? &*m_openError : nullptr);
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_pending.fetch_sub(1) == 1)
                        emit busyChanged(false);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace TierDesk
