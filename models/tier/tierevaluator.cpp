#include "tierevaluator.h"
#include "../affiliates/affiliatestats.h"
#include "../common/format.h"
#include "../common/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace TierDesk {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

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

    {
        Transaction transaction(m_connection);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        // The compare-and-set: RETURNING counts the rows really changed (a trigger
        // cannot inflate it the way it can inflate a change count).
        auto update = m_connection.prepare(
            QStringLiteral("UPDATE affiliate_profiles SET commission_rate = ? WHERE id = ? AND "
                           "commission_rate = ? RETURNING id"));
        if (!update)
            return update.error();
        update->addBindValue(plan.target);
        update->addBindValue(plan.affiliateId);
        update->addBindValue(plan.prior);
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
        if (changed == 1) {
            auto insert = m_connection.prepare(QStringLiteral(
                "INSERT INTO tier_events (affiliate_id, from_rate, to_rate, created_at, status) "
                "VALUES (?, ?, ?, ?, 'active') RETURNING id"));
            if (!insert)
                return insert.error();
            insert->addBindValue(plan.affiliateId);
            insert->addBindValue(plan.prior);
            insert->addBindValue(plan.target);
            insert->addBindValue(SqlDialect::timeValue(plan.now));
            if (auto done = Connection::exec(*insert); !done)
                return done.error();
            if (!insert->next())
                return Error::internal(tr("The tier event was not written."));
            result.tierEventId = insert->value(0).toLongLong();
            insert->finish();
            result.outcome = plan.target > plan.prior ? Outcome::Promoted : Outcome::Demoted;

            auto audit = m_connection.prepare(
                QStringLiteral("INSERT INTO tierdesk_audit_log (at, operator, host, action, "
                               "affiliate_id, details, ticket, reason) "
                               "VALUES (?, ?, ?, 'evaluate_tier', ?, ?, ?, ?)"));
            if (!audit)
                return audit.error();
            audit->addBindValue(SqlDialect::timeValue(QDateTime::currentDateTimeUtc()));
            audit->addBindValue(m_operator.name);
            audit->addBindValue(m_operator.host);
            audit->addBindValue(plan.affiliateId);
            QJsonObject details{{QStringLiteral("outcome"), outcomeName(result.outcome)},
                {QStringLiteral("from_rate"), plan.prior}, {QStringLiteral("to_rate"), plan.target},
                {QStringLiteral("sum_cents"), plan.sumCents},
                {QStringLiteral("now"), SqlDialect::timeText(plan.now)},
                {QStringLiteral("tier_event_id"), result.tierEventId}};
            if (!m_connection.databaseUser().isEmpty())
                details.insert(QStringLiteral("database_user"), m_connection.databaseUser());
            audit->addBindValue(json(details));
            const QVariant none(QMetaType::fromType<QString>());
            audit->addBindValue(m_operator.ticket.isEmpty() ? none : QVariant(m_operator.ticket));
            audit->addBindValue(m_operator.reason.isEmpty() ? none : QVariant(m_operator.reason));
            if (auto done = Connection::exec(*audit); !done)
                return done.error();
            if (auto figures = AffiliateStats::refreshAffiliates(m_connection, {plan.affiliateId});
                !figures)
                return figures.error();
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
            qCDebug(lcTier).noquote() << "tier" << outcomeName(result.outcome) << plan.affiliateId
                                      << plan.prior << "->" << plan.target;
            return result;
        }
    } // nothing changed: the transaction rolls back here

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
    const QString text = json(details);
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
    if (planned->found != previewed.found || planned->prior != previewed.prior
        || planned->target != previewed.target)
        return Error::stale(
            tr("The affiliate changed since the preview: the rate is now %1 and its 90-day "
               "commissions call for %2. Nothing was written; re-evaluate again.")
                .arg(Format::rate(planned->prior), Format::rate(planned->target)));
    return apply(*planned);
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
