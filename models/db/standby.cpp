#include "standby.h"
#include "connection.h"

#include <cmath>

namespace TierDesk {

bool Standby::State::isLate(int limitSeconds) const
{
    if (!standby)
        return false;
    if (paused || !streaming || !secondsBehind)
        return true;
    return *secondsBehind > limitSeconds;
}

QString Standby::State::text() const
{
    if (!standby)
        return tr("the primary itself");
    QString behind;
    if (!secondsBehind) {
        behind = tr("behind by an unknown time");
    } else if (*secondsBehind < 1) {
        behind = tr("caught up");
    } else {
        const qint64 s = qint64(std::floor(*secondsBehind));
        if (s < 120)
            behind = tr("%n s behind", nullptr, int(s));
        else if (s < 2 * 3600)
            behind = tr("%n min behind", nullptr, int(s / 60));
        else
            behind = tr("%n h behind", nullptr, int(s / 3600));
    }
    if (paused)
        return tr("replay paused, %1").arg(behind);
    if (!streaming)
        return tr("not receiving from its primary, %1").arg(behind);
    return behind;
}

Result<Standby::State> Standby::state(const Connection &connection)
{
    State state;
    if (!connection.dialect().isPostgres())
        return state;
    // pg_stat_wal_receiver shows every reader its row's existence (details need
    // pg_read_all_stats): no row, no streaming from the primary.
    auto query = connection.run(QStringLiteral(
        "SELECT pg_is_in_recovery(), "
        "CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() ELSE false END, "
        "CASE WHEN pg_is_in_recovery() THEN pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() "
        "END, "
        "EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()), "
        "(SELECT count(*) FROM pg_stat_wal_receiver)"));
    if (!query)
        return query.error();
    if (!query->next())
        return Connection::queryError(*query);
    state.standby = query->value(0).toBool();
    if (!state.standby)
        return state;
    state.paused = query->value(1).toBool();
    state.streaming = query->value(4).toLongLong() > 0;
    const bool replayedAll = !query->value(2).isNull() && query->value(2).toBool();
    if (replayedAll && !state.paused)
        state.secondsBehind = 0;
    else if (query->value(3).isNull())
        state.secondsBehind.reset();
    else
        state.secondsBehind = std::max(0.0, query->value(3).toDouble());
    return state;
}

} // namespace TierDesk
