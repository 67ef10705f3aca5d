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

using Commissions = QList<AffiliateDetail::Commission>;

// A span of time, (after, upTo].
struct Span
{
    QDateTime after;
    QDateTime upTo;
};

// A commission from the row's columns id, stripe_event_id, cents, created_at, the
// first of them at `first`.
AffiliateDetail::Commission commissionOf(const QSqlQuery &row, int first)
{
    return {row.value(first).toLongLong(), row.value(first + 1).toString(),
        row.value(first + 2).toLongLong(), SqlDialect::toDateTime(row.value(first + 3))};
}

// An affiliate's commissions in each span, newest first, at most CrossingRowsRead of
// each. Where the engine binds arrays, one statement reads every span (a promotion
// needs three, and each was a round trip of its own); elsewhere one prepared statement
// per connection reads each.
Result<QList<Commissions>> commissionsIn(
    const Connection &connection, const QString &affiliateId, const QList<Span> &spans)
{
    QList<Commissions> found(spans.size());
    if (spans.isEmpty())
        return found;
    const SqlDialect &d = connection.dialect();
    const QString limit = QString::number(AffiliateDetail::CrossingRowsRead);
    if (d.bindsArrays()) {
        auto query = connection.cached(
            QStringLiteral("SELECT span.k, c.id, c.stripe_event_id, %1, %2 FROM "
                           "unnest(CAST(? AS timestamptz[]), CAST(? AS timestamptz[])) "
                           "WITH ORDINALITY AS span(after_at, up_to, k) "
                           "CROSS JOIN LATERAL (SELECT id, stripe_event_id, commission_amount, "
                           "created_at FROM affiliate_commissions WHERE affiliate_id = ? "
                           "AND created_at > span.after_at AND created_at <= span.up_to "
                           "ORDER BY created_at DESC, id DESC LIMIT %3) c "
                           "ORDER BY span.k, c.created_at DESC, c.id DESC")
                .arg(d.cents(QStringLiteral("c.commission_amount")),
                    d.isoTime(QStringLiteral("c.created_at")), limit));
        if (!query)
            return query.error();
        QSqlQuery &read = **query;
        QList<QDateTime> after;
        QList<QDateTime> upTo;
        for (const Span &span : spans) {
            after << span.after;
            upTo << span.upTo;
        }
        read.bindValue(0, SqlDialect::arrayValue(after));
        read.bindValue(1, SqlDialect::arrayValue(upTo));
        read.bindValue(2, affiliateId);
        if (auto done = Connection::exec(read); !done)
            return done.error();
        while (read.next()) {
            const qsizetype k = read.value(0).toLongLong() - 1; // ORDINALITY counts from 1
            if (k >= 0 && k < found.size())
                found[k].append(commissionOf(read, 1));
        }
        read.finish();
        return found;
    }
    auto query = connection.cached(
        QStringLiteral("SELECT id, stripe_event_id, %1, %2 FROM affiliate_commissions WHERE "
                       "affiliate_id = ? AND created_at > ? AND created_at <= ? "
                       "ORDER BY created_at DESC, id DESC LIMIT %3")
            .arg(d.cents(QStringLiteral("commission_amount")),
                d.isoTime(QStringLiteral("created_at")), limit));
    if (!query)
        return query.error();
    QSqlQuery &read = **query;
    for (qsizetype k = 0; k < spans.size(); ++k) {
        read.bindValue(0, affiliateId);
        read.bindValue(1, SqlDialect::timeValue(spans.at(k).after));
        read.bindValue(2, SqlDialect::timeValue(spans.at(k).upTo));
        if (auto done = Connection::exec(read); !done)
            return done.error();
        while (read.next())
            found[k].append(commissionOf(read, 0));
        read.finish();
    }
    return found;
}

