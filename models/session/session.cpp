#include "session.h"
#include "../common/format.h"
#include "../schema/schema.h"

#include <QSqlQuery>
#include <QUuid>

namespace TierDesk {

Session::Session(const DatabaseUrl &url, const Facts &facts, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_facts(facts)
    , m_reader(std::make_unique<DatabaseWorker>(url, Connection::Mode::Browse))
    , m_deskId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(m_reader.get(), &DatabaseWorker::busyChanged, this, &Session::busyChanged);
    // Every amount the window shows is in the database's currency.
    Format::setCurrency(facts.policy.currency());
}

Session::~Session() = default;

void Session::probe(
    const DatabaseUrl &url, QObject *context, std::function<void(Result<Facts>)> done)
{
    // A worker of its own, gone once it has answered; it reads the primary, and opens
    // the standby (if any) to check it too.
    auto *worker = new DatabaseWorker(url, Connection::Mode::ReadOnly, context);
    worker->run(
        context,
        [](const Connection &c) -> Result<Facts> {
            if (auto production = Schema::checkMigrated(c); !production)
                return production.error();
            Facts facts;
            auto sandbox = Schema::isSandbox(c);
            if (!sandbox)
                return sandbox.error();
            facts.sandbox = *sandbox;
            auto policy = TierPolicy::load(c);
            if (!policy)
                return policy.error();
            facts.policy = *policy;
            auto count = c.prepare(QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles"));
            if (!count)
                return count.error();
            if (auto done = Connection::exec(*count); !done)
                return done.error();
            facts.affiliates = count->next() ? count->value(0).toLongLong() : 0;
            count->finish();
            // The standby everything shown is read from: reachable, and TierDesk's.
            if (c.url().standby()) {
                auto standby = Connection::open(c.url(), Connection::Mode::Browse);
                if (!standby)
                    return standby.error();
                if (auto tables = Schema::checkMigrated(**standby); !tables)
                    return tables.error();
            }
            QSqlQuery version(c.database());
            if (version.exec(c.dialect().versionQuery()) && version.next())
                facts.engineVersion = (c.dialect().isPostgres() ? QStringLiteral("PostgreSQL ")
                                                                : QStringLiteral("SQLite "))
                    + version.value(0).toString();
            return facts;
        },
        [worker, done](Result<Facts> facts) {
            worker->deleteLater();
            done(std::move(facts));
        });
}

QHash<int, QString> Session::tierNames() const
{
    QHash<int, QString> names;
    for (const auto &tier : m_facts.policy.tiers())
        names.insert(tier.rate, tier.name);
    return names;
}

bool Session::setWritesEnabled(bool enabled)
{
    if (enabled == writesEnabled())
        return true;
    if (enabled) {
        m_writer = std::make_unique<DatabaseWorker>(m_url, Connection::Mode::ReadWrite);
        connect(m_writer.get(), &DatabaseWorker::busyChanged, this, &Session::busyChanged);
    } else {
        // Closing the writer waits for its queue: not while a backfill is running.
        if (m_writer->isBusy())
            return false;
        m_writer.reset();
    }
    emit writesEnabledChanged(enabled);
    return true;
}

bool Session::isBusy() const
{
    return m_reader->isBusy() || (m_writer && m_writer->isBusy());
}

} // namespace TierDesk
