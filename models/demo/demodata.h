#pragma once

#include "../common/result.h"
#include "../db/connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace TierDesk {

// The deterministic demo database: a few hundred affiliates, 18 months of
// commissions and the incident's story (Greta's and Bahar's double "Promoted to
// Gold", 23 affected affiliates, and one of each anomaly the audit knows).
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::DemoData)

public:
    struct Summary
    {
        int affiliates = 0;
        int commissions = 0;
        int tierEvents = 0;
        int beacons = 0;
        int affectedAffiliates = 0; // affiliates with a race duplicate
        int redundantEvents = 0; // rows a correct cleanup supersedes
        // Exactly the "demo" object of tierdesk-cli init --demo --json.
        QJsonObject toJson(quint32 seed) const;
    };

    static constexpr quint32 DefaultSeed = 621;

    // Fills an initialised, empty database. Refuses one that already has affiliates.
    // The incident's story keeps its dates; subscriptions that were still running
    // when it was written go on paying up to `now` (the current time when
    // invalid), so the 90-day figures are current whenever the demo is made.
    static Result<Summary> generate(
        const Connection &connection, quint32 seed = DefaultSeed, const QDateTime &now = {});

    // The window's demo sandbox at `url`: created, initialised and filled on first
    // use; afterwards brought to this version's schema (it is TierDesk's own).
    static Result<void> openSandbox(const DatabaseUrl &url);
};

} // namespace TierDesk