// How many of the affiliate's commissions each [from, to] holds.
Result<QList<qint64>> commissionsCountedIn(const Connection &connection, const QString &affiliateId,
    const QList<QDateTime> &from, const QList<QDateTime> &to)
{
    QList<qint64> counted(from.size(), 0);
    if (from.isEmpty())
        return counted;
    if (connection.dialect().bindsArrays()) {
        auto query = connection.cached(QStringLiteral(
            "SELECT span.k, (SELECT COUNT(*) FROM affiliate_commissions WHERE affiliate_id = ? "
            "AND created_at >= span.from_at AND created_at <= span.to_at) FROM "
            "unnest(CAST(? AS timestamptz[]), CAST(? AS timestamptz[])) "
            "WITH ORDINALITY AS span(from_at, to_at, k)"));
        if (!query)
            return query.error();
        QSqlQuery &read = **query;
        read.bindValue(0, affiliateId);
        read.bindValue(1, SqlDialect::arrayValue(from));
        read.bindValue(2, SqlDialect::arrayValue(to));
        if (auto done = Connection::exec(read); !done)
            return done.error();
        while (read.next()) {
            const qsizetype k = read.value(0).toLongLong() - 1; // ORDINALITY counts from 1
            if (k >= 0 && k < counted.size())
                counted[k] = read.value(1).toLongLong();
        }
        read.finish();
        return counted;
    }
    auto query = connection.cached(
        QStringLiteral("SELECT COUNT(*) FROM affiliate_commissions WHERE affiliate_id = ? "
                       "AND created_at >= ? AND created_at <= ?"));
    if (!query)
        return query.error();
    QSqlQuery &read = **query;
    for (qsizetype k = 0; k < from.size(); ++k) {
        read.bindValue(0, affiliateId);
        read.bindValue(1, SqlDialect::timeValue(from.at(k)));
        read.bindValue(2, SqlDialect::timeValue(to.at(k)));
        if (auto done = Connection::exec(read); !done)
            return done.error();
        counted[k] = read.next() ? read.value(0).toLongLong() : 0;
        read.finish();
    }
    return counted;
}

QDateTime dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc());
}

// The spans the 90-day sum at `at` is worked out from, beside the days' totals: the
// part of windowStart's UTC day up to windowStart, which has left the window, and the
// part of at's UTC day after `at`, not yet in it. Each span reaches a little past its
// day, because times are read to the millisecond: sumAt keeps what falls in the day.
QList<Span> sumSpans(const QDateTime &at)
{
    const QDateTime windowStart = at.addDays(-TierPolicy::WindowDays);
    return {{dayStart(windowStart.toUTC().date()).addMSecs(-1), windowStart},
        {at, dayStart(at.toUTC().date().addDays(1))}};
}

// The spans a crossing at `at` is worked out from: the day searched, (searchFrom, at];
// those that left the window since its oldest one, back in its window (they begin
// before windowStart's UTC day does, searchFrom being under a day back); and the rest
// of at's UTC day, which the day's total holds beyond the sum at `at`.
QList<Span> crossingSpans(const QDateTime &at)
{
    const QDateTime windowStart = at.addDays(-TierPolicy::WindowDays);
    const QDateTime searchFrom
        = qMax(at.addSecs(-AffiliateDetail::CrossingLookbackSeconds), windowStart);
    return {{searchFrom, at}, {searchFrom.addDays(-TierPolicy::WindowDays), windowStart},
        sumSpans(at).at(1)};
}

