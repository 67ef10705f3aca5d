#include "audit.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace TierDesk {

namespace {

// A slice of the affiliate id space: [lower, upper), either end open when empty.
// Slices cut at the first hex digit of the uuid, so together they cover any id
// text exactly once, whatever its shape.
struct Slice
{
    QString lower;
    QString upper;
};

QList<Slice> slicesFor(const Audit::Options &options)
{
    if (!options.affiliateId.isEmpty())
        return {};
    QList<Slice> slices;
    const auto boundary = [](int digit) {
        return QString::number(digit, 16) + QStringLiteral("0000000-0000-0000-0000-000000000000");
    };
    for (int i = 0; i < Audit::Slices; ++i)
        slices.append({i == 0 ? QString() : boundary(i), i == Audit::Slices - 1 ? QString() : boundary(i + 1)});
    return slices;
}

// The WHERE fragment choosing the affiliates of one query, and its bound values.
struct Filter
{
    QString sql;
    QVariantList values;
};

Filter filterFor(const Audit::Options &options, const Slice &slice)
{
    if (!options.affiliateId.isEmpty())
        return {QStringLiteral("affiliate_id = ?"), {options.affiliateId}};
    QStringList parts;
    QVariantList values;
    if (!slice.lower.isEmpty()) {
        parts << QStringLiteral("affiliate_id >= ?");
        values << slice.lower;
    }
    if (!slice.upper.isEmpty()) {
        parts << QStringLiteral("affiliate_id < ?");
        values << slice.upper;
    }
    return {parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND ")), values};
}

std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QJsonValue jsonRate(const std::optional<int> &rate)
{
    return rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null);
}

// One chain-mode query per slice: every active event with its predecessor and
// whether it is the last one, classified in SQL; only findings come back.
QString chainQuery(const SqlDialect &dialect, const QString &filter)
{
    return QStringLiteral(
                   "WITH chain AS ("
                   " SELECT affiliate_id, id, from_rate, to_rate, created_at,"
                   "  LAG(id) OVER w AS p_id, LAG(from_rate) OVER w AS p_from,"
                   "  LAG(to_rate) OVER w AS p_to, LAG(created_at) OVER w AS p_at,"
                   "  LEAD(id) OVER w AS n_id"
                   " FROM tier_events WHERE status = 'active' AND %1"
                   " WINDOW w AS (PARTITION BY affiliate_id ORDER BY created_at, id)"
                   "), classified AS ("
                   " SELECT affiliate_id, id, from_rate, to_rate, created_at, p_id, p_to, p_at,"
                   "  CASE WHEN p_id IS NULL THEN NULL"
                   "   WHEN from_rate = p_from AND %2 THEN"
                   "    CASE WHEN to_rate IS NOT DISTINCT FROM p_to THEN 'D' ELSE 'C' END"
                   "   WHEN from_rate IS DISTINCT FROM p_to THEN 'B' END AS kind,"
                   "  CASE WHEN n_id IS NULL THEN"
                   "   (SELECT commission_rate FROM affiliate_profiles ap WHERE ap.id = chain.affiliate_id) END"
                   "   AS profile_rate"
                   " FROM chain"
                   ")"
                   " SELECT affiliate_id, id, from_rate, to_rate, created_at, p_id, p_to, p_at, kind, profile_rate"
                   " FROM classified"
                   " WHERE kind IS NOT NULL OR (profile_rate IS NOT NULL AND profile_rate IS DISTINCT FROM to_rate)"
                   " ORDER BY affiliate_id, created_at, id")
            .arg(filter, dialect.gapWithinMs(QStringLiteral("created_at"), QStringLiteral("p_at")));
}

// The incident's query, made to name its rows: every active event that shares
// (affiliate, from_rate, to_rate, minute) with another.
QString minuteBucketQuery(const SqlDialect &dialect, const QString &filter)
{
    return QStringLiteral(
                   "SELECT affiliate_id, id, from_rate, to_rate, created_at, group_first FROM ("
                   " SELECT affiliate_id, id, from_rate, to_rate, created_at,"
                   "  COUNT(*) OVER g AS n, MIN(created_at) OVER g AS group_first"
                   " FROM tier_events WHERE status = 'active' AND %1"
                   " WINDOW g AS (PARTITION BY affiliate_id, from_rate, to_rate, %2)"
                   ") bucketed WHERE n > 1"
                   " ORDER BY affiliate_id, group_first, from_rate, to_rate, created_at, id")
            .arg(filter, dialect.minuteBucket(QStringLiteral("created_at")));
}

// Builds clusters from the chain query's rows, which arrive in chain order.
class ChainCollector final
{
public:
    explicit ChainCollector(Audit::Report &report) : m_report(report) { }

