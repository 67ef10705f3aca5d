#pragma once

#include "../activity/activity.h"

#include "../audit/audit.h"
#include "../backfill/backfill.h"
#include "../db/connection.h"
#include "../policy/tierpolicy.h"

#include <QDateTime>
#include <QList>
#include <QMap>

#include <optional>

namespace TierDesk {

// Everything the detail view and the case report show about one affiliate,
// read in one snapshot: the profile, the numbers that decide the tier, the
// tier events (superseded ones too), the commissions, the rolling 90-day
// series for the chart, what the audit says and the batches that touched it.
struct AffiliateDetail
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::AffiliateDetail)

public:
    struct Event
    {
        qint64 id = 0;
        std::optional<int> fromRate;
        std::optional<int> toRate;
        QDateTime at;
        bool superseded = false;
        qint64 supersededBy = 0;
        QDateTime supersededAt;
        qint64 batchId = 0;
    };

    struct Commission
    {
        qint64 id = 0;
        QString stripeEventId;
        qint64 cents = 0;
        QDateTime at;
    };
    // A promotion's evidence: the commission that took the 90-day sum over the new
    // tier's threshold, as far as the data tells (the latest crossing at or before it).
    struct Crossing
    {
        qint64 eventId = 0; // the promotion
        Commission commission;
        qint64 sumCents = 0; // the 90-day sum with it
        // The payments that arrived in the minute before the promotion, oldest first (at
        // most RaceShown): in a race, every one whose evaluation read the old rate.
        QList<Commission> arrivals;
    };
    static constexpr int RaceSeconds = 60;
    static constexpr int CrossingLookbackSeconds = 24 * 60 * 60;
    static constexpr int CrossingRowsRead = 5000; // of that day, and of the day leaving
    static constexpr int RaceShown = 10;

    // The rate in effect over time, from the tier history with superseded rows left
    // out: the rule replay books a commission by (TierEvaluator::rateAt).
    class RateHistory
    {
    public:
        RateHistory() = default;
        RateHistory(const QList<Event> &events, int profileRate);
        // The latest change at or before `at`, else the rate the first change started
        // from, else the profile's rate.
        int rateAt(const QDateTime &at) const;
        struct Change
        {
            QDateTime at;
            int rate = 0;
        };
        const QList<Change> &changes() const { return m_changes; }
        int firstRate() const { return m_first; }

    private:
        QList<Change> m_changes; // ascending
        int m_first = 0;
    };
    // How many commissions were paid in each period of one rate: the first before the
    // first change, then one after each change.
    struct RatePeriod
    {
        QDateTime from; // invalid: from the beginning
        int rate = 0;
        qint64 commissions = 0;
    };

    struct Point
    {
        QDateTime at;
        qint64 cents = 0;
    };

    QString id;
    QString handle;
    QString name;
    QString email;
    int rate = 0;
    QDateTime createdAt;

    TierPolicy policy;
    QDateTime asOf;
    qint64 sum90Cents = 0;
    std::optional<TierPolicy::Tier> nextTier;

    QList<Event> events; // every event, by (created_at, id)
    // The newest commissions (a page; commissionPage() reads on), how many there are
    // and the start of the UTC day the first was paid on.
    QList<Commission> commissions;
    qint64 commissionCount = 0;
    QDateTime firstCommissionAt;
    QList<Point> rolling; // the 90-day sum at the end of each day, oldest first
    Audit::Report audit;
    QList<Backfill::Batch> batches;
    QList<Activity::Entry> activity; // newest first, at most ActivityShown
    QList<Crossing> crossings; // one per promotion the data explains
    RateHistory rates;
    QList<RatePeriod> ratePeriods;
    static constexpr int ActivityShown = 200;

    QString tierName() const { return policy.tierFor(rate).name; }
    qint64 toNextTierCents() const
    {
        return nextTier ? qMax<qint64>(0, nextTier->thresholdCents - sum90Cents) : 0;
    }
    // The audit cluster an event belongs to, or -1.
    int clusterOf(qint64 eventId) const;

    static Result<AffiliateDetail> load(const Connection &connection, const QString &affiliateId,
        const QDateTime &asOf = {}, int windowSeconds = Audit::DefaultWindowSeconds);

    static constexpr int CommissionPageSize = 200;

    // Which commissions a page holds: UTC days from `from` to `to` (inclusive; either
    // open when invalid) and Stripe event ids containing `eventText`, in any case.
    struct CommissionFilter
    {
        QDate from;
        QDate to;
        QString eventText;
        bool isEmpty() const
        {
            return !from.isValid() && !to.isValid() && eventText.trimmed().isEmpty();
        }
    };

    // The next commissions of an affiliate after `last` (newest first, by created_at
    // and id); no `last`: the newest.
    static Result<QList<Commission>> commissionPage(const Connection &connection,
        const QString &affiliateId, const std::optional<Commission> &last,
        int limit = CommissionPageSize, const CommissionFilter &filter = {});

    // The commission whose arrival took the 90-day sum to `thresholdCents` last before
    // `at`, in the day before it; none when the sum at `at` does not reach it or no payment
    // of that day took it there.
    static Result<std::optional<Crossing>> crossingBefore(const Connection &connection,
        const QString &affiliateId, qint64 thresholdCents, const QDateTime &at,
        const QMap<QDate, qint64> *dailyCents = nullptr);
    const Crossing *crossingOf(qint64 eventId) const;

    // The rolling sums, one point a day from the first day to `end`, from each UTC
    // day's total: the window of a day's end holds exactly its 90 days.
    static QList<Point> rollingSeries(const QMap<QDate, qint64> &dailyCents, const QDateTime &end);

private:
    Result<void> readProfile(const Connection &connection, const QString &affiliateId);
    Result<void> readEvents(const Connection &connection);
    Result<void> readWindowSums(
        const Connection &connection, const QMap<QDate, qint64> &dailyCents);
    Result<void> readDaily(const Connection &connection, QMap<QDate, qint64> *dailyCents);
    Result<void> readRatePeriods(const Connection &connection, const QMap<QDate, qint64> &counts);
};

} // namespace TierDesk
