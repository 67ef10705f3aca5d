#include "../common/logging.h"
#include "../common/text.h"
#include "../write/guardedwrite.h"
#include "resolvesteps.h"

namespace TierDesk {

using namespace ResolveSteps;

namespace {

// A resolve as a guarded write: under the lock the affiliate's profile row, its
// findings read again and the decision planned again; the plan must be the one
// previewed, or the attempt is logged as refused.
class ResolveWrite final : public WritePlan
{
public:
    ResolveWrite(Resolve::Request request, QString expected, OperatorInfo who)
        : m_request(std::move(request))
        , m_expected(std::move(expected))
        , m_who(std::move(who))
    {
        m_affiliateId = m_request.affiliateId;
    }

    const Resolve::Outcome &outcome() const { return m_outcome; }
    QString affiliateId() const { return m_affiliateId; }

    Result<void> recheck(const Connection &connection) override
    {
        if (m_request.kind != Kind::DriftAlign && m_request.kind != Kind::DriftRecord) {
            auto owner = affiliateOfEvent(connection, m_request.eventId);
            if (!owner)
                return owner.error();
            m_affiliateId = *owner;
        }
        auto rate = profileRate(connection, m_affiliateId, true);
        if (!rate)
            return rate.error();
        // The finding again, under the write lock: what we change is what was previewed.
        auto report = findingsOf(connection, m_affiliateId, Audit::DefaultWindowSeconds, true);
        if (!report)
            return report.error();
        auto plan = planFrom(*report, m_request, m_affiliateId, *rate);
        const QString now = plan ? plan->fingerprint : QString();
        if (plan && now == m_expected) {
            m_plan = *plan;
            return {};
        }
        if (!plan && plan.error().kind == Error::Kind::Usage)
            return plan.error();
        m_refusal = {{QStringLiteral("kind"), Resolve::kindName(m_request.kind)},
            {QStringLiteral("previewed"), m_expected},
            {QStringLiteral("now"), now.isEmpty() ? QJsonValue() : QJsonValue(now)}};
        if (!plan)
            return Error::stale(Resolve::tr("%1 It changed since the preview, so nothing was "
                                            "changed.")
                                    .arg(plan.error().message));
        return Error::stale(Resolve::tr("The finding changed since the preview (it is now %1, "
                                        "not %2), so nothing was changed; preview it again.")
                                .arg(now, m_expected));
    }

    Result<bool> write(const Connection &connection) override
    {
        auto written = writePlan(connection, m_plan);
        if (!written)
            return written.error();
        m_outcome = *written;
        auto id = insertResolution(connection, m_plan, m_outcome, m_who);
        if (!id)
            return id.error();
        m_outcome.resolutionId = *id;
        return true;
    }

    QList<AuditEntry> auditEntries() const override
    {
        QJsonObject details = planDetails(m_plan);
        details.insert(QStringLiteral("resolution_id"), m_outcome.resolutionId);
        details.insert(QStringLiteral("fingerprint"), m_plan.fingerprint);
        if (m_outcome.tierEventId)
            details.insert(QStringLiteral("tier_event_id"), m_outcome.tierEventId);
        return {{QStringLiteral("resolve_") + Resolve::kindName(m_request.kind), m_affiliateId,
            details}};
    }

    QStringList touchedAffiliates() const override { return {m_affiliateId}; }

    Error refused(const Connection &connection, const Error &error) override
    {
        if (!m_refusal.isEmpty())
            logRefused(connection, m_who, m_affiliateId, m_refusal);
        return error;
    }

    QString lostConnection(const QString &reason) const override
    {
        return lostWhileResolving(reason);
    }
    QString rolledBack(const QString &reason) const override { return resolvingRolledBack(reason); }

private:
    Resolve::Request m_request;
    QString m_expected;
    OperatorInfo m_who;
    QString m_affiliateId;
    Resolve::Plan m_plan;
    Resolve::Outcome m_outcome;
    QJsonObject m_refusal;
};

// The undo of a resolution as a guarded write: the resolution as stored, the
// affiliate's profile row locked, the undo planned again and compared.
class ResolveUndoWrite final : public WritePlan
{
public:
    ResolveUndoWrite(qint64 resolutionId, QString expected, OperatorInfo who)
        : m_resolutionId(resolutionId)
        , m_expected(std::move(expected))
        , m_who(std::move(who))
    {
        m_outcome.resolutionId = resolutionId;
        m_outcome.undo = true;
    }

    const Resolve::Outcome &outcome() const { return m_outcome; }

