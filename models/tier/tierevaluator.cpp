#include "tierevaluator.h"
#include "../common/format.h"
#include "../common/logging.h"
#include "../write/guardedwrite.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace TierDesk {

namespace {

Error previewNoLongerHolds(const TierEvaluator::Plan &now)
{
    return Error::stale(
        TierEvaluator::tr("The affiliate changed since the preview: the rate is now %1 and its "
                          "90-day commissions call for %2. Nothing was written; re-evaluate "
                          "again.")
            .arg(Format::rate(now.prior), Format::rate(now.target)));
}

bool sameDecision(const TierEvaluator::Plan &a, const TierEvaluator::Plan &b)
{
    return a.found == b.found && a.prior == b.prior && a.target == b.target;
}

} // namespace

// The compare-and-set as a guarded write: from the window, the plan read again under the
// lock must still be the one previewed; the rate changes only from the rate read; the
// tier event and the trail go with it.
class TierEvaluator::Write final : public WritePlan
{
public:
    Write(const TierEvaluator &evaluator, const Plan &plan, bool asPreviewed)
        : m_evaluator(evaluator)
        , m_plan(plan)
        , m_asPreviewed(asPreviewed)
    {
    }

    qint64 tierEventId() const { return m_tierEventId; }

    Result<void> recheck(const Connection &) override
    {
        if (!m_asPreviewed)
            return {}; // the compare-and-set is the check
        auto now = m_evaluator.plan(m_plan.affiliateId, m_plan.now);
        if (!now)
            return now.error();
        if (!sameDecision(*now, m_plan))
            return previewNoLongerHolds(*now);
        return {};
    }

    Result<bool> write(const Connection &connection) override
    {
        // The compare-and-set: RETURNING counts the rows really changed (a trigger
        // cannot inflate it the way it can inflate a change count).
        auto update = connection.prepare(
            QStringLiteral("UPDATE affiliate_profiles SET commission_rate = ? WHERE id = ? AND "
                           "commission_rate = ? RETURNING id"));
        if (!update)
            return update.error();
        update->addBindValue(m_plan.target);
        update->addBindValue(m_plan.affiliateId);
        update->addBindValue(m_plan.prior);
        if (auto done = Connection::exec(*update); !done)
            return done.error();
        int changed = 0;
        while (update->next())
            ++changed;
        update->finish(); // SQLite will not commit while a statement is still open
        if (changed > 1)
            return Error::internal(
                tr("The rate update changed %1 rows for one affiliate; nothing was written.")
                    .arg(changed));
        if (changed == 0)
            return false; // a lost race, or the affiliate is gone: evaluate() looks
        auto insert = connection.prepare(QStringLiteral(
            "INSERT INTO tier_events (affiliate_id, from_rate, to_rate, created_at, status) "
            "VALUES (?, ?, ?, ?, 'active') RETURNING id"));
        if (!insert)
            return insert.error();
        insert->addBindValue(m_plan.affiliateId);
        insert->addBindValue(m_plan.prior);
        insert->addBindValue(m_plan.target);
        insert->addBindValue(SqlDialect::timeValue(m_plan.now));
        if (auto done = Connection::exec(*insert); !done)
            return done.error();
        if (!insert->next())
            return Error::internal(tr("The tier event was not written."));
        m_tierEventId = insert->value(0).toLongLong();
        insert->finish();
        return true;
    }

    QList<AuditEntry> auditEntries() const override
    {
        const Outcome outcome = m_plan.target > m_plan.prior ? Outcome::Promoted : Outcome::Demoted;
        return {{QStringLiteral("evaluate_tier"), m_plan.affiliateId,
            {{QStringLiteral("outcome"), outcomeName(outcome)},
                {QStringLiteral("from_rate"), m_plan.prior},
                {QStringLiteral("to_rate"), m_plan.target},
                {QStringLiteral("sum_cents"), m_plan.sumCents},
                {QStringLiteral("now"), SqlDialect::timeText(m_plan.now)},
                {QStringLiteral("tier_event_id"), m_tierEventId}}}};
    }

