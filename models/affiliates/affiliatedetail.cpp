#include "affiliatedetail.h"
#include "../tier/tierevaluator.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <limits>

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

namespace {

// An affiliate's commissions in (after, upTo], newest first: one prepared statement per
// connection, for the few rows of a day.
Result<QList<AffiliateDetail::Commission>> commissionsBetween(const Connection &connection,
    const QString &affiliateId, const QDateTime &after, const QDateTime &upTo)
{
    auto query = connection.cached(
        QStringLiteral("SELECT id, stripe_event_id, %1, %2 FROM affiliate_commissions WHERE "
                       "affiliate_id = ? AND created_at > ? AND created_at <= ? "
                       "ORDER BY created_at DESC, id DESC LIMIT %3")
            .arg(connection.dialect().cents(QStringLiteral("commission_amount")),
                connection.dialect().isoTime(QStringLiteral("created_at")),
                QString::number(AffiliateDetail::CrossingRowsRead)));
    if (!query)
        return query.error();
    QSqlQuery &read = **query;
    read.bindValue(0, affiliateId);
    read.bindValue(1, SqlDialect::timeValue(after));
    read.bindValue(2, SqlDialect::timeValue(upTo));
    if (auto done = Connection::exec(read); !done)
        return done.error();
    QList<AffiliateDetail::Commission> rows;
    while (read.next())
        rows.append({read.value(0).toLongLong(), read.value(1).toString(),
            read.value(2).toLongLong(), SqlDialect::toDateTime(read.value(3))});
    read.finish();
    return rows;
}

// The 90-day sum at `at`, (at - 90 days, at]. From the days' totals when they are at
// hand: the days from windowStart's to at's, less what windowStart's day held up to it
// (`leaving` holds that part of the day) and what at's day held after it.
Result<qint64> sumAt(const Connection &connection, const QString &affiliateId, const QDateTime &at,
    const QMap<QDate, qint64> *dailyCents, const QList<AffiliateDetail::Commission> &leaving)
{
    if (!dailyCents || leaving.size() >= AffiliateDetail::CrossingRowsRead)
        return TierEvaluator(connection, TierPolicy::defaultPolicy())
            .rollingSumCents(affiliateId, at);
    const QDateTime windowStart = at.addDays(-TierPolicy::WindowDays);
    const QDate first = windowStart.toUTC().date();
    const QDate last = at.toUTC().date();
    qint64 sum = 0;
    for (auto it = dailyCents->lowerBound(first); it != dailyCents->cend() && it.key() <= last;
         ++it)
        sum += it.value();
    const QDateTime firstDay(first, QTime(0, 0), QTimeZone::utc());
    for (const AffiliateDetail::Commission &c : leaving) {
        if (c.at >= firstDay) // leaving is (…, windowStart]: before it ends, in that day
            sum -= c.cents;
    }
    auto later = commissionsBetween(connection, affiliateId, at,
        QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::utc()).addMSecs(-1));
    if (!later)
        return later.error();
    for (const AffiliateDetail::Commission &c : std::as_const(*later))
        sum -= c.cents;
    if (later->size() >= AffiliateDetail::CrossingRowsRead)
        return TierEvaluator(connection, TierPolicy::defaultPolicy())
            .rollingSumCents(affiliateId, at);
    return sum;
}

} // namespace

