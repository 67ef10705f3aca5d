#include "affiliatedetail.h"
#include "../tier/tierevaluator.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

#include <QHash>

namespace TierDesk {

int AffiliateDetail::clusterOf(qint64 eventId) const
{
    for (qsizetype i = 0; i < audit.clusters.size(); ++i)
        if (audit.clusters.at(i).allIds().contains(eventId))
            return int(i);
    return -1;
}

QList<AffiliateDetail::Point> AffiliateDetail::rollingSeries(
    const QMap<QDate, qint64> &dailyCents, const QDateTime &end)
{
    QList<Point> points;
    if (dailyCents.isEmpty())
        return points;
    const QDate last = end.toUTC().date();
    qint64 sum = 0;
    auto entered = dailyCents.cbegin(); // days at or before the current day
    auto left = dailyCents.cbegin(); // days that have left the window
    for (QDate day = dailyCents.firstKey(); day <= last; day = day.addDays(1)) {
        // The window of the day's end, (end - 90 days, end], holds that day and the 89
        // before it.
        const QDate windowFirst = day.addDays(1 - TierPolicy::WindowDays);
        for (; entered != dailyCents.cend() && entered.key() <= day; ++entered)
            sum += entered.value();
        for (; left != entered && left.key() < windowFirst; ++left)
            sum -= left.value();
        points.append({QDateTime(day.addDays(1), QTime(0, 0), QTimeZone::utc()).addMSecs(-1), sum});
    }
    return points;
}

Result<std::optional<AffiliateDetail::Crossing>> AffiliateDetail::crossingBefore(
    const Connection &connection, const QString &affiliateId, qint64 thresholdCents,
    const QDateTime &at)
{
    // The commissions of the two windows before `at`: enough to know the 90-day sum at
    // each one of the last window.
    auto query = connection.prepare(
        QStringLiteral("SELECT id, stripe_event_id, %1, %2 FROM affiliate_commissions WHERE "
                       "affiliate_id = ? AND created_at > ? AND created_at <= ? "
                       "ORDER BY created_at, id")
            .arg(connection.dialect().cents(QStringLiteral("commission_amount")),
                connection.dialect().isoTime(QStringLiteral("created_at"))));
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    query->addBindValue(affiliateId);
    query->addBindValue(SqlDialect::timeValue(at.addDays(-2 * TierPolicy::WindowDays)));
    query->addBindValue(SqlDialect::timeValue(at));
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    QList<Commission> list;
    while (query->next())
        list.append({query->value(0).toLongLong(), query->value(1).toString(),
            query->value(2).toLongLong(), SqlDialect::toDateTime(query->value(3))});
    query->finish();
    // A sliding 90-day window, as the evaluator sums it: (t - 90 days, t].
    std::optional<Crossing> crossing;
    qint64 sum = 0;
    qsizetype oldest = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QDateTime t = list.at(i).at;
        while (oldest < i && list.at(oldest).at <= t.addDays(-TierPolicy::WindowDays))
            sum -= list.at(oldest++).cents;
        const qint64 before = sum;
        sum += list.at(i).cents;
        if (before < thresholdCents && sum >= thresholdCents)
            crossing = Crossing{0, list.at(i), sum};
    }
    return crossing;
}

const AffiliateDetail::Crossing *AffiliateDetail::crossingOf(qint64 eventId) const
{
    for (const Crossing &crossing : crossings) {
        if (crossing.eventId == eventId)
            return &crossing;
    }
    return nullptr;
}

Result<QList<AffiliateDetail::Commission>> AffiliateDetail::commissionPage(
    const Connection &connection, const QString &affiliateId, const std::optional<Commission> &last,
    int limit, const CommissionFilter &filter)
{
    const QString cents = connection.dialect().cents(QStringLiteral("commission_amount"));
    const QString time = connection.dialect().isoTime(QStringLiteral("created_at"));
    // Keyset paging on the (affiliate_id, created_at) index: no OFFSET to walk.
    QString where = QStringLiteral("affiliate_id = ?");
    QVariantList values{affiliateId};
    if (last) {
        where += QStringLiteral(" AND (created_at < ? OR (created_at = ? AND id < ?))");
        values << SqlDialect::timeValue(last->at) << SqlDialect::timeValue(last->at) << last->id;
    }
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND created_at >= ?");
        values << SqlDialect::timeValue(filter.from.startOfDay(QTimeZone::utc()));
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND created_at < ?");
        values << SqlDialect::timeValue(filter.to.addDays(1).startOfDay(QTimeZone::utc()));
    }
    if (const QString text = filter.eventText.trimmed().toLower(); !text.isEmpty()) {
        // A fragment of the id, as plain text.
        where += QStringLiteral(" AND lower(stripe_event_id) LIKE ? ESCAPE '\\'");
        values << SqlDialect::containsPattern(text);
    }
    auto query = connection.prepare(
        QStringLiteral("SELECT id, stripe_event_id, %1, %2 FROM affiliate_commissions WHERE %3 "
                       "ORDER BY created_at DESC, id DESC LIMIT ?")
            .arg(cents, time, where));
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    for (const QVariant &value : std::as_const(values))
        query->addBindValue(value);
    query->addBindValue(limit);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    QList<Commission> page;
    page.reserve(limit);
    while (query->next())
        page.append({query->value(0).toLongLong(), query->value(1).toString(),
            query->value(2).toLongLong(), SqlDialect::toDateTime(query->value(3))});
    query->finish();
    return page;
}