    void add(const QSqlQuery &row)
    {
        const QString affiliate = row.value(0).toString();
        const qint64 id = row.value(1).toLongLong();
        const auto fromRate = optionalInt(row.value(2));
        const auto toRate = optionalInt(row.value(3));
        const QDateTime at = SqlDialect::toDateTime(row.value(4));
        const qint64 previousId = row.value(5).toLongLong();
        const auto previousTo = optionalInt(row.value(6));
        const QDateTime previousAt = SqlDialect::toDateTime(row.value(7));
        const QString kind = row.value(8).toString();

        if (kind == QLatin1String("D")) {
            Audit::Cluster *open = openCluster(m_duplicate, Audit::Cluster::Kind::Duplicate, affiliate, previousId);
            if (!open) {
                Audit::Cluster cluster;
                cluster.kind = Audit::Cluster::Kind::Duplicate;
                cluster.affiliateId = affiliate;
                cluster.fromRate = fromRate;
                cluster.toRate = toRate;
                cluster.keepId = previousId;
                cluster.firstAt = previousAt;
                m_duplicate = m_report.clusters.size();
                m_report.clusters.append(cluster);
                open = &m_report.clusters.last();
            }
            open->redundantIds.append(id);
            open->lastAt = at;
        } else if (kind == QLatin1String("C")) {
            Audit::Cluster *open = openCluster(m_conflict, Audit::Cluster::Kind::Conflict, affiliate, previousId);
            if (!open) {
                Audit::Cluster cluster;
                cluster.kind = Audit::Cluster::Kind::Conflict;
                cluster.affiliateId = affiliate;
                cluster.fromRate = fromRate;
                cluster.eventIds = {previousId};
                cluster.toRates = {previousTo};
                cluster.firstAt = previousAt;
                m_conflict = m_report.clusters.size();
                m_report.clusters.append(cluster);
                open = &m_report.clusters.last();
            }
            open->eventIds.append(id);
            open->toRates.append(toRate);
            open->lastAt = at;
        } else if (kind == QLatin1String("B")) {
            m_report.chainBreaks.append({affiliate, id, at, previousTo, fromRate});
        }

        const QVariant profileRate = row.value(9);
        if (!profileRate.isNull() && optionalInt(profileRate) != toRate)
            m_report.drift.append({affiliate, profileRate.toInt(), toRate});
    }

private:
    // The open cluster of `kind` if the event right before this one ended it.
    Audit::Cluster *openCluster(qsizetype index, Audit::Cluster::Kind kind, const QString &affiliate, qint64 previousId)
    {
        if (index < 0 || index >= m_report.clusters.size())
            return nullptr;
        Audit::Cluster &cluster = m_report.clusters[index];
        if (cluster.kind != kind || cluster.affiliateId != affiliate)
            return nullptr;
        const qint64 last = kind == Audit::Cluster::Kind::Duplicate
                ? (cluster.redundantIds.isEmpty() ? cluster.keepId : cluster.redundantIds.last())
                : cluster.eventIds.last();
        return last == previousId ? &cluster : nullptr;
    }

    Audit::Report &m_report;
    qsizetype m_duplicate = -1;
    qsizetype m_conflict = -1;
};

// Builds duplicate clusters from the minute-bucket query: one per bucket group.
class MinuteCollector final
{
public:
    explicit MinuteCollector(Audit::Report &report) : m_report(report) { }