Result<std::optional<AffiliateDetail::Crossing>> AffiliateDetail::crossingBefore(
    const Connection &connection, const QString &affiliateId, qint64 thresholdCents,
    const QDateTime &at, const QMap<QDate, qint64> *dailyCents)
{
    // The 90-day sum at `at` as the evaluator sums it, (at - 90 days, at]; then back
    // through the commissions newest first, each one's sum worked out from it: less the
    // newer ones passed, plus the older ones that were still in its own window. The
    // newest commission whose arrival took the sum over the threshold is the crossing.
    // Only the day before is searched: each payment is evaluated as it arrives, so the
    // one that crossed comes just before the promotion; one found further back would
    // not explain it (and the search would read the whole window).
    const QDateTime windowStart = at.addDays(-TierPolicy::WindowDays);
    const QDateTime searchFrom = qMax(at.addSecs(-CrossingLookbackSeconds), windowStart);
    auto recent = commissionsBetween(connection, affiliateId, searchFrom, at);
    if (!recent)
        return recent.error();
    // Those that left the window since the oldest one searched: back in its window.
    // They begin before windowStart's UTC day does, searchFrom being under a day back.
    auto leaving = commissionsBetween(
        connection, affiliateId, searchFrom.addDays(-TierPolicy::WindowDays), windowStart);
    if (!leaving)
        return leaving.error();
    auto atSum = sumAt(connection, affiliateId, at, dailyCents, *leaving);
    if (!atSum)
        return atSum.error();
    if (*atSum < thresholdCents)
        return std::optional<Crossing>(); // the sum at the promotion does not reach it
    qsizetype nextLeaving = 0;
    qint64 newer = 0; // commissions passed, newer than the one at hand
    qint64 returned = 0; // older ones back in the window of the one at hand
    std::optional<Crossing> crossing;
    QList<Commission> arrivals;
    for (const Commission &c : std::as_const(*recent)) {
        if (c.at.secsTo(at) <= RaceSeconds)
            arrivals.prepend(c);
        else if (crossing)
            break;
        for (; nextLeaving < leaving->size()
             && leaving->at(nextLeaving).at > c.at.addDays(-TierPolicy::WindowDays);
             ++nextLeaving)
            returned += leaving->at(nextLeaving).cents;
        const qint64 with = *atSum - newer + returned;
        if (!crossing && with - c.cents < thresholdCents && with >= thresholdCents)
            crossing = Crossing{0, c, with, {}};
        newer += c.cents;
    }
    if (crossing) {
        if (arrivals.size() > RaceShown)
            arrivals = arrivals.mid(arrivals.size() - RaceShown);
        crossing->arrivals = arrivals;
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
Result<void> AffiliateDetail::readCrossings(
    const Connection &connection, const QMap<QDate, qint64> &dailyCents)
{
    QHash<qint64, std::optional<Crossing>> byTime;
    for (const Event &event : std::as_const(events)) {
        if (!event.toRate || event.toRate.value_or(0) <= event.fromRate.value_or(0))
            continue;
        const qint64 threshold = policy.tierFor(*event.toRate).thresholdCents;
        const qint64 key = event.at.toMSecsSinceEpoch() ^ (threshold << 20);
        if (!byTime.contains(key)) {
            auto crossing = crossingBefore(connection, id, threshold, event.at, &dailyCents);
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
Result<void> AffiliateDetail::readDaily(
    const Connection &connection, QMap<QDate, qint64> *dailyCents)
{
    // The chart's series from each day's total: a few hundred rows, however many
    // commissions there are.
    const SqlDialect &d = connection.dialect();
    auto days
        = connection.prepare(QStringLiteral("SELECT %1, %2, COUNT(*) FROM affiliate_commissions "
                                            "WHERE affiliate_id = ? GROUP BY %1")
                                 .arg(d.utcDay(QStringLiteral("created_at")),
                                     d.roundedSumCents(QStringLiteral("commission_amount"))));
    if (!days)
        return days.error();
    days->setForwardOnly(true);
    days->addBindValue(id);
    if (auto done = Connection::exec(*days); !done)
        return done.error();
    QMap<QDate, qint64> daily;
    QMap<QDate, qint64> counts;
    while (days->next()) {
        daily.insert(days->value(0).toDate(), days->value(1).toLongLong());
        counts.insert(days->value(0).toDate(), days->value(2).toLongLong());
        commissionCount += days->value(2).toLongLong();
    }
    days->finish();
    if (!daily.isEmpty())
        firstCommissionAt = QDateTime(daily.firstKey(), QTime(0, 0), QTimeZone::utc());
    rolling = rollingSeries(daily, asOf);
    *dailyCents = daily;
    return readRatePeriods(connection, counts);
}

// The commissions of each rate's period, from each day's count and, for the day of a
// change, the few paid that day before it (an index range, not a scan).
Result<void> AffiliateDetail::readRatePeriods(
    const Connection &connection, const QMap<QDate, qint64> &counts)
{
    ratePeriods = {{QDateTime(), rates.firstRate(), 0}};
    for (const RateHistory::Change &change : rates.changes())
        ratePeriods.append({change.at, change.rate, 0});
    QList<qint64> upTo; // commissions at or before each change
    for (const RateHistory::Change &change : rates.changes()) {
        const QDate day = change.at.toUTC().date();
        qint64 before = 0;
        for (auto it = counts.cbegin(); it != counts.cend() && it.key() < day; ++it)
            before += it.value();
        auto sameDay = connection.cached(
            QStringLiteral("SELECT COUNT(*) FROM affiliate_commissions WHERE affiliate_id = ? "
                           "AND created_at >= ? AND created_at <= ?"));
        if (!sameDay)
            return sameDay.error();
        QSqlQuery &query = **sameDay;
        query.bindValue(0, id);
        query.bindValue(1, SqlDialect::timeValue(QDateTime(day, QTime(0, 0), QTimeZone::utc())));
        query.bindValue(2, SqlDialect::timeValue(change.at));
        if (auto done = Connection::exec(query); !done)
            return done.error();
        before += query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        upTo.append(before);
    }
    upTo.append(commissionCount);
    qint64 previous = 0;
    for (qsizetype i = 0; i < ratePeriods.size(); ++i) {
        ratePeriods[i].commissions = upTo.at(i) - previous;
        previous = upTo.at(i);
    }
    return {};
}

AffiliateDetail::RateHistory::RateHistory(const QList<Event> &events, int profileRate)
    : m_first(profileRate)
{
    for (const Event &event : events) {
        if (event.superseded || !event.toRate)
            continue;
        if (m_changes.isEmpty() && event.fromRate)
            m_first = *event.fromRate;
        m_changes.append({event.at, *event.toRate});
    }
    std::stable_sort(m_changes.begin(), m_changes.end(),
        [](const Change &a, const Change &b) { return a.at < b.at; });
    // A duplicate of a change (a race's second row) changes nothing: one period.
    QList<Change> changes;
    int current = m_first;
    for (const Change &change : std::as_const(m_changes)) {
        if (change.rate != current)
            changes.append(change);
        current = change.rate;
    }
    m_changes = changes;
}

int AffiliateDetail::RateHistory::rateAt(const QDateTime &at) const
{
    const auto after = std::upper_bound(m_changes.cbegin(), m_changes.cend(), at,
        [](const QDateTime &time, const Change &change) { return time < change.at; });
    return after == m_changes.cbegin() ? m_first : std::prev(after)->rate;
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
    detail.rates = RateHistory(detail.events, detail.rate);
    QMap<QDate, qint64> dailyCents; // the chart's, and what the crossings sum from
    if (auto read = detail.readDaily(connection, &dailyCents); !read)
        return read.error();
    if (auto read = detail.readCrossings(connection, dailyCents); !read)
        return read.error();

    auto page = commissionPage(connection, detail.id, std::nullopt);
    if (!page)
        return page.error();
    detail.commissions = *page;

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
