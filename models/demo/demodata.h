#pragma once

#include "models/common/result.h"
#include "models/db/connection.h"

#include <QCoreApplication>
#include <QDateTime>

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
    };

    static constexpr quint32 DefaultSeed = 621;

    // Fills an initialised, empty database. Refuses one that already has affiliates.
    // The incident's story keeps its dates; subscriptions that were still running
    // when it was written go on paying up to `now` (the current time when
    // invalid), so the 90-day figures are current whenever the demo is made.
    static Result<Summary> generate(
        const Connection &connection, quint32 seed = DefaultSeed, const QDateTime &now = {});
};

} // namespace TierDesk
