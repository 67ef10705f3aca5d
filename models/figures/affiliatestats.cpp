#include "affiliatestats.h"
#include "../audit/audit.h"
#include "../common/logging.h"
#include "../policy/tierpolicy.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace TierDesk {

namespace {

const QString AsOfKey = QStringLiteral("stats_as_of");

Result<QDateTime> storedAsOf(const Connection &connection)
{
    auto query
        = connection.prepare(QStringLiteral("SELECT value FROM tierdesk_meta WHERE key = ?"));
    if (!query)
        return query.error();
    query->addBindValue(AsOfKey);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    const QDateTime asOf = query->next() ? SqlDialect::toDateTime(query->value(0)) : QDateTime();
    query->finish();
    return asOf;
}

// INSERT ... SELECT of the live figures for the affiliates `where` picks.
QString insertSelect(const AffiliateStats::LiveSql &live, const QString &where, bool upsert)
{
    QString sql = QStringLiteral(
        "INSERT INTO tierdesk_affiliate_stats (affiliate_id, commissions_90d_cents, events, "
        "duplicates, conflicts, drift, computed_at) "
        "SELECT p.id, %1, ? FROM affiliate_profiles p WHERE %2")
                      .arg(live.items, where);
    if (upsert)
        sql += QStringLiteral(
            " ON CONFLICT (affiliate_id) DO UPDATE SET "
            "commissions_90d_cents = excluded.commissions_90d_cents, events = excluded.events, "
            "duplicates = excluded.duplicates, conflicts = excluded.conflicts, "
            "drift = excluded.drift, computed_at = excluded.computed_at");
    return sql;
}

} // namespace

AffiliateStats::LiveSql AffiliateStats::liveFigures(
    const SqlDialect &dialect, const QDateTime &end, int windowSeconds)
{
    // Race duplicates (`toComparison` IS NOT DISTINCT FROM) or conflicts (IS DISTINCT FROM)
    // of one affiliate: its chain with LAG, as the audit reads it.
    const QString gap = dialect.gapWithinMs(QStringLiteral("x.created_at"), QStringLiteral("x.pa"));
    const auto chainCount = [&gap](const QString &toComparison) {
        return QStringLiteral("(SELECT COUNT(*) FROM (SELECT e.from_rate, e.to_rate, e.created_at, "
                              "LAG(e.from_rate) OVER w AS pf, LAG(e.to_rate) OVER w AS pt, "
                              "LAG(e.created_at) OVER w AS pa FROM tier_events e "
                              "WHERE e.affiliate_id = p.id AND e.status = 'active' "
                              "WINDOW w AS (ORDER BY e.created_at, e.id%3)) x "
                              "WHERE x.from_rate = x.pf AND x.to_rate %1 x.pt AND %2)")
            .arg(toComparison, gap, SqlDialect::lagFrame());
    };
    LiveSql live;
    live.items = QStringLiteral(
        "COALESCE((SELECT %3 FROM "
        "affiliate_commissions c "
        "WHERE c.affiliate_id = p.id AND c.created_at > ? AND c.created_at <= ?), 0) AS sum90, "
        "(SELECT COUNT(*) FROM tier_events e WHERE e.affiliate_id = p.id AND e.status = 'active') "
        "AS events, "
        "%1 AS duplicates, %2 AS conflicts, "
        "COALESCE((SELECT CASE WHEN e.to_rate IS DISTINCT FROM p.commission_rate THEN 1 ELSE 0 END "
        "FROM tier_events e WHERE e.affiliate_id = p.id AND e.status = 'active' "
        "ORDER BY e.created_at DESC, e.id DESC LIMIT 1), 0) AS drift")
                     .arg(chainCount(QStringLiteral("IS NOT DISTINCT FROM")),
                         chainCount(QStringLiteral("IS DISTINCT FROM")),
                         dialect.sumCents(QStringLiteral("c.commission_amount")));
    const QDateTime utcEnd = end.toUTC();
    live.values = {SqlDialect::timeValue(utcEnd.addDays(-TierPolicy::WindowDays)),
        SqlDialect::timeValue(utcEnd), qint64(windowSeconds) * 1000, qint64(windowSeconds) * 1000};
    return live;
}