    Result<void> recheck(const Connection &connection) override
    {
        auto stored = loadResolution(connection, m_resolutionId);
        if (!stored)
            return stored.error();
        m_stored = *stored;
        m_outcome.kind = m_stored.kind;
        m_outcome.affiliateId = m_stored.affiliateId;
        if (auto locked = profileRate(connection, m_stored.affiliateId, true); !locked)
            return locked.error();
        auto plan = undoPlanOf(connection, m_resolutionId, m_stored);
        const QString now = plan ? plan->fingerprint : QString();
        if (plan && now == m_expected) {
            m_plan = *plan;
            return {};
        }
        m_refusal = {{QStringLiteral("undo_of"), m_resolutionId},
            {QStringLiteral("kind"), Resolve::kindName(m_stored.kind)},
            {QStringLiteral("previewed"), m_expected},
            {QStringLiteral("now"), now.isEmpty() ? QJsonValue() : QJsonValue(now)}};
        if (!plan)
            return plan.error(); // a refusal is logged; a fault is told as one
        return Error::stale(Resolve::tr("What resolution %1 changed has changed since the "
                                        "preview (the undo is now %2, not %3), so nothing was "
                                        "changed; preview the undo again.")
                                .arg(Text::of(m_resolutionId), now, m_expected));
    }

    Result<bool> write(const Connection &connection) override
    {
        m_outcome.fingerprint = m_plan.fingerprint;
        m_outcome.tierEventId = m_stored.kind == Kind::DriftRecord ? m_plan.eventId : 0;
        auto changed = writeUndo(connection, m_plan);
        if (!changed)
            return changed.error();
        m_outcome.rowsChanged = *changed;
        auto marked = connection.returnedRows(
            QStringLiteral("UPDATE tierdesk_resolutions SET undone_at = ?, undone_by = ? WHERE "
                           "id = ? AND undone_at IS NULL RETURNING id"),
            {SqlDialect::timeValue(QDateTime::currentDateTimeUtc()), m_who.name, m_resolutionId});
        if (!marked)
            return marked.error();
        if (*marked != 1)
            return changedUnderneath(*marked, 1);
        return true;
    }

    QList<AuditEntry> auditEntries() const override
    {
        QJsonObject details{{QStringLiteral("undo_of"), m_resolutionId},
            {QStringLiteral("kind"), Resolve::kindName(m_stored.kind)},
            {QStringLiteral("fingerprint"), m_plan.fingerprint}};
        if (!m_plan.restoreIds.isEmpty())
            details.insert(QStringLiteral("restored"), idArray(m_plan.restoreIds));
        if (m_plan.eventId)
            details.insert(QStringLiteral("event_id"), m_plan.eventId);
        if (m_stored.kind == Kind::DriftAlign) {
            details.insert(QStringLiteral("from_rate"), m_plan.rateNow);
            details.insert(QStringLiteral("to_rate"), m_plan.rateBack);
        }
        return {{QStringLiteral("resolve_undo"), m_stored.affiliateId, details}};
    }

    QStringList touchedAffiliates() const override { return {m_stored.affiliateId}; }

    Error refused(const Connection &connection, const Error &error) override
    {
        if (!m_refusal.isEmpty())
            logRefused(connection, m_who, m_stored.affiliateId, m_refusal);
        return error;
    }

    QString lostConnection(const QString &reason) const override
    {
        return lostWhileResolving(reason);
    }
    QString rolledBack(const QString &reason) const override { return resolvingRolledBack(reason); }

private:
    qint64 m_resolutionId = 0;
    QString m_expected;
    OperatorInfo m_who;
    Stored m_stored;
    Resolve::UndoPlan m_plan;
    Resolve::Outcome m_outcome;
    QJsonObject m_refusal;
};

} // namespace

Result<Resolve::Outcome> Resolve::apply(const Connection &connection, const Request &request,
    const QString &expectedFingerprint, const OperatorInfo &who)
{
    if (auto given = checkFingerprintGiven(expectedFingerprint); !given)
        return given.error();
    if (request.kind == Kind::ChainBreak && who.reason.trimmed().isEmpty())
        return Error::usage(tr("Marking a chain break as reviewed needs a reason, so nothing was "
                               "written."));
    ResolveWrite write(request, expectedFingerprint, who);
    auto written = GuardedWrite::run(connection, write, who);
    if (!written)
        return written.error();
    const Outcome &outcome = write.outcome();
    qCDebug(lcAudit) << "resolution" << outcome.resolutionId << kindName(request.kind)
                     << write.affiliateId() << "rows" << outcome.rowsChanged;
    return outcome;
}

Result<Resolve::Outcome> Resolve::undo(const Connection &connection, qint64 resolutionId,
    const QString &expectedFingerprint, const OperatorInfo &who)
{
    if (auto given = checkFingerprintGiven(expectedFingerprint); !given)
        return given.error();
    ResolveUndoWrite write(resolutionId, expectedFingerprint, who);
    auto written = GuardedWrite::run(connection, write, who);
    if (!written)
        return written.error();
    return write.outcome();
}

} // namespace TierDesk
