#pragma once

#include "../db/connection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace TierDesk {

// The affiliate list's figures (90-day commissions, active events, race
// duplicates, conflicts, drift) kept per affiliate in tierdesk_affiliate_stats
// (schema version 4), so sorting and filtering by them is an index walk
// instead of a computation over every affiliate.
//
// The summary is as of its last full refresh (`migrate`, `init --demo`,
// `tierdesk-cli stats --refresh`, the GUI's Refresh figures). TierDesk's own
// writes keep their affiliates' rows current in the same transaction; what the
// production system writes shows up at the next refresh. The affiliate detail
// view always computes its figures live.
class AffiliateStats final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::AffiliateStats)

public:
    struct Status
    {
        QDateTime asOf; // the last full refresh; invalid: never refreshed
        qint64 affiliates = 0;
        qint64 summarised = 0; // affiliates with a summary row
        // The list may use the summary: it was refreshed and covers every affiliate.
        bool usable() const { return asOf.isValid() && summarised >= affiliates; }
        // Exactly what tierdesk-cli stats --json prints.
        QJsonObject toJson() const;
    };

    // The select-list items computing the figures live for the affiliate row `p`
    // (aliases sum90, events, duplicates, conflicts, drift), and their bind values.
    struct LiveSql
    {
        QString items;
        QVariantList values;
    };
    static LiveSql liveFigures(const SqlDialect &dialect, const QDateTime &end, int windowSeconds);

    static Result<Status> status(const Connection &connection);

    // Recomputes the whole summary in its own write transaction, as of `now`.
    static Result<Status> refresh(const Connection &connection, const QDateTime &now = {});

    // The same inside the caller's write transaction (the migration that adds the table).
    static Result<void> fill(const Connection &connection, const QDateTime &now = {});

    // Recomputes these affiliates' rows inside the caller's write transaction;
    // does nothing while the summary has never been refreshed.
    static Result<void> refreshAffiliates(
        const Connection &connection, const QStringList &affiliateIds, const QDateTime &now = {});

    // PostgreSQL: taken by a write that will adjust the summary, before it changes
    // anything, so a full refresh either sees the whole write or runs after it.
    static Result<void> lockForAdjust(const Connection &connection);

    // A backfill (sign -1) or its undo (+1) changed these events of each affiliate,
    // all race duplicates: their rows move by that many events and duplicates,
    // inside the caller's write transaction.
    static Result<void> adjustForBatch(
        const Connection &connection, const QMap<QString, QList<qint64>> &changed, int sign);
};

} // namespace TierDesk
