#include "models/audit/audit.h"
#include "models/common/logging.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

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

QList<Slice> slicesFor(const Audit::Options &options, qint64 estimatedEvents)
{
    if (!options.affiliateId.isEmpty())
        return {};
    // A small table is one query: slices only pay off where progress and cancel matter.
    const bool sliced = options.sliced.value_or(estimatedEvents >= Audit::SliceFromEvents);
    if (!sliced)
        return {};
    QList<Slice> slices;
    const auto boundary = [](int digit) {
        return QString::number(digit, 16) + QStringLiteral("0000000-0000-0000-0000-000000000000");
    };
    for (int i = 0; i < Audit::Slices; ++i)
        slices.append({i == 0 ? QString() : boundary(i),
            i == Audit::Slices - 1 ? QString() : boundary(i + 1)});
    return slices;
}

// The WHERE fragment choosing the affiliates of one query, and its bound values.
struct Filter
{
    QString sql;
    QVariantList values;
};

Filter filterFor(const Audit::Options &options, const Slice &slice, const SqlDialect &dialect)
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
    if (!options.affiliateIds.isEmpty()) {
        // Only the listed affiliates of this slice; a slice with none reads nothing.
        QStringList ids;
        for (const QString &id : options.affiliateIds) {
            if ((slice.lower.isEmpty() || id >= slice.lower)
                && (slice.upper.isEmpty() || id < slice.upper))
                ids << id;
        }
        if (ids.isEmpty()) {
            parts << QStringLiteral("1 = 0");
        } else {
            const auto membership
                = dialect.memberOf(QStringLiteral("affiliate_id"), ids, QStringLiteral("uuid[]"));
            parts << membership.sql;
            values << membership.values;
        }
    }
    return {
        parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND ")), values};
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

// Rates are packed with the predecessor's id into one LAG value: one window
// function instead of four is what makes the pass cheap on SQLite (its window
// machinery costs per function and row), and is no slower on PostgreSQL.
// A rate travels as 0..126, 127 standing for NULL.
constexpr qint64 PackedRate = 128;
constexpr qint64 PackedId = PackedRate * PackedRate;

// One chain-mode query per slice: each active event with its predecessor
// (LAG over the partial covering index). Only the events that may break the
// chain come back: same from_rate as the predecessor (a race duplicate or a
// conflict if within the window) or a from_rate that is not its to_rate.
// PostgreSQL runs it with the predecessor's time as a second LAG. SQLite reads
// the chain grouped (groupedChainQuery) and comes here only for a slice that
// form cannot read; then the predecessor's time is read afterwards, by id, for
// the few rows that need it.
QString chainQuery(const SqlDialect &dialect, const QString &filter)
{
    return QStringLiteral(
        "SELECT affiliate_id, id, from_rate, to_rate, %6, prev%4 FROM ("
        " SELECT affiliate_id, id, from_rate, to_rate, created_at,"
        "  LAG(id * %2 + COALESCE(from_rate, 127) * %3 + COALESCE(to_rate, 127)) OVER w AS prev%5"
        " FROM tier_events WHERE status = 'active' AND %1"
        " WINDOW w AS (PARTITION BY affiliate_id ORDER BY created_at, id)"
        ") chain"
        " WHERE prev IS NOT NULL AND (COALESCE(from_rate, 127) = (prev / %3) % %3"
        "  OR COALESCE(from_rate, 127) <> prev % %3)"
        " ORDER BY affiliate_id, created_at, id")
        .arg(filter)
        .arg(PackedId)
        .arg(PackedRate)
        .arg(dialect.isPostgres() ? QStringLiteral(", ") + dialect.isoTime(QStringLiteral("p_at"))
                                  : QString(),
            dialect.isPostgres() ? QStringLiteral(", LAG(created_at) OVER w AS p_at") : QString(),
            dialect.isoTime(QStringLiteral("created_at")));
}

// SQLite: the same chain as one row per affiliate, its active events packed as
// "id*PackedId + from*PackedRate + to|created_at" and joined by ';'. The GROUP BY
// walks the partial covering index; SQLite's window functions copy every row into a
// temporary table per partition, which made the LAG query four times slower than
// this. The predecessor logic then runs in ChainGroup; nothing depends on the order
// group_concat() happens to keep (it is checked and sorted if need be).
QString groupedChainQuery(const QString &filter)
{
    return QStringLiteral(
        "SELECT affiliate_id, COUNT(*), group_concat((id * %2 + COALESCE(from_rate, 127) * %3 + "
        "COALESCE(to_rate, 127)) || '|' || COALESCE(created_at, ''), ';') FROM tier_events "
        "WHERE status = 'active' AND %1 GROUP BY affiliate_id ORDER BY affiliate_id")
        .arg(filter)
        .arg(PackedId)
        .arg(PackedRate);
}

// Drift: the profile's rate against the to_rate of its last active event.
// PostgreSQL probes the index once per profile with LATERAL; SQLite does the
// same with a correlated subquery, evaluated once because it sits in FROM's output only.
QString driftQuery(const SqlDialect &dialect, const QString &filter)
{
    if (dialect.isPostgres())
        return QStringLiteral(
            "SELECT p.id, p.commission_rate, last.to_rate FROM affiliate_profiles p "
            "JOIN LATERAL (SELECT e.to_rate FROM tier_events e WHERE e.affiliate_id = p.id "
            "AND e.status = 'active' ORDER BY e.created_at DESC, e.id DESC LIMIT 1) last ON true "
            "WHERE %1 AND p.commission_rate IS DISTINCT FROM last.to_rate ORDER BY p.id")
            .arg(QString(filter).replace(QLatin1String("affiliate_id"), QLatin1String("p.id")));
    // One index probe per profile; -1 stands for a last event whose to_rate is NULL.
    return QStringLiteral(
        "SELECT id, commission_rate, NULLIF(last_rate, -1) FROM (SELECT p.id, p.commission_rate, "
        "(SELECT COALESCE(e.to_rate, -1) FROM tier_events e WHERE e.affiliate_id = p.id "
        "AND e.status = 'active' ORDER BY e.created_at DESC, e.id DESC LIMIT 1) AS last_rate "
        "FROM affiliate_profiles p WHERE %1) d "
        "WHERE last_rate IS NOT NULL AND commission_rate IS NOT last_rate ORDER BY id")
        .arg(QString(filter).replace(QLatin1String("affiliate_id"), QLatin1String("p.id")));
}

// The incident's query, made to name its rows: every active event that shares
// (affiliate, from_rate, to_rate, minute) with another.
QString minuteBucketQuery(const SqlDialect &dialect, const QString &filter)
{
    return QStringLiteral("SELECT affiliate_id, id, from_rate, to_rate, %3, group_first FROM ("
                          " SELECT affiliate_id, id, from_rate, to_rate, created_at,"
                          "  COUNT(*) OVER g AS n, MIN(created_at) OVER g AS group_first"
                          " FROM tier_events WHERE status = 'active' AND %1"
                          " WINDOW g AS (PARTITION BY affiliate_id, from_rate, to_rate, %2)"
                          ") bucketed WHERE n > 1"
                          " ORDER BY affiliate_id, group_first, from_rate, to_rate, created_at, id")
        .arg(filter, dialect.minuteBucket(QStringLiteral("created_at")),
            dialect.isoTime(QStringLiteral("created_at")));
}

// One row of the chain query: an event that may break the chain, and its predecessor.
struct ChainRow
{
    static std::optional<int> unpack(qint64 rate)
    {
        return rate == 127 ? std::optional<int>() : std::optional<int>(int(rate));
    }
    static QDateTime timeOf(QStringView text)
    {
        return text.isEmpty() ? QDateTime() : SqlDialect::toDateTime(text.toString());
    }

    QString affiliate;
    qint64 id = 0;
    std::optional<int> fromRate;
    std::optional<int> toRate;
    QDateTime at;
    qint64 previousId = 0;
    std::optional<int> previousFrom;
    std::optional<int> previousTo;
    QDateTime previousAt; // when the query has it (PostgreSQL)

    explicit ChainRow(const QSqlQuery &row, bool withPreviousAt)
        : affiliate(row.value(0).toString())
        , id(row.value(1).toLongLong())
        , fromRate(optionalInt(row.value(2)))
        , toRate(optionalInt(row.value(3)))
        , at(SqlDialect::toDateTime(row.value(4)))
    {
        const qint64 packed = row.value(5).toLongLong();
        previousId = packed / PackedId;
        previousFrom = unpack((packed / PackedRate) % PackedRate);
        previousTo = unpack(packed % PackedRate);
        if (withPreviousAt)
            previousAt = SqlDialect::toDateTime(row.value(6));
    }

    // From the grouped form: an event and its predecessor, each packed as in the LAG.
    ChainRow(const QString &affiliateId, qint64 packed, QStringView atText, qint64 previousPacked,
        QStringView previousAtText)
        : affiliate(affiliateId)
        , id(packed / PackedId)
        , fromRate(unpack((packed / PackedRate) % PackedRate))
        , toRate(unpack(packed % PackedRate))
        , at(timeOf(atText))
        , previousId(previousPacked / PackedId)
        , previousFrom(unpack((previousPacked / PackedRate) % PackedRate))
        , previousTo(unpack(previousPacked % PackedRate))
        , previousAt(timeOf(previousAtText))
    {
    }

    // A duplicate or a conflict if close enough to its predecessor: only these need its time.
    bool sameFrom() const { return fromRate.has_value() && fromRate == previousFrom; }
};

// The created_at of these events (the predecessors the window rule needs), by id.
Result<QHash<qint64, QDateTime>> timesOf(const Connection &connection, QList<qint64> ids)
{
    QHash<qint64, QDateTime> times;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QList<qint64> chunk = ids.mid(from, Chunk);
        auto query = connection.prepare(
            QStringLiteral("SELECT id, created_at FROM tier_events WHERE id IN (%1)")
                .arg(SqlDialect::placeholders(chunk.size())));
        if (!query)
            return query.error();
        query->setForwardOnly(true);
        for (qint64 id : chunk)
            query->addBindValue(id);
        if (auto done = Connection::exec(*query); !done)
            return done.error();
        while (query->next())
            times.insert(query->value(0).toLongLong(), SqlDialect::toDateTime(query->value(1)));
        query->finish();
    }
    return times;
}

