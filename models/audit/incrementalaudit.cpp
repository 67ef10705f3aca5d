#include "incrementalaudit.h"
#include "../common/logging.h"
#include "auditrules.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

namespace TierDesk {

namespace {

constexpr quint32 StateMagic = 0x54444941; // "TDIA"
constexpr qint32 StateVersion = 1;

QDataStream &operator<<(QDataStream &out, const std::optional<int> &value)
{
    return out << bool(value) << qint32(value.value_or(0));
}

QDataStream &operator>>(QDataStream &in, std::optional<int> &value)
{
    bool has = false;
    qint32 number = 0;
    in >> has >> number;
    value = has ? std::optional<int>(number) : std::nullopt;
    return in;
}

void write(QDataStream &out, const Audit::Report &report)
{
    out << qint32(report.options.windowSeconds) << qint32(report.clusters.size());
    for (const Audit::Cluster &c : report.clusters) {
        out << qint32(c.kind == Audit::Cluster::Kind::Duplicate ? 0 : 1) << c.affiliateId
            << c.fromRate << c.toRate << c.keepId << c.redundantIds << c.eventIds
            << qint32(c.toRates.size());
        for (const auto &rate : c.toRates)
            out << rate;
        out << c.firstAt << c.lastAt;
    }
    out << qint32(report.chainBreaks.size());
    for (const Audit::ChainBreak &b : report.chainBreaks)
        out << b.affiliateId << b.eventId << b.at << b.expectedFromRate << b.fromRate << b.reviewed;
    out << qint32(report.drift.size());
    for (const Audit::Drift &d : report.drift)
        out << d.affiliateId << qint32(d.profileRate) << d.historyRate;
    out << report.summary.affiliatesScanned << report.summary.eventsScanned;
}

bool read(QDataStream &in, Audit::Report &report)
{
    qint32 window = 0;
    qint32 count = 0;
    in >> window >> count;
    report.options.windowSeconds = window;
    report.options.includeReviewed = true;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Audit::Cluster c;
        qint32 kind = 0;
        qint32 rates = 0;
        in >> kind >> c.affiliateId >> c.fromRate >> c.toRate >> c.keepId >> c.redundantIds
            >> c.eventIds >> rates;
        c.kind = kind == 0 ? Audit::Cluster::Kind::Duplicate : Audit::Cluster::Kind::Conflict;
        for (qint32 r = 0; r < rates && in.status() == QDataStream::Ok; ++r) {
            std::optional<int> rate;
            in >> rate;
            c.toRates << rate;
        }
        in >> c.firstAt >> c.lastAt;
        report.clusters << c;
    }
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Audit::ChainBreak b;
        in >> b.affiliateId >> b.eventId >> b.at >> b.expectedFromRate >> b.fromRate >> b.reviewed;
        report.chainBreaks << b;
    }
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Audit::Drift d;
        qint32 profileRate = 0;
        in >> d.affiliateId >> profileRate >> d.historyRate;
        d.profileRate = profileRate;
        report.drift << d;
    }
    in >> report.summary.affiliatesScanned >> report.summary.eventsScanned;
    return in.status() == QDataStream::Ok;
}

