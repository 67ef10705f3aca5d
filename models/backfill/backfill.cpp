#include "backfill.h"
#include "../common/fingerprint.h"
#include "../common/logging.h"
#include "../common/text.h"
#include "../figures/affiliatestats.h"
#include "../write/guardedwrite.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace TierDesk {

namespace {

// `item` (placeholders for one row) `rows` times, between each two `separator`.
QString repeated(int rows, const QString &item, const QString &separator = QStringLiteral(", "))
{
    return QStringList(rows, item).join(separator);
}

// The guarded supersede of `rows` plan rows: only rows still active change,
// each pointing at its kept event, and RETURNING names exactly those. (A CASE
// rather than UPDATE ... FROM (VALUES ...): SQLite plans the latter poorly.)
QString supersedeStatement(int rows)
{
    return QStringLiteral(
        "UPDATE tier_events SET status = 'superseded', superseded_by = CASE id %1 END, "
        "superseded_at = ?, backfill_batch_id = ? "
        "WHERE id IN (%2) AND status = 'active' RETURNING id, affiliate_id")
        .arg(repeated(rows, QStringLiteral("WHEN ? THEN CAST(? AS BIGINT)"), QStringLiteral(" ")),
            repeated(rows, QStringLiteral("CAST(? AS BIGINT)")));
}

// The kept events of a chunk that are still active, locked against change
// until the transaction ends (PostgreSQL; SQLite's write lock covers it).
QString keptStatement(const SqlDialect &dialect, int keeps)
{
    return QStringLiteral("SELECT id FROM tier_events WHERE id IN (%1) AND status = 'active'%2")
        .arg(repeated(keeps, QStringLiteral("CAST(? AS BIGINT)")), dialect.shareLock());
}

// The guarded restore: only rows still superseded by this very batch change.
// (COALESCE keeps the planner on the primary key: with fresh statistics saying
// the batch index is selective, it would walk the whole batch once per chunk.)
QString restoreStatement(int rows)
{
    return QStringLiteral(
        "UPDATE tier_events SET status = 'active', superseded_by = NULL, superseded_at = NULL, "
        "backfill_batch_id = NULL "
        "WHERE id IN (%1) AND status = 'superseded' AND COALESCE(backfill_batch_id, 0) = ? "
        "RETURNING id, affiliate_id")
        .arg(repeated(rows, QStringLiteral("CAST(? AS BIGINT)")));
}

// PostgreSQL: the same three statements with the chunk's ids as two array values
// instead of a thousand placeholders (and a join instead of a 500-way CASE).
QString pgSupersedeStatement()
{
    return QStringLiteral(
        "UPDATE tier_events t SET status = 'superseded', superseded_by = v.keep, "
        "superseded_at = ?, backfill_batch_id = ? "
        "FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS v(id, keep) "
        "WHERE t.id = v.id AND t.status = 'active' RETURNING t.id, t.affiliate_id");
}

QString pgKeptStatement()
{
    return QStringLiteral("SELECT id FROM tier_events WHERE id = ANY(CAST(? AS BIGINT[])) "
                          "AND status = 'active' FOR SHARE");
}

QString pgRestoreStatement()
{
    return QStringLiteral(
        "UPDATE tier_events SET status = 'active', superseded_by = NULL, superseded_at = NULL, "
        "backfill_batch_id = NULL "
        "WHERE id = ANY(CAST(? AS BIGINT[])) AND status = 'superseded' "
        "AND COALESCE(backfill_batch_id, 0) = ? RETURNING id, affiliate_id");
}

using Kind = Backfill::BatchKind;
using Status = Backfill::BatchStatus;

QString kindName(Kind kind)
{
    return Backfill::kindName(kind);
}

// Runs the guarded UPDATE over the plan in chunks; returns which rows changed
// (by affiliate). Stops with Refused when cancelled; the caller rolls back.
Result<QMap<QString, QList<qint64>>> writeChunks(const Connection &connection, Kind kind,
    const QList<Backfill::Row> &rows, qint64 batchId, const QDateTime &now, int chunkSize,
    const WorkControl &control)
{
    QMap<QString, QList<qint64>> changed;
    const bool arrays = connection.dialect().isPostgres();
    std::optional<QSqlQuery> full;
    qint64 done = 0;
    control.report(WorkControl::Phase::Writing, 0, rows.size());
    for (qsizetype start = 0; start < rows.size(); start += chunkSize) {
        if (control.cancelled())
            return Error::cancelled(Backfill::tr("Cancelled."));
        const int count = int(qMin<qsizetype>(chunkSize, rows.size() - start));
        QList<qint64> ids;
        QList<qint64> keepIds;
        for (qsizetype i = start; i < start + count; ++i) {
            ids << rows.at(i).id;
            keepIds << rows.at(i).keepId;
        }
        std::optional<QSqlQuery> tail;
        std::optional<QSqlQuery> *slot = arrays || count == chunkSize ? &full : &tail;
        if (!*slot) {
            const QString sql = kind == Kind::Supersede
                ? (arrays ? pgSupersedeStatement() : supersedeStatement(count))
                : (arrays ? pgRestoreStatement() : restoreStatement(count));
            auto prepared = connection.prepare(sql);
            if (!prepared)
                return prepared.error();
            *slot = std::move(*prepared);
        }
        if (kind == Kind::Supersede) {
            // The kept rows must still be active, or the clusters are not what was planned.
            QList<qint64> keeps = keepIds;
            std::sort(keeps.begin(), keeps.end());
            keeps.erase(std::unique(keeps.begin(), keeps.end()), keeps.end());
            auto kept = connection.prepare(arrays
                    ? pgKeptStatement()
                    : keptStatement(connection.dialect(), int(keeps.size())));
            if (!kept)
                return kept.error();
            if (arrays) {
                kept->bindValue(0, SqlDialect::arrayValue(keeps));
            } else {
                for (qsizetype i = 0; i < keeps.size(); ++i)
                    kept->bindValue(int(i), keeps.at(i));
            }
            if (auto executed = Connection::exec(*kept); !executed)
                return executed.error();
            int active = 0;
            while (kept->next())
                ++active;
            kept->finish();
            if (active != keeps.size())
                return Error::stale(
                    Backfill::tr("A kept event is no longer active, so nothing was changed; run "
                                 "the audit again."));
        }
        QSqlQuery &query = **slot;
        int position = 0;
        if (arrays && kind == Kind::Supersede) {
            query.bindValue(position++, SqlDialect::timeValue(now));
            query.bindValue(position++, batchId);
            query.bindValue(position++, SqlDialect::arrayValue(ids));
            query.bindValue(position++, SqlDialect::arrayValue(keepIds));
        } else if (arrays) {
            query.bindValue(position++, SqlDialect::arrayValue(ids));
            query.bindValue(position++, batchId);
        } else if (kind == Kind::Supersede) {
            for (qsizetype i = 0; i < count; ++i) {
                query.bindValue(position++, ids.at(i));
                query.bindValue(position++, keepIds.at(i));
            }
            query.bindValue(position++, SqlDialect::timeValue(now));
            query.bindValue(position++, batchId);
            for (qint64 id : std::as_const(ids))
                query.bindValue(position++, id);
        } else {
            for (qint64 id : std::as_const(ids))
                query.bindValue(position++, id);
            query.bindValue(position++, batchId);
        }
        if (auto executed = Connection::exec(query); !executed)
            return executed.error();
        while (query.next())
            changed[query.value(1).toString()].append(query.value(0).toLongLong());
        query.finish();
        done += count;
        control.report(WorkControl::Phase::Writing, done, rows.size());
    }
    return changed;
}

struct BatchRecord
{
    Kind kind = Kind::Supersede;
    QDateTime startedAt;
    OperatorInfo who;
    int windowSeconds = 0;
    int rowsPlanned = 0;
    int rowsChanged = 0;
    Status status = Status::Committed;
    QString fingerprint;
    qint64 undoOf = 0;
    QString note;
    QString affiliateId;
};

Result<qint64> insertBatch(const Connection &connection, const BatchRecord &record)
{
    auto insert = connection.prepare(
        QStringLiteral("INSERT INTO tierdesk_backfill_batches (started_at, finished_at, operator, "
                       "host, kind, window_seconds, "
                       "rows_planned, rows_changed, status, plan_fingerprint, undo_of, note, "
                       "ticket, reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!insert)
        return insert.error();
    insert->addBindValue(SqlDialect::timeValue(record.startedAt));
    insert->addBindValue(record.status == Status::RolledBack
            ? SqlDialect::timeValue(QDateTime::currentDateTimeUtc())
            : QVariant(QMetaType::fromType<QString>()));
    insert->addBindValue(record.who.name);
    insert->addBindValue(record.who.host);
    insert->addBindValue(kindName(record.kind));
    insert->addBindValue(record.windowSeconds);
    insert->addBindValue(record.rowsPlanned);
    insert->addBindValue(record.rowsChanged);
    insert->addBindValue(Backfill::statusName(record.status));
    insert->addBindValue(record.fingerprint);
    insert->addBindValue(
        record.undoOf ? QVariant(record.undoOf) : QVariant(QMetaType::fromType<qint64>()));
    insert->addBindValue(GuardedWrite::orNull(record.note));
    insert->addBindValue(GuardedWrite::orNull(record.who.ticket));
    insert->addBindValue(GuardedWrite::orNull(record.who.reason));
    if (auto done = Connection::exec(*insert); !done)
        return done.error();
    if (!insert->next())
        return Error::internal(Backfill::tr("The batch row was not written."));
    const qint64 id = insert->value(0).toLongLong();
    insert->finish();
    return id;
}

// The batch-level audit-log row.
AuditEntry batchEntry(const BatchRecord &record, qint64 batchId)
{
    QJsonObject details{{QStringLiteral("batch_id"), batchId},
        {QStringLiteral("kind"), kindName(record.kind)},
        {QStringLiteral("status"), Backfill::statusName(record.status)},
        {QStringLiteral("rows_planned"), record.rowsPlanned},
        {QStringLiteral("rows_changed"), record.rowsChanged},
        {QStringLiteral("fingerprint"), record.fingerprint}};
    if (record.kind == Kind::Supersede)
        details.insert(QStringLiteral("window_seconds"), record.windowSeconds);
    if (record.undoOf)
        details.insert(QStringLiteral("undo_of"), record.undoOf);
    if (!record.note.isEmpty())
        details.insert(QStringLiteral("note"), record.note);
    const QString action = record.status == Status::RolledBack
        ? QStringLiteral("backfill_rolled_back")
        : (record.kind == Kind::Supersede ? QStringLiteral("backfill_apply")
                                          : QStringLiteral("backfill_undo"));
    return {action, record.affiliateId, details, batchId};
}

// Records a batch that did not happen, in its own transaction after the
// rollback, so the trail shows the attempt. Returns its id, or 0 if even that
// failed (for example because the connection is gone).
qint64 recordRolledBack(const Connection &connection, BatchRecord record)
{
    record.status = Status::RolledBack;
    record.rowsChanged = 0;
    qint64 id = 0;
    const bool recorded = GuardedWrite::recordAttempt(connection, [&]() -> Result<void> {
        auto inserted = insertBatch(connection, record);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return GuardedWrite::writeTrail(connection, record.who, {batchEntry(record, id)});
    });
    if (!recorded)
        return 0;
    qCDebug(lcAudit) << "batch" << id << kindName(record.kind) << "rolled back:" << record.note;
    return id;
}

// " (recorded as rolled-back batch N)", or nothing when the record could not be written.
QString recordedAs(qint64 batchId)
{
    return batchId ? Backfill::tr(" (recorded as rolled-back batch %1)").arg(batchId) : QString();
}

int countChanged(const QMap<QString, QList<qint64>> &changed)
{
    int rows = 0;
    for (const auto &ids : changed)
        rows += int(ids.size());
    return rows;
}

// A cleanup or its undo as a guarded write: the plan read again under the lock by
// `reread` and compared with the fingerprint confirmed, the batch row, the guarded
// chunks, rows changed == rows planned, the batch's end and its trail. A refusal
// or a failure in the chunks records the attempt as a rolled-back batch.
class BatchWrite final : public WritePlan
{
public:
    // `record` is the batch's: the undo takes its window from the batch it undoes.
    using Reread = std::function<Result<Backfill::Plan>(const Connection &, BatchRecord &record)>;
    // What a fingerprint that no longer matches says, given the plan as it is now and the
    // id of the rolled-back batch recorded (0: none).
    using Mismatch = std::function<Error(const Backfill::Plan &now, qint64 recordedId)>;

    BatchWrite(BatchRecord record, QString expected, int chunkSize, const WorkControl &control,
        Reread reread, Mismatch mismatch)
        : m_record(std::move(record))
        , m_expected(std::move(expected))
        , m_chunkSize(chunkSize)
        , m_control(control)
        , m_reread(std::move(reread))
        , m_mismatch(std::move(mismatch))
    {
    }

    const Backfill::Plan &plan() const { return m_plan; }
    qint64 batchId() const { return m_batchId; }
    int rowsChanged() const { return m_record.rowsChanged; }

    Result<void> recheck(const Connection &connection) override
    {
        auto plan = m_reread(connection, m_record);
        if (!plan)
            return plan.error();
        m_plan = *plan;
        m_record.rowsPlanned = int(m_plan.rows.size());
        m_record.fingerprint = m_plan.fingerprint;
        if (!m_expected.isEmpty() && m_expected != m_plan.fingerprint) {
            m_pendingNote = (m_record.kind == Kind::Supersede
                    ? QStringLiteral("plan fingerprint %1, previewed %2")
                    : QStringLiteral("undo fingerprint %1, previewed %2"))
                                .arg(m_plan.fingerprint, m_expected);
            m_pending = [this](qint64 id) { return m_mismatch(m_plan, id); };
            return Error::stale(m_pendingNote);
        }
        return {};
    }

    Result<bool> write(const Connection &connection) override
    {
        if (m_plan.isEmpty())
            return false;
        BatchRecord pending = m_record;
        pending.status = Status::Committed;
        auto batch = insertBatch(connection, pending);
        if (!batch)
            return batch.error();
        // Supersede marks rows with the new batch; undo restores those of the batch it undoes.
        const bool supersede = m_record.kind == Kind::Supersede;
        m_inChunks = true;
        auto changed = writeChunks(connection, m_record.kind, m_plan.rows,
            supersede ? *batch : m_record.undoOf,
            supersede ? QDateTime::currentDateTimeUtc() : QDateTime(), m_chunkSize, m_control);
        if (!changed)
            return changed.error();
        m_inChunks = false;
        const int rowsChanged = countChanged(*changed);
        if (rowsChanged != m_record.rowsPlanned) {
            m_pendingNote = (supersede ? QStringLiteral("%1 of %2 rows still active")
                                       : QStringLiteral("%1 of %2 rows still superseded"))
                                .arg(Text::of(rowsChanged), Text::of(m_record.rowsPlanned));
            const int planned = m_record.rowsPlanned;
            m_pending = [supersede, rowsChanged, planned](qint64 id) {
                return Error::stale((supersede
                        ? Backfill::tr("The data changed since the preview (%1 of %2 rows could "
                                       "still be superseded), so nothing was changed%3; run the "
                                       "audit again.")
                        : Backfill::tr("The data changed while undoing (%1 of %2 rows could be "
                                       "restored), so nothing was changed%3."))
                                        .arg(Text::of(rowsChanged), Text::of(planned),
                                            Text::of(recordedAs(id))));
            };
            return Error::stale(m_pendingNote);
        }
        auto finish = connection.prepare(QStringLiteral(
            "UPDATE tierdesk_backfill_batches SET finished_at = ?, rows_changed = ? WHERE id = ?"));
        if (!finish)
            return finish.error();
        finish->addBindValue(SqlDialect::timeValue(QDateTime::currentDateTimeUtc()));
        finish->addBindValue(rowsChanged);
        finish->addBindValue(*batch);
        if (auto done = Connection::exec(*finish); !done)
            return done.error();
        m_batchId = *batch;
        m_changed = *changed;
        m_record.status = Status::Committed;
        m_record.rowsChanged = rowsChanged;
        return true;
    }

    // The batch's row, and one row per affiliate naming its events, so an affiliate's
    // history shows what a batch did to it.
    QList<AuditEntry> auditEntries() const override
    {
        QList<AuditEntry> entries{batchEntry(m_record, m_batchId)};
        const QString action = m_record.kind == Kind::Supersede ? QStringLiteral("supersede_events")
                                                                : QStringLiteral("restore_events");
        for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
            QJsonArray ids;
            QList<qint64> sorted = it.value();
            std::sort(sorted.begin(), sorted.end());
            for (qint64 id : std::as_const(sorted))
                ids.append(id);
            entries.append({action, it.key(),
                {{QStringLiteral("batch_id"), m_batchId}, {QStringLiteral("event_ids"), ids}},
                m_batchId});
        }
        return entries;
    }

    QStringList touchedAffiliates() const override { return m_changed.keys(); }

    // Only race duplicates change: each affiliate's figures move by their count.
    Result<void> updateFigures(const Connection &connection) const override
    {
        return AffiliateStats::adjustForBatch(
            connection, m_changed, m_record.kind == Kind::Supersede ? -1 : 1);
    }

    Error refused(const Connection &connection, const Error &error) override
    {
        if (m_pending) {
            m_record.note = m_pendingNote;
            return m_pending(recordRolledBack(connection, m_record));
        }
        if (!m_inChunks)
            return error;
        if (m_control.cancelled()) {
            m_record.note = QStringLiteral("cancelled");
            const qint64 id = recordRolledBack(connection, m_record);
            return Error::cancelled(
                Backfill::tr("Cancelled, so nothing was changed%1.").arg(recordedAs(id)));
        }
        m_record.note = error.message;
        recordRolledBack(connection, m_record);
        return error;
    }

    void faulted(const Connection &connection, const Error &error) override
    {
        if (!m_inChunks)
            return;
        m_record.note = error.message;
        recordRolledBack(connection, m_record);
    }

    QString lostConnection(const QString &reason) const override
    {
        return (m_record.kind == Kind::Supersede
                ? Backfill::tr("The connection to the database was lost during the backfill, "
                               "so it was rolled back and nothing was changed (%1).")
                : Backfill::tr("The connection to the database was lost during the undo, so "
                               "it was rolled back and nothing was changed (%1)."))
            .arg(reason);
    }

    QString rolledBack(const QString &reason) const override
    {
        return (m_record.kind == Kind::Supersede
                ? Backfill::tr("The backfill was rolled back and nothing was changed (%1).")
                : Backfill::tr("The undo was rolled back and nothing was changed (%1)."))
            .arg(reason);
    }

private:
    BatchRecord m_record;
    QString m_expected;
    int m_chunkSize = 500;
    const WorkControl &m_control;
    Reread m_reread;
    Mismatch m_mismatch;
    Backfill::Plan m_plan;
    bool m_inChunks = false;
    QString m_pendingNote;
    std::function<Error(qint64)> m_pending;
    qint64 m_batchId = 0;
    QMap<QString, QList<qint64>> m_changed;
};

} // namespace

QString Backfill::fingerprint(const QList<Row> &rows)
{
    QList<Row> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Row &row : std::as_const(sorted)) {
        hash.addData(QByteArray::number(row.id));
        hash.addData(QByteArrayView(">"));
        hash.addData(QByteArray::number(row.keepId));
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString Backfill::kindName(BatchKind kind)
{
    return kind == BatchKind::Supersede ? QStringLiteral("supersede") : QStringLiteral("undo");
}

QString Backfill::statusName(BatchStatus status)
{
    return status == BatchStatus::Committed ? QStringLiteral("committed")
                                            : QStringLiteral("rolled_back");
}

QStringList Backfill::Plan::affiliateIds() const
{
    QStringList ids;
    for (const Row &row : rows)
        ids << row.affiliateId;
    ids.removeDuplicates();
    return ids;
}

bool Backfill::isFingerprint(const QString &text)
{
    return Fingerprint::isValid(text);
}

namespace {

// The rule every write shares: a given fingerprint is well-formed, and no
// fingerprint at all is an explicit choice, never an empty variable.
Result<void> checkExpectation(const QString &expected, bool anyPlan)
{
    if (expected.isEmpty()) {
        if (anyPlan)
            return {};
        return Error::usage(Backfill::tr("No plan fingerprint was given, so nothing was "
                                         "written; run the dry run first and pass its "
                                         "fingerprint."));
    }
    if (!Backfill::isFingerprint(expected))
        return Error::usage(
            Backfill::tr("\"%1\" is not a plan fingerprint (16 hex digits from a dry run), so "
                         "nothing was written.")
                .arg(Error::quoted(expected)));
    return {};
}

} // namespace

Backfill::Plan Backfill::planFrom(const Audit::Report &report)
{
    Plan plan;
    plan.windowSeconds = report.options.windowSeconds;
    plan.affiliateId = report.options.affiliateId;
    QSet<QString> affiliates;
    for (const Audit::Cluster &cluster : report.clusters) {
        if (cluster.kind != Audit::Cluster::Kind::Duplicate)
            continue;
        ++plan.clusters;
        affiliates.insert(cluster.affiliateId);
        for (qint64 id : cluster.redundantIds)
            plan.rows.append({id, cluster.keepId, cluster.affiliateId});
    }
    std::sort(
        plan.rows.begin(), plan.rows.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    plan.affiliates = int(affiliates.size());
    plan.fingerprint = fingerprint(plan.rows);
    return plan;
}

Result<Backfill::Plan> Backfill::preview(
    const Connection &connection, const Options &options, const WorkControl &control)
{
    Audit::Options audit;
    audit.windowSeconds = options.windowSeconds;
    audit.affiliateId = options.affiliateId;
    auto report = Audit::run(connection, audit, control);
    if (!report)
        return report.error();
    return planFrom(*report);
}

Result<Backfill::Outcome> Backfill::apply(
    const Connection &connection, const Options &options, const WorkControl &control)
{
    if (options.chunkSize < 1 || options.chunkSize > 10000)
        return Error::usage(tr("The chunk size must be between 1 and 10000 rows."));
    if (!options.previewed) {
        if (auto checked = checkExpectation(options.expectedFingerprint, options.anyPlan); !checked)
            return checked.error();
    } else if (!isFingerprint(options.previewed->fingerprint)
        || (!options.expectedFingerprint.isEmpty()
            && options.expectedFingerprint != options.previewed->fingerprint)) {
        return Error::usage(tr("The confirmed plan has no valid fingerprint, so nothing was "
                               "written."));
    }
    QElapsedTimer timer;
    timer.start();
    BatchRecord record;
    record.kind = Kind::Supersede;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.who = options.who;
    record.windowSeconds = options.windowSeconds;
    record.affiliateId = options.affiliateId;

    // The plan again, under the write lock: what we change is what we just read.
    Audit::Options audit;
    audit.windowSeconds = options.windowSeconds;
    audit.affiliateId = options.affiliateId;
    audit.planOnly = true;
    QString expected = options.expectedFingerprint;
    if (options.previewed) {
        audit.affiliateIds = options.previewed->affiliateIds();
        std::sort(audit.affiliateIds.begin(), audit.affiliateIds.end());
        if (expected.isEmpty())
            expected = options.previewed->fingerprint;
        if (audit.affiliateIds.isEmpty())
            return Outcome(); // an empty preview: nothing to do
    }
    BatchWrite write(
        record, expected, options.chunkSize, control,
        [&](const Connection &c, BatchRecord &) -> Result<Plan> {
            auto report = Audit::scan(c, audit, control);
            if (!report)
                return report.error();
            qCDebug(lcAudit) << "backfill: plan re-checked in" << timer.elapsed() << "ms";
            return planFrom(*report);
        },
        [expected](const Plan &now, qint64 id) {
            if (now.isEmpty())
                return Error::stale(
                    tr("None of the previewed rows needs superseding any more (another batch may "
                       "have applied them), so nothing was changed%1.")
                        .arg(recordedAs(id)));
            return Error::stale(
                tr("The data changed since the preview (the plan is now %1, not %2), so nothing "
                   "was changed%3; run the audit again.")
                    .arg(now.fingerprint, expected, recordedAs(id)));
        });
    auto written = GuardedWrite::run(connection, write, options.who);
    if (!written)
        return written.error();
    Outcome outcome;
    outcome.rowsPlanned = int(write.plan().rows.size());
    outcome.affiliates = write.plan().affiliates;
    outcome.clusters = write.plan().clusters;
    outcome.fingerprint = write.plan().fingerprint;
    outcome.batchId = write.batchId();
    outcome.rowsChanged = write.rowsChanged();
    qCDebug(lcAudit) << "batch" << outcome.batchId << "superseded" << outcome.rowsChanged
                     << "rows, fingerprint" << outcome.fingerprint << "in" << timer.elapsed()
                     << "ms";
    return outcome;
}

namespace {

// The batch `batchId` if it can be undone, and the rows still superseded by it, as a
// plan (each row with the event it points at).
Result<Backfill::Plan> undoRows(const Connection &connection, qint64 batchId, int *windowSeconds)
{
    auto original = connection.prepare(QStringLiteral(
        "SELECT kind, status, window_seconds FROM tierdesk_backfill_batches WHERE id = ?"));
    if (!original)
        return original.error();
    original->addBindValue(batchId);
    if (auto done = Connection::exec(*original); !done)
        return done.error();
    if (!original->next())
        return Error::refused(Backfill::tr("There is no backfill batch %1.").arg(batchId));
    const QString kind = original->value(0).toString();
    const QString status = original->value(1).toString();
    if (windowSeconds)
        *windowSeconds = original->value(2).toInt();
    original->finish();
    if (kind != Backfill::kindName(Kind::Supersede))
        return Error::refused(
            Backfill::tr("Batch %1 is itself an undo; run the backfill again instead.")
                .arg(batchId));
    if (status != Backfill::statusName(Status::Committed))
        return Error::refused(
            Backfill::tr("Batch %1 was rolled back and changed nothing; there is nothing to undo.")
                .arg(batchId));

    auto rowsQuery = connection.prepare(
        QStringLiteral("SELECT id, superseded_by, affiliate_id FROM tier_events "
                       "WHERE backfill_batch_id = ? AND status = 'superseded' ORDER BY id"));
    if (!rowsQuery)
        return rowsQuery.error();
    rowsQuery->setForwardOnly(true);
    rowsQuery->addBindValue(batchId);
    if (auto done = Connection::exec(*rowsQuery); !done)
        return done.error();
    Backfill::Plan plan;
    QSet<QString> affiliates;
    QSet<qint64> kept;
    while (rowsQuery->next()) {
        plan.rows.append({rowsQuery->value(0).toLongLong(), rowsQuery->value(1).toLongLong(),
            rowsQuery->value(2).toString()});
        affiliates.insert(plan.rows.last().affiliateId);
        kept.insert(plan.rows.last().keepId);
    }
    rowsQuery->finish();
    plan.affiliates = int(affiliates.size());
    plan.clusters = int(kept.size());
    plan.fingerprint = Backfill::fingerprint(plan.rows);
    return plan;
}

} // namespace

Result<Backfill::Plan> Backfill::undoPreview(const Connection &connection, qint64 batchId)
{
    int window = 0;
    auto plan = undoRows(connection, batchId, &window);
    if (plan)
        plan->windowSeconds = window;
    return plan;
}

Result<Backfill::Outcome> Backfill::undo(
    const Connection &connection, const UndoOptions &options, const WorkControl &control)
{
    if (options.chunkSize < 1 || options.chunkSize > 10000)
        return Error::usage(tr("The chunk size must be between 1 and 10000 rows."));
    if (auto checked = checkExpectation(options.expectedFingerprint, options.anyPlan); !checked)
        return checked.error();
    const qint64 batchId = options.batchId;
    QElapsedTimer timer;
    timer.start();
    BatchRecord record;
    record.kind = Kind::Undo;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.who = options.who;
    record.undoOf = batchId;

    const QString &expected = options.expectedFingerprint;
    // The rows again, under the write lock: what we restore is what was previewed.
    BatchWrite write(
        record, expected, options.chunkSize, control,
        [batchId](const Connection &c, BatchRecord &batch) {
            return undoRows(c, batchId, &batch.windowSeconds);
        },
        [batchId, expected](const Plan &now, qint64 id) {
            return Error::stale(
                tr("The rows of batch %1 changed since the preview (the undo is now %2, not %3), "
                   "so nothing was restored%4; preview the undo again.")
                    .arg(Text::of(batchId), now.fingerprint, expected, recordedAs(id)));
        });
    auto written = GuardedWrite::run(connection, write, options.who);
    if (!written)
        return written.error();
    Outcome outcome;
    outcome.rowsPlanned = int(write.plan().rows.size());
    outcome.affiliates = write.plan().affiliates;
    outcome.clusters = write.plan().clusters;
    outcome.fingerprint = write.plan().fingerprint;
    outcome.batchId = write.batchId();
    outcome.rowsChanged = write.rowsChanged();
    qCDebug(lcAudit) << "batch" << outcome.batchId << "restored" << outcome.rowsChanged
                     << "rows of batch" << batchId << "in" << timer.elapsed() << "ms";
    return outcome;
}

Result<QList<Backfill::Batch>> Backfill::batches(
    const Connection &connection, const QString &affiliateId, int limit)
{
    QString sql
        = QStringLiteral("SELECT b.id, b.started_at, b.finished_at, b.operator, b.host, b.kind, "
                         "b.status, b.window_seconds, "
                         "b.rows_planned, b.rows_changed, b.plan_fingerprint, b.undo_of, b.note, "
                         "b.ticket, b.reason, "
                         "(SELECT MIN(u.id) FROM tierdesk_backfill_batches u WHERE u.undo_of = "
                         "b.id AND u.status = 'committed') "
                         "FROM tierdesk_backfill_batches b");
    if (!affiliateId.isEmpty())
        sql += QStringLiteral(
            " WHERE b.id IN (SELECT batch_id FROM tierdesk_audit_log WHERE affiliate_id = ? "
            "AND batch_id IS NOT NULL)");
    sql += QStringLiteral(" ORDER BY b.id DESC LIMIT ?");
    auto query = connection.prepare(sql);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    if (!affiliateId.isEmpty())
        query->addBindValue(affiliateId);
    query->addBindValue(limit);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    QList<Batch> list;
    while (query->next()) {
        Batch batch;
        batch.id = query->value(0).toLongLong();
        batch.startedAt = SqlDialect::toDateTime(query->value(1));
        batch.finishedAt = SqlDialect::toDateTime(query->value(2));
        batch.operatorName = query->value(3).toString();
        batch.host = query->value(4).toString();
        batch.kind
            = query->value(5).toString() == kindName(Kind::Undo) ? Kind::Undo : Kind::Supersede;
        batch.status = query->value(6).toString() == statusName(Status::Committed)
            ? Status::Committed
            : Status::RolledBack;
        batch.windowSeconds = query->value(7).toInt();
        batch.rowsPlanned = query->value(8).toInt();
        batch.rowsChanged = query->value(9).toInt();
        batch.fingerprint = query->value(10).toString();
        batch.undoOf = query->value(11).toLongLong();
        batch.note = query->value(12).toString();
        batch.ticket = query->value(13).toString();
        batch.reason = query->value(14).toString();
        batch.undoneBy = query->value(15).toLongLong();
        list.append(batch);
    }
    return list;
}

QJsonObject Backfill::Plan::toJson() const
{
    QJsonArray list;
    for (const Row &row : rows)
        list.append(
            QJsonObject{{QStringLiteral("id"), row.id}, {QStringLiteral("keep_id"), row.keepId},
                {QStringLiteral("affiliate_id"), row.affiliateId}});
    return {{QStringLiteral("dry_run"), true}, {QStringLiteral("window_seconds"), windowSeconds},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("rows_planned"), int(rows.size())}, {QStringLiteral("clusters"), clusters},
        {QStringLiteral("affiliates"), affiliates}, {QStringLiteral("rows"), list}};
}

QJsonObject Backfill::Plan::toUndoJson(qint64 batchId) const
{
    QJsonArray list;
    for (const Row &row : rows)
        list.append(QJsonObject{{QStringLiteral("id"), row.id},
            {QStringLiteral("superseded_by"), row.keepId},
            {QStringLiteral("affiliate_id"), row.affiliateId}});
    return {{QStringLiteral("dry_run"), true}, {QStringLiteral("undo_of"), batchId},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("rows_planned"), int(rows.size())},
        {QStringLiteral("affiliates"), affiliates}, {QStringLiteral("rows"), list}};
}

QJsonObject Backfill::Outcome::toJson() const
{
    return {
        {QStringLiteral("batch_id"), batchId ? QJsonValue(batchId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"),
            batchId ? statusName(BatchStatus::Committed) : QStringLiteral("nothing_to_do")},
        {QStringLiteral("rows_planned"), rowsPlanned},
        {QStringLiteral("rows_changed"), rowsChanged}, {QStringLiteral("affiliates"), affiliates},
        {QStringLiteral("fingerprint"), fingerprint}};
}

} // namespace TierDesk