// Builds clusters from the chain query's rows, which arrive in chain order.
class ChainCollector final
{
public:
    explicit ChainCollector(Audit::Report &report, qint64 windowMs)
        : m_report(report)
        , m_windowMs(windowMs)
    {
    }

    // `previousAt`: the predecessor's time, read for rows with sameFrom() only.
    void add(const ChainRow &row, const QDateTime &previousAt)
    {
        // docs/ARCHITECTURE.md §2, in its order: duplicate, conflict, chain break. A predecessor
        // gone between the two reads (invalid time) is outside any window.
        if (row.sameFrom() && previousAt.isValid() && previousAt.msecsTo(row.at) <= m_windowMs) {
            if (row.toRate == row.previousTo)
                addDuplicate(row.affiliate, row.id, row.fromRate, row.toRate, row.at,
                    row.previousId, previousAt);
            else
                addConflict(row.affiliate, row.id, row.fromRate, row.toRate, row.at, row.previousId,
                    row.previousTo, previousAt);
        } else if (row.fromRate != row.previousTo) {
            m_report.chainBreaks.append(
                {row.affiliate, row.id, row.at, row.previousTo, row.fromRate});
        }
    }

private:
    void addDuplicate(const QString &affiliate, qint64 id, std::optional<int> fromRate,
        std::optional<int> toRate, const QDateTime &at, qint64 previousId,
        const QDateTime &previousAt)
    {
        Audit::Cluster *open
            = openCluster(m_duplicate, Audit::Cluster::Kind::Duplicate, affiliate, previousId);
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
    }