// The 90-day sum at `at`, (at - 90 days, at], as the evaluator sums it. From the days'
// totals when they are at hand: the days from windowStart's to at's, less what
// windowStart's day held up to it (in `leaving`) and what at's day held after it (in
// `later`). Reads it from the table when a span held more than was read of it.
Result<qint64> sumAt(const Connection &connection, const QString &affiliateId, const QDateTime &at,
    const QMap<QDate, qint64> *dailyCents, const Commissions &leaving, const Commissions &later)
{
    if (!dailyCents || leaving.size() >= AffiliateDetail::CrossingRowsRead
        || later.size() >= AffiliateDetail::CrossingRowsRead)
        return TierEvaluator(connection, TierPolicy::defaultPolicy())
            .rollingSumCents(affiliateId, at);
    const QDateTime windowStart = at.addDays(-TierPolicy::WindowDays);
    const QDate first = windowStart.toUTC().date();
    const QDate last = at.toUTC().date();
    qint64 sum = 0;
    for (auto it = dailyCents->lowerBound(first); it != dailyCents->cend() && it.key() <= last;
         ++it)
        sum += it.value();
    const QDateTime firstDay = dayStart(first);
    for (const AffiliateDetail::Commission &c : leaving) {
        if (c.at >= firstDay) // leaving is (…, windowStart]: before it ends, in that day
            sum -= c.cents;
    }
    const QDateTime nextDay = dayStart(last.addDays(1));
    for (const AffiliateDetail::Commission &c : later) {
        if (c.at < nextDay) // later is (at, nextDay]: before it ends, in at's day
            sum -= c.cents;
    }
    return sum;
}

// The crossing from the reads of crossingSpans(at), in that order.
Result<std::optional<AffiliateDetail::Crossing>> crossingFrom(const Connection &connection,
    const QString &affiliateId, qint64 thresholdCents, const QDateTime &at,
    const QMap<QDate, qint64> *dailyCents, const Commissions &recent, const Commissions &leaving,
    const Commissions &later)
{
    using Crossing = AffiliateDetail::Crossing;
    // The 90-day sum at `at` as the evaluator sums it, (at - 90 days, at]; then back
    // through the commissions newest first, each one's sum worked out from it: less the
    // newer ones passed, plus the older ones that were still in its own window. The
    // newest commission whose arrival took the sum over the threshold is the crossing.
    // Only the day before is searched: each payment is evaluated as it arrives, so the
    // one that crossed comes just before the promotion; one found further back would
    // not explain it (and the search would read the whole window).
    auto atSum = sumAt(connection, affiliateId, at, dailyCents, leaving, later);
    if (!atSum)
        return atSum.error();
    if (*atSum < thresholdCents)
        return std::optional<Crossing>(); // the sum at the promotion does not reach it
    qsizetype nextLeaving = 0;
    qint64 newer = 0; // commissions passed, newer than the one at hand
    qint64 returned = 0; // older ones back in the window of the one at hand
    std::optional<Crossing> crossing;
    Commissions arrivals;
    for (const AffiliateDetail::Commission &c : recent) {
        if (c.at.secsTo(at) <= AffiliateDetail::RaceSeconds)
            arrivals.prepend(c);
        else if (crossing)
            break;
        for (; nextLeaving < leaving.size()
             && leaving.at(nextLeaving).at > c.at.addDays(-TierPolicy::WindowDays);
             ++nextLeaving)
            returned += leaving.at(nextLeaving).cents;
        const qint64 with = *atSum - newer + returned;
        if (!crossing && with - c.cents < thresholdCents && with >= thresholdCents)
            crossing = Crossing{0, c, with, {}};
        newer += c.cents;
    }
    if (crossing) {
        if (arrivals.size() > AffiliateDetail::RaceShown)
            arrivals = arrivals.mid(arrivals.size() - AffiliateDetail::RaceShown);
        crossing->arrivals = arrivals;
    }
    return crossing;
}

} // namespace