    void add(const QSqlQuery &row)
    {
        const QString affiliate = row.value(0).toString();
        const qint64 id = row.value(1).toLongLong();
        const auto fromRate = optionalInt(row.value(2));
        const auto toRate = optionalInt(row.value(3));
        const QDateTime at = SqlDialect::toDateTime(row.value(4));
        const QString group = row.value(5).toString();
        if (m_open && affiliate == m_affiliate && group == m_group && fromRate == m_report.clusters.last().fromRate
            && toRate == m_report.clusters.last().toRate) {
            Audit::Cluster &cluster = m_report.clusters.last();
            cluster.redundantIds.append(id);
            cluster.lastAt = at;
            return;
        }
        Audit::Cluster cluster;
        cluster.kind = Audit::Cluster::Kind::Duplicate;
        cluster.affiliateId = affiliate;
        cluster.fromRate = fromRate;
        cluster.toRate = toRate;
        cluster.keepId = id;
        cluster.firstAt = at;
        cluster.lastAt = at;
        m_report.clusters.append(cluster);
        m_open = true;
        m_affiliate = affiliate;
        m_group = group;
    }

private:
    Audit::Report &m_report;
    bool m_open = false;
    QString m_affiliate;
    QString m_group;
};

// COUNT(*) of `sql` (which ends in a WHERE clause), for one affiliate through `column` if given.
Result<qint64> countOf(const Connection &connection, const QString &sql, const QString &column,
                       const QString &affiliateId)
{
    auto query = connection.prepare(affiliateId.isEmpty() ? sql : sql + QStringLiteral(" AND %1 = ?").arg(column));
    if (!query)
        return query.error();
    if (!affiliateId.isEmpty())
        query->addBindValue(affiliateId);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    const qint64 value = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return value;
}

} // namespace

QList<qint64> Audit::Cluster::allIds() const
{
    if (kind == Kind::Conflict)
        return eventIds;
    QList<qint64> ids{keepId};
    ids.append(redundantIds);
    return ids;
}

QString Audit::modeName(Mode mode)
{
    return mode == Mode::Chain ? QStringLiteral("chain") : QStringLiteral("minute_buckets");
}

Result<Audit::Report> Audit::run(const Connection &connection, const Options &options, const WorkControl &control)
{
    Transaction snapshot(connection);
    if (auto begun = snapshot.begin(Transaction::Kind::Read); !begun)
        return begun.error();
    auto report = scan(connection, options, control);
    snapshot.rollback(); // read-only: nothing to keep
    return report;
}

Result<Audit::Report> Audit::scan(const Connection &connection, const Options &options, const WorkControl &control)
{
    if (options.windowSeconds < 0 || options.windowSeconds > 366 * 24 * 3600)
        return Error::usage(tr("The window must be between 0 seconds and one year."));

    QElapsedTimer timer;
    timer.start();
    Report report;
    report.options = options;

    auto affiliates = countOf(connection, QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles WHERE 1 = 1"),
                              QStringLiteral("id"), options.affiliateId);
    if (!affiliates)
        return affiliates.error();
    auto events = countOf(connection, QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE status = 'active'"),
                          QStringLiteral("affiliate_id"), options.affiliateId);
    if (!events)
        return events.error();
    report.summary.affiliatesScanned = *affiliates;
    report.summary.eventsScanned = *events;

    QList<Slice> slices = slicesFor(options);
    if (slices.isEmpty())
        slices.append(Slice{});
    ChainCollector chain(report);
    MinuteCollector minutes(report);
    const SqlDialect &dialect = connection.dialect();
    for (qsizetype i = 0; i < slices.size(); ++i) {
        if (control.cancelled())
            return Error::cancelled(tr("The audit was cancelled."));
        control.report(WorkControl::Phase::Scanning, i, slices.size());
        const Filter filter = filterFor(options, slices.at(i));
        auto query = connection.prepare(options.mode == Mode::Chain ? chainQuery(dialect, filter.sql)
                                                                    : minuteBucketQuery(dialect, filter.sql));
        if (!query)
            return query.error();
        query->setForwardOnly(true);
        for (const QVariant &value : filter.values)
            query->addBindValue(value);
        if (options.mode == Mode::Chain)
            query->addBindValue(qint64(options.windowSeconds) * 1000);
        if (auto done = Connection::exec(*query); !done)
            return done.error();
        while (query->next()) {
            if (options.mode == Mode::Chain)
                chain.add(*query);
            else
                minutes.add(*query);
        }
        query->finish();
    }
    control.report(WorkControl::Phase::Scanning, slices.size(), slices.size());

    QSet<QString> affected;
    for (const Cluster &cluster : std::as_const(report.clusters)) {
        if (cluster.kind == Cluster::Kind::Duplicate) {
            ++report.summary.duplicateClusters;
            report.summary.redundantRows += int(cluster.redundantIds.size());
            affected.insert(cluster.affiliateId);
        } else {
            ++report.summary.conflicts;
        }
    }
    report.summary.affectedAffiliates = int(affected.size());
    report.summary.chainBreaks = int(report.chainBreaks.size());
    report.summary.drift = int(report.drift.size());
    qCDebug(lcAudit) << "audit" << modeName(options.mode) << "window" << options.windowSeconds << "s:"
                     << report.summary.duplicateClusters << "clusters," << report.summary.redundantRows << "redundant,"
                     << report.summary.conflicts << "conflicts in" << timer.elapsed() << "ms";
    return report;
}

