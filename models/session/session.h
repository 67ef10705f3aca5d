#pragma once

#include "../db/databaseworker.h"
#include "../policy/tierpolicy.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace TierDesk {

// One open database as the GUI sees it: a read-only worker for everything it
// shows (on the URL's hot standby when it names one), and a second, writable worker
// on the primary only while the person has turned write actions on: previews run
// there too. Knows whether the database is a sandbox or production.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    struct Facts
    {
        bool sandbox = false;
        TierPolicy policy;
        qint64 affiliates = 0;
        QString engineVersion; // "SQLite 3.40.1", "PostgreSQL 15.8", for About
    };

    Session(const DatabaseUrl &url, const Facts &facts, QObject *parent = nullptr);
    ~Session() override;

    // Opens the database on a worker and checks its schema; `done` gets the
    // facts or the sentence saying why it cannot be used.
    static void probe(
        const DatabaseUrl &url, QObject *context, std::function<void(Result<Facts>)> done);

    const DatabaseUrl &url() const { return m_url; }
    bool isSandbox() const { return m_facts.sandbox; }
    QString engineVersion() const { return m_facts.engineVersion; }
    // PostgreSQL that `init` did not create: the production database.
    bool isProduction() const
    {
        return m_url.engine() == DatabaseUrl::Engine::Postgres && !m_facts.sandbox;
    }
    const TierPolicy &policy() const { return m_facts.policy; }
    qint64 affiliateCount() const { return m_facts.affiliates; }
    // The ticket of the last write, offered for the next one only when that one
    // touches no affiliate the last did not: a write recorded under another
    // affiliate's ticket would be a false trail.
    QString suggestedTicket(const QStringList &affiliateIds) const
    {
        if (m_lastTicket.isEmpty() || affiliateIds.isEmpty())
            return {};
        for (const QString &id : affiliateIds) {
            if (!m_lastTicketAffiliates.contains(id))
                return {};
        }
        return m_lastTicket;
    }
    void setLastTicket(const QString &ticket, const QStringList &affiliateIds)
    {
        m_lastTicket = ticket;
        m_lastTicketAffiliates = affiliateIds;
    }
    QHash<int, QString> tierNames() const;
    // This window's name in the writes it records (the audit log's details.desk and
    // the NOTIFY payload), so its own live feed can leave them out. Random per session.
    QString deskId() const { return m_deskId; }

    DatabaseWorker *reader() const { return m_reader.get(); }
    // The writable worker, or null while writes are off.
    DatabaseWorker *writer() const { return m_writer.get(); }
    bool writesEnabled() const { return m_writer != nullptr; }
    // What this window must see of its own writes at once (batches to undo, approval
    // requests): the writer (the primary) while writes are on, else the reader. A
    // standby the reader uses may not have replayed them yet.
    DatabaseWorker *latest() const { return m_writer ? m_writer.get() : m_reader.get(); }
    // False when writes cannot be turned off yet (a write is still running).
    bool setWritesEnabled(bool enabled);
    bool isBusy() const;

signals:
    void writesEnabledChanged(bool enabled);
    void busyChanged();

private:
    DatabaseUrl m_url;
    Facts m_facts;
    std::unique_ptr<DatabaseWorker> m_reader;
    std::unique_ptr<DatabaseWorker> m_writer;
    QString m_lastTicket;
    QString m_deskId;
    QStringList m_lastTicketAffiliates;
};

} // namespace TierDesk
