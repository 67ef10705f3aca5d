#pragma once

#include "audit.h"
#include "connection.h"
#include "operatorinfo.h"
#include "workcontrol.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace TierDesk {

// The guarded cleanup of DESIGN.md §5: supersede every redundant row of every
// duplicate cluster, in one transaction, only if the plan is still the one the
// person previewed; and undo a batch the same way.
class Backfill final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Backfill)

public:
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
    };

    struct Options
    {
        int windowSeconds = Audit::DefaultWindowSeconds;
        QString affiliateId;
        QString expectedFingerprint; // apply only if the plan is still this one
        // The plan the person confirmed (the GUI has it): the plan is then recomputed over
        // its affiliates only, and must still have its fingerprint.
        std::optional<Plan> previewed;
        OperatorInfo who = OperatorInfo::current();
        int chunkSize = 500; // rows per UPDATE statement
    };

    struct Outcome
    {
        qint64 batchId = 0; // 0 when there was nothing to do
        int rowsPlanned = 0;
        int rowsChanged = 0;
        int affiliates = 0;
        int clusters = 0;
        QString fingerprint;
    };

    struct Batch
    {
        qint64 id = 0;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString operatorName;
        QString host;
        QString kind; // supersede | undo
        QString status; // committed | rolled_back
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

    // Applies the plan. Refused (nothing changed, a rolled-back batch recorded)
    // when the plan is not the expected one or the data moved underneath.
    static Result<Outcome> apply(
        const Connection &connection, const Options &options, const WorkControl &control = {});
    // Restores the rows still superseded by `batchId`, as a batch of kind 'undo'.
    static Result<Outcome> undo(const Connection &connection, qint64 batchId,
        const OperatorInfo &who, const WorkControl &control = {}, int chunkSize = 500);

    // Batches, newest first; with an affiliate, those whose audit-log entry names it
    // or that still hold its rows.
    static Result<QList<Batch>> batches(
        const Connection &connection, const QString &affiliateId = {}, int limit = 200);
};

} // namespace TierDesk
