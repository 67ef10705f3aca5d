#include "affiliatedetail.h"
#include "tierevaluator.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace TierDesk {

int AffiliateDetail::clusterOf(qint64 eventId) const
{
    for (qsizetype i = 0; i < audit.clusters.size(); ++i)
        if (audit.clusters.at(i).allIds().contains(eventId))
            return int(i);
    return -1;
}

QList<AffiliateDetail::Point> AffiliateDetail::rollingSeries(
    QList<Commission> commissions, const QDateTime &end)
{
    QList<Point> points;
    if (commissions.isEmpty())
        return points;
    std::sort(commissions.begin(), commissions.end(),
        [](const Commission &a, const Commission &b) { return a.at < b.at; });
    const QDate first = commissions.first().at.toUTC().date();
    const QDate last = end.toUTC().date();
    qint64 sum = 0;
    qsizetype entered = 0; // commissions at or before the current day's end
    qsizetype left = 0; // commissions at or before the window's start
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const QDateTime dayEnd
            = QDateTime(day.addDays(1), QTime(0, 0), QTimeZone::utc()).addMSecs(-1);
        const QDateTime windowStart = dayEnd.addDays(-TierPolicy::WindowDays);
        while (entered < commissions.size() && commissions.at(entered).at <= dayEnd)
            sum += commissions.at(entered++).cents;
        while (left < entered && commissions.at(left).at <= windowStart)
            sum -= commissions.at(left++).cents;
        points.append({dayEnd, sum});
    }
    return points;
}

Result<AffiliateDetail> AffiliateDetail::load(const Connection &connection,
    const QString &affiliateId, const QDateTime &asOf, int windowSeconds)
{
    Transaction snapshot(connection);
    if (auto begun = snapshot.begin(Transaction::Kind::Read); !begun)
        return begun.error();

    AffiliateDetail detail;
    detail.asOf = asOf.isValid() ? asOf.toUTC() : QDateTime::currentDateTimeUtc();
    {
        auto profile = connection.prepare(
            QStringLiteral("SELECT id, handle, display_name, email, commission_rate, created_at "
                           "FROM affiliate_profiles WHERE id = ?"));
        if (!profile)
            return profile.error();
        profile->addBindValue(affiliateId);
        if (auto done = Connection::exec(*profile); !done)
            return done.error();
        if (!profile->next())
            return Error::refused(tr("The affiliate %1 no longer exists.").arg(affiliateId));
        detail.id = profile->value(0).toString();
        detail.handle = profile->value(1).toString();
        detail.name = profile->value(2).toString();
        detail.email = profile->value(3).toString();
        detail.rate = profile->value(4).toInt();
        detail.createdAt = SqlDialect::toDateTime(profile->value(5));
        profile->finish();
    }

    auto policy = TierPolicy::load(connection);
    if (!policy)
        return policy.error();
    detail.policy = *policy;
    detail.nextTier = detail.policy.nextTier(detail.rate);
    {
        const TierEvaluator evaluator(connection, detail.policy);
        auto sum = evaluator.rollingSumCents(detail.id, detail.asOf);
        if (!sum)
            return sum.error();
        detail.sum90Cents = *sum;
    }

    auto events = connection.prepare(
        QStringLiteral("SELECT id, from_rate, to_rate, created_at, status, superseded_by, "
                       "superseded_at, backfill_batch_id "
                       "FROM tier_events WHERE affiliate_id = ? ORDER BY created_at, id"));
    if (!events)
        return events.error();
    events->setForwardOnly(true);
    events->addBindValue(detail.id);
    if (auto done = Connection::exec(*events); !done)
        return done.error();
    while (events->next()) {
        Event event;
        event.id = events->value(0).toLongLong();
        if (!events->value(1).isNull())
            event.fromRate = events->value(1).toInt();
        if (!events->value(2).isNull())
            event.toRate = events->value(2).toInt();
        event.at = SqlDialect::toDateTime(events->value(3));
        event.superseded = events->value(4).toString() == QLatin1String("superseded");
        event.supersededBy = events->value(5).toLongLong();
        event.supersededAt = SqlDialect::toDateTime(events->value(6));
        event.batchId = events->value(7).toLongLong();
        detail.events.append(event);
    }
    events->finish();

    auto commissions = connection.prepare(QStringLiteral(
        "SELECT id, stripe_event_id, CAST(ROUND(commission_amount * 100) AS BIGINT), created_at "
        "FROM affiliate_commissions WHERE affiliate_id = ? ORDER BY created_at DESC, id DESC"));
    if (!commissions)
        return commissions.error();
    commissions->setForwardOnly(true);
    commissions->addBindValue(detail.id);
    if (auto done = Connection::exec(*commissions); !done)
        return done.error();
    while (commissions->next())
        detail.commissions.append(
            {commissions->value(0).toLongLong(), commissions->value(1).toString(),
                commissions->value(2).toLongLong(), SqlDialect::toDateTime(commissions->value(3))});
    commissions->finish();
    detail.rolling = rollingSeries(detail.commissions, detail.asOf);

    Audit::Options audit;
    audit.affiliateId = detail.id;
    audit.windowSeconds = windowSeconds;
    auto report = Audit::scan(connection, audit);
    if (!report)
        return report.error();
    detail.audit = *report;

    auto batches = Backfill::batches(connection, detail.id);
    if (!batches)
        return batches.error();
    detail.batches = *batches;
    return detail;
}

} // namespace TierDesk
