#pragma once

#include "../common/workcontrol.h"
#include "../db/connection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace TierDesk {

// The backfill audit of docs/ARCHITECTURE.md §2: this class orchestrates. Each
// affiliate's active tier events are walked in (created_at, id) order in the
// database (AuditReader, with the SQL of AuditSql); only the steps that may
// break the chain come back and go through the rules (AuditRules), so memory
// grows with what is found, never with the number of events.
class Audit final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Audit)

public:
    static constexpr int DefaultWindowSeconds = 60;

    enum class Mode {
        Chain, // the exact rules of docs/ARCHITECTURE.md §2
        MinuteBuckets // the incident's GROUP BY minute HAVING COUNT(*) > 1, for comparison
    };

    // What the person asked for.
    struct Options
    {
        int windowSeconds = DefaultWindowSeconds;
        Mode mode = Mode::Chain;
        QString affiliateId; // empty: every affiliate
        QStringList affiliateIds; // non-empty: only these (the affiliates of a previewed plan)
        bool planOnly = false; // only the clusters (the backfill's plan): no drift, no counts
        // Also the chain breaks a person marked as reviewed (Resolve), flagged as such;
        // by default they are left out and only counted.
        bool includeReviewed = false;
    };

    // How to read it: the defaults pick by table size and engine; tests and the
    // bench force each way to check they all find the same.
    struct Tuning
    {
        std::optional<bool> sliced; // cut the table in Slices queries; default: when it is large
        // Drift, counts and then slices from the back on a second connection sharing
        // the snapshot, where the engine can share one; default: when the table is large.
        std::optional<bool> parallel;
        // With a helper: this many slices from the back are kept for it (tests make
        // sure it reads some; by default each reader takes the next slice it can).
        std::optional<qsizetype> helperSlices;
        // Read the chain as one row per affiliate where the engine has group_concat()
        // (default: where window functions are dear; a slice with a ';' in a created_at
        // falls back) or with the LAG query.
        std::optional<bool> grouped;
    };

    struct Cluster
    {
        enum class Kind { Duplicate, Conflict };
        Kind kind = Kind::Duplicate;
        QString affiliateId;
        std::optional<int> fromRate;
        std::optional<int> toRate; // duplicates: the repeated to_rate
        qint64 keepId = 0; // duplicates: the event that stays
        QList<qint64> redundantIds; // duplicates: the events to supersede
        QList<qint64> eventIds; // conflicts: every event of the group, in order
        QList<std::optional<int>> toRates; // conflicts: their to_rates
        QDateTime firstAt;
        QDateTime lastAt;

        // Every event id in the cluster, first one first.
        QList<qint64> allIds() const;
    };

    struct ChainBreak
    {
        QString affiliateId;
        qint64 eventId = 0;
        QDateTime at;
        std::optional<int> expectedFromRate;
        std::optional<int> fromRate;
        bool reviewed = false; // marked as reviewed (only with Options::includeReviewed)

        // What a review records and the audit matches it by: the break as it is now
        // (affiliate, event, both rates). A review of a break that has since changed
        // no longer matches, so the break is open again.
        QString fingerprint() const;
    };

    struct Drift
    {
        QString affiliateId;
        int profileRate = 0;
        std::optional<int> historyRate;
    };

    struct Summary
    {
        qint64 affiliatesScanned = 0;
        qint64 eventsScanned = 0;
        int duplicateClusters = 0;
        int redundantRows = 0;
        int conflicts = 0;
        int chainBreaks = 0;
        int drift = 0;
        int reviewedChainBreaks = 0; // not in chainBreaks unless asked for
        int affectedAffiliates = 0; // affiliates with at least one duplicate cluster
    };

    struct Report
    {
        Options options;
        QList<Cluster> clusters; // duplicates and conflicts, by (affiliate_id, first event)
        QList<ChainBreak> chainBreaks;
        QList<Drift> drift;
        Summary summary;

        // Exactly the object tierdesk-cli audit --json prints (docs/ARCHITECTURE.md §2),
        // written as it goes: the audit of 10 million events has 150,000 findings.
        // `more`'s members join the object's in their sorted place, as in a QJsonObject.
        // False if the device failed.
        bool writeJson(QIODevice *device, const QJsonObject &more = {}) const;
        // The same as an object (built from those bytes).
        QJsonObject toJson() const;
        // Every affiliate something was found at, once each.
        QStringList affiliateIds() const;
    };

    // Runs the audit in one read snapshot.
    static Result<Report> run(const Connection &connection, const Options &options,
        const WorkControl &control = {}, const Tuning &tuning = {});
    // The same, calling `first` in the snapshot before anything is read (the
    // incremental audit notes there where the change log stands).
    static Result<Report> run(const Connection &connection, const Options &options,
        const WorkControl &control, const Tuning &tuning,
        const std::function<Result<void>()> &first);

    // Begins `snapshot` as a read transaction set up for one long analytic read (the
    // engine's analyticReadSetup(): no JIT on PostgreSQL), as run() reads in.
    static Result<void> beginRead(Transaction &snapshot, const Connection &connection);

    // The same, inside a transaction the caller already holds (the backfill
    // recomputes its plan under its write lock).
    static Result<Report> scan(const Connection &connection, const Options &options,
        const WorkControl &control = {}, const Tuning &tuning = {});

    static QString modeName(Mode mode);

private:
    // `ownSnapshot`: the audit began the read transaction itself, so on
    // PostgreSQL a helper connection may import its snapshot.
    static Result<Report> scanIn(const Connection &connection, const Options &options,
        const WorkControl &control, const Tuning &tuning, bool ownSnapshot);

public:
    // The number of slices the whole-table audit is cut into (by affiliate id),
    // which is also how often it reports progress and checks for cancel.
    static constexpr int Slices = 16;
    static constexpr qint64 SliceFromEvents = 200000;
};

} // namespace TierDesk

// Findings are moved in memory as bytes when their lists grow: at 10 M events the
// report holds 175,000 clusters.
Q_DECLARE_TYPEINFO(TierDesk::Audit::Cluster, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(TierDesk::Audit::ChainBreak, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(TierDesk::Audit::Drift, Q_RELOCATABLE_TYPE);
