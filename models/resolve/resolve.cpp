#include "resolve.h"
#include "../common/fingerprint.h"
#include "../common/format.h"
#include "../common/logging.h"
#include "../common/text.h"
#include "../figures/affiliatestats.h"
#include "../write/guardedwrite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace TierDesk {

namespace {

using Kind = Resolve::Kind;

QVariant rateValue(const std::optional<int> &rate)
{
    return rate ? QVariant(*rate) : QVariant(QMetaType::fromType<int>());
}

QJsonValue jsonRate(const std::optional<int> &rate)
{
    return rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null);
}

QByteArray rateText(const std::optional<int> &rate)
{
    return rate ? QByteArray::number(*rate) : QByteArrayLiteral("null");
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

// "CAST(? AS BIGINT), …" for `count` ids: the lists here are a conflict's few events.
QString idPlaceholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("CAST(? AS BIGINT)")).join(QStringLiteral(", "));
}

QString handleText(const QString &handle, const QString &affiliateId)
{
    return handle.isEmpty() ? affiliateId : QLatin1Char('@') + handle;
}

// The affiliate an event belongs to (which never changes).
Result<QString> affiliateOfEvent(const Connection &connection, qint64 eventId)
{
    auto query
        = connection.prepare(QStringLiteral("SELECT affiliate_id FROM tier_events WHERE id = ?"));
    if (!query)
        return query.error();
    query->addBindValue(eventId);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    if (!query->next())
        return Error::refused(Resolve::tr("There is no tier event #%1.").arg(eventId));
    const QString affiliate = query->value(0).toString();
    query->finish();
    return affiliate;
}