    QStringList touchedAffiliates() const override { return {m_plan.affiliateId}; }

    QString lostConnection(const QString &reason) const override
    {
        return tr("The connection to the database was lost during the re-evaluation, so it was "
                  "rolled back and nothing was changed (%1).")
            .arg(reason);
    }

    QString rolledBack(const QString &reason) const override
    {
        return tr("The re-evaluation was rolled back and nothing was changed (%1).").arg(reason);
    }

private:
    const TierEvaluator &m_evaluator;
    Plan m_plan;
    bool m_asPreviewed = false;
    qint64 m_tierEventId = 0;
};

TierEvaluator::TierEvaluator(const Connection &connection, TierPolicy policy, OperatorInfo who)
    : m_connection(connection)
    , m_policy(std::move(policy))
    , m_operator(std::move(who))
{
}

QString TierEvaluator::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Promoted:
        return QStringLiteral("promoted");
    case Outcome::Demoted:
        return QStringLiteral("demoted");
    case Outcome::RaceLost:
        return QStringLiteral("race_lost");
    case Outcome::NotFound:
        return QStringLiteral("not_found");
    }
    return {};
}

QString TierEvaluator::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unchanged:
        return tr("Unchanged");
    case Outcome::Promoted:
        return tr("Promoted");
    case Outcome::Demoted:
        return tr("Demoted");
    case Outcome::RaceLost:
        return tr("Race lost");
    case Outcome::NotFound:
        return tr("Not found");
    }
    return {};
}

Result<qint64> TierEvaluator::rollingSumCents(
    const QString &affiliateId, const QDateTime &now) const
{
    // Prepared once per connection: on PostgreSQL every prepare is a round trip.
    auto query = m_connection.cached(
        QStringLiteral("SELECT COALESCE(%1, 0) "
                       "FROM affiliate_commissions WHERE affiliate_id = ? AND created_at > ? "
                       "AND created_at <= ?")
            .arg(m_connection.dialect().sumCents(QStringLiteral("commission_amount"))));
    if (!query)
        return query.error();
    QSqlQuery &sum = **query;
    sum.bindValue(0, affiliateId);
    sum.bindValue(1, SqlDialect::timeValue(now.addDays(-TierPolicy::WindowDays)));
    sum.bindValue(2, SqlDialect::timeValue(now));
    if (auto done = Connection::exec(sum); !done)
        return done.error();
    const qint64 cents = sum.next() ? sum.value(0).toLongLong() : 0;
    sum.finish();
    return cents;
}

Result<std::optional<int>> TierEvaluator::currentRate(const QString &affiliateId) const
{
    auto query = m_connection.cached(
        QStringLiteral("SELECT commission_rate FROM affiliate_profiles WHERE id = ?"));
    if (!query)
        return query.error();
    QSqlQuery &rate = **query;
    rate.bindValue(0, affiliateId);
    if (auto done = Connection::exec(rate); !done)
        return done.error();
    std::optional<int> value;
    if (rate.next())
        value = rate.value(0).toInt();
    // An open statement would pin SQLite's read snapshot and make a later write
    // on this connection fail at once with SQLITE_BUSY_SNAPSHOT instead of waiting.
    rate.finish();
    return value;
}

