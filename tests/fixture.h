#pragma once

#include "../models/db/connection.h"
#include "../models/schema/schema.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

// Small helpers to build hand-made histories in a test database.
namespace Fixture {

inline std::unique_ptr<TierDesk::Connection> initialised(const TestDatabase &db)
{
    auto c = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::Create);
    if (!c || !TierDesk::Schema::initialize(**c))
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

// The error sentence of a failed Result, or nothing: for QVERIFY2, which
// evaluates its message even when the check passes.
template <typename T>
QByteArray why(const TierDesk::Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

} // namespace Fixture
