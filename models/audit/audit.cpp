#include "audit.h"
#include "../common/fingerprint.h"
#include "../common/logging.h"
#include "auditreader.h"
#include "auditrules.h"
#include "findingkind.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace TierDesk {

namespace {

// A finding kind's name and its list in the JSON, from the one table of kinds.
QString nameOf(FindingKind::Id id)
{
    return QString::fromLatin1(FindingKind::of(id).name);
}

QString listOf(FindingKind::Id id)
{
    return QString::fromLatin1(FindingKind::of(id).jsonKey);
}

using AuditReader::Slice;

QJsonValue jsonRate(const std::optional<int> &rate)
{
    return rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null);
}

// Slices pay off only where progress and cancel matter: a large table.
constexpr qint64 SliceFromEvents = Audit::SliceFromEvents;
// Below this many events a second connection costs more than it saves.
constexpr qint64 ParallelFromEvents = 200000;
// The same for a backfill's re-check of the affiliates of its plan.
constexpr qsizetype ParallelFromAffiliates = 2000;

// How one run reads: its slices and which of them a helper connection takes.
struct Plan
{
    QList<Slice> slices;
    bool parallel = false;
    qsizetype helperFrom = 0; // the helper reads slices [helperFrom, end)
};

Plan planFor(const Connection &connection, const Audit::Options &options,
    const Audit::Tuning &tuning, bool ownSnapshot)
{
    const SqlDialect &dialect = connection.dialect();
    Plan plan;
    // One affiliate is never sliced nor split: no need to ask for the table's size.
    const qint64 estimate
        = options.affiliateId.isEmpty() ? AuditReader::estimatedEvents(connection) : 0;
    bool sliced = tuning.sliced.value_or(estimate >= SliceFromEvents);
    // A plan's affiliates: one array value holds them all where the engine binds arrays;
    // elsewhere sixteen slices keep each IN list under the limit on bound values.
    if (!options.affiliateIds.isEmpty())
        sliced = !dialect.bindsArrays();
    plan.slices = AuditReader::slicesFor(options, sliced);

    if (dialect.canShareSnapshot() && options.planOnly && !ownSnapshot) {
        // A backfill re-checking a large plan inside its write transaction: the plan's
        // affiliates in two halves, the second on a helper connection that imports this
        // transaction's snapshot (the re-check is a plain read: no locks to share).
        plan.parallel
            = tuning.parallel.value_or(options.affiliateIds.size() >= ParallelFromAffiliates);
        if (plan.parallel) {
            const QString middle = QStringLiteral("80000000-0000-0000-0000-000000000000");
            plan.slices = {Slice{QString(), middle}, Slice{middle, QString()}};
        }
    } else if (dialect.canShareSnapshot() && !options.planOnly && ownSnapshot
        && options.affiliateId.isEmpty()) {
        plan.parallel = tuning.parallel.value_or(estimate >= ParallelFromEvents);
    }
    // Without a shared snapshot (SQLite: PRAGMA data_version does not see commits from
    // inside a read transaction) a parallel side scan could describe another moment than
    // the chain; it stays sequential there.
    if (plan.slices.isEmpty())
        plan.slices.append(Slice{});
    // With a helper, it also reads the last quarter of the slices: drift plus those is
    // about as long as the first three quarters of the chain.
    const qsizetype count = plan.slices.size();
    plan.helperFrom = !plan.parallel ? count
        : options.planOnly           ? 1
        : count >= 4                 ? count * 3 / 4
                                     : count;
    return plan;
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

QString Audit::ChainBreak::fingerprint() const
{
    const auto rate = [](const std::optional<int> &value) {
        return value ? QByteArray::number(*value) : QByteArrayLiteral("null");
    };
    return Fingerprint::of(QByteArrayLiteral("chain_break|") + affiliateId.toUtf8() + '|'
        + QByteArray::number(eventId) + '|' + rate(expectedFromRate) + '|' + rate(fromRate));
}

QString Audit::modeName(Mode mode)
{
    return mode == Mode::Chain ? QStringLiteral("chain") : QStringLiteral("minute_buckets");
}

Result<Audit::Report> Audit::run(const Connection &connection, const Options &options,
    const WorkControl &control, const Tuning &tuning)
{
    return run(connection, options, control, tuning, {});
}

Result<Audit::Report> Audit::run(const Connection &connection, const Options &options,
    const WorkControl &control, const Tuning &tuning, const std::function<Result<void>()> &first)
{
    Transaction snapshot(connection);
    if (auto begun = snapshot.begin(Transaction::Kind::Read); !begun)
        return begun.error();
    if (first) {
        if (auto done = first(); !done)
            return done.error();
    }
    for (const QString &statement : connection.dialect().analyticReadSetup()) {
        if (auto done = connection.exec(statement); !done)
            return done.error();
    }
    auto report = scanIn(connection, options, control, tuning, true);
    snapshot.rollback(); // read-only: nothing to keep
    return report;
}

Result<Audit::Report> Audit::scan(const Connection &connection, const Options &options,
    const WorkControl &control, const Tuning &tuning)
{
    return scanIn(connection, options, control, tuning, false);
}

Result<Audit::Report> Audit::scanIn(const Connection &connection, const Options &options,
    const WorkControl &control, const Tuning &tuning, bool ownSnapshot)
{
    if (options.windowSeconds < 0 || options.windowSeconds > 366 * 24 * 3600)
        return Error::usage(tr("The window must be between 0 seconds and one year."));

    QElapsedTimer timer;
    timer.start();
    Report report;
    report.options = options;

    const Plan plan = planFor(connection, options, tuning, ownSnapshot);
    std::unique_ptr<AuditReader::ParallelSideScan> helper;
    if (plan.parallel) {
        if (const QString id = AuditReader::exportSnapshot(connection); !id.isEmpty())
            helper = std::make_unique<AuditReader::ParallelSideScan>(
                connection, id, options, tuning, plan.slices, plan.helperFrom, control);
    }

    const qsizetype mainEnd = helper ? plan.helperFrom : plan.slices.size();
    if (auto done = AuditReader::readChain(
            connection, options, tuning, plan.slices, 0, mainEnd, report, control, true);
        !done)
        return done.error();
    const qint64 chainMs = timer.elapsed();
    Result<AuditReader::SideScan> side = AuditReader::SideScan{};
    if (helper)
        side = helper->take();
    else if (!options.planOnly && !control.cancelled())
        side = AuditReader::readSide(connection, options, plan.slices, control);
    if (control.cancelled())
        return Error::cancelled(tr("The audit was cancelled."));
    if (!side)
        return side.error();
    report.clusters += side->chainPart.clusters;
    report.chainBreaks += side->chainPart.chainBreaks;
    control.report(WorkControl::Phase::Scanning, plan.slices.size(), plan.slices.size());
    report.drift = side->drift;
    report.summary.affiliatesScanned = side->affiliates;
    report.summary.eventsScanned = side->events;
    if (!options.planOnly && options.mode == Mode::Chain) {
        auto reviewed = AuditReader::reviewedBreaks(connection, options);
        if (!reviewed)
            return reviewed.error();
        // Hashing every break costs nothing worth measuring, but there is no need to
        // when nothing was reviewed (almost always).
        for (auto it = report.chainBreaks.begin();
             !reviewed->isEmpty() && it != report.chainBreaks.end();) {
            it->reviewed = reviewed->contains(it->fingerprint());
            if (it->reviewed)
                ++report.summary.reviewedChainBreaks;
            if (it->reviewed && !options.includeReviewed)
                it = report.chainBreaks.erase(it);
            else
                ++it;
        }
    }
    AuditRules::summarize(report);
    qCDebug(lcAudit) << "audit" << modeName(options.mode) << "window" << options.windowSeconds
                     << "s:" << report.summary.duplicateClusters << "clusters,"
                     << report.summary.redundantRows << "redundant," << report.summary.conflicts
                     << "conflicts in" << timer.elapsed() << "ms, chain" << chainMs << "ms"
                     << (helper ? "(with the helper connection)" : "");
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
            clusterList.append(
                QJsonObject{{QStringLiteral("kind"), nameOf(FindingKind::Id::Duplicate)},
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
            clusterList.append(
                QJsonObject{{QStringLiteral("kind"), nameOf(FindingKind::Id::Conflict)},
                    {QStringLiteral("affiliate_id"), cluster.affiliateId},
                    {QStringLiteral("from_rate"), jsonRate(cluster.fromRate)},
                    {QStringLiteral("event_ids"), ids}, {QStringLiteral("to_rates"), rates},
                    {QStringLiteral("first_at"), SqlDialect::timeText(cluster.firstAt)},
                    {QStringLiteral("last_at"), SqlDialect::timeText(cluster.lastAt)}});
        }
    }
    QJsonArray breaks;
    for (const ChainBreak &item : chainBreaks) {
        QJsonObject entry{{QStringLiteral("affiliate_id"), item.affiliateId},
            {QStringLiteral("event_id"), item.eventId},
            {QStringLiteral("expected_from_rate"), jsonRate(item.expectedFromRate)},
            {QStringLiteral("from_rate"), jsonRate(item.fromRate)}};
        // Only when asked for: the default object stays as docs/ARCHITECTURE.md §2 has it.
        if (options.includeReviewed)
            entry.insert(QStringLiteral("reviewed"), item.reviewed);
        breaks.append(entry);
    }
    QJsonArray drifts;
    for (const Drift &item : drift)
        drifts.append(QJsonObject{{QStringLiteral("affiliate_id"), item.affiliateId},
            {QStringLiteral("profile_rate"), item.profileRate},
            {QStringLiteral("history_rate"), jsonRate(item.historyRate)}});
    QJsonObject totals{{QStringLiteral("affiliates_scanned"), summary.affiliatesScanned},
        {QStringLiteral("events_scanned"), summary.eventsScanned},
        {QStringLiteral("duplicate_clusters"), summary.duplicateClusters},
        {QStringLiteral("redundant_rows"), summary.redundantRows},
        {QStringLiteral("conflicts"), summary.conflicts},
        {QStringLiteral("chain_breaks"), summary.chainBreaks},
        {QStringLiteral("drift"), summary.drift}};
    if (options.includeReviewed)
        totals.insert(QStringLiteral("reviewed_chain_breaks"), summary.reviewedChainBreaks);
    return QJsonObject{{QStringLiteral("window_seconds"), options.windowSeconds},
        {QStringLiteral("mode"), modeName(options.mode)},
        {listOf(FindingKind::Id::Duplicate), clusterList},
        {listOf(FindingKind::Id::ChainBreak), breaks}, {listOf(FindingKind::Id::Drift), drifts},
        {QStringLiteral("summary"), totals}};
}

} // namespace TierDesk
