#include "../common/logging.h"
#include "../common/text.h"
#include "../figures/affiliatestats.h"
#include "../write/guardedwrite.h"
#include "backfill.h"
#include "backfillchunks.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace TierDesk {

namespace {

using BackfillSteps::writeChunks;
using BatchKind = Backfill::BatchKind;
using Status = Backfill::BatchStatus;

QString kindName(BatchKind kind)
{
    return Backfill::kindName(kind);
}

struct BatchRecord
{
    BatchKind kind = BatchKind::Supersede;
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

    static BatchRecord starting(BatchKind kind, const OperatorInfo &who)
    {
        BatchRecord record;
        record.kind = kind;
        record.startedAt = QDateTime::currentDateTimeUtc();
        record.who = who;
        return record;
    }
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
    if (record.kind == BatchKind::Supersede)
        details.insert(QStringLiteral("window_seconds"), record.windowSeconds);
    if (record.undoOf)
        details.insert(QStringLiteral("undo_of"), record.undoOf);
    if (!record.note.isEmpty())
        details.insert(QStringLiteral("note"), record.note);
    const QString action = record.status == Status::RolledBack
        ? QStringLiteral("backfill_rolled_back")
        : (record.kind == BatchKind::Supersede ? QStringLiteral("backfill_apply")
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

    // What was planned under the lock and what was written.
    Backfill::Outcome outcome() const
    {
        Backfill::Outcome outcome;
        outcome.rowsPlanned = int(m_plan.rows.size());
        outcome.affiliates = m_plan.affiliates;
        outcome.clusters = m_plan.clusters;
        outcome.fingerprint = m_plan.fingerprint;
        outcome.batchId = m_batchId;
        outcome.rowsChanged = m_record.rowsChanged;
        return outcome;
    }

    Result<void> recheck(const Connection &connection) override
    {
        auto plan = m_reread(connection, m_record);
        if (!plan)
            return plan.error();
        m_plan = *plan;
        m_record.rowsPlanned = int(m_plan.rows.size());
        m_record.fingerprint = m_plan.fingerprint;
        if (!m_expected.isEmpty() && m_expected != m_plan.fingerprint) {
            m_pendingNote = (m_record.kind == BatchKind::Supersede
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
        const bool supersede = m_record.kind == BatchKind::Supersede;
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
        const QString action = m_record.kind == BatchKind::Supersede
            ? QStringLiteral("supersede_events")
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
    Size plannedSize() const override { return {int(m_plan.rows.size()), m_plan.affiliates}; }
    qint64 writtenId() const override { return m_batchId; }

    // Only race duplicates change: each affiliate's figures move by their count.
    Result<void> updateFigures(const Connection &connection) const override
    {
        return AffiliateStats::adjustForBatch(
            connection, m_changed, m_record.kind == BatchKind::Supersede ? -1 : 1);
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
        return (m_record.kind == BatchKind::Supersede
                ? Backfill::tr("The connection to the database was lost during the backfill, "
                               "so it was rolled back and nothing was changed (%1).")
                : Backfill::tr("The connection to the database was lost during the undo, so "
                               "it was rolled back and nothing was changed (%1)."))
            .arg(reason);
    }

    QString rolledBack(const QString &reason) const override
    {
        return (m_record.kind == BatchKind::Supersede
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
    if (kind != Backfill::kindName(BatchKind::Supersede))
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
    BatchRecord record = BatchRecord::starting(BatchKind::Supersede, options.who);
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
    const Outcome outcome = write.outcome();
    qCDebug(lcAudit) << "batch" << outcome.batchId << "superseded" << outcome.rowsChanged
                     << "rows, fingerprint" << outcome.fingerprint << "in" << timer.elapsed()
                     << "ms";
    return outcome;
}

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
    BatchRecord record = BatchRecord::starting(BatchKind::Undo, options.who);
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
    const Outcome outcome = write.outcome();
    qCDebug(lcAudit) << "batch" << outcome.batchId << "restored" << outcome.rowsChanged
                     << "rows of batch" << batchId << "in" << timer.elapsed() << "ms";
    return outcome;
}

} // namespace TierDesk