Result<std::optional<TierEvaluator::RateAt>> TierEvaluator::rateAt(
    const QString &affiliateId, const QDateTime &at) const
{
    // One statement, prepared once per connection: replay asks it for every invoice.
    auto query = m_connection.cached(QStringLiteral(
        "SELECT p.commission_rate, "
        "(SELECT t.to_rate FROM tier_events t WHERE t.affiliate_id = p.id AND t.status <> "
        "'superseded' AND t.created_at <= ? ORDER BY t.created_at DESC, t.id DESC LIMIT 1), "
        "(SELECT COALESCE(t.from_rate, -1) FROM tier_events t WHERE t.affiliate_id = p.id AND "
        "t.status <> 'superseded' AND t.created_at > ? ORDER BY t.created_at, t.id LIMIT 1), "
        "CASE WHEN EXISTS (SELECT 1 FROM affiliate_commissions c WHERE c.affiliate_id = p.id "
        "AND c.created_at > ?) THEN 1 ELSE 0 END "
        "FROM affiliate_profiles p WHERE p.id = ?"));
    if (!query)
        return query.error();
    QSqlQuery &read = **query;
    const QVariant time = SqlDialect::timeValue(at);
    for (int i = 0; i < 3; ++i)
        read.bindValue(i, time);
    read.bindValue(3, affiliateId);
    if (auto done = Connection::exec(read); !done)
        return done.error();
    std::optional<RateAt> found;
    if (read.next()) {
        RateAt rate;
        // A later change is there when its from_rate is (-1: the change names none).
        const int later = read.isNull(2) ? -1 : read.value(2).toInt();
        rate.changedLater = !read.isNull(2);
        rate.rate = !read.isNull(1) ? read.value(1).toInt()
            : later >= 0            ? later
                                    : read.value(0).toInt();
        rate.paidLater = read.value(3).toInt() != 0;
        found = rate;
    }
    read.finish();
    return found;
}

Result<TierEvaluator::Plan> TierEvaluator::plan(
    const QString &affiliateId, const QDateTime &now) const
{
    Plan plan;
    plan.affiliateId = affiliateId;
    plan.now = now.toUTC();
    auto rate = currentRate(affiliateId);
    if (!rate)
        return rate.error();
    if (!*rate)
        return plan;
    plan.found = true;
    plan.prior = **rate;
    auto sum = rollingSumCents(affiliateId, plan.now);
    if (!sum)
        return sum.error();
    plan.sumCents = *sum;
    plan.target = m_policy.targetRate(plan.sumCents, plan.prior);
    return plan;
}

Result<TierEvaluator::Evaluation> TierEvaluator::apply(const Plan &plan) const
{
    return apply(plan, false);
}

Result<TierEvaluator::Evaluation> TierEvaluator::apply(const Plan &plan, bool asPreviewed) const
{
    Evaluation result;
    result.affiliateId = plan.affiliateId;
    result.prior = plan.prior;
    result.target = plan.target;
    result.sumCents = plan.sumCents;
    if (!plan.found) {
        result.outcome = Outcome::NotFound;
        return result;
    }
    if (plan.target == plan.prior) {
        result.outcome = Outcome::Unchanged;
        return result;
    }

    Write write(*this, plan, asPreviewed);
    auto written = GuardedWrite::run(m_connection, write, m_operator);
    if (!written)
        return written.error();
    if (*written) {
        result.tierEventId = write.tierEventId();
        result.outcome = plan.target > plan.prior ? Outcome::Promoted : Outcome::Demoted;
        qCDebug(lcTier).noquote() << "tier" << outcomeName(result.outcome) << plan.affiliateId
                                  << plan.prior << "->" << plan.target;
        return result;
    }

    // Zero rows: either someone changed the rate first, or the affiliate is gone
    // (or hidden from us). Only the first is a lost race.
    auto reread = currentRate(plan.affiliateId);
    if (!reread)
        return reread.error();
    if (!*reread) {
        result.outcome = Outcome::NotFound;
        return result;
    }
    result.observed = **reread;
    result.outcome = Outcome::RaceLost;
    if (auto beacon = writeBeacon(plan, result.observed); !beacon)
        return beacon.error();
    return result;
}

