#pragma once

#include "../audit/audit.h"
#include "../common/operatorinfo.h"
#include "../common/workcontrol.h"
#include "../db/connection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace TierDesk {

// The guarded cleanup of docs/ARCHITECTURE.md §3: supersede every redundant row of every
// duplicate cluster, in one transaction, only if the plan is still the one the
// person previewed; and undo a batch the same way.
class Backfill final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Backfill)

public:
    // What a batch did, and whether it happened; stored as 'supersede' | 'undo' and
    // 'committed' | 'rolled_back' (kindName, statusName).
    enum class BatchKind { Supersede, Undo };
    enum class BatchStatus { Committed, RolledBack };
    static QString kindName(BatchKind kind);
    static QString statusName(BatchStatus status);

    struct Row
    {
        qint64 id = 0; // the redundant event
        qint64 keepId = 0; // the event of its cluster that stays
        QString affiliateId;
    };

    struct Plan
    {
        int windowSeconds = Audit::DefaultWindowSeconds;
        QString affiliateId; // empty: every affiliate
        QList<Row> rows; // sorted by id
        int affiliates = 0;
        int clusters = 0;
        QString fingerprint;
        bool isEmpty() const { return rows.isEmpty(); }
        // The affiliates of its rows, once each, in order of first appearance.
        QStringList affiliateIds() const;
        // Exactly what tierdesk-cli backfill --dry-run --json prints.
        QJsonObject toJson() const;
        // The same for an undo's preview (undo --dry-run --json): rows name the event
        // that superseded them.
        QJsonObject toUndoJson(qint64 batchId) const;
    };

    struct Options
    {
        int windowSeconds = Audit::DefaultWindowSeconds;
        QString affiliateId;
        // Apply only if the plan is still this one. Must be well-formed; empty is
        // allowed only together with anyPlan or previewed.
        QString expectedFingerprint;
        // The plan the person confirmed (the GUI has it): the plan is then recomputed over
        // its affiliates only, and must still have its fingerprint.
        std::optional<Plan> previewed;
        // Apply whatever the plan is under the write lock, compared with nothing. Only
        // for callers that are themselves the check (the bench, tests): never the
        // result of an empty fingerprint.
        bool anyPlan = false;
        OperatorInfo who = OperatorInfo::current();
        int chunkSize = 500; // rows per UPDATE statement
    };

    // What an undo restores: the rows still superseded by one batch.
    struct UndoOptions
    {
        qint64 batchId = 0;
        // Restore only if the rows are still the previewed ones (undoPreview's
        // fingerprint). Must be well-formed; empty only together with anyPlan.
        QString expectedFingerprint;
        bool anyPlan = false; // as in Options
        OperatorInfo who = OperatorInfo::current();
        int chunkSize = 500;
    };

    struct Outcome
    {
        qint64 batchId = 0; // 0 when there was nothing to do
        int rowsPlanned = 0;
        int rowsChanged = 0;
        int affiliates = 0;
        int clusters = 0;
        QString fingerprint;
        // Exactly what tierdesk-cli backfill --yes --json (and undo) prints.
        QJsonObject toJson() const;
    };

    struct Batch
    {
        qint64 id = 0;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString operatorName;
        QString host;
        QString ticket; // what the person gave, may be empty
        QString reason;
        BatchKind kind = BatchKind::Supersede;
        BatchStatus status = BatchStatus::Committed;
        int windowSeconds = 0;
        int rowsPlanned = 0;
        int rowsChanged = 0;
        QString fingerprint;
        qint64 undoOf = 0;
        qint64 undoneBy = 0; // the committed undo batch of this one, if any
        QString note;
    };

    // The plan from an audit report (duplicate clusters only).
    static Plan planFrom(const Audit::Report &report);
    // A dry run: the plan as it stands. Writes nothing.
    static Result<Plan> preview(
        const Connection &connection, const Options &options, const WorkControl &control = {});
    // Hash of the sorted (id, keep id) pairs: 16 hex digits of SHA-256.
    static QString fingerprint(const QList<Row> &rows);
    // True for what fingerprint() returns: exactly 16 lower-case hex digits.
    static bool isFingerprint(const QString &text);

    // Applies the plan. Refused (nothing changed, a rolled-back batch recorded)
    // when the plan is not the expected one or the data moved underneath.
    static Result<Outcome> apply(
        const Connection &connection, const Options &options, const WorkControl &control = {});
    // An undo's dry run: the rows still superseded by `batchId` (each with the event it
    // points at) and their fingerprint. Refused for a batch that cannot be undone.
    // Writes nothing.
    static Result<Plan> undoPreview(const Connection &connection, qint64 batchId);
    // Restores the rows still superseded by the batch, as a batch of kind 'undo', only
    // if they are still the previewed ones; refused like apply otherwise.
    static Result<Outcome> undo(
        const Connection &connection, const UndoOptions &options, const WorkControl &control = {});

    // Batches, newest first; with an affiliate, those whose audit-log entry names it
    // or that still hold its rows.
    static Result<QList<Batch>> batches(
        const Connection &connection, const QString &affiliateId = {}, int limit = 200);
};

} // namespace TierDesk
