#pragma once

#include "../backfill/backfill.h"
#include "../common/operatorinfo.h"
#include "../db/connection.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace TierDesk {

class WritePlan;

// Four eyes (docs/ARCHITECTURE.md §3): a cleanup or an undo larger than the policy lets
// one agent change becomes a request (the plan's fingerprint, ticket and reason, by
// agent A); agent B reviews the same preview and approves it with a justification, and
// the write runs in B's session through GuardedWrite, the request locked and checked
// under the write lock. The policy and the requests are in the database
// (tierdesk_approval_policy, tierdesk_approval_requests); every step is in the audit log.
class Approvals final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Approvals)

public:
    // Who counts as the same agent: the database login (session_user, PostgreSQL) or the
    // operator name (SQLite, or agents sharing a login: only as strong as the names).
    enum class Identity { Login, Name };

    struct Policy
    {
        std::optional<int> maxRows; // a write changing more rows needs a second agent
        std::optional<int> maxAffiliates; // ... or touching more affiliates
        Identity identity = Identity::Name;
        int expiryHours = 24;
        QString setBy;
        QDateTime setAt;

        bool isOn() const { return maxRows.has_value() || maxAffiliates.has_value(); }
        // A limit of 0: every cleanup and undo waits for a second agent.
        bool holdsEvery() const
        {
            return (maxRows && *maxRows == 0) || (maxAffiliates && *maxAffiliates == 0);
        }
        bool needs(int rows, int affiliates) const;
        // One sentence: what needs a second agent, and who counts as another.
        QString text() const;
        // "more than 100 rows or more than 10 affiliates".
        QString limitText() const;
        QJsonObject toJson() const;
    };

    enum class Kind { Backfill, Undo };
    enum class Status { Pending, Approved, Rejected, Withdrawn, Stale, Expired };
    static QString kindName(Kind kind);
    static QString statusName(Status status);
    static QString statusText(Status status);

    struct Request
    {
        qint64 id = 0;
        QDateTime createdAt;
        QDateTime expiresAt;
        Kind kind = Kind::Backfill;
        int windowSeconds = 0;
        QString affiliateId; // empty: every affiliate
        QString handle; // of affiliateId, when there is one
        qint64 undoBatch = 0;
        QString fingerprint;
        int rows = 0;
        int affiliates = 0;
        QString ticket;
        QString reason;
        QString requestedBy;
        QString requestedLogin;
        QString requestedHost;
        Status status = Status::Pending; // Expired when pending past expiresAt
        QDateTime decidedAt;
        QString decidedBy;
        QString decidedLogin;
        QString decisionNote;
        qint64 batchId = 0;

        bool isOpen() const { return status == Status::Pending; }
        // "Clean up 1 row at @gretaeats (window 5 s)" / "Undo batch 7 (3 rows)".
        QString what() const;
        QJsonObject toJson() const;
    };

    // What agent A asks for: a previewed cleanup (window, affiliate) or undo (batch).
    struct NewRequest
    {
        Kind kind = Kind::Backfill;
        int windowSeconds = 0;
        QString affiliateId;
        qint64 undoBatch = 0;
        QString fingerprint; // of A's preview
        OperatorInfo who; // A, the ticket, the reason
    };

    static Result<Policy> policy(const Connection &connection);
    // Only a role that may UPDATE tierdesk_approval_policy (its owner, on PostgreSQL).
    static Result<void> setPolicy(
        const Connection &connection, const Policy &policy, const OperatorInfo &who);
    // Whether a write of this size needs a second agent's approval now.
    static Result<bool> needed(const Connection &connection, int rows, int affiliates);
    // A sentence when four eyes is only as strong as the operator names (SQLite, or a
    // policy that tells agents apart by name); empty when logins tell them apart.
    static QString strengthNote(const Connection &connection, const Policy &policy);

    // Records the request, after comparing A's preview with the plan as it is now.
    static Result<Request> request(const Connection &connection, const NewRequest &request);
    // What the window's Approvals view shows: the requests, the policy, how strong four
    // eyes is here, and which requests are this agent's own (they cannot decide those).
    struct Desk
    {
        QList<Request> requests;
        Policy policy;
        QString strengthNote;
        QList<qint64> own;
        int open = 0;
    };
    static Result<Desk> desk(
        const Connection &connection, bool openOnly, const QString &operatorName);
    // Newest first; open ones only with openOnly.
    static Result<QList<Request>> list(
        const Connection &connection, bool openOnly = false, int limit = 200);
    static Result<Request> find(const Connection &connection, qint64 id);
    static Result<int> openCount(const Connection &connection);
    // The plan of a request as it stands now: what B reviews. Writes nothing.
    static Result<Backfill::Plan> preview(const Connection &connection, const Request &request);
    // Whether this session may approve or reject it: open, not expired, not A's own.
    static Result<void> mayDecide(
        const Connection &connection, const Request &request, const OperatorInfo &who);

    // B approves: `confirmed` is the request's fingerprint as B typed it, who.reason the
    // justification. The write runs here, in B's session, with the fingerprint re-checked
    // under the lock; a plan that no longer holds marks the request stale.
    static Result<Backfill::Outcome> approve(
        const Connection &connection, qint64 id, const QString &confirmed, const OperatorInfo &who);
    // B refuses it (who.reason: why, required).
    static Result<Request> reject(const Connection &connection, qint64 id, const OperatorInfo &who);
    // A takes it back.
    static Result<Request> withdraw(
        const Connection &connection, qint64 id, const OperatorInfo &who);

    // GuardedWrite's steps, inside the write's transaction. admit: after the recheck, a
    // change larger than the policy allows is refused (Reason::NeedsApproval) unless it
    // carries out an open request of another agent, which is locked and checked.
    // carriedOut: after the change, the request is marked approved and the approval logged.
    static Result<void> admit(
        const Connection &connection, const WritePlan &plan, const OperatorInfo &who);
    static Result<void> carriedOut(
        const Connection &connection, const WritePlan &plan, const OperatorInfo &who);
};

} // namespace TierDesk