// The affiliate's rate; with `lock`, its profile row locked until the transaction
// ends: every write that decides from the affiliate's history (the evaluator's
// compare-and-set, another resolve) waits for this one. SQLite's BEGIN IMMEDIATE
// holds the only write lock there is.
Result<int> profileRate(const Connection &connection, const QString &affiliateId, bool lock)
{
    auto query = connection.prepare(
        QStringLiteral("SELECT commission_rate FROM affiliate_profiles WHERE id = ?")
        + (lock && connection.dialect().isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    if (!query)
        return query.error();
    query->addBindValue(affiliateId);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    const bool found = query->next();
    const int rate = found ? query->value(0).toInt() : 0;
    query->finish();
    if (!found)
        return Error::refused(Resolve::tr("There is no affiliate %1.").arg(affiliateId));
    return rate;
}

// The affiliate's findings, reviewed chain breaks included; inside the caller's
// transaction when `inTransaction`.
Result<Audit::Report> findingsOf(
    const Connection &connection, const QString &affiliateId, int windowSeconds, bool inTransaction)
{
    Audit::Options options;
    options.affiliateId = affiliateId;
    options.windowSeconds = windowSeconds;
    options.includeReviewed = true;
    return inTransaction ? Audit::scan(connection, options) : Audit::run(connection, options);
}

QString conflictFingerprint(const Audit::Cluster &conflict, qint64 keepId)
{
    QByteArray text = QByteArrayLiteral("conflict|") + conflict.affiliateId.toUtf8() + '|'
        + rateText(conflict.fromRate) + '|';
    for (qsizetype i = 0; i < conflict.eventIds.size(); ++i)
        text += QByteArray::number(conflict.eventIds.at(i)) + ':'
            + rateText(conflict.toRates.value(i)) + ';';
    return Fingerprint::of(text + "|keep=" + QByteArray::number(keepId));
}

QString driftFingerprint(Kind kind, const Audit::Drift &drift)
{
    return Fingerprint::of(Resolve::kindName(kind).toUtf8() + '|' + drift.affiliateId.toUtf8() + '|'
        + QByteArray::number(drift.profileRate) + '|' + rateText(drift.historyRate));
}

// The request against the affiliate's findings as they are now.
Result<Resolve::Plan> planFrom(const Audit::Report &report, const Resolve::Request &request,
    const QString &affiliateId, int profileRate)
{
    Resolve::Plan plan;
    plan.request = request;
    plan.affiliateId = affiliateId;
    plan.profileRate = profileRate;
    switch (request.kind) {
    case Kind::Conflict: {
        const auto found
            = std::find_if(report.clusters.cbegin(), report.clusters.cend(), [&](const auto &c) {
                  return c.kind == Audit::Cluster::Kind::Conflict
                      && c.eventIds.contains(request.eventId);
              });
        if (found == report.clusters.cend())
            return Error::refused(
                Resolve::tr("Event #%1 is not part of a conflict the audit finds now.")
                    .arg(request.eventId));
        plan.conflict = *found;
        QStringList choices;
        for (qint64 id : found->eventIds)
            choices << QLatin1Char('#') + QString::number(id);
        if (!found->eventIds.contains(request.keepId))
            return Error::usage(
                Resolve::tr("Choose the event that stays from this conflict's events: %1.")
                    .arg(choices.join(QStringLiteral(", "))));
        for (qint64 id : found->eventIds) {
            if (id != request.keepId)
                plan.supersedeIds << id;
        }
        plan.fingerprint = conflictFingerprint(plan.conflict, request.keepId);
        return plan;
    }
    case Kind::DriftAlign:
    case Kind::DriftRecord: {
        const auto found = std::find_if(report.drift.cbegin(), report.drift.cend(),
            [&](const Audit::Drift &d) { return d.affiliateId == affiliateId; });
        if (found == report.drift.cend())
            return Error::refused(Resolve::tr("The profile's rate agrees with the end of its "
                                              "history: there is no drift to resolve."));
        plan.drift = *found;
        if (request.kind == Kind::DriftAlign && !found->historyRate)
            return Error::usage(
                Resolve::tr("The history ends in an event without a rate, so there is nothing "
                            "to align the profile with; record the missing event instead."));
        plan.fingerprint = driftFingerprint(request.kind, plan.drift);
        return plan;
    }
    case Kind::ChainBreak: {
        const auto found = std::find_if(report.chainBreaks.cbegin(), report.chainBreaks.cend(),
            [&](const Audit::ChainBreak &b) { return b.eventId == request.eventId; });
        if (found == report.chainBreaks.cend())
            return Error::refused(Resolve::tr("Event #%1 is not a chain break the audit finds now.")
                                      .arg(request.eventId));
        if (found->reviewed)
            return Error::refused(
                Resolve::tr("The chain break at event #%1 is already marked as reviewed.")
                    .arg(request.eventId));
        plan.chainBreak = *found;
        plan.fingerprint = found->fingerprint();
        return plan;
    }
    }
    return Error::internal(Resolve::tr("Unknown kind of resolution."));
}

Result<void> checkFingerprintGiven(const QString &expected)
{
    if (expected.isEmpty())
        return Error::usage(Resolve::tr("No fingerprint was given, so nothing was written; run "
                                        "the dry run first and pass its fingerprint."));
    if (!Fingerprint::isValid(expected))
        return Error::usage(
            Resolve::tr("\"%1\" is not a fingerprint (16 hex digits from a dry run), so nothing "
                        "was written.")
                .arg(Error::quoted(expected)));
    return {};
}

Result<QSqlQuery> run(const Connection &connection, const QString &sql, const QVariantList &values)
{
    auto query = connection.prepare(sql);
    if (!query)
        return query.error();
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (auto done = Connection::exec(*query); !done)
        return done.error();
    return std::move(*query);
}

// How many rows a statement with RETURNING gave back.
Result<int> returnedRows(
    const Connection &connection, const QString &sql, const QVariantList &values)
{
    auto query = run(connection, sql, values);
    if (!query)
        return query.error();
    int rows = 0;
    while (query->next())
        ++rows;
    query->finish(); // SQLite will not commit while a statement is still open
    return rows;
}

// Records a refused attempt in its own transaction after the rollback, so the
// trail shows it; failing that is only worth a warning.
void logRefused(const Connection &connection, const OperatorInfo &who, const QString &affiliateId,
    const QJsonObject &details)
{
    GuardedWrite::recordAttempt(connection, [&] {
        return GuardedWrite::writeTrail(
            connection, who, {{QStringLiteral("resolve_refused"), affiliateId, details}});
    });
}

QString lostWhileResolving(const QString &reason)
{
    return Resolve::tr("The connection to the database was lost while resolving, so it was "
                       "rolled back and nothing was changed (%1).")
        .arg(reason);
}

QString resolvingRolledBack(const QString &reason)
{
    return Resolve::tr("Resolving was rolled back and nothing was changed (%1).").arg(reason);
}

Error changedUnderneath(int changed, qsizetype planned)
{
    return Error::stale(Resolve::tr("The data changed while resolving (%1 of %2 rows could be "
                                    "changed), so nothing was changed; preview it again.")
                            .arg(Text::of(changed), Text::of(planned)));
}

// The data change of a plan, inside the write transaction.
Result<Resolve::Outcome> writePlan(const Connection &connection, const Resolve::Plan &plan)
{
    Resolve::Outcome outcome;
    outcome.kind = plan.request.kind;
    outcome.affiliateId = plan.affiliateId;
    outcome.fingerprint = plan.fingerprint;
    const QVariant now = SqlDialect::timeValue(QDateTime::currentDateTimeUtc());
    switch (plan.request.kind) {
    case Kind::Conflict: {
        auto kept = run(connection,
            QStringLiteral("SELECT id FROM tier_events WHERE id = ? AND status = 'active'")
                + connection.dialect().shareLock(),
            {plan.request.keepId});
        if (!kept)
            return kept.error();
        const bool active = kept->next();
        kept->finish();
        if (!active)
            return changedUnderneath(0, plan.supersedeIds.size());
        QVariantList values{plan.request.keepId, now, plan.affiliateId};
        for (qint64 id : plan.supersedeIds)
            values << id;
        auto changed = returnedRows(connection,
            QStringLiteral("UPDATE tier_events SET status = 'superseded', superseded_by = ?, "
                           "superseded_at = ? WHERE affiliate_id = ? AND status = 'active' AND id "
                           "IN (%1) RETURNING id")
                .arg(idPlaceholders(plan.supersedeIds.size())),
            values);
        if (!changed)
            return changed.error();
        if (*changed != plan.supersedeIds.size())
            return changedUnderneath(*changed, plan.supersedeIds.size());
        outcome.rowsChanged = *changed;
        return outcome;
    }
    case Kind::DriftAlign: {
        // The evaluator's compare-and-set: only from the rate the preview saw.
        auto changed = returnedRows(connection,
            QStringLiteral("UPDATE affiliate_profiles SET commission_rate = ? WHERE id = ? AND "
                           "commission_rate = ? RETURNING id"),
            {*plan.drift.historyRate, plan.affiliateId, plan.drift.profileRate});
        if (!changed)
            return changed.error();
        if (*changed != 1)
            return changedUnderneath(*changed, 1);
        outcome.rowsChanged = 1;
        return outcome;
    }
    case Kind::DriftRecord: {
        auto insert = run(connection,
            QStringLiteral("INSERT INTO tier_events (affiliate_id, from_rate, to_rate, created_at, "
                           "status) VALUES (?, ?, ?, ?, 'active') RETURNING id"),
            {plan.affiliateId, rateValue(plan.drift.historyRate), plan.drift.profileRate, now});
        if (!insert)
            return insert.error();
        if (!insert->next())
            return Error::internal(Resolve::tr("The tier event was not written."));
        outcome.tierEventId = insert->value(0).toLongLong();
        insert->finish();
        outcome.rowsChanged = 1;
        return outcome;
    }
    case Kind::ChainBreak:
        return outcome; // a review changes no data
    }
    return Error::internal(Resolve::tr("Unknown kind of resolution."));
}

// What tierdesk_resolutions.details keeps beyond its columns, for the undo and the trail.
QJsonObject planDetails(const Resolve::Plan &plan)
{
    switch (plan.request.kind) {
    case Kind::Conflict: {
        QJsonArray rates;
        for (const auto &rate : plan.conflict.toRates)
            rates.append(jsonRate(rate));
        return {{QStringLiteral("event_ids"), idArray(plan.conflict.eventIds)},
            {QStringLiteral("to_rates"), rates}, {QStringLiteral("keep_id"), plan.request.keepId},
            {QStringLiteral("superseded"), idArray(plan.supersedeIds)}};
    }
    case Kind::DriftAlign:
    case Kind::DriftRecord:
        return {{QStringLiteral("profile_rate"), plan.drift.profileRate},
            {QStringLiteral("history_rate"), jsonRate(plan.drift.historyRate)}};
    case Kind::ChainBreak:
        return {{QStringLiteral("event_id"), plan.chainBreak.eventId},
            {QStringLiteral("expected_from_rate"), jsonRate(plan.chainBreak.expectedFromRate)},
            {QStringLiteral("from_rate"), jsonRate(plan.chainBreak.fromRate)}};
    }
    return {};
}

Result<qint64> insertResolution(const Connection &connection, const Resolve::Plan &plan,
    const Resolve::Outcome &outcome, const OperatorInfo &who)
{
    qint64 eventId = 0;
    std::optional<int> from;
    std::optional<int> to;
    switch (plan.request.kind) {
    case Kind::Conflict:
        eventId = plan.request.keepId;
        from = plan.conflict.fromRate;
        to = plan.conflict.toRates.value(plan.conflict.eventIds.indexOf(plan.request.keepId));
        break;
    case Kind::DriftAlign:
        from = plan.drift.profileRate;
        to = plan.drift.historyRate;
        break;
    case Kind::DriftRecord:
        eventId = outcome.tierEventId;
        from = plan.drift.historyRate;
        to = plan.drift.profileRate;
        break;
    case Kind::ChainBreak:
        eventId = plan.chainBreak.eventId;
        from = plan.chainBreak.expectedFromRate;
        to = plan.chainBreak.fromRate;
        break;
    }
    auto insert = run(connection,
        QStringLiteral("INSERT INTO tierdesk_resolutions (at, kind, affiliate_id, event_id, "
                       "from_rate, to_rate, fingerprint, operator, host, ticket, reason, details) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {SqlDialect::timeValue(QDateTime::currentDateTimeUtc()),
            Resolve::kindName(plan.request.kind), plan.affiliateId,
            eventId ? QVariant(eventId) : QVariant(QMetaType::fromType<qint64>()), rateValue(from),
            rateValue(to), plan.fingerprint, who.name, who.host, GuardedWrite::orNull(who.ticket),
            GuardedWrite::orNull(who.reason), GuardedWrite::json(planDetails(plan))});
    if (!insert)
        return insert.error();
    if (!insert->next())
        return Error::internal(Resolve::tr("The resolution was not recorded."));
    const qint64 id = insert->value(0).toLongLong();
    insert->finish();
    return id;
}

// A resolution as stored.
struct Stored
{
    Kind kind = Kind::Conflict;
    QString affiliateId;
    qint64 eventId = 0;
    std::optional<int> fromRate;
    std::optional<int> toRate;
    QJsonObject details;
    QDateTime undoneAt;
};

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

Result<Stored> loadResolution(const Connection &connection, qint64 resolutionId)
{
    auto query = run(connection,
        QStringLiteral("SELECT kind, affiliate_id, event_id, from_rate, to_rate, details, "
                       "undone_at FROM tierdesk_resolutions WHERE id = ?"),
        {resolutionId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::refused(Resolve::tr("There is no resolution %1.").arg(resolutionId));
    Stored stored;
    const auto kind = Resolve::kindFromName(query->value(0).toString());
    if (!kind)
        return Error::internal(Resolve::tr("Resolution %1 is of an unknown kind \"%2\".")
                                   .arg(Text::of(resolutionId), query->value(0).toString()));
    stored.kind = *kind;
    stored.affiliateId = query->value(1).toString();
    stored.eventId = query->value(2).toLongLong();
    stored.fromRate = optionalInt(query->value(3));
    stored.toRate = optionalInt(query->value(4));
    stored.details = QJsonDocument::fromJson(query->value(5).toString().toUtf8()).object();
    stored.undoneAt = SqlDialect::toDateTime(query->value(6));
    query->finish();
    return stored;
}

// What undoing `stored` would change, as the data is now.
Result<Resolve::UndoPlan> undoPlanOf(
    const Connection &connection, qint64 resolutionId, const Stored &stored)
{
    Resolve::UndoPlan plan;
    plan.resolutionId = resolutionId;
    plan.kind = stored.kind;
    plan.affiliateId = stored.affiliateId;
    if (stored.undoneAt.isValid())
        return Error::refused(
            Resolve::tr("Resolution %1 was already undone on %2.")
                .arg(Text::of(resolutionId), Format::timeToMinutes(stored.undoneAt)));
    QByteArray text = QByteArrayLiteral("undo|") + QByteArray::number(resolutionId) + '|'
        + Resolve::kindName(stored.kind).toUtf8() + '|' + stored.affiliateId.toUtf8() + '|';
    switch (stored.kind) {
    case Kind::Conflict: {
        plan.keepId = stored.eventId;
        QList<qint64> superseded;
        for (const QJsonValue &id : stored.details.value(QStringLiteral("superseded")).toArray())
            superseded << qint64(id.toDouble());
        if (superseded.isEmpty())
            return Error::internal(
                Resolve::tr("Resolution %1 does not say which events it superseded.")
                    .arg(resolutionId));
        QVariantList values{plan.keepId};
        for (qint64 id : std::as_const(superseded))
            values << id;
        auto query = run(connection,
            QStringLiteral("SELECT id FROM tier_events WHERE superseded_by = ? AND status = "
                           "'superseded' AND backfill_batch_id IS NULL AND id IN (%1) ORDER BY id")
                .arg(idPlaceholders(superseded.size())),
            values);
        if (!query)
            return query.error();
        while (query->next())
            plan.restoreIds << query->value(0).toLongLong();
        query->finish();
        if (plan.restoreIds.isEmpty())
            return Error::refused(
                Resolve::tr("None of the events resolution %1 superseded is still superseded by "
                            "it, so there is nothing to undo.")
                    .arg(resolutionId));
        text += QByteArray::number(plan.keepId) + '|';
        for (qint64 id : std::as_const(plan.restoreIds))
            text += QByteArray::number(id) + ';';
        break;
    }
    case Kind::DriftAlign: {
        auto query = run(connection,
            QStringLiteral("SELECT commission_rate FROM affiliate_profiles WHERE id = ?"),
            {stored.affiliateId});
        if (!query)
            return query.error();
        const std::optional<int> now
            = query->next() ? std::optional<int>(query->value(0).toInt()) : std::nullopt;
        query->finish();
        if (!stored.fromRate || !stored.toRate || now != stored.toRate)
            return Error::refused(
                Resolve::tr("The profile's rate is %1 now, not the %2 resolution %3 set, so "
                            "undoing it would overwrite a later change; nothing was changed.")
                    .arg(Format::rate(now), Format::rate(stored.toRate), Text::of(resolutionId)));
        plan.rateNow = *stored.toRate;
        plan.rateBack = *stored.fromRate;
        text += QByteArray::number(plan.rateNow) + '>' + QByteArray::number(plan.rateBack);
        break;
    }
    case Kind::DriftRecord: {
        plan.eventId = stored.eventId;
        auto query = run(connection,
            QStringLiteral("SELECT status FROM tier_events WHERE id = ? AND affiliate_id = ?"),
            {stored.eventId, stored.affiliateId});
        if (!query)
            return query.error();
        const bool active = query->next() && query->value(0).toString() == QLatin1String("active");
        query->finish();
        if (!active)
            return Error::refused(
                Resolve::tr("The tier event #%1 that resolution %2 recorded is no longer active, "
                            "so there is nothing to undo.")
                    .arg(Text::of(stored.eventId), Text::of(resolutionId)));
        text += QByteArray::number(plan.eventId);
        break;
    }
    case Kind::ChainBreak:
        plan.eventId = stored.eventId;
        text += QByteArray::number(plan.eventId);
        break;
    }
    plan.fingerprint = Fingerprint::of(text);
    return plan;
}

Result<int> writeUndo(const Connection &connection, const Resolve::UndoPlan &plan)
{
    switch (plan.kind) {
    case Kind::Conflict: {
        QVariantList values{plan.keepId};
        for (qint64 id : plan.restoreIds)
            values << id;
        auto changed = returnedRows(connection,
            QStringLiteral("UPDATE tier_events SET status = 'active', superseded_by = NULL, "
                           "superseded_at = NULL WHERE superseded_by = ? AND status = "
                           "'superseded' AND backfill_batch_id IS NULL AND id IN (%1) RETURNING id")
                .arg(idPlaceholders(plan.restoreIds.size())),
            values);
        if (!changed)
            return changed.error();
        if (*changed != plan.restoreIds.size())
            return changedUnderneath(*changed, plan.restoreIds.size());
        return *changed;
    }
    case Kind::DriftAlign: {
        auto changed = returnedRows(connection,
            QStringLiteral("UPDATE affiliate_profiles SET commission_rate = ? WHERE id = ? AND "
                           "commission_rate = ? RETURNING id"),
            {plan.rateBack, plan.affiliateId, plan.rateNow});
        if (!changed)
            return changed.error();
        if (*changed != 1)
            return changedUnderneath(*changed, 1);
        return 1;
    }
    case Kind::DriftRecord: {
        // Soft, like every other change to tier events: the recorded event stays
        // visible among the superseded rows.
        auto changed = returnedRows(connection,
            QStringLiteral("UPDATE tier_events SET status = 'superseded', superseded_at = ? "
                           "WHERE id = ? AND status = 'active' RETURNING id"),
            {SqlDialect::timeValue(QDateTime::currentDateTimeUtc()), plan.eventId});
        if (!changed)
            return changed.error();
        if (*changed != 1)
            return changedUnderneath(*changed, 1);
        return 1;
    }
    case Kind::ChainBreak:
        return 0;
    }
    return Error::internal(Resolve::tr("Unknown kind of resolution."));
}

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
        auto marked = returnedRows(connection,
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

QString Resolve::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::DriftAlign:
        return QStringLiteral("drift_align");
    case Kind::DriftRecord:
        return QStringLiteral("drift_record");
    case Kind::ChainBreak:
        return QStringLiteral("chain_break");
    }
    return {};
}

std::optional<Resolve::Kind> Resolve::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::Conflict, Kind::DriftAlign, Kind::DriftRecord, Kind::ChainBreak}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString Resolve::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Conflict:
        return tr("Conflict resolved");
    case Kind::DriftAlign:
        return tr("Rate aligned with history");
    case Kind::DriftRecord:
        return tr("Missing tier event recorded");
    case Kind::ChainBreak:
        return tr("Chain break reviewed");
    }
    return {};
}