// Where the change log stands in this snapshot (see the class comment).
Result<QString> watermarkNow(const Connection &connection)
{
    auto q = connection.run(connection.dialect().isPostgres()
            ? QStringLiteral("SELECT CAST(pg_current_snapshot() AS text)")
            : QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM tierdesk_audit_changes"));
    if (!q)
        return q.error();
    if (!q->next())
        return QString();
    return q->value(0).toString();
}

struct Changes
{
    QStringList affiliates;
    qint64 events = 0;
    qint64 profiles = 0;
    bool usable = true; // false: the watermark is not of this database's history
};

// What the log holds past `watermark` in this snapshot, per affiliate.
Result<Changes> changesSince(const Connection &connection, const QString &watermark)
{
    Changes changes;
    const bool postgres = connection.dialect().isPostgres();
    // A watermark ahead of the database (restored from a backup, another cluster at the
    // same address) is of another history: read everything.
    auto ahead = postgres
        ? connection.run(QStringLiteral("SELECT pg_snapshot_xmin(CAST(? AS pg_snapshot)) <= "
                                        "pg_snapshot_xmax(pg_current_snapshot())"),
            {watermark})
        : connection.run(QStringLiteral("SELECT CAST(? AS INTEGER) <= COALESCE((SELECT seq FROM "
                                        "sqlite_sequence WHERE name = 'tierdesk_audit_changes'), "
                                        "0)"),
            {watermark});
    if (!ahead)
        return ahead.error();
    if (!ahead->next() || !ahead->value(0).toBool()) {
        changes.usable = false;
        return changes;
    }
    auto q = postgres
        ? connection.run(QStringLiteral("SELECT CAST(affiliate_id AS text), SUM(events_delta), "
                                        "SUM(affiliates_delta) FROM tierdesk_audit_changes WHERE "
                                        "xid >= pg_snapshot_xmin(CAST(? AS pg_snapshot)) AND NOT "
                                        "pg_visible_in_snapshot(xid, CAST(? AS pg_snapshot)) "
                                        "GROUP BY affiliate_id"),
            {watermark, watermark})
        : connection.run(QStringLiteral("SELECT affiliate_id, SUM(events_delta), "
                                        "SUM(affiliates_delta) FROM tierdesk_audit_changes WHERE "
                                        "id > CAST(? AS INTEGER) GROUP BY affiliate_id"),
            {watermark});
    if (!q)
        return q.error();
    while (q->next()) {
        changes.affiliates << q->value(0).toString();
        changes.events += q->value(1).toLongLong();
        changes.profiles += q->value(2).toLongLong();
    }
    return changes;
}

// `fresh` into `kept`, both in the full audit's order: affiliates by id (its slices
// and queries read them so), each affiliate's findings as its chain gave them. No
// affiliate is in both (its kept findings were dropped), so a merge keeps that
// order in one pass over the kept findings instead of sorting them all again.
template <typename T>
void mergeIn(QList<T> &kept, const QList<T> &fresh)
{
    const qsizetype middle = kept.size();
    kept += fresh;
    std::inplace_merge(kept.begin(), kept.begin() + middle, kept.end(),
        [](const T &a, const T &b) { return a.affiliateId < b.affiliateId; });
}

template <typename T>
void dropAffiliates(QList<T> &items, const QSet<QString> &affiliates)
{
    items.removeIf([&affiliates](const T &item) { return affiliates.contains(item.affiliateId); });
}

// The report as asked for, from the kept one (which holds the reviewed breaks too).
Audit::Report reportFor(const Audit::Report &kept, const Audit::Options &options)
{
    Audit::Report report = kept;
    report.options = options;
    report.summary.reviewedChainBreaks = int(std::count_if(report.chainBreaks.cbegin(),
        report.chainBreaks.cend(), [](const Audit::ChainBreak &b) { return b.reviewed; }));
    if (!options.includeReviewed)
        report.chainBreaks.removeIf([](const Audit::ChainBreak &b) { return b.reviewed; });
    AuditRules::summarize(report);
    return report;
}

} // namespace

QByteArray IncrementalAudit::State::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << StateMagic << StateVersion << database << qint32(windowSeconds) << watermark;
    write(out, report);
    return bytes;
}

std::optional<IncrementalAudit::State> IncrementalAudit::State::fromBytes(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    qint32 version = 0;
    in >> magic >> version;
    if (magic != StateMagic || version != StateVersion)
        return std::nullopt;
    State state;
    qint32 window = 0;
    in >> state.database >> window >> state.watermark;
    state.windowSeconds = window;
    if (!read(in, state.report) || !in.atEnd())
        return std::nullopt;
    return state;
}

