#include "audit.h"
#include "../common/fingerprint.h"
#include "../common/jsonwriter.h"
#include "../common/logging.h"
#include "auditreader.h"
#include "auditrules.h"
#include "findingkind.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace TierDesk {

using namespace Qt::StringLiterals;

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

// Slices pay off only where progress and cancel matter: a large table.
constexpr qint64 SliceFromEvents = Audit::SliceFromEvents;
// Below this many events a second connection costs more than it saves.
constexpr qint64 ParallelFromEvents = 200000;
// The same for a backfill's re-check of the affiliates of its plan.
constexpr qsizetype ParallelFromAffiliates = 2000;

// How one run reads: its slices, and whether a helper connection shares them.
struct Plan
{
    QList<Slice> slices;
    bool parallel = false;
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
    if (auto begun = beginRead(snapshot, connection); !begun)
        return begun.error();
    if (first) {
        if (auto done = first(); !done)
            return done.error();
    }
    auto report = scanIn(connection, options, control, tuning, true);
    snapshot.rollback(); // read-only: nothing to keep
    return report;
}

Result<void> Audit::beginRead(Transaction &snapshot, const Connection &connection)
{
    if (auto begun = snapshot.begin(Transaction::Kind::Read); !begun)
        return begun.error();
    for (const QString &statement : connection.dialect().analyticReadSetup()) {
        if (auto done = connection.exec(statement); !done)
            return done.error();
    }
    return {};
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
    const QString snapshotId = plan.parallel ? AuditReader::exportSnapshot(connection) : QString();
    AuditReader::SliceQueue queue( // outlives the helper
        plan.slices.size(), snapshotId.isEmpty() ? 0 : tuning.helperSlices.value_or(0));
    std::unique_ptr<AuditReader::ParallelSideScan> helper;
    if (!snapshotId.isEmpty())
        helper = std::make_unique<AuditReader::ParallelSideScan>(
            connection, snapshotId, options, tuning, plan.slices, &queue, control);

    while (const auto slice = queue.takeFront()) {
        if (auto done = AuditReader::readChain(connection, options, tuning, plan.slices, *slice,
                *slice + 1, report, control, true);
            !done)
            return done.error();
    }
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
    report.clusters += std::move(side->chainPart.clusters);
    report.chainBreaks += std::move(side->chainPart.chainBreaks);
    control.report(WorkControl::Phase::Scanning, plan.slices.size(), plan.slices.size());
    report.drift = std::move(side->drift);
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

bool Audit::Report::writeJson(QIODevice *device, const QJsonObject &more) const
{
    JsonWriter json(device);
    const auto times = [&json](const Cluster &cluster, bool last) {
        json.member(last ? "last_at"_L1 : "first_at"_L1,
            SqlDialect::timeText(last ? cluster.lastAt : cluster.firstAt));
    };
    const auto writeClusters = [&] {
        json.beginArray();
        for (const Cluster &cluster : clusters) {
            const bool duplicate = cluster.kind == Cluster::Kind::Duplicate;
            json.beginObject();
            json.member("affiliate_id"_L1, cluster.affiliateId);
            if (!duplicate)
                json.arrayMember("event_ids"_L1, cluster.eventIds);
            times(cluster, false);
            json.member("from_rate"_L1, cluster.fromRate);
            if (duplicate)
                json.member("keep_id"_L1, cluster.keepId);
            json.member("kind"_L1,
                nameOf(duplicate ? FindingKind::Id::Duplicate : FindingKind::Id::Conflict));
            times(cluster, true);
            if (duplicate) {
                json.arrayMember("redundant_ids"_L1, cluster.redundantIds);
                json.member("to_rate"_L1, cluster.toRate);
            } else {
                json.arrayMember("to_rates"_L1, cluster.toRates);
            }
            json.endObject();
        }
        json.endArray();
    };
    const auto writeBreaks = [&] {
        json.beginArray();
        for (const ChainBreak &item : chainBreaks) {
            json.beginObject();
            json.member("affiliate_id"_L1, item.affiliateId);
            json.member("event_id"_L1, item.eventId);
            json.member("expected_from_rate"_L1, item.expectedFromRate);
            json.member("from_rate"_L1, item.fromRate);
            // Only when asked for: the default object stays as docs/ARCHITECTURE.md §2 has it.
            if (options.includeReviewed)
                json.member("reviewed"_L1, item.reviewed);
            json.endObject();
        }
        json.endArray();
    };
    const auto writeDrift = [&] {
        json.beginArray();
        for (const Drift &item : drift) {
            json.beginObject();
            json.member("affiliate_id"_L1, item.affiliateId);
            json.member("history_rate"_L1, item.historyRate);
            json.member("profile_rate"_L1, item.profileRate);
            json.endObject();
        }
        json.endArray();
    };
    const auto writeSummary = [&] {
        const QList<std::pair<const char *, qint64>> totals{
            {"affiliates_scanned", summary.affiliatesScanned},
            {"chain_breaks", summary.chainBreaks}, {"conflicts", summary.conflicts},
            {"drift", summary.drift}, {"duplicate_clusters", summary.duplicateClusters},
            {"events_scanned", summary.eventsScanned}, {"redundant_rows", summary.redundantRows},
            {"reviewed_chain_breaks", summary.reviewedChainBreaks}};
        json.beginObject();
        for (const auto &[name, value] : totals) {
            if (!options.includeReviewed && qstrcmp(name, "reviewed_chain_breaks") == 0)
                continue;
            json.member(QLatin1StringView(name), value);
        }
        json.endObject();
    };

    // The members in a QJsonObject's order (sorted by key), `more`'s among them.
    QList<std::pair<QString, std::function<void()>>> members{
        {listOf(FindingKind::Id::Duplicate), writeClusters},
        {listOf(FindingKind::Id::ChainBreak), writeBreaks},
        {listOf(FindingKind::Id::Drift), writeDrift},
        {QStringLiteral("mode"), [&] { json.value(modeName(options.mode)); }},
        {QStringLiteral("summary"), writeSummary},
        {QStringLiteral("window_seconds"), [&] { json.value(options.windowSeconds); }}};
    for (auto it = more.begin(); it != more.end(); ++it) {
        const QByteArray bytes
            = QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
        members.append({it.key(), [&json, bytes] { json.raw(bytes.mid(1, bytes.size() - 2)); }});
    }
    std::sort(members.begin(), members.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    json.beginObject();
    for (const auto &[name, write] : members) {
        const QByteArray latin = name.toLatin1();
        json.key(QLatin1StringView(latin));
        write();
    }
    json.endObject();
    return json.finish();
}

QJsonObject Audit::Report::toJson() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeJson(&buffer);
    return QJsonDocument::fromJson(buffer.data()).object();
}

} // namespace TierDesk
