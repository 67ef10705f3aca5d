#include "auditreader.h"
#include "../common/logging.h"
#include "auditrules.h"
#include "auditsql.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace TierDesk::AuditReader {

namespace {

// The WHERE fragment choosing the affiliates of one query, and its bound values.
struct Filter
{
    QString sql;
    QVariantList values;
    bool oneAffiliate = false;
};

Filter filterFor(const Audit::Options &options, const Slice &slice, const SqlDialect &dialect)
{
    if (!options.affiliateId.isEmpty())
        return {QStringLiteral("affiliate_id = ?"), {options.affiliateId}, true};
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

QDateTime timeOf(QStringView text)
{
    return text.isEmpty() ? QDateTime() : SqlDialect::toDateTime(text.toString());
}

// `sql` (a query over one slice or one affiliate) prepared, forward-only, with
// `filter`'s values, run. One affiliate's statements (an affiliate's detail, a
// re-check) are kept on the connection; a slice's are prepared afresh, since a plan
// made once for every slice's bounds would not know how much of the table one holds.
Result<std::shared_ptr<QSqlQuery>> runFiltered(
    const Connection &connection, const QString &sql, const Filter &filter)
{
    if (filter.oneAffiliate)
        return connection.runKept(sql, filter.values);
    auto prepared = connection.prepare(sql);
    if (!prepared)
        return prepared.error();
    auto query = std::make_shared<QSqlQuery>(std::move(*prepared));
    query->setForwardOnly(true);
    for (int i = 0; i < filter.values.size(); ++i)
        query->bindValue(i, filter.values.at(i));
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    return query;
}

// The created_at of these events (the predecessors the window rule needs), by id.
Result<QHash<qint64, QDateTime>> timesOf(const Connection &connection, QList<qint64> ids)
{
    QHash<qint64, QDateTime> times;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QList<qint64> chunk = ids.mid(from, Chunk);
        auto query = connection.prepare(AuditSql::timesQuery(chunk.size()));
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
        // timestamp holds. Nothing depends on the order group_concat() happens to keep.
        const auto before = [](const Event &a, const Event &b) {
            const int byTime = a.at.compare(b.at);
            return byTime != 0 ? byTime < 0
                               : a.packed / AuditSql::PackedId < b.packed / AuditSql::PackedId;
        };
        if (!std::is_sorted(m_events.cbegin(), m_events.cend(), before))
            std::sort(m_events.begin(), m_events.end(), before);
        return true;
    }

    // The steps the LAG query returns: those that may break the chain. Only
    // their times are parsed.
    void appendSteps(const QString &affiliate, QList<ChainStep> &steps) const
    {
        for (qsizetype i = 1; i < m_events.size(); ++i) {
            ChainStep step{affiliate, AuditSql::unpack(m_events.at(i).packed),
                AuditSql::unpack(m_events.at(i - 1).packed)};
            if (!step.mayBreak())
                continue;
            step.event.at = timeOf(m_events.at(i).at);
            step.previous.at = timeOf(m_events.at(i - 1).at);
            steps.append(std::move(step));
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

// One slice's steps from the grouped query. False: a group did not split, and
// the slice needs the LAG query.
Result<bool> readGrouped(
    const Connection &connection, const Filter &filter, QList<ChainStep> &steps)
{
    auto query = runFiltered(connection, AuditSql::groupedChainQuery(filter.sql), filter);
    if (!query)
        return query.error();
    ChainGroup group;
    while ((*query)->next()) {
        const QString text = (*query)->value(2).toString();
        if (!group.read(text, (*query)->value(1).toLongLong())) {
            (*query)->finish();
            steps.clear();
            return false;
        }
        group.appendSteps((*query)->value(0).toString(), steps);
    }
    (*query)->finish();
    return true;
}

// One slice's steps from the LAG query. Where window functions are dear the
// query leaves the predecessor's time out; it is read afterwards, by id, for
// the few steps whose rule needs it.
Result<void> readLag(const Connection &connection, const Filter &filter, QList<ChainStep> &steps)
{
    const SqlDialect &dialect = connection.dialect();
    auto query = runFiltered(connection, AuditSql::chainQuery(dialect, filter.sql), filter);
    if (!query)
        return query.error();
    const bool withPreviousAt = dialect.hasCheapWindowFunctions();
    QList<qint64> predecessors;
    while ((*query)->next()) {
        ChainStep step;
        step.affiliateId = (*query)->value(0).toString();
        step.event = {(*query)->value(1).toLongLong(), optionalInt((*query)->value(2)),
            optionalInt((*query)->value(3)), SqlDialect::toDateTime((*query)->value(4))};
        step.previous = AuditSql::unpack((*query)->value(5).toLongLong());
        if (withPreviousAt)
            step.previous.at = SqlDialect::toDateTime((*query)->value(6));
        else if (step.sameFrom())
            predecessors.append(step.previous.id);
        steps.append(std::move(step));
    }
    (*query)->finish();
    if (withPreviousAt)
        return {};
    auto times = timesOf(connection, predecessors);
    if (!times)
        return times.error();
    for (ChainStep &step : steps)
        step.previous.at = times->value(step.previous.id);
    return {};
}

Result<void> readMinuteBuckets(
    const Connection &connection, const Filter &filter, MinuteBucketRule &rule)
{
    auto query = runFiltered(
        connection, AuditSql::minuteBucketQuery(connection.dialect(), filter.sql), filter);
    if (!query)
        return query.error();
    while ((*query)->next())
        rule.add((*query)->value(0).toString(),
            {(*query)->value(1).toLongLong(), optionalInt((*query)->value(2)),
                optionalInt((*query)->value(3)), SqlDialect::toDateTime((*query)->value(4))},
            (*query)->value(5).toString());
    (*query)->finish();
    return {};
}

} // namespace

QList<Slice> slicesFor(const Audit::Options &options, bool sliced)
{
    if (!options.affiliateId.isEmpty() || !sliced)
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

Result<void> readChain(const Connection &connection, const Audit::Options &options,
    const Audit::Tuning &tuning, const QList<Slice> &slices, qsizetype from, qsizetype to,
    Audit::Report &report, const WorkControl &control, bool reportProgress)
{
    AuditRules rules(report, options.windowSeconds);
    MinuteBucketRule minutes(report);
    const SqlDialect &dialect = connection.dialect();
    const bool grouped
        = dialect.hasGroupConcat() && tuning.grouped.value_or(!dialect.hasCheapWindowFunctions());
    for (qsizetype i = from; i < to; ++i) {
        if (control.cancelled())
            return {};
        if (reportProgress)
            control.report(WorkControl::Phase::Scanning, i, slices.size());
        const Filter filter = filterFor(options, slices.at(i), dialect);
        if (options.mode == Audit::Mode::MinuteBuckets) {
            if (auto done = readMinuteBuckets(connection, filter, minutes); !done)
                return done.error();
            continue;
        }
        QList<ChainStep> steps;
        bool read = false;
        if (grouped) {
            auto done = readGrouped(connection, filter, steps);
            if (!done)
                return done.error();
            read = *done;
            if (!read)
                qCDebug(lcAudit) << "a created_at holds ';': this slice is read with LAG";
        }
        if (!read) {
            if (auto done = readLag(connection, filter, steps); !done)
                return done.error();
        }
        for (const ChainStep &step : std::as_const(steps))
            rules.add(step);
    }
    return {};
}

Result<SideScan> readSide(const Connection &connection, const Audit::Options &options,
    const QList<Slice> &slices, const WorkControl &control)
{
    SideScan side;
    if (options.planOnly)
        return side; // the backfill's re-check needs only the clusters
    const SqlDialect &dialect = connection.dialect();
    const Filter whole = filterFor(options, Slice{}, dialect);
    Filter twice = whole;
    twice.values += whole.values;
    auto counts = runFiltered(connection, AuditSql::countsQuery(whole.sql), twice);
    if (!counts)
        return counts.error();
    if ((*counts)->next()) {
        side.affiliates = (*counts)->value(0).toLongLong();
        side.events = (*counts)->value(1).toLongLong();
    }
    (*counts)->finish();
    if (options.mode != Audit::Mode::Chain)
        return side;
    Audit::Report driftOnly;
    AuditRules rules(driftOnly, options.windowSeconds);
    for (const Slice &slice : slices) {
        if (control.cancelled())
            return Error::cancelled(Audit::tr("The audit was cancelled."));
        Filter filter = filterFor(options, slice, dialect);
        const QVariantList values = filter.values;
        for (int use = 1; use < AuditSql::driftFilterUses(dialect); ++use)
            filter.values += values;
        auto query = runFiltered(connection, AuditSql::driftQuery(dialect, filter.sql), filter);
        if (!query)
            return query.error();
        while ((*query)->next())
            rules.addProfile((*query)->value(0).toString(), (*query)->value(1).toInt(),
                optionalInt((*query)->value(2)));
        (*query)->finish();
    }
    side.drift = std::move(driftOnly.drift);
    return side;
}

Result<QSet<QString>> reviewedBreaks(const Connection &connection, const Audit::Options &options)
{
    // Whole: reviews are few, one query reads them all.
    const Filter filter = filterFor(options, Slice{}, connection.dialect());
    auto query = runFiltered(connection, AuditSql::reviewedBreaksQuery(filter.sql), filter);
    if (!query)
        return query.error();
    QSet<QString> fingerprints;
    while ((*query)->next())
        fingerprints.insert((*query)->value(0).toString());
    (*query)->finish();
    return fingerprints;
}

std::optional<qsizetype> SliceQueue::takeFront()
{
    QMutexLocker locker(&m_mutex);
    if (m_front >= m_back - m_reserved)
        return std::nullopt;
    return m_front++;
}

std::optional<qsizetype> SliceQueue::takeBack()
{
    QMutexLocker locker(&m_mutex);
    if (m_front >= m_back)
        return std::nullopt;
    m_reserved = qMax(qsizetype(0), m_reserved - 1);
    return --m_back;
}

ParallelSideScan::ParallelSideScan(const Connection &connection, const QString &snapshotId,
    const Audit::Options &options, const Audit::Tuning &tuning, const QList<Slice> &slices,
    SliceQueue *queue, const WorkControl &control)
{
    const DatabaseUrl url = connection.url();
    const Connection::Mode mode = connection.mode(); // the same server: a standby's snapshot
    // The snapshot first (it must be the transaction's first statement), then the same
    // settings as the main connection's read.
    const QStringList setup = QStringList{
        QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
        QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(snapshotId)}
        + connection.dialect().analyticReadSetup();
    m_thread.reset(
        QThread::create([this, url, mode, options, tuning, slices, queue, control, setup] {
            auto helper = Connection::open(url, mode);
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
            auto side = readSide(c, options, slices, control);
            // Then the second core takes slices of the chain from the back until the
            // two readers meet.
            QList<Audit::Report> parts;
            while (side) {
                const auto slice = queue->takeBack();
                if (!slice)
                    break;
                Audit::Report part;
                if (auto done = readChain(
                        c, options, tuning, slices, *slice, *slice + 1, part, control, false);
                    !done)
                    side = done.error();
                parts.prepend(std::move(part));
            }
            if (side) {
                for (Audit::Report &part : parts) {
                    side->chainPart.clusters += std::move(part.clusters);
                    side->chainPart.chainBreaks += std::move(part.chainBreaks);
                }
            }
            m_result = std::move(side);
            // Closing the helper connection ends its read-only transaction.
        }));
    m_thread->start();
}

ParallelSideScan::~ParallelSideScan()
{
    // The main half may return early with an error; the helper must not outlive its data.
    m_thread->wait();
}

Result<SideScan> ParallelSideScan::take()
{
    m_thread->wait();
    return std::move(m_result);
}

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

QString exportSnapshot(const Connection &connection)
{
    const QString sql = connection.dialect().exportSnapshotQuery();
    if (sql.isEmpty())
        return {};
    QSqlQuery query(connection.database());
    if (!query.exec(sql) || !query.next())
        return {};
    const QString id = query.value(0).toString();
    query.finish();
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Fa-f-]+$"));
    return shape.match(id).hasMatch() ? id : QString();
}

} // namespace TierDesk::AuditReader
