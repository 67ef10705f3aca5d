#include "resolvesteps.h"
#include "../common/fingerprint.h"
#include "../common/format.h"
#include "../common/text.h"
#include "../write/guardedwrite.h"

#include <QJsonDocument>

namespace TierDesk::ResolveSteps {

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
        auto kept = connection.run(
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
        auto changed = connection.returnedRows(
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
        auto changed = connection.returnedRows(
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
        auto insert = connection.run(
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
    auto insert = connection.run(
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

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

Result<Stored> loadResolution(const Connection &connection, qint64 resolutionId)
{
    auto query = connection.run(
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

// The parts of an undo plan that depend on the kind: what is to change, checked
// against the data as it is now, and added to the fingerprint's text.
Result<void> undoConflict(const Connection &connection, qint64 resolutionId, const Stored &stored,
    Resolve::UndoPlan &plan, QByteArray &text)
{
    plan.keepId = stored.eventId;
    QList<qint64> superseded;
    for (const QJsonValue &id : stored.details.value(QStringLiteral("superseded")).toArray())
        superseded << qint64(id.toDouble());
    if (superseded.isEmpty())
        return Error::internal(Resolve::tr("Resolution %1 does not say which events it superseded.")
                                   .arg(resolutionId));
    QVariantList values{plan.keepId};
    for (qint64 id : std::as_const(superseded))
        values << id;
    auto query = connection.run(
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
    return {};
}

Result<void> undoAlign(const Connection &connection, qint64 resolutionId, const Stored &stored,
    Resolve::UndoPlan &plan, QByteArray &text)
{
    auto query = connection.run(
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
    return {};
}

Result<void> undoRecord(const Connection &connection, qint64 resolutionId, const Stored &stored,
    Resolve::UndoPlan &plan, QByteArray &text)
{
    plan.eventId = stored.eventId;
    auto query = connection.run(
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
    return {};
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
    case Kind::Conflict:
        if (auto done = undoConflict(connection, resolutionId, stored, plan, text); !done)
            return done.error();
        break;
    case Kind::DriftAlign:
        if (auto done = undoAlign(connection, resolutionId, stored, plan, text); !done)
            return done.error();
        break;
    case Kind::DriftRecord:
        if (auto done = undoRecord(connection, resolutionId, stored, plan, text); !done)
            return done.error();
        break;
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
        auto changed = connection.returnedRows(
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
        auto changed = connection.returnedRows(
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
        auto changed = connection.returnedRows(
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

} // namespace TierDesk::ResolveSteps
