#pragma once

#include "../db/connection.h"

#include <QDateTime>
#include <QJsonObject>
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

    // The beacons view and tierdesk-cli beacons: the hours and the newest beacons.
    struct Overview
    {
        QList<Hour> hours;
        QList<Beacon> latest;
        int total() const;
        int alertHours() const;
        // Exactly what tierdesk-cli beacons --json prints (the hours; not the latest).
        QJsonObject toJson() const;
    };

    // Hours with at least one race-lost beacon since `since` (all when invalid), oldest first.
    static Result<QList<Hour>> perHour(const Connection &connection, const QDateTime &since = {});
    // The newest beacons first, at most `limit`.
    static Result<QList<Beacon>> latest(
        const Connection &connection, const QDateTime &since = {}, int limit = 500);
    // Both in one call, in one read snapshot; `latestLimit` 0 reads the hours only.
    static Result<Overview> overview(
        const Connection &connection, const QDateTime &since = {}, int latestLimit = 500);
};

} // namespace TierDesk
