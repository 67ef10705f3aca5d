#include "auditsql.h"
#include "../common/text.h"

namespace TierDesk::AuditSql {

namespace {

std::optional<int> unpackRate(qint64 rate)
{
    return rate == 127 ? std::optional<int>() : std::optional<int>(int(rate));
}

// `filter` is written for tier_events.affiliate_id; the profile's own id is p.id.
QString forProfiles(const QString &filter)
{
    return QString(filter).replace(QLatin1String("affiliate_id"), QLatin1String("p.id"));
}

} // namespace

ChainEvent unpack(qint64 packed)
{
    ChainEvent event;
    event.id = packed / PackedId;
    event.fromRate = unpackRate((packed / PackedRate) % PackedRate);
    event.toRate = unpackRate(packed % PackedRate);
    return event;
}

QString chainQuery(const SqlDialect &dialect, const QString &filter)
{
    const bool withPreviousAt = dialect.hasCheapWindowFunctions();
    return QStringLiteral(
        "SELECT affiliate_id, id, from_rate, to_rate, %6, prev%4 FROM ("
        " SELECT affiliate_id, id, from_rate, to_rate, created_at,"
        "  LAG(id * %2 + COALESCE(from_rate, 127) * %3 + COALESCE(to_rate, 127)) OVER w AS prev%5"
        " FROM tier_events WHERE status = 'active' AND %1"
        " WINDOW w AS (PARTITION BY affiliate_id ORDER BY created_at, id%7)"
        ") chain"
        " WHERE prev IS NOT NULL AND (COALESCE(from_rate, 127) = (prev / %3) % %3"
        "  OR COALESCE(from_rate, 127) <> prev % %3)"
        " ORDER BY affiliate_id, created_at, id")
        .arg(Text::of(filter), Text::of(PackedId), Text::of(PackedRate),
            withPreviousAt ? QStringLiteral(", ") + dialect.isoTime(QStringLiteral("p_at"))
                           : QString(),
            withPreviousAt ? QStringLiteral(", LAG(created_at) OVER w AS p_at") : QString(),
            dialect.isoTime(QStringLiteral("created_at")), SqlDialect::lagFrame());
}

QString groupedChainQuery(const QString &filter)
{
    return QStringLiteral(
        "SELECT affiliate_id, COUNT(*), group_concat((id * %2 + COALESCE(from_rate, 127) * %3 + "
        "COALESCE(to_rate, 127)) || '|' || COALESCE(created_at, ''), ';') FROM tier_events "
        "WHERE status = 'active' AND %1 GROUP BY affiliate_id ORDER BY affiliate_id")
        .arg(Text::of(filter), Text::of(PackedId), Text::of(PackedRate));
}

QString timesQuery(qsizetype count)
{
    return QStringLiteral("SELECT id, created_at FROM tier_events WHERE id IN (%1)")
        .arg(SqlDialect::placeholders(count));
}

QString driftQuery(const SqlDialect &dialect, const QString &filter)
{
    if (dialect.hasDistinctOn())
        // Each affiliate's last active event from one backward walk of the active chain
        // index (DISTINCT ON keeps the first row of each affiliate in that order), joined
        // to the profiles of the same range: at 10 M events a quarter of the time of a
        // LATERAL probe per profile (0.17 against 0.68 s for a sixteenth of them).
        return QStringLiteral(
            "SELECT p.id, p.commission_rate, last.to_rate FROM affiliate_profiles p "
            "JOIN (SELECT DISTINCT ON (affiliate_id) affiliate_id, to_rate FROM tier_events "
            "WHERE status = 'active' AND %1 "
            "ORDER BY affiliate_id DESC, created_at DESC, id DESC) last "
            "ON last.affiliate_id = p.id "
            "WHERE %2 AND p.commission_rate IS DISTINCT FROM last.to_rate ORDER BY p.id")
            .arg(filter, forProfiles(filter));
    // A correlated subquery, evaluated once because it sits in FROM's output only;
    // -1 stands for a last event whose to_rate is NULL.
    return QStringLiteral(
        "SELECT id, commission_rate, NULLIF(last_rate, -1) FROM (SELECT p.id, p.commission_rate, "
        "(SELECT COALESCE(e.to_rate, -1) FROM tier_events e WHERE e.affiliate_id = p.id "
        "AND e.status = 'active' ORDER BY e.created_at DESC, e.id DESC LIMIT 1) AS last_rate "
        "FROM affiliate_profiles p WHERE %1) d "
        "WHERE last_rate IS NOT NULL AND commission_rate IS NOT last_rate ORDER BY id")
        .arg(forProfiles(filter));
}

int driftFilterUses(const SqlDialect &dialect)
{
    return dialect.hasDistinctOn() ? 2 : 1;
}

QString minuteBucketQuery(const SqlDialect &dialect, const QString &filter)
{
    return QStringLiteral("SELECT affiliate_id, id, from_rate, to_rate, %3, group_first FROM ("
                          " SELECT affiliate_id, id, from_rate, to_rate, created_at,"
                          "  COUNT(*) OVER g AS n, MIN(created_at) OVER g AS group_first"
                          " FROM tier_events WHERE status = 'active' AND %1"
                          " WINDOW g AS (PARTITION BY affiliate_id, from_rate, to_rate, %2)"
                          ") bucketed WHERE n > 1"
                          " ORDER BY affiliate_id, group_first, from_rate, to_rate, created_at, id")
        .arg(filter, dialect.minuteBucket(QStringLiteral("created_at")),
            dialect.isoTime(QStringLiteral("created_at")));
}

QString countsQuery(const QString &filter)
{
    return QStringLiteral("SELECT (SELECT COUNT(*) FROM affiliate_profiles p WHERE %1), "
                          "(SELECT COUNT(*) FROM tier_events WHERE status = 'active' AND %2)")
        .arg(forProfiles(filter), filter);
}

QString reviewedBreaksQuery(const QString &filter)
{
    return QStringLiteral("SELECT fingerprint FROM tierdesk_resolutions WHERE kind = 'chain_break' "
                          "AND undone_at IS NULL AND %1")
        .arg(filter);
}

} // namespace TierDesk::AuditSql