Result<std::optional<AffiliateDetail::Crossing>> AffiliateDetail::crossingBefore(
    const Connection &connection, const QString &affiliateId, qint64 thresholdCents,
    const QDateTime &at, const QMap<QDate, qint64> *dailyCents)
{
    auto reads = commissionsIn(connection, affiliateId, crossingSpans(at));
    if (!reads)
        return reads.error();
    return crossingFrom(connection, affiliateId, thresholdCents, at, dailyCents, reads->at(0),
        reads->at(1), reads->at(2));
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
    values << limit;
    auto statement = connection.runKept(
        QStringLiteral("SELECT id, stripe_event_id, %1, %2 FROM affiliate_commissions WHERE %3 "
                       "ORDER BY created_at DESC, id DESC LIMIT ?")
            .arg(cents, time, where),
        values);
    if (!statement)
        return statement.error();
    QSqlQuery &query = **statement;
    QList<Commission> page;
    page.reserve(limit);
    while (query.next())
        page.append(commissionOf(query, 0));
    query.finish();
    return page;
}

// The steps of load(), each inside its read snapshot.
Result<void> AffiliateDetail::readProfile(const Connection &connection, const QString &affiliateId)
{
    auto statement = connection.runKept(
        QStringLiteral("SELECT id, handle, display_name, email, commission_rate, created_at "
                       "FROM affiliate_profiles WHERE id = ?"),
        {affiliateId});
    if (!statement)
        return statement.error();
    QSqlQuery &profile = **statement;
    if (!profile.next()) {
        profile.finish();
        return Error::refused(tr("The affiliate %1 no longer exists.").arg(affiliateId));
    }
    id = profile.value(0).toString();
    handle = profile.value(1).toString();
    name = profile.value(2).toString();
    email = profile.value(3).toString();
    rate = profile.value(4).toInt();
    createdAt = SqlDialect::toDateTime(profile.value(5));
    profile.finish();
    return {};
}

Result<void> AffiliateDetail::readEvents(const Connection &connection)
{
    auto statement = connection.runKept(
        QStringLiteral("SELECT id, from_rate, to_rate, %1, status, superseded_by, %2, "
                       "backfill_batch_id FROM tier_events WHERE affiliate_id = ? "
                       "ORDER BY created_at, id")
            .arg(connection.dialect().isoTime(QStringLiteral("created_at")),
                connection.dialect().isoTime(QStringLiteral("superseded_at"))),
        {id});
    if (!statement)
        return statement.error();
    QSqlQuery &rows = **statement;
    while (rows.next()) {
        Event event;
        event.id = rows.value(0).toLongLong();
        if (!rows.value(1).isNull())
            event.fromRate = rows.value(1).toInt();
        if (!rows.value(2).isNull())
            event.toRate = rows.value(2).toInt();
        event.at = SqlDialect::toDateTime(rows.value(3));
        event.superseded = rows.value(4).toString() == QLatin1String("superseded");
        event.supersededBy = rows.value(5).toLongLong();
        event.supersededAt = SqlDialect::toDateTime(rows.value(6));
        event.batchId = rows.value(7).toLongLong();
        events.append(event);
    }
    rows.finish();
    return {};
}

