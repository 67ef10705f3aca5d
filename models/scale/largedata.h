#pragma once

#include "../common/workcontrol.h"
#include "../db/connection.h"

#include <QJsonObject>

#include <optional>

namespace TierDesk {

// A deterministic large affiliate program for measuring TierDesk at scale:
// 100,000 affiliates, about 5,000,000 commissions and 1,000,000 tier events in
// consistent chains, with injected anomalies whose truth is kept in
// tierdesk_bench_truth (race duplicates within 0–3 s, some across a minute
// boundary; conflicts; legitimate quick flip-flops; drift). One affiliate has
// 10,000 commissions. COPY on PostgreSQL, big prepared INSERTs on SQLite, the
// big tables' indexes built once at the end.
class LargeData final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::LargeData)

public:
    struct Options
    {
        quint32 seed = 621;
        int affiliates = 100000;
        int commissionsPerAffiliate = 50; // on average
        int eventsPerAffiliate = 10; // on average
        int whaleCommissions = 10000; // the first affiliate's
    };

    struct Summary
    {
        qint64 affiliates = 0;
        qint64 commissions = 0;
        qint64 tierEvents = 0;
        qint64 redundant = 0; // injected race duplicates (the audit's truth)
        qint64 conflicts = 0;
        qint64 flipFlops = 0;
        qint64 drift = 0;
        qint64 acrossMinute = 0; // duplicate pairs that straddle a minute boundary
        double seconds = 0;
        // Exactly the "large" object of tierdesk-cli init --demo --scale large --json.
        QJsonObject toJson(quint32 seed) const;
    };

    // How many affiliates a named scale has: "large" 100,000, "xl" 1,000,000 (ten times
    // everything); nothing for any other name ("small" is the demo, not large data).
    static std::optional<int> affiliatesAt(const QString &scale);
    static constexpr int MaxAffiliates = 10000000; // what --affiliates accepts

    // Fills an initialised, empty sandbox.
    static Result<Summary> generate(
        const Connection &connection, const Options &options, const WorkControl &control = {});
};

} // namespace TierDesk
