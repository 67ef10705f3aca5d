#pragma once

#include "../common/operatorinfo.h"
#include "../common/result.h"
#include "../db/connection.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace TierDesk {

// One row of the trail a write leaves in tierdesk_audit_log. The core adds when,
// who and from where, the database's own user, the ticket and the reason.
struct AuditEntry
{
    QString action;
    QString affiliateId; // empty: the write as a whole
    QJsonObject details;
    qint64 batchId = 0; // 0: none
};

// What one guarded write changes, and the parts of it only its kind knows: its
// locks and re-check, the change, its trail. The steps every write takes are
// GuardedWrite::run's, in one place (docs/ARCHITECTURE.md §3, "add a guarded write").
class WritePlan
{
public:
    virtual ~WritePlan();

    // Inside the write transaction, before anything changes: the kind's own locks,
    // the plan read again and compared with what the person confirmed. A plan
    // that no longer holds is an Error::stale.
    virtual Result<void> recheck(const Connection &connection) = 0;
    // The change itself. false: there was nothing to change (the transaction is
    // rolled back quietly, nothing is logged).
    virtual Result<bool> write(const Connection &connection) = 0;
    // The trail of the change just written.
    virtual QList<AuditEntry> auditEntries() const = 0;
    // The affiliates whose figures the change moves.
    virtual QStringList touchedAffiliates() const = 0;
    // After recheck: how large the change will be, for the four-eyes policy. Only the
    // bulk kinds (a cleanup and its undo) count; one affiliate's decisions are {0, 0}.
    struct Size
    {
        int rows = 0;
        int affiliates = 0;
    };
    virtual Size plannedSize() const { return {}; }
    // After write: the id of what the change recorded (a batch), 0 when none.
    virtual qint64 writtenId() const { return 0; }
    // Keeps their figures current inside the transaction; by default recomputes them.
    virtual Result<void> updateFigures(const Connection &connection) const;
    // After a refusal (Error::Kind::Refused: stale, cancelled) and the rollback:
    // record the attempt if this kind does, and say in one sentence what happened.
    virtual Error refused(const Connection &connection, const Error &error);
    // After a fault (the connection, the disk, the server) and the rollback, with the
    // connection still alive: record the attempt if this kind does.
    virtual void faulted(const Connection &connection, const Error &error);
    // The sentences of a fault, `reason` being the engine's words without the stop:
    // the connection was lost, or the write was rolled back.
    virtual QString lostConnection(const QString &reason) const = 0;
    virtual QString rolledBack(const QString &reason) const = 0;
};

// Seams for one more step of every write, inside its transaction: `approve` after the
// recheck and four eyes, before anything changes; `announce` after the trail and the
// figures. Empty by default (tests use them to stop a write early or late). Four eyes
// (Approvals::admit, Approvals::carriedOut) and the live announcement
// (ChangeFeed::announce) are built-in steps of run().
struct WriteHooks
{
    using Step = std::function<Result<void>(
        const Connection &connection, const WritePlan &plan, const OperatorInfo &who)>;
    Step approve;
    Step announce;
};

// The one path of every change TierDesk makes to the data: the engine's write lock,
// the plan re-checked under it, the change, the audit-log rows, the touched
// affiliates' figures, COMMIT; and when anything fails, the rollback, the recorded
// refusal and one sentence that says nothing was changed.
class GuardedWrite final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::GuardedWrite)

public:
    // true: committed; false: nothing to change.
    static Result<bool> run(const Connection &connection, WritePlan &plan, const OperatorInfo &who);

    // Process-wide; returns the hooks they replace.
    static WriteHooks setHooks(WriteHooks hooks);

    // The audit-log rows, inside the caller's transaction (COPY on PostgreSQL).
    static Result<void> writeTrail(
        const Connection &connection, const OperatorInfo &who, const QList<AuditEntry> &entries);
    // Records a refused or rolled-back attempt in a transaction of its own, after the
    // rollback; false (and a warning) when even that fails.
    static bool recordAttempt(
        const Connection &connection, const std::function<Result<void>()> &record);

    static QString json(const QJsonObject &object);
    // Empty text as NULL.
    static QVariant orNull(const QString &text);
    static bool connectionAlive(const Connection &connection);
};

} // namespace TierDesk