// The steps of load(), each inside its read snapshot.
Result<void> AffiliateDetail::readProfile(const Connection &connection, const QString &affiliateId)
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
    id = profile->value(0).toString();
    handle = profile->value(1).toString();
    name = profile->value(2).toString();
    email = profile->value(3).toString();
    rate = profile->value(4).toInt();
    createdAt = SqlDialect::toDateTime(profile->value(5));
    profile->finish();
    return {};
}

Result<void> AffiliateDetail::readEvents(const Connection &connection)
{
    auto rows = connection.prepare(
        QStringLiteral("SELECT id, from_rate, to_rate, %1, status, superseded_by, %2, "
                       "backfill_batch_id FROM tier_events WHERE affiliate_id = ? "
                       "ORDER BY created_at, id")
            .arg(connection.dialect().isoTime(QStringLiteral("created_at")),
                connection.dialect().isoTime(QStringLiteral("superseded_at"))));
    if (!rows)
        return rows.error();
    rows->setForwardOnly(true);
    rows->addBindValue(id);
    if (auto done = Connection::exec(*rows); !done)
        return done.error();
    while (rows->next()) {
        Event event;
        event.id = rows->value(0).toLongLong();
        if (!rows->value(1).isNull())
            event.fromRate = rows->value(1).toInt();
        if (!rows->value(2).isNull())
            event.toRate = rows->value(2).toInt();
        event.at = SqlDialect::toDateTime(rows->value(3));
        event.superseded = rows->value(4).toString() == QLatin1String("superseded");
        event.supersededBy = rows->value(5).toLongLong();
        event.supersededAt = SqlDialect::toDateTime(rows->value(6));
        event.batchId = rows->value(7).toLongLong();
        events.append(event);
    }
    rows->finish();
    return {};
}

// Each promotion's crossing commission (promotions at the same moment share one).
Result<void> AffiliateDetail::readCrossings(const Connection &connection)
{
    QHash<qint64, std::optional<Crossing>> byTime;
    for (const Event &event : std::as_const(events)) {
        if (!event.toRate || event.toRate.value_or(0) <= event.fromRate.value_or(0))
            continue;
        const qint64 threshold = policy.tierFor(*event.toRate).thresholdCents;
        const qint64 key = event.at.toMSecsSinceEpoch() ^ (threshold << 20);
        if (!byTime.contains(key)) {
            auto crossing = crossingBefore(connection, id, threshold, event.at);
            if (!crossing)
                return crossing.error();
            byTime.insert(key, *crossing);
        }
        if (const auto &crossing = byTime.value(key)) {
            Crossing own = *crossing;
            own.eventId = event.id;
            crossings.append(own);
        }
    }
    return {};
}

// The chart's series from each day's total: a few hundred rows, however many
// commissions there are.
Result<void> AffiliateDetail::readDaily(const Connection &connection)
{
    // The chart's series from each day's total: a few hundred rows, however many
    // commissions there are.
    const SqlDialect &d = connection.dialect();
    auto days
        = connection.prepare(QStringLiteral("SELECT %1, %2, COUNT(*) FROM affiliate_commissions "
                                            "WHERE affiliate_id = ? GROUP BY %1")
                                 .arg(d.utcDay(QStringLiteral("created_at")),
                                     d.sumCents(QStringLiteral("commission_amount"))));
    if (!days)
        return days.error();
    days->setForwardOnly(true);
    days->addBindValue(id);
    if (auto done = Connection::exec(*days); !done)
        return done.error();
    QMap<QDate, qint64> daily;
    while (days->next()) {
        daily.insert(days->value(0).toDate(), days->value(1).toLongLong());
        commissionCount += days->value(2).toLongLong();
    }
    days->finish();
    if (!daily.isEmpty())
        firstCommissionAt = QDateTime(daily.firstKey(), QTime(0, 0), QTimeZone::utc());
    rolling = rollingSeries(daily, asOf);
    return {};
}

Result<AffiliateDetail> AffiliateDetail::load(const Connection &connection,
    const QString &affiliateId, const QDateTime &asOf, int windowSeconds)
{
    Transaction snapshot(connection);
    if (auto begun = snapshot.begin(Transaction::Kind::Read); !begun)
        return begun.error();

    AffiliateDetail detail;
    detail.asOf = asOf.isValid() ? asOf.toUTC() : QDateTime::currentDateTimeUtc();
    if (auto read = detail.readProfile(connection, affiliateId); !read)
        return read.error();
    auto policy = TierPolicy::read(connection);
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

    if (auto read = detail.readEvents(connection); !read)
        return read.error();
    if (auto read = detail.readCrossings(connection); !read)
        return read.error();

    auto page = commissionPage(connection, detail.id, std::nullopt);
    if (!page)
        return page.error();
    detail.commissions = *page;

    if (auto read = detail.readDaily(connection); !read)
        return read.error();
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

    Activity::Filter activity;
    activity.affiliateId = detail.id;
    activity.limit = ActivityShown;
    auto entries = Activity::list(connection, activity);
    if (!entries)
        return entries.error();
    detail.activity = *entries;
    return detail;
}

} // namespace TierDesk