Result<AffiliateStats::Status> AffiliateStats::status(const Connection &connection)
{
    Status status;
    auto asOf = storedAsOf(connection);
    if (!asOf)
        return asOf.error();
    status.asOf = *asOf;
    auto query
        = connection.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM affiliate_profiles), "
                                            "(SELECT COUNT(*) FROM tierdesk_affiliate_stats)"));
    if (!query)
        return query.error();
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    if (query->next()) {
        status.affiliates = query->value(0).toLongLong();
        status.summarised = query->value(1).toLongLong();
    }
    query->finish();
    return status;
}

Result<AffiliateStats::Status> AffiliateStats::refresh(
    const Connection &connection, const QDateTime &now)
{
    if (!connection.isWritable())
        return Error::refused(
            tr("The session is read-only; turn on write access to refresh the figures."));
    QElapsedTimer timer;
    timer.start();
    {
        Transaction transaction(connection);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        if (auto filled = fill(connection, now); !filled)
            return filled.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    qCDebug(lcDb) << "affiliate figures refreshed in" << timer.elapsed() << "ms";
    return status(connection);
}

Result<void> AffiliateStats::fill(const Connection &connection, const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    // PostgreSQL: readers go on reading the old summary; a backfill's or an
    // evaluation's row update waits, then lands on the new rows.
    if (connection.dialect().isPostgres()) {
        if (auto locked = connection.exec(
                QStringLiteral("LOCK TABLE tierdesk_affiliate_stats IN EXCLUSIVE MODE"));
            !locked)
            return locked;
    }
    if (auto cleared = connection.exec(QStringLiteral("DELETE FROM tierdesk_affiliate_stats"));
        !cleared)
        return cleared;
    // The same figures as liveFigures(), each computed in one pass over its table
    // instead of once per affiliate.
    const SqlDialect &d = connection.dialect();
    const QString gap = d.gapWithinMs(QStringLiteral("created_at"), QStringLiteral("pa"));
    auto insert
        = connection.prepare(QStringLiteral(
            "INSERT INTO tierdesk_affiliate_stats (affiliate_id, commissions_90d_cents, events, "
            "duplicates, conflicts, drift, computed_at) "
            "SELECT p.id, COALESCE(c.sum90, 0), COALESCE(e.events, 0), COALESCE(e.duplicates, 0), "
            "COALESCE(e.conflicts, 0), "
            "COALESCE((SELECT CASE WHEN l.to_rate IS DISTINCT FROM p.commission_rate THEN 1 "
            "ELSE 0 END FROM tier_events l WHERE l.affiliate_id = p.id AND l.status = 'active' "
            "ORDER BY l.created_at DESC, l.id DESC LIMIT 1), 0), ? "
            "FROM affiliate_profiles p "
            "LEFT JOIN (SELECT affiliate_id, "
            "%2 AS sum90 "
            "FROM affiliate_commissions WHERE created_at > ? AND created_at <= ? "
            "GROUP BY affiliate_id) c ON c.affiliate_id = p.id "
            "LEFT JOIN (SELECT affiliate_id, COUNT(*) AS events, "
            "SUM(CASE WHEN from_rate = pf AND to_rate IS NOT DISTINCT FROM pt AND %1 THEN 1 "
            "ELSE 0 END) AS duplicates, "
            "SUM(CASE WHEN from_rate = pf AND to_rate IS DISTINCT FROM pt AND %1 THEN 1 "
            "ELSE 0 END) AS conflicts "
            "FROM (SELECT affiliate_id, from_rate, to_rate, created_at, "
            "LAG(from_rate) OVER w AS pf, LAG(to_rate) OVER w AS pt, LAG(created_at) OVER w AS pa "
            "FROM tier_events WHERE status = 'active' "
            "WINDOW w AS (PARTITION BY affiliate_id ORDER BY created_at, id%3)) x "
            "GROUP BY affiliate_id) e ON e.affiliate_id = p.id")
                                 .arg(gap, d.sumCents(QStringLiteral("commission_amount")),
                                     SqlDialect::lagFrame()));
    if (!insert)
        return insert.error();
    const qint64 windowMs = qint64(Audit::DefaultWindowSeconds) * 1000;
    for (const QVariant &value :
        {SqlDialect::timeValue(at), SqlDialect::timeValue(at.addDays(-TierPolicy::WindowDays)),
            SqlDialect::timeValue(at), QVariant(windowMs), QVariant(windowMs)})
        insert->addBindValue(value);
    if (auto done = Connection::exec(*insert); !done)
        return done;
    insert->finish();
    auto stamp = connection.prepare(
        QStringLiteral("INSERT INTO tierdesk_meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!stamp)
        return stamp.error();
    stamp->addBindValue(AsOfKey);
    stamp->addBindValue(SqlDialect::timeText(at));
    return Connection::exec(*stamp);
}

Result<void> AffiliateStats::refreshAffiliates(
    const Connection &connection, const QStringList &affiliateIds, const QDateTime &now)
{
    if (affiliateIds.isEmpty())
        return {};
    auto asOf = storedAsOf(connection);
    if (!asOf)
        return asOf.error();
    if (!asOf->isValid())
        return {}; // no summary to keep current
    const QDateTime at = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    const LiveSql live = liveFigures(connection.dialect(), at, Audit::DefaultWindowSeconds);
    const auto memberships = connection.dialect().membersOf(
        QStringLiteral("p.id"), affiliateIds, QStringLiteral("uuid[]"));
    for (const SqlDialect::Membership &membership : memberships) {
        auto upsert = connection.prepare(insertSelect(live, membership.sql, true));
        if (!upsert)
            return upsert.error();
        for (const QVariant &value : live.values)
            upsert->addBindValue(value);
        upsert->addBindValue(SqlDialect::timeValue(at));
        for (const QVariant &value : membership.values)
            upsert->addBindValue(value);
        if (auto done = Connection::exec(*upsert); !done)
            return done;
    }
    return {};
}

Result<void> AffiliateStats::lockForAdjust(const Connection &connection)
{
    if (!connection.dialect().isPostgres())
        return {}; // BEGIN IMMEDIATE already holds the only write lock there is
    return connection.exec(
        QStringLiteral("LOCK TABLE tierdesk_affiliate_stats IN ROW EXCLUSIVE MODE"));
}

Result<void> AffiliateStats::adjustForBatch(
    const Connection &connection, const QMap<QString, QList<qint64>> &changed, int sign)
{
    if (changed.isEmpty())
        return {};
    auto asOf = storedAsOf(connection);
    if (!asOf)
        return asOf.error();
    if (!asOf->isValid())
        return {};
    // Affiliates grouped by how many of their rows changed (almost always 1 or 2), so
    // each statement is a plain IN list with one delta.
    QMap<qint64, QStringList> byDelta;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        byDelta[qint64(sign) * it.value().size()] << it.key();
    for (auto group = byDelta.cbegin(); group != byDelta.cend(); ++group) {
        const auto memberships = connection.dialect().membersOf(
            QStringLiteral("affiliate_id"), group.value(), QStringLiteral("uuid[]"));
        for (const SqlDialect::Membership &membership : memberships) {
            // Never below zero: a summary older than the batch may not have counted them.
            auto update = connection.prepare(
                QStringLiteral("UPDATE tierdesk_affiliate_stats SET "
                               "events = CASE WHEN events + ? < 0 THEN 0 ELSE events + ? END, "
                               "duplicates = CASE WHEN duplicates + ? < 0 THEN 0 "
                               "ELSE duplicates + ? END WHERE %1")
                    .arg(membership.sql));
            if (!update)
                return update.error();
            for (int use = 0; use < 4; ++use)
                update->addBindValue(group.key());
            for (const QVariant &value : membership.values)
                update->addBindValue(value);
            if (auto done = Connection::exec(*update); !done)
                return done;
        }
    }
    return {};
}

QJsonObject AffiliateStats::Status::toJson() const
{
    return {{QStringLiteral("as_of"),
                asOf.isValid() ? QJsonValue(SqlDialect::timeText(asOf)) : QJsonValue()},
        {QStringLiteral("affiliates"), affiliates}, {QStringLiteral("summarised"), summarised},
        {QStringLiteral("usable"), usable()}};
}

} // namespace TierDesk
