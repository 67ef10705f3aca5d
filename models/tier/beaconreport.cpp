#include "beaconreport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace TierDesk {

namespace {

const QDateTime &beginningOfTime()
{
    static const QDateTime start = QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    return start;
}

} // namespace

Result<QList<BeaconReport::Hour>> BeaconReport::perHour(
    const Connection &connection, const QDateTime &since)
{
    auto query = connection.prepare(
        QStringLiteral("SELECT %1 AS hour, COUNT(*) FROM tier_beacons "
                       "WHERE name = ? AND at >= ? GROUP BY hour ORDER BY hour")
            .arg(connection.dialect().hourBucket(QStringLiteral("at"))));
    if (!query)
        return query.error();
    query->addBindValue(RaceLostName);
    query->addBindValue(SqlDialect::timeValue(since.isValid() ? since : beginningOfTime()));
    query->setForwardOnly(true);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    QList<Hour> hours;
    while (query->next())
        hours.append({SqlDialect::toDateTime(query->value(0)), query->value(1).toInt()});
    return hours;
}

Result<QList<BeaconReport::Beacon>> BeaconReport::latest(
    const Connection &connection, const QDateTime &since, int limit)
{
    auto query = connection.prepare(QStringLiteral(
        "SELECT b.id, b.at, b.name, b.affiliate_id, p.handle, b.details FROM tier_beacons b "
        "LEFT JOIN affiliate_profiles p ON p.id = b.affiliate_id WHERE b.at >= ? ORDER BY b.at "
        "DESC, b.id DESC "
        "LIMIT ?"));
    if (!query)
        return query.error();
    query->addBindValue(SqlDialect::timeValue(since.isValid() ? since : beginningOfTime()));
    query->addBindValue(limit);
    query->setForwardOnly(true);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    QList<Beacon> beacons;
    while (query->next())
        beacons.append({query->value(0).toLongLong(), SqlDialect::toDateTime(query->value(1)),
            query->value(2).toString(), query->value(3).toString(), query->value(4).toString(),
            query->value(5).toString()});
    return beacons;
}

int BeaconReport::Overview::total() const
{
    int sum = 0;
    for (const Hour &hour : hours)
        sum += hour.count;
    return sum;
}

int BeaconReport::Overview::alertHours() const
{
    return int(
        std::count_if(hours.cbegin(), hours.cend(), [](const Hour &hour) { return hour.alert(); }));
}

QJsonObject BeaconReport::Overview::toJson() const
{
    QJsonArray list;
    for (const Hour &hour : hours)
        list.append(QJsonObject{{QStringLiteral("hour"), SqlDialect::timeText(hour.start)},
            {QStringLiteral("count"), hour.count}, {QStringLiteral("alert"), hour.alert()}});
    return {{QStringLiteral("name"), RaceLostName},
        {QStringLiteral("alert_per_hour"), AlertPerHour}, {QStringLiteral("total"), total()},
        {QStringLiteral("alert_hours"), alertHours()}, {QStringLiteral("hours"), list}};
}

Result<BeaconReport::Overview> BeaconReport::overview(
    const Connection &connection, const QDateTime &since, int latestLimit)
{
    Transaction snapshot(connection);
    if (auto begun = snapshot.begin(Transaction::Kind::Read); !begun)
        return begun.error();
    Overview overview;
    auto hours = perHour(connection, since);
    if (!hours)
        return hours.error();
    overview.hours = *hours;
    if (latestLimit > 0) {
        auto newest = latest(connection, since, latestLimit);
        if (!newest)
            return newest.error();
        overview.latest = *newest;
    }
    snapshot.rollback(); // read-only: nothing to keep
    return overview;
}

} // namespace TierDesk