Result<IncrementalAudit::Outcome> IncrementalAudit::run(const Connection &connection,
    const Audit::Options &options, const std::optional<State> &previous, const WorkControl &control)
{
    if (options.mode != Audit::Mode::Chain || options.planOnly || !options.affiliateId.isEmpty()
        || !options.affiliateIds.isEmpty())
        return Error::usage(tr("Only the chain audit of every affiliate can be run again "
                               "incrementally."));
    QElapsedTimer timer;
    timer.start();
    Audit::Options kept = options;
    kept.includeReviewed = true;
    const QString database = connection.url().toStorableString();

    Outcome outcome;
    outcome.state.database = database;
    outcome.state.windowSeconds = options.windowSeconds;
    if (previous && previous->database == database
        && previous->windowSeconds == options.windowSeconds && !previous->watermark.isEmpty()) {
        if (control.cancelled())
            return Error::cancelled(Audit::tr("The audit was cancelled."));
        Transaction snapshot(connection);
        if (auto begun = Audit::beginRead(snapshot, connection); !begun)
            return begun.error();
        auto watermark = watermarkNow(connection);
        if (!watermark)
            return watermark.error();
        auto changes = changesSince(connection, previous->watermark);
        if (!changes)
            return changes.error();
        if (changes->usable && changes->affiliates.size() <= FullFromChanges) {
            Audit::Report report = previous->report;
            if (!changes->affiliates.isEmpty()) {
                Audit::Options again = kept;
                again.affiliateIds = changes->affiliates;
                auto fresh = Audit::scan(connection, again, control);
                if (!fresh)
                    return fresh.error();
                const QSet<QString> changed(
                    changes->affiliates.cbegin(), changes->affiliates.cend());
                dropAffiliates(report.clusters, changed);
                dropAffiliates(report.chainBreaks, changed);
                dropAffiliates(report.drift, changed);
                mergeIn(report.clusters, fresh->clusters);
                mergeIn(report.chainBreaks, fresh->chainBreaks);
                mergeIn(report.drift, fresh->drift);
                report.summary.affiliatesScanned += changes->profiles;
                report.summary.eventsScanned += changes->events;
            }
            snapshot.rollback();
            report.options = kept;
            outcome.state.watermark = *watermark;
            outcome.state.report = report;
            outcome.report = reportFor(report, options);
            outcome.incremental = true;
            outcome.changedAffiliates = changes->affiliates.size();
            qCDebug(lcAudit) << "incremental audit:" << outcome.changedAffiliates
                             << "affiliates read again in" << timer.elapsed() << "ms";
            return outcome;
        }
        snapshot.rollback();
    }

    QString watermark;
    auto full = Audit::run(connection, kept, control, {}, [&]() -> Result<void> {
        auto now = watermarkNow(connection);
        if (!now)
            return now.error();
        watermark = *now;
        return {};
    });
    if (!full)
        return full.error();
    outcome.state.watermark = watermark;
    outcome.state.report = *full;
    outcome.report = reportFor(*full, options);
    return outcome;
}

QString IncrementalAudit::stateFile(const DatabaseUrl &url, int windowSeconds)
{
    const QByteArray key = QCryptographicHash::hash(
        (url.toStorableString() + QLatin1Char('|') + QString::number(windowSeconds)).toUtf8(),
        QCryptographicHash::Sha256)
                               .toHex()
                               .left(32);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/audit/") + QString::fromLatin1(key) + QStringLiteral(".state");
}

std::optional<IncrementalAudit::State> IncrementalAudit::load(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    return State::fromBytes(in.readAll());
}

Result<void> IncrementalAudit::save(const State &state, const QString &file)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(state.toBytes()) < 0 || !out.commit())
        return Error::connect(
            tr("Could not keep the audit's state in %1 (%2); the next run reads everything.")
                .arg(file, out.errorString()));
    return {};
}

} // namespace TierDesk
