#include "resolve.h"
#include "../common/format.h"
#include "../common/text.h"
#include "resolvesteps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace TierDesk {

using namespace ResolveSteps;

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

std::optional<Resolve::Kind> Resolve::kindFor(FindingKind::Settled settled)
{
    switch (settled) {
    case FindingKind::Settled::Cleanup:
        return std::nullopt;
    case FindingKind::Settled::KeepOne:
        return Kind::Conflict;
    case FindingKind::Settled::AlignOrRecord:
        return Kind::DriftAlign;
    case FindingKind::Settled::Review:
        return Kind::ChainBreak;
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
    auto query = connection.run(
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
