#pragma once

#include "models/db/connection.h"

#include <QDateTime>
#include <QList>

namespace TierDesk {

// Race-lost beacons counted per hour against the alert rule (5 or more an hour).
class BeaconReport final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::BeaconReport)

public:
    static constexpr int AlertPerHour = 5;
    static inline const QString RaceLostName = QStringLiteral("evaluate_tier_race_lost");

    struct Hour
    {
        QDateTime start;
        int count = 0;
        bool alert() const { return count >= AlertPerHour; }
    };

    struct Beacon
    {
        qint64 id = 0;
        QDateTime at;
        QString name;
        QString affiliateId;
        QString handle;
        QString details;
    };

    // Hours with at least one race-lost beacon since `since` (all when invalid), oldest first.
    static Result<QList<Hour>> perHour(const Connection &connection, const QDateTime &since = {});
    // The newest beacons first, at most `limit`.
    static Result<QList<Beacon>> latest(
        const Connection &connection, const QDateTime &since = {}, int limit = 500);
};

} // namespace TierDesk
