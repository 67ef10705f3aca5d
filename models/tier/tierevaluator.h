#pragma once

#include "../common/operatorinfo.h"
#include "../db/connection.h"
#include "../policy/tierpolicy.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace TierDesk {

// The race-guarded tier evaluator (docs/ARCHITECTURE.md §3): read the rate, sum the
// rolling 90-day commissions, and write a new rate only with a compare-and-set
// that also inserts the tier event and an audit-log row in one transaction.
// A lost compare-and-set writes nothing but a race-lost beacon.
class TierEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::TierEvaluator)

public:
    enum class Outcome { Unchanged, Promoted, Demoted, RaceLost, NotFound };

    // What the evaluator read and decided, before writing.
    struct Plan
    {
        QString affiliateId;
        QDateTime now;
        int prior = 0;
        int target = 0;
        qint64 sumCents = 0;
        bool found = false;
    };

    struct Evaluation
    {
        Outcome outcome = Outcome::Unchanged;
        QString affiliateId;
        int prior = 0;
        int target = 0;
        int observed = 0; // the rate found after a lost race
        qint64 sumCents = 0;
        qint64 tierEventId = 0; // the event written on Promoted / Demoted
        // Exactly what tierdesk-cli evaluate --json prints.
        QJsonObject toJson(const QString &handle, const QDateTime &now) const;
    };

    TierEvaluator(const Connection &connection, TierPolicy policy,
        OperatorInfo who = OperatorInfo::current());

    Result<Evaluation> evaluate(const QString &affiliateId, const QDateTime &now) const;
    // evaluate(), refused (a stale error, nothing written) when the rate or the rate
    // the commissions call for is no longer what the person saw in `previewed`.
    Result<Evaluation> evaluateAsPreviewed(const Plan &previewed, const QDateTime &now) const;
    // The pre-fix read-then-write evaluator, kept to reproduce the incident in a sandbox.
    Result<Evaluation> evaluateUnguarded(const QString &affiliateId, const QDateTime &now) const;

    // The two halves of evaluate(), public so a test can interleave two evaluations.
    Result<Plan> plan(const QString &affiliateId, const QDateTime &now) const;
    Result<Evaluation> apply(const Plan &plan) const;

    // Sum of commissions in (now - 90 days, now], in cents.
    Result<qint64> rollingSumCents(const QString &affiliateId, const QDateTime &now) const;
    // The affiliate's commission_rate now; empty when there is no such affiliate.
    Result<std::optional<int>> currentRate(const QString &affiliateId) const;

    // The rate in effect at `at` from the tier history, superseded rows left out: the
    // latest change at or before it, else the rate the first later change started from,
    // else the profile's rate. And whether a tier change or a commission comes after it.
    struct RateAt
    {
        int rate = 0;
        bool changedLater = false;
        bool paidLater = false;
    };
    // Empty when there is no such affiliate.
    Result<std::optional<RateAt>> rateAt(const QString &affiliateId, const QDateTime &at) const;

    static QString outcomeName(Outcome outcome);
    static QString outcomeText(Outcome outcome);

private:
    class Write;
    Result<Evaluation> apply(const Plan &plan, bool asPreviewed) const;
    Result<void> writeBeacon(const Plan &plan, int observed) const;

    const Connection &m_connection;
    TierPolicy m_policy;
    OperatorInfo m_operator;
};

} // namespace TierDesk