// The 90-day sum now and each promotion's crossing commission (promotions at the same
// moment share one), from the days' totals and one read of every span they need.
Result<void> AffiliateDetail::readWindowSums(
    const Connection &connection, const QMap<QDate, qint64> &dailyCents)
{
    struct Promotion
    {
        qint64 eventId;
        qint64 key; // the moment and the threshold
        qint64 threshold;
        QDateTime at;
    };
    QList<Promotion> promotions;
    QHash<qint64, qsizetype> firstOf; // key: the index of its spans' first read
    // The window's edge days: when neither holds a commission, the days alone are the sum.
    const Commissions none;
    const bool edgesHeld = dailyCents.contains(asOf.addDays(-TierPolicy::WindowDays).date())
        || dailyCents.contains(asOf.date());
    QList<Span> spans = edgesHeld ? sumSpans(asOf) : QList<Span>();
    for (const Event &event : std::as_const(events)) {
        if (!event.toRate || event.toRate.value_or(0) <= event.fromRate.value_or(0))
            continue;
        const qint64 threshold = policy.tierFor(*event.toRate).thresholdCents;
        const qint64 key = event.at.toMSecsSinceEpoch() ^ (threshold << 20);
        promotions.append({event.id, key, threshold, event.at});
        if (!firstOf.contains(key)) {
            firstOf.insert(key, spans.size());
            spans += crossingSpans(event.at);
        }
    }
    auto reads = commissionsIn(connection, id, spans);
    if (!reads)
        return reads.error();
    auto sum = sumAt(connection, id, asOf, &dailyCents, edgesHeld ? reads->at(0) : none,
        edgesHeld ? reads->at(1) : none);
    if (!sum)
        return sum.error();
    sum90Cents = *sum;
    QHash<qint64, std::optional<Crossing>> byKey;
    for (const Promotion &promotion : std::as_const(promotions)) {
        if (!byKey.contains(promotion.key)) {
            const qsizetype first = firstOf.value(promotion.key);
            auto crossing = crossingFrom(connection, id, promotion.threshold, promotion.at,
                &dailyCents, reads->at(first), reads->at(first + 1), reads->at(first + 2));
            if (!crossing)
                return crossing.error();
            byKey.insert(promotion.key, *crossing);
        }
        if (const auto &crossing = byKey.value(promotion.key)) {
            Crossing own = *crossing;
            own.eventId = promotion.eventId;
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
    const SqlDialect &d = connection.dialect();
    auto statement
        = connection.runKept(QStringLiteral("SELECT %1, %2, COUNT(*) FROM affiliate_commissions "
                                            "WHERE affiliate_id = ? GROUP BY %1")
                                 .arg(d.utcDay(QStringLiteral("created_at")),
                                     d.sumCents(QStringLiteral("commission_amount"))),
            {id});
    if (!statement)
        return statement.error();
    QSqlQuery &days = **statement;
    QMap<QDate, qint64> daily;
    QMap<QDate, qint64> counts;
    while (days.next()) {
        daily.insert(days.value(0).toDate(), days.value(1).toLongLong());
        counts.insert(days.value(0).toDate(), days.value(2).toLongLong());
        commissionCount += days.value(2).toLongLong();
    }
    days.finish();
    if (!daily.isEmpty())
        firstCommissionAt = dayStart(daily.firstKey());
    rolling = rollingSeries(daily, asOf);
    *dailyCents = daily;
    return readRatePeriods(connection, counts);
}

// The commissions of each rate's period, from each day's count and, for the day of a
// change, the few paid that day before it (an index range, not a scan; one statement
// for every change where the engine binds arrays).
Result<void> AffiliateDetail::readRatePeriods(
    const Connection &connection, const QMap<QDate, qint64> &counts)
{
    ratePeriods = {{QDateTime(), rates.firstRate(), 0}};
    for (const RateHistory::Change &change : rates.changes())
        ratePeriods.append({change.at, change.rate, 0});
    QList<QDateTime> dayStarts;
    QList<QDateTime> ends;
    for (const RateHistory::Change &change : rates.changes()) {
        dayStarts << dayStart(change.at.toUTC().date());
        ends << change.at;
    }
    auto sameDay = commissionsCountedIn(connection, id, dayStarts, ends);
    if (!sameDay)
        return sameDay.error();
    QList<qint64> upTo; // commissions at or before each change
    for (qsizetype i = 0; i < ends.size(); ++i) {
        qint64 before = sameDay->at(i);
        const QDate day = dayStarts.at(i).date();
        for (auto it = counts.cbegin(); it != counts.cend() && it.key() < day; ++it)
            before += it.value();
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

    if (auto read = detail.readEvents(connection); !read)
        return read.error();
    detail.rates = RateHistory(detail.events, detail.rate);
    QMap<QDate, qint64> dailyCents; // the chart's, and what the window's sums start from
    if (auto read = detail.readDaily(connection, &dailyCents); !read)
        return read.error();
    if (auto read = detail.readWindowSums(connection, dailyCents); !read)
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