Result<QList<Resolve::Resolution>> Resolve::standing(
    const Connection &connection, const QString &affiliateId)
{
    auto query = run(connection,
        QStringLiteral("SELECT id, at, kind, event_id, from_rate, to_rate, details FROM "
                       "tierdesk_resolutions WHERE affiliate_id = ? AND undone_at IS NULL "
                       "ORDER BY at, id"),
        {affiliateId});
    if (!query)
        return query.error();
    QList<Resolution> list;
    while (query->next()) {
        const auto kind = kindFromName(query->value(2).toString());
        if (!kind)
            continue; // a kind from a newer TierDesk: not this one's to tell
        Resolution resolution;
        resolution.id = query->value(0).toLongLong();
        resolution.at = SqlDialect::toDateTime(query->value(1));
        resolution.kind = *kind;
        resolution.eventId = query->value(3).toLongLong();
        resolution.fromRate = optionalInt(query->value(4));
        resolution.toRate = optionalInt(query->value(5));
        const QJsonObject details
            = QJsonDocument::fromJson(query->value(6).toString().toUtf8()).object();
        for (const QJsonValue &rate : details.value(QStringLiteral("to_rates")).toArray())
            resolution.conflictRates
                << (rate.isDouble() ? std::optional<int>(rate.toInt()) : std::nullopt);
        list << resolution;
    }
    query->finish();
    return list;
}