QJsonObject Audit::Report::toJson() const
{
    QJsonArray clusterList;
    for (const Cluster &cluster : clusters) {
        if (cluster.kind == Cluster::Kind::Duplicate) {
            QJsonArray redundant;
            for (qint64 id : cluster.redundantIds)
                redundant.append(id);
            clusterList.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("duplicate")},
                                           {QStringLiteral("affiliate_id"), cluster.affiliateId},
                                           {QStringLiteral("from_rate"), jsonRate(cluster.fromRate)},
                                           {QStringLiteral("to_rate"), jsonRate(cluster.toRate)},
                                           {QStringLiteral("keep_id"), cluster.keepId},
                                           {QStringLiteral("redundant_ids"), redundant},
                                           {QStringLiteral("first_at"), SqlDialect::timeText(cluster.firstAt)},
                                           {QStringLiteral("last_at"), SqlDialect::timeText(cluster.lastAt)}});
        } else {
            QJsonArray ids;
            QJsonArray rates;
            for (qint64 id : cluster.eventIds)
                ids.append(id);
            for (const auto &rate : cluster.toRates)
                rates.append(jsonRate(rate));
            clusterList.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("conflict")},
                                           {QStringLiteral("affiliate_id"), cluster.affiliateId},
                                           {QStringLiteral("from_rate"), jsonRate(cluster.fromRate)},
                                           {QStringLiteral("event_ids"), ids},
                                           {QStringLiteral("to_rates"), rates},
                                           {QStringLiteral("first_at"), SqlDialect::timeText(cluster.firstAt)},
                                           {QStringLiteral("last_at"), SqlDialect::timeText(cluster.lastAt)}});
        }
    }
    QJsonArray breaks;
    for (const ChainBreak &item : chainBreaks)
        breaks.append(QJsonObject{{QStringLiteral("affiliate_id"), item.affiliateId},
                                  {QStringLiteral("event_id"), item.eventId},
                                  {QStringLiteral("expected_from_rate"), jsonRate(item.expectedFromRate)},
                                  {QStringLiteral("from_rate"), jsonRate(item.fromRate)}});
    QJsonArray drifts;
    for (const Drift &item : drift)
        drifts.append(QJsonObject{{QStringLiteral("affiliate_id"), item.affiliateId},
                                  {QStringLiteral("profile_rate"), item.profileRate},
                                  {QStringLiteral("history_rate"), jsonRate(item.historyRate)}});
    return QJsonObject{{QStringLiteral("window_seconds"), options.windowSeconds},
                       {QStringLiteral("mode"), modeName(options.mode)},
                       {QStringLiteral("clusters"), clusterList},
                       {QStringLiteral("chain_breaks"), breaks},
                       {QStringLiteral("drift"), drifts},
                       {QStringLiteral("summary"),
                        QJsonObject{{QStringLiteral("affiliates_scanned"), summary.affiliatesScanned},
                                    {QStringLiteral("events_scanned"), summary.eventsScanned},
                                    {QStringLiteral("duplicate_clusters"), summary.duplicateClusters},
                                    {QStringLiteral("redundant_rows"), summary.redundantRows},
                                    {QStringLiteral("conflicts"), summary.conflicts},
                                    {QStringLiteral("chain_breaks"), summary.chainBreaks},
                                    {QStringLiteral("drift"), summary.drift}}}};
}

} // namespace TierDesk