    void addConflict(const QString &affiliate, qint64 id, std::optional<int> fromRate,
        std::optional<int> toRate, const QDateTime &at, qint64 previousId,
        std::optional<int> previousTo, const QDateTime &previousAt)
    {
        Audit::Cluster *open
            = openCluster(m_conflict, Audit::Cluster::Kind::Conflict, affiliate, previousId);
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
    }

private:
    // The open cluster of `kind` if the event right before this one ended it.
    Audit::Cluster *openCluster(
        qsizetype index, Audit::Cluster::Kind kind, const QString &affiliate, qint64 previousId)
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
    qint64 m_windowMs;
    qsizetype m_duplicate = -1;
    qsizetype m_conflict = -1;
};

// Builds duplicate clusters from the minute-bucket query: one per bucket group.
class MinuteCollector final
{
public:
    explicit MinuteCollector(Audit::Report &report)
        : m_report(report)
    {
    }

    void add(const QSqlQuery &row)
    {
        const QString affiliate = row.value(0).toString();
        const qint64 id = row.value(1).toLongLong();
        const auto fromRate = optionalInt(row.value(2));
        const auto toRate = optionalInt(row.value(3));
        const QDateTime at = SqlDialect::toDateTime(row.value(4));
        const QString group = row.value(5).toString();
        if (m_open && affiliate == m_affiliate && group == m_group
            && fromRate == m_report.clusters.last().fromRate
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
    auto query = connection.prepare(
        affiliateId.isEmpty() ? sql : sql + QStringLiteral(" AND %1 = ?").arg(column));
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

namespace {

// `sql` (a query over one slice) prepared, forward-only, with `filter`'s values, run.
Result<QSqlQuery> runFiltered(
    const Connection &connection, const QString &sql, const Filter &filter)
{
    auto query = connection.prepare(sql);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    for (const QVariant &value : filter.values)
        query->addBindValue(value);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    return std::move(*query);
}

// One affiliate's events from groupedChainQuery(), in chain order.
class ChainGroup final
{
public:
    // False if the text does not split into `count` events: a ';' inside a
    // created_at, which only the LAG query can read.
    bool read(QStringView text, qint64 count)
    {
        m_events.clear();
        for (QStringView element : text.tokenize(u';')) {
            const qsizetype bar = element.indexOf(u'|');
            bool ok = false;
            const qint64 packed = bar > 0 ? element.left(bar).toLongLong(&ok) : 0;
            if (!ok)
                return false;
            m_events.append({packed, element.mid(bar + 1)});
        }
        if (m_events.size() != count)
            return false;
        // ORDER BY created_at, id; BINARY text order is code-point order for what a
        // timestamp holds.
        const auto before = [](const Event &a, const Event &b) {
            const int byTime = a.at.compare(b.at);
            return byTime != 0 ? byTime < 0 : a.packed / PackedId < b.packed / PackedId;
        };
        if (!std::is_sorted(m_events.cbegin(), m_events.cend(), before))
            std::sort(m_events.begin(), m_events.end(), before);
        return true;
    }

    // The rows the LAG query returns: each event whose from_rate repeats its
    // predecessor's or is not its to_rate.
    void appendBreaking(const QString &affiliate, QList<ChainRow> &rows) const
    {
        for (qsizetype i = 1; i < m_events.size(); ++i) {
            const Event &previous = m_events.at(i - 1);
            const Event &event = m_events.at(i);
            const qint64 from = (event.packed / PackedRate) % PackedRate;
            if (from == (previous.packed / PackedRate) % PackedRate
                || from != previous.packed % PackedRate)
                rows.append(
                    ChainRow(affiliate, event.packed, event.at, previous.packed, previous.at));
        }
    }

private:
    struct Event
    {
        qint64 packed;
        QStringView at;
    };
    QList<Event> m_events;
};

// One slice's chain rows from the grouped query (SQLite). False: a group did not
// split, and the slice needs the LAG query.
Result<bool> groupedChainRows(
    const Connection &connection, const Filter &filter, QList<ChainRow> &rows)
{
    auto query = runFiltered(connection, groupedChainQuery(filter.sql), filter);
    if (!query)
        return query.error();
    ChainGroup group;
    while (query->next()) {
        const QString text = query->value(2).toString();
        if (!group.read(text, query->value(1).toLongLong())) {
            query->finish();
            rows.clear();
            return false;
        }
        group.appendBreaking(query->value(0).toString(), rows);
    }
    query->finish();
    return true;
}

// The chain (or minute-bucket) queries of slices [from, to) into `report`.
Result<void> scanSlices(const Connection &connection, const Audit::Options &options,
    const QList<Slice> &slices, qsizetype from, qsizetype to, Audit::Report &report,
    const WorkControl &control, bool reportProgress)
{
    ChainCollector chain(report, qint64(options.windowSeconds) * 1000);
    MinuteCollector minutes(report);
    const SqlDialect &dialect = connection.dialect();
    for (qsizetype i = from; i < to; ++i) {
        if (control.cancelled())
            return {};
        if (reportProgress)
            control.report(WorkControl::Phase::Scanning, i, slices.size());
        const Filter filter = filterFor(options, slices.at(i), dialect);
        if (options.mode == Audit::Mode::Chain && !dialect.isPostgres()
            && options.grouped.value_or(true)) {
            QList<ChainRow> rows;
            auto grouped = groupedChainRows(connection, filter, rows);
            if (!grouped)
                return grouped.error();
            if (*grouped) {
                for (const ChainRow &row : std::as_const(rows))
                    chain.add(row, row.previousAt);
                continue;
            }
            qCDebug(lcAudit) << "a created_at holds ';': this slice is read with LAG";
        }
        auto query = runFiltered(connection,
            options.mode == Audit::Mode::Chain ? chainQuery(dialect, filter.sql)
                                               : minuteBucketQuery(dialect, filter.sql),
            filter);
        if (!query)
            return query.error();
        if (options.mode != Audit::Mode::Chain) {
            while (query->next())
                minutes.add(*query);
            query->finish();
            continue;
        }
        const bool withPreviousAt = dialect.isPostgres();
        QList<ChainRow> rows;
        QList<qint64> predecessors;
        while (query->next()) {
            rows.append(ChainRow(*query, withPreviousAt));
            if (!withPreviousAt && rows.last().sameFrom())
                predecessors.append(rows.last().previousId);
        }
        query->finish();
        auto times = timesOf(connection, predecessors);
        if (!times)
            return times.error();
        for (const ChainRow &row : std::as_const(rows))
            chain.add(row, withPreviousAt ? row.previousAt : times->value(row.previousId));
    }
    return {};
}

// What the audit reads beside the chain: the counts and the drift.
struct SideScan
{
    qint64 affiliates = 0;
    qint64 events = 0;
    QList<Audit::Drift> drift;
    Audit::Report chainPart; // the last slices' findings, when a helper read them
};

Result<SideScan> sideScan(const Connection &connection, const Audit::Options &options,
    const QList<Slice> &slices, const WorkControl &control)
{
    SideScan side;
    if (options.planOnly)
        return side; // the backfill's re-check needs only the clusters
    auto affiliates
        = countOf(connection, QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles WHERE 1 = 1"),
            QStringLiteral("id"), options.affiliateId);
    if (!affiliates)
        return affiliates.error();
    auto events = countOf(connection,
        QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE status = 'active'"),
        QStringLiteral("affiliate_id"), options.affiliateId);
    if (!events)
        return events.error();
    side.affiliates = *affiliates;
    side.events = *events;
    if (options.mode != Audit::Mode::Chain)
        return side;
    for (const Slice &slice : slices) {
        if (control.cancelled())
            return Error::cancelled(Audit::tr("The audit was cancelled."));
        const Filter filter = filterFor(options, slice, connection.dialect());
        auto query = runFiltered(connection, driftQuery(connection.dialect(), filter.sql), filter);
        if (!query)
            return query.error();
        while (query->next())
            side.drift.append({query->value(0).toString(), query->value(1).toInt(),
                optionalInt(query->value(2))});
        query->finish();
    }
    return side;
}

// PostgreSQL: the side scan at the same time on a second connection that
// imports the audit's snapshot (as pg_dump does), so both halves read the same
// data and the audit costs the longer half, not the sum.
class ParallelSideScan final
{
public:
    ParallelSideScan(const Connection &connection, const Audit::Options &options,
        const QList<Slice> &slices, qsizetype helperFrom, const WorkControl &control,
        const QStringList &setup)
    {
        const DatabaseUrl url = connection.url();
        m_thread.reset(QThread::create([this, url, options, slices, helperFrom, control, setup] {
            auto helper = Connection::open(url, Connection::Mode::ReadOnly);
            if (!helper) {
                m_result = helper.error();
                return;
            }
            const Connection &c = **helper;
            for (const QString &statement : setup) {
                if (auto done = c.exec(statement); !done) {
                    m_result = done.error();
                    return;
                }
            }
            auto side = sideScan(c, options, slices, control);
            if (side && helperFrom < slices.size()) {
                // The second core also takes the last slices of the chain.
                if (auto done = scanSlices(c, options, slices, helperFrom, slices.size(),
                        side->chainPart, control, false);
                    !done)
                    side = done.error();
            }
            m_result = std::move(side);
            // Closing the helper connection ends its read-only transaction.
        }));
        m_thread->start();
    }

    ~ParallelSideScan()
    {
        // The main half may return early with an error; the helper must not outlive its data.
        m_thread->wait();
    }

    Result<SideScan> take()
    {
        m_thread->wait();
        return std::move(m_result);
    }

private:
    std::unique_ptr<QThread> m_thread;
    Result<SideScan> m_result = SideScan{};
};

// Below this many events a second connection costs more than it saves.
constexpr qint64 ParallelFromEvents = 200000;
// The same for a backfill's re-check of the affiliates of its plan.
constexpr qsizetype ParallelFromAffiliates = 2000;

// The engine's cheap estimate of the number of tier events.
qint64 estimatedEvents(const Connection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(connection.dialect().estimatedRowsQuery(QStringLiteral("tier_events")))
        || !query.next())
        return 0;
    const qint64 rows = qint64(query.value(0).toDouble());
    query.finish();
    return rows;
}

// A snapshot id from pg_export_snapshot(), checked before it goes into SQL text
// (SET TRANSACTION SNAPSHOT takes no bound values).
QString exportSnapshot(const Connection &connection)
{
    if (!connection.dialect().isPostgres())
        return {};
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT pg_export_snapshot()")) || !query.next())
        return {};
    const QString id = query.value(0).toString();
    query.finish();
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Fa-f-]+$"));
    return shape.match(id).hasMatch() ? id : QString();
}

} // namespace

Result<Audit::Report> Audit::run(
    const Connection &connection, const Options &options, const WorkControl &control)
{
    Transaction snapshot(connection);
    if (auto begun = snapshot.begin(Transaction::Kind::Read); !begun)
        return begun.error();
    if (connection.dialect().isPostgres()) {
        // The cost estimate of a whole-table window pass invites JIT, which only adds compile time
        // here.
        if (auto done = connection.exec(QStringLiteral("SET LOCAL jit = off")); !done)
            return done.error();
    }
    auto report = scanIn(connection, options, control, true);
    snapshot.rollback(); // read-only: nothing to keep
    return report;
}

Result<Audit::Report> Audit::scan(
    const Connection &connection, const Options &options, const WorkControl &control)
{
    return scanIn(connection, options, control, false);
}

Result<Audit::Report> Audit::scanIn(const Connection &connection, const Options &options,
    const WorkControl &control, bool ownSnapshot)
{
    if (options.windowSeconds < 0 || options.windowSeconds > 366 * 24 * 3600)
        return Error::usage(tr("The window must be between 0 seconds and one year."));

    QElapsedTimer timer;
    timer.start();
    Report report;
    report.options = options;

    // One affiliate is never sliced nor split: no need to ask for the table's size.
    const qint64 estimate = options.affiliateId.isEmpty() ? estimatedEvents(connection) : 0;
    QList<Slice> slices = slicesFor(options, estimate);
    if (!options.affiliateIds.isEmpty()) {
        // PostgreSQL: one array value holds them all. SQLite: sixteen slices keep each
        // IN list under its limit on bound values.
        Options sliced = options;
        sliced.sliced = !connection.dialect().isPostgres();
        slices = slicesFor(sliced, estimate);
    }
    if (slices.isEmpty())
        slices.append(Slice{});

    // PostgreSQL, a backfill re-checking a large plan inside its write transaction: the
    // plan's affiliates in two halves, the second on a helper connection that imports
    // this transaction's snapshot (the re-check is a plain read: no locks to share).
    const bool parallelRecheck = connection.dialect().isPostgres() && options.planOnly
        && !ownSnapshot
        && options.parallel.value_or(options.affiliateIds.size() >= ParallelFromAffiliates);
    if (parallelRecheck) {
        const QString middle = QStringLiteral("80000000-0000-0000-0000-000000000000");
        slices = {Slice{QString(), middle}, Slice{middle, QString()}};
    }

    std::unique_ptr<ParallelSideScan> parallel;
    // With a helper, it also reads the last quarter of the slices: drift plus those
    // is about as long as the first three quarters of the chain.
    const qsizetype helperFrom = parallelRecheck ? 1
        : slices.size() >= 4                     ? slices.size() * 3 / 4
                                                 : slices.size();
    if (parallelRecheck) {
        if (const QString id = exportSnapshot(connection); !id.isEmpty())
            parallel = std::make_unique<ParallelSideScan>(connection, options, slices, helperFrom,
                control,
                QStringList{QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                    QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(id)});
    } else if (!options.planOnly && ownSnapshot && options.affiliateId.isEmpty()) {
        if (connection.dialect().isPostgres()
            && options.parallel.value_or(estimate >= ParallelFromEvents)) {
            if (const QString id = exportSnapshot(connection); !id.isEmpty())
                parallel = std::make_unique<ParallelSideScan>(connection, options, slices,
                    helperFrom, control,
                    QStringList{QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                        QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(id)});
        }
        // SQLite: no way to share a read snapshot between connections (PRAGMA data_version
        // does not see commits from inside a read transaction), and a parallel side scan
        // could describe another moment than the chain; it stays sequential there.
    }

    const qsizetype mainEnd = parallel ? helperFrom : slices.size();
    if (auto done = scanSlices(connection, options, slices, 0, mainEnd, report, control, true);
        !done)
        return done.error();
    const qint64 chainMs = timer.elapsed();
    Result<SideScan> side = SideScan{};
    if (parallel)
        side = parallel->take();
    else if (!options.planOnly && !control.cancelled()) {
        side = sideScan(connection, options, slices, control);
    }
    if (control.cancelled())
        return Error::cancelled(tr("The audit was cancelled."));
    if (!side)
        return side.error();
    report.clusters += side->chainPart.clusters;
    report.chainBreaks += side->chainPart.chainBreaks;
    control.report(WorkControl::Phase::Scanning, slices.size(), slices.size());
    report.drift = side->drift;
    report.summary.affiliatesScanned = side->affiliates;
    report.summary.eventsScanned = side->events;

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
    qCDebug(lcAudit) << "audit" << modeName(options.mode) << "window" << options.windowSeconds
                     << "s:" << report.summary.duplicateClusters << "clusters,"
                     << report.summary.redundantRows << "redundant," << report.summary.conflicts
                     << "conflicts in" << timer.elapsed() << "ms, chain" << chainMs << "ms"
                     << (parallel ? "(with the helper connection)" : "");
    return report;
}

QStringList Audit::Report::affiliateIds() const
{
    QStringList ids;
    for (const Cluster &cluster : clusters)
        ids << cluster.affiliateId;
    for (const ChainBreak &item : chainBreaks)
        ids << item.affiliateId;
    for (const Drift &item : drift)
        ids << item.affiliateId;
    ids.removeDuplicates();
    return ids;
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
                {QStringLiteral("event_ids"), ids}, {QStringLiteral("to_rates"), rates},
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
        {QStringLiteral("mode"), modeName(options.mode)}, {QStringLiteral("clusters"), clusterList},
        {QStringLiteral("chain_breaks"), breaks}, {QStringLiteral("drift"), drifts},
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
