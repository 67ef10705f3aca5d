#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace TierDesk {

class Connection;

// How far a hot standby is behind its primary, as the standby itself knows it: what it
// has received and replayed, whether replay is paused, and when it last replayed a
// transaction. A connection to a primary (or to SQLite) is not a standby and is
// never behind.
class Standby final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Standby)

public:
    struct State
    {
        bool standby = false; // the server is in recovery (a hot standby)
        bool paused = false; // replay is paused (pg_wal_replay_pause)
        bool streaming = true; // a WAL receiver is running (it hears from its primary)
        // Seconds between the last transaction it replayed and now, when it has
        // received more than it has replayed (or is paused); 0 when it has replayed
        // all it received; empty when it has never replayed a transaction.
        std::optional<double> secondsBehind = 0;

        // Behind by more than `limitSeconds`, behind by an unknown time, paused, or
        // not streaming from its primary: what it shows may be out of date.
        bool isLate(int limitSeconds) const;
        // "caught up", "12 s behind", "replay paused, 3 min behind" (translated).
        QString text() const;
    };

    static Result<State> state(const Connection &connection);
};

} // namespace TierDesk
