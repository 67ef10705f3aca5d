#pragma once

#include "../audit/audit.h"
#include "../audit/findingkind.h"
#include "../common/operatorinfo.h"
#include "../db/connection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace TierDesk {

// What the audit leaves to a person, decided (docs/ARCHITECTURE.md §3):
// - a conflict: one event of the group stays, the others are superseded pointing at it;
// - drift: the profile's rate is aligned with its history by a compare-and-set, or the
//   missing tier event that explains the profile's rate is recorded;
// - a chain break: marked as reviewed with a reason (no data changes), so the audit
//   stops showing it as open while it still matches what was reviewed.
// Guarded like the cleanup: a preview with a fingerprint; under the write lock (the
// affiliate's profile row) the finding is read again and must still have it; one
// transaction with a tierdesk_resolutions row and an audit-log row carrying ticket and
// reason; an undo guarded the same way.
class Resolve final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Resolve)

public:
    // Stored in tierdesk_resolutions.kind as conflict | drift_align | drift_record |
    // chain_break (kindName).
    enum class Kind { Conflict, DriftAlign, DriftRecord, ChainBreak };
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    // "Conflict resolved", … in the person's language.
    static QString kindText(Kind kind);
    // The resolve a finding is settled by (a drift: aligning, the first choice); none
    // for what a cleanup settles.
    static std::optional<Kind> kindFor(FindingKind::Settled settled);

    // What the person asks for.
    struct Request
    {
        Kind kind = Kind::Conflict;
        qint64 eventId = 0; // conflict: any event of its group; chain break: its event
        qint64 keepId = 0; // conflict: the event that stays
        QString affiliateId; // drift: the affiliate (the others find theirs from the event)
    };

    // The finding as it stands and what resolving it changes.
    struct Plan
    {
        Request request;
        QString affiliateId;
        Audit::Cluster conflict; // Conflict
        QList<qint64> supersedeIds; // Conflict: every event of the group but the kept one
        Audit::Drift drift; // DriftAlign, DriftRecord
        Audit::ChainBreak chainBreak; // ChainBreak
        int profileRate = 0; // the affiliate's commission_rate as read with the finding
        QString fingerprint;

        // Exactly what tierdesk-cli resolve --dry-run --json prints.
        QJsonObject toJson() const;
        // One sentence: what will change.
        QString describe(const QString &handle) const;
    };

    // What a resolution's undo restores, as it stands.
    struct UndoPlan
    {
        qint64 resolutionId = 0;
        Kind kind = Kind::Conflict;
        QString affiliateId;
        QList<qint64> restoreIds; // Conflict: the events made active again
        qint64 keepId = 0; // Conflict: the event they point at
        int rateNow = 0; // DriftAlign: the profile's rate now (the aligned one)
        int rateBack = 0; // DriftAlign: the rate it goes back to
        qint64 eventId = 0; // DriftRecord: the recorded event withdrawn; ChainBreak: its event
        QString fingerprint;

        QJsonObject toJson() const; // resolve --undo --dry-run --json
        QString describe(const QString &handle) const;
    };

    struct Outcome
    {
        qint64 resolutionId = 0;
        Kind kind = Kind::Conflict;
        QString affiliateId;
        qint64 tierEventId = 0; // DriftRecord: the event recorded
        int rowsChanged = 0; // events superseded, restored, recorded or withdrawn; profiles set
        QString fingerprint;
        bool undo = false;
        // Exactly what tierdesk-cli resolve --yes --json prints.
        QJsonObject toJson() const;
    };

    // A decision as stored, for the affiliate's story (the reply).
    struct Resolution
    {
        qint64 id = 0;
        QDateTime at;
        Kind kind = Kind::Conflict;
        qint64 eventId = 0; // the kept, recorded or reviewed event
        std::optional<int> fromRate; // see tierdesk_resolutions in docs/ARCHITECTURE.md §4
        std::optional<int> toRate;
        QList<std::optional<int>> conflictRates; // Conflict: the group's to_rates
    };
    // The affiliate's resolutions that stand (not undone), oldest first.
    static Result<QList<Resolution>> standing(
        const Connection &connection, const QString &affiliateId);

    // A dry run. Writes nothing. A request that names no current finding is refused
    // in one sentence.
    static Result<Plan> preview(const Connection &connection, const Request &request);
    // Resolves as previewed: refused (nothing changed, the attempt logged) when the
    // finding no longer has `expectedFingerprint`. A chain break needs a reason.
    static Result<Outcome> apply(const Connection &connection, const Request &request,
        const QString &expectedFingerprint, const OperatorInfo &who);

    static Result<UndoPlan> undoPreview(const Connection &connection, qint64 resolutionId);
    static Result<Outcome> undo(const Connection &connection, qint64 resolutionId,
        const QString &expectedFingerprint, const OperatorInfo &who);
};

} // namespace TierDesk