Result<Resolve::Plan> Resolve::preview(const Connection &connection, const Request &request)
{
    QString affiliateId = request.affiliateId;
    if (request.kind != Kind::DriftAlign && request.kind != Kind::DriftRecord) {
        auto owner = affiliateOfEvent(connection, request.eventId);
        if (!owner)
            return owner.error();
        affiliateId = *owner;
    }
    if (affiliateId.isEmpty())
        return Error::usage(tr("Name the affiliate whose drift to resolve."));
    Transaction snapshot(connection); // the rate and the findings of one moment
    if (auto begun = snapshot.begin(Transaction::Kind::Read); !begun)
        return begun.error();
    auto rate = profileRate(connection, affiliateId, false);
    if (!rate)
        return rate.error();
    auto report = findingsOf(connection, affiliateId, Audit::DefaultWindowSeconds, true);
    if (!report)
        return report.error();
    return planFrom(*report, request, affiliateId, *rate);
}

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

Result<Resolve::UndoPlan> Resolve::undoPreview(const Connection &connection, qint64 resolutionId)
{
    Transaction snapshot(connection);
    if (auto begun = snapshot.begin(Transaction::Kind::Read); !begun)
        return begun.error();
    auto stored = loadResolution(connection, resolutionId);
    if (!stored)
        return stored.error();
    return undoPlanOf(connection, resolutionId, *stored);
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

QJsonObject Resolve::Plan::toJson() const
{
    QJsonObject object{{QStringLiteral("dry_run"), true},
        {QStringLiteral("kind"), kindName(request.kind)},
        {QStringLiteral("affiliate_id"), affiliateId}, {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("profile_rate"), profileRate}};
    const QJsonObject details = planDetails(*this);
    for (auto it = details.begin(); it != details.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString Resolve::Plan::describe(const QString &handle) const
{
    const QString who = handleText(handle, affiliateId);
    switch (request.kind) {
    case Kind::Conflict: {
        const qsizetype kept = conflict.eventIds.indexOf(request.keepId);
        QStringList others;
        for (qint64 id : supersedeIds)
            others << QLatin1Char('#') + QString::number(id);
        const std::optional<int> keptRate = conflict.toRates.value(kept);
        return tr("Keep event #%1 (%2 → %3) of %4's conflict; mark %5 as superseded, pointing "
                  "at it.")
                   .arg(Text::of(request.keepId), Format::rate(conflict.fromRate),
                       Format::rate(keptRate), who, others.join(QStringLiteral(", ")))
            + QLatin1Char(' ')
            + (keptRate == profileRate
                    ? tr("The profile's rate (%1) is the one this event set.")
                          .arg(Format::rate(profileRate))
                    : tr("The profile's rate stays at %1, so the audit will then report drift: "
                         "align or record it next.")
                          .arg(Format::rate(profileRate)));
    }
    case Kind::DriftAlign:
        return tr("Set %1's commission rate from %2 to %3, where its tier history ends; only if "
                  "it is still %2 (compare-and-set).")
            .arg(who, Format::rate(drift.profileRate), Format::rate(drift.historyRate));
    case Kind::DriftRecord:
        return tr("Record the missing tier event %2 → %3 for %1 now, so its history ends at the "
                  "profile's rate. The rate itself is not touched.")
            .arg(who, Format::rate(drift.historyRate), Format::rate(drift.profileRate));
    case Kind::ChainBreak:
        return tr("Mark the chain break at event #%1 of %2 (it starts at %3; %4 was expected) as "
                  "reviewed. No data changes; the audit shows it again if it changes.")
            .arg(Text::of(chainBreak.eventId), who, Format::rate(chainBreak.fromRate),
                Format::rate(chainBreak.expectedFromRate));
    }
    return {};
}

QJsonObject Resolve::UndoPlan::toJson() const
{
    QJsonObject object{{QStringLiteral("dry_run"), true}, {QStringLiteral("undo_of"), resolutionId},
        {QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("affiliate_id"), affiliateId},
        {QStringLiteral("fingerprint"), fingerprint}};
    switch (kind) {
    case Kind::Conflict:
        object.insert(QStringLiteral("restore_ids"), idArray(restoreIds));
        object.insert(QStringLiteral("superseded_by"), keepId);
        break;
    case Kind::DriftAlign:
        object.insert(QStringLiteral("from_rate"), rateNow);
        object.insert(QStringLiteral("to_rate"), rateBack);
        break;
    case Kind::DriftRecord:
    case Kind::ChainBreak:
        object.insert(QStringLiteral("event_id"), eventId);
        break;
    }
    return object;
}

QString Resolve::UndoPlan::describe(const QString &handle) const
{
    const QString who = handleText(handle, affiliateId);
    switch (kind) {
    case Kind::Conflict: {
        QStringList ids;
        for (qint64 id : restoreIds)
            ids << QLatin1Char('#') + QString::number(id);
        return tr("Make %1 of %2 active again (now superseded by #%3).")
            .arg(ids.join(QStringLiteral(", ")), who, Text::of(keepId));
    }
    case Kind::DriftAlign:
        return tr("Set %1's commission rate back from %2 to %3; only if it is still %2.")
            .arg(who, Format::rate(rateNow), Format::rate(rateBack));
    case Kind::DriftRecord:
        return tr("Mark the tier event #%1 recorded for %2 as superseded.")
            .arg(Text::of(eventId), who);
    case Kind::ChainBreak:
        return tr("Open the chain break at event #%1 of %2 again.").arg(Text::of(eventId), who);
    }
    return {};
}

QJsonObject Resolve::Outcome::toJson() const
{
    QJsonObject object{{QStringLiteral("resolution_id"), resolutionId},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("status"), undo ? QStringLiteral("undone") : QStringLiteral("committed")},
        {QStringLiteral("affiliate_id"), affiliateId},
        {QStringLiteral("rows_changed"), rowsChanged},
        {QStringLiteral("fingerprint"), fingerprint}};
    if (tierEventId)
        object.insert(QStringLiteral("tier_event_id"), tierEventId);
    return object;
}

} // namespace TierDesk