Result<void> TierEvaluator::writeBeacon(const Plan &plan, int observed) const
{
    const QJsonObject details{{QStringLiteral("affiliate_id"), plan.affiliateId},
        {QStringLiteral("prior_rate"), plan.prior}, {QStringLiteral("target_rate"), plan.target},
        {QStringLiteral("observed_rate"), observed}, {QStringLiteral("sum_cents"), plan.sumCents},
        {QStringLiteral("now"), SqlDialect::timeText(plan.now)}};
    const QString text = GuardedWrite::json(details);
    qCInfo(lcTier).noquote() << "[BEACON:evaluate_tier_race_lost]" << text;
    auto insert = m_connection.prepare(
        QStringLiteral("INSERT INTO tier_beacons (at, name, affiliate_id, details) VALUES (?, "
                       "'evaluate_tier_race_lost', ?, ?)"));
    if (!insert)
        return insert.error();
    insert->addBindValue(SqlDialect::timeValue(plan.now));
    insert->addBindValue(plan.affiliateId);
    insert->addBindValue(text);
    return Connection::exec(*insert);
}

Result<TierEvaluator::Evaluation> TierEvaluator::evaluate(
    const QString &affiliateId, const QDateTime &now) const
{
    auto planned = plan(affiliateId, now);
    if (!planned)
        return planned.error();
    return apply(*planned);
}

Result<TierEvaluator::Evaluation> TierEvaluator::evaluateAsPreviewed(
    const Plan &previewed, const QDateTime &now) const
{
    auto planned = plan(previewed.affiliateId, now);
    if (!planned)
        return planned.error();
    if (!sameDecision(*planned, previewed))
        return previewNoLongerHolds(*planned);
    return apply(*planned, true); // and again under the write lock
}

Result<TierEvaluator::Evaluation> TierEvaluator::evaluateUnguarded(
    const QString &affiliateId, const QDateTime &now) const
{
    auto planned = plan(affiliateId, now);
    if (!planned)
        return planned.error();
    Evaluation result;
    result.affiliateId = affiliateId;
    result.prior = planned->prior;
    result.target = planned->target;
    result.sumCents = planned->sumCents;
    if (!planned->found) {
        result.outcome = Outcome::NotFound;
        return result;
    }
    if (planned->target == planned->prior)
        return result;
    // Read-then-write with no guard: exactly the bug.
    auto update = m_connection.prepare(
        QStringLiteral("UPDATE affiliate_profiles SET commission_rate = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update->addBindValue(planned->target);
    update->addBindValue(affiliateId);
    if (auto done = Connection::exec(*update); !done)
        return done.error();
    auto insert = m_connection.prepare(
        QStringLiteral("INSERT INTO tier_events (affiliate_id, from_rate, to_rate, "
                       "created_at, status) VALUES (?, ?, ?, ?, 'active') RETURNING id"));
    if (!insert)
        return insert.error();
    insert->addBindValue(affiliateId);
    insert->addBindValue(planned->prior);
    insert->addBindValue(planned->target);
    insert->addBindValue(SqlDialect::timeValue(planned->now));
    if (auto done = Connection::exec(*insert); !done)
        return done.error();
    result.tierEventId = insert->next() ? insert->value(0).toLongLong() : 0;
    result.outcome = planned->target > planned->prior ? Outcome::Promoted : Outcome::Demoted;
    return result;
}

QJsonObject TierEvaluator::Evaluation::toJson(const QString &handle, const QDateTime &now) const
{
    QJsonObject object{{QStringLiteral("affiliate_id"), affiliateId},
        {QStringLiteral("handle"), handle}, {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("prior_rate"), prior}, {QStringLiteral("target_rate"), target},
        {QStringLiteral("sum_90d"), double(sumCents) / 100.0},
        {QStringLiteral("now"), SqlDialect::timeText(now)}};
    if (tierEventId)
        object.insert(QStringLiteral("tier_event_id"), tierEventId);
    if (outcome == Outcome::RaceLost)
        object.insert(QStringLiteral("observed_rate"), observed);
    return object;
}

} // namespace TierDesk
