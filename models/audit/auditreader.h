#pragma once

#include "audit.h"

#include <QMutex>
#include <QSet>
#include <QThread>

#include <memory>
#include <optional>

namespace TierDesk::AuditReader {

// The ways the audit reads its rows, each feeding AuditRules: the chain by LAG
// (one query per slice), the chain grouped per affiliate (SQLite), the
// minute buckets, the counts and the drift, and a helper connection sharing
// the audit's snapshot that reads part of it in parallel (PostgreSQL).

// A slice of the affiliate id space: [lower, upper), either end open when empty.
// Slices cut at the first hex digit of the uuid, so together they cover any id
// text exactly once, whatever its shape.
struct Slice
{
    QString lower;
    QString upper;
};

// The slices of a whole-table audit (none for one affiliate or a small table).
QList<Slice> slicesFor(const Audit::Options &options, bool sliced);

// The chain (or minute-bucket) queries of slices [from, to) into `report`,
// reporting progress if asked to.
Result<void> readChain(const Connection &connection, const Audit::Options &options,
    const Audit::Tuning &tuning, const QList<Slice> &slices, qsizetype from, qsizetype to,
    Audit::Report &report, const WorkControl &control, bool reportProgress);

// The slices of one run handed out to its two readers, one at a time: the main
// connection takes them from the front, the helper from the back once its side scan
// is done, so neither waits for the other whatever the side scan costs. Each keeps
// its part in slice order: the main's part then the helper's is the table's order.
class SliceQueue final
{
public:
    // `reserved` slices at the back are the helper's alone.
    explicit SliceQueue(qsizetype count, qsizetype reserved = 0)
        : m_back(count)
        , m_reserved(qMin(reserved, count))
    {
    }
    std::optional<qsizetype> takeFront();
    std::optional<qsizetype> takeBack();

private:
    QMutex m_mutex;
    qsizetype m_front = 0;
    qsizetype m_back;
    qsizetype m_reserved;
};

// What the audit reads beside the chain: the counts and the drift.
struct SideScan
{
    qint64 affiliates = 0;
    qint64 events = 0;
    QList<Audit::Drift> drift;
    Audit::Report chainPart; // the findings of the slices a helper took, in slice order
};

Result<SideScan> readSide(const Connection &connection, const Audit::Options &options,
    const QList<Slice> &slices, const WorkControl &control);

// The side scan (and then the chain of the slices it takes from `queue`'s back) on
// a second connection that imports the snapshot `snapshotId` (as pg_dump
// does), so both halves read the same data and the audit costs the longer
// half, not the sum.
class ParallelSideScan final
{
public:
    ParallelSideScan(const Connection &connection, const QString &snapshotId,
        const Audit::Options &options, const Audit::Tuning &tuning, const QList<Slice> &slices,
        SliceQueue *queue, const WorkControl &control);
    ~ParallelSideScan();

    Result<SideScan> take();

private:
    std::unique_ptr<QThread> m_thread;
    Result<SideScan> m_result = SideScan{};
};

// The fingerprints of the chain breaks marked as reviewed and not undone, within
// the options' affiliates (Audit::ChainBreak::fingerprint).
Result<QSet<QString>> reviewedBreaks(const Connection &connection, const Audit::Options &options);

// The engine's cheap estimate of the number of tier events.
qint64 estimatedEvents(const Connection &connection);

// A snapshot id other connections can import, checked before it goes into SQL
// text (SET TRANSACTION SNAPSHOT takes no bound values); empty where the engine
// cannot share one.
QString exportSnapshot(const Connection &connection);

} // namespace TierDesk::AuditReader
