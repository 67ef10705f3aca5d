#pragma once

#include "../models/db/connection.h"
#include "../models/schema/schema.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

// Small helpers to build hand-made histories in a test database.
namespace Fixture {

// The layout of a PostgreSQL sandbox's big tables: plain, or partitioned as
// TIERDESK_TEST_PG_PARTITION (hash or range) says; scripts/test runs the database
// tests once more on each partitioned layout.
inline TierDesk::Schema::Layout layoutFor(const TestDatabase &db)
{
    if (db.engine() != QLatin1String("postgres"))
        return TierDesk::Schema::Layout::Plain;
    return TierDesk::Schema::layoutNamed(qEnvironmentVariable("TIERDESK_TEST_PG_PARTITION"))
        .value_or(TierDesk::Schema::Layout::Plain);
}

inline std::unique_ptr<TierDesk::Connection> initialised(const TestDatabase &db)
{
    auto c = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::Create);
    if (!c || !TierDesk::Schema::initialize(**c, layoutFor(db)))
        return nullptr;
    return std::move(*c);
}

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

inline QString addAffiliate(const TierDesk::Connection &c, const QString &handle, int rate = 20)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("INSERT INTO affiliate_profiles (id, handle, display_name, email, "
                             "commission_rate, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(handle);
    q.addBindValue(handle);
    q.addBindValue(handle + QStringLiteral("@example.com"));
    q.addBindValue(rate);
    q.addBindValue(QStringLiteral("2025-01-01T00:00:00.000Z"));
    return q.exec() ? id : QString();
}

// The id of the affiliate with this handle; empty when there is none.
inline QString idOf(const TierDesk::Connection &c, const QString &handle)
{
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral("SELECT id FROM affiliate_profiles WHERE handle = ?"));
    q.addBindValue(handle);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

inline bool addCommission(const TierDesk::Connection &c, const QString &affiliate,
    const QString &amount, const QDateTime &at, const QString &eventId = {})
{
    QSqlQuery q(c.database());
    q.prepare(QStringLiteral(
        "INSERT INTO affiliate_commissions (affiliate_id, stripe_event_id, commission_amount, "
        "created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(affiliate);
    q.addBindValue(eventId.isEmpty()
            ? QStringLiteral("evt_") + QUuid::createUuid().toString(QUuid::Id128)
            : eventId);
    q.addBindValue(amount);
    q.addBindValue(TierDesk::SqlDialect::timeValue(at));
    return q.exec();
}

// Inserts a tier event; with `id` > 0 the id is explicit (imports do that too).
inline qint64 addEvent(const TierDesk::Connection &c, const QString &affiliate, int from, int to,
    const char *at, const QString &status = QStringLiteral("active"), qint64 id = 0)
{
    QSqlQuery q(c.database());
    q.prepare(
        id > 0 ? QStringLiteral(
            "INSERT INTO tier_events (id, affiliate_id, from_rate, to_rate, created_at, status) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
               : QStringLiteral(
                   "INSERT INTO tier_events (affiliate_id, from_rate, to_rate, created_at, status) "
                   "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    if (id > 0)
        q.addBindValue(id);
    q.addBindValue(affiliate);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(TierDesk::SqlDialect::timeValue(utc(at)));
    q.addBindValue(status);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 written = q.value(0).toLongLong();
    q.finish();
    return written;
}

inline qint64 count(const TierDesk::Connection &c, const QString &sql, const QString &bind = {})
{
    QSqlQuery q(c.database());
    q.prepare(sql);
    if (!bind.isNull())
        q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every tier event (every column) and every profile's rate: what a write and its
// undo must give back exactly.
inline QStringList state(const TierDesk::Connection &c)
{
    QStringList rows;
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, affiliate_id, from_rate, to_rate, created_at, status, superseded_by, "
            "superseded_at, backfill_batch_id FROM tier_events ORDER BY id")))
        return {QStringLiteral("query failed")};
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 9; ++i)
            fields << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << fields.join(QLatin1Char('|'));
    }
    if (!q.exec(QStringLiteral("SELECT id, commission_rate FROM affiliate_profiles ORDER BY id")))
        return {QStringLiteral("query failed")};
    while (q.next())
        rows << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
    return rows;
}

// Real threads with real connections, released together: the shape of every
// concurrency test (two agents applying one plan, eight webhooks evaluating one
// affiliate). Each thread opens its own read-write connection and runs `body`,
// which must call meet() exactly once, where the threads are to line up (after
// their reads, before their writes); run() returns each thread's outcome, in order.
class Race
{
public:
    using Body = std::function<QString(int thread, const TierDesk::Connection &connection)>;

    explicit Race(int threads)
        : m_threads(threads)
    {
    }

    void meet()
    {
        m_arrived.fetch_add(1);
        while (m_arrived.load() < m_threads)
            QThread::yieldCurrentThread();
    }

    QStringList run(const TierDesk::DatabaseUrl &url, const Body &body)
    {
        m_arrived = 0;
        std::vector<QString> outcomes(static_cast<size_t>(m_threads));
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < m_threads; ++t) {
            threads.emplace_back(QThread::create([this, &url, &body, &outcomes, t] {
                auto own = TierDesk::Connection::open(url, TierDesk::Connection::Mode::ReadWrite);
                if (!own) {
                    outcomes[size_t(t)] = QStringLiteral("no connection: ") + own.error().message;
                    meet();
                    return;
                }
                outcomes[size_t(t)] = body(t, **own);
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            thread->wait();
        return QStringList(outcomes.cbegin(), outcomes.cend());
    }

private:
    int m_threads;
    std::atomic<int> m_arrived{0};
};

// The error sentence of a failed Result, or nothing: for QVERIFY2, which
// evaluates its message even when the check passes.
template <typename T>
QByteArray why(const TierDesk::Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

} // namespace Fixture
