#include "activity.h"
#include "../common/format.h"
#include "../common/text.h"
#include "../resolve/resolve.h"
#include "../tier/tierevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace TierDesk {

namespace {

QString eventList(const QJsonArray &ids)
{
    QStringList list;
    for (const QJsonValue &id : ids)
        list << QLatin1Char('#') + QString::number(id.toInteger());
    return list.join(QStringLiteral(", "));
}

} // namespace

QString Activity::actionText(const QString &action)
{
    if (action == QLatin1String("backfill_apply"))
        return tr("Cleanup");
    if (action == QLatin1String("supersede_events"))
        return tr("Superseded");
    if (action == QLatin1String("backfill_undo"))
        return tr("Undo");
    if (action == QLatin1String("restore_events"))
        return tr("Restored");
    if (action == QLatin1String("backfill_rolled_back"))
        return tr("Rolled back");
    if (action == QLatin1String("evaluate_tier"))
        return tr("Re-evaluation");
    if (action.startsWith(QLatin1String("resolve_"))) {
        if (const auto kind = Resolve::kindFromName(action.mid(8)))
            return Resolve::kindText(*kind);
    }
    if (action == QLatin1String("resolve_undo"))
        return tr("Resolution undone");
    if (action == QLatin1String("approval_request"))
        return tr("Approval requested");
    if (action == QLatin1String("approval_approve"))
        return tr("Approved");
    if (action == QLatin1String("approval_reject"))
        return tr("Request rejected");
    if (action == QLatin1String("approval_withdraw"))
        return tr("Request withdrawn");
    if (action == QLatin1String("approval_stale"))
        return tr("Request stale");
    if (action == QLatin1String("approval_policy"))
        return tr("Four-eyes policy");
    if (action == QLatin1String("resolve_refused"))
        return tr("Resolve refused");
    return action;
}

QString Activity::Entry::change() const
{
    const qint64 batch = details.value(QStringLiteral("batch_id")).toInteger(batchId);
    const int rows = details.value(QStringLiteral("rows_changed")).toInt();
    if (action == QLatin1String("supersede_events"))
        return tr("Superseded %1 (batch %2)")
            .arg(Text::of(eventList(details.value(QStringLiteral("event_ids")).toArray())),
                Text::of(batch));
    if (action == QLatin1String("restore_events"))
        return tr("Restored %1 (batch %2)")
            .arg(Text::of(eventList(details.value(QStringLiteral("event_ids")).toArray())),
                Text::of(batch));
    if (action == QLatin1String("backfill_apply"))
        return tr("Cleanup batch %1: %Ln row(s) superseded", nullptr, rows).arg(batch);
    if (action == QLatin1String("backfill_undo"))
        return tr("Batch %1 undid batch %2: %Ln row(s) restored", nullptr, rows)
            .arg(Text::of(batch), Text::of(details.value(QStringLiteral("undo_of")).toInteger()));
    if (action == QLatin1String("backfill_rolled_back"))
        return tr("Batch %1 was rolled back; nothing changed").arg(batch);
    if (action == QLatin1String("evaluate_tier")) {
        const QString outcome = details.value(QStringLiteral("outcome")).toString();
        const auto rate = [this](const char *key) {
            return Format::rate(details.value(QLatin1String(key)).toInt());
        };
        return tr("%1: %2 → %3 (tier event #%4)")
            .arg(outcome == QLatin1String("promoted")
                    ? TierEvaluator::outcomeText(TierEvaluator::Outcome::Promoted)
                    : TierEvaluator::outcomeText(TierEvaluator::Outcome::Demoted),
                rate("from_rate"), rate("to_rate"),
                Text::of(details.value(QStringLiteral("tier_event_id")).toInteger()));
    }
    const qint64 resolution = details.value(QStringLiteral("resolution_id")).toInteger();
    const auto rate = [this](const char *key) {
        const QJsonValue value = details.value(QLatin1String(key));
        return Format::rate(value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt);
    };
    if (action == QLatin1String("resolve_conflict"))
        return tr("Resolution %1: kept #%2, superseded %3")
            .arg(Text::of(resolution),
                Text::of(details.value(QStringLiteral("keep_id")).toInteger()),
                Text::of(eventList(details.value(QStringLiteral("superseded")).toArray())));
    if (action == QLatin1String("resolve_drift_align"))
        return tr("Resolution %1: profile rate %2 → %3")
            .arg(Text::of(resolution), rate("profile_rate"), rate("history_rate"));
    if (action == QLatin1String("resolve_drift_record"))
        return tr("Resolution %1: recorded tier event #%2 (%3 → %4)")
            .arg(Text::of(resolution),
                Text::of(details.value(QStringLiteral("tier_event_id")).toInteger()),
                rate("history_rate"), rate("profile_rate"));
    if (action == QLatin1String("resolve_chain_break"))
        return tr("Resolution %1: chain break at #%2 marked as reviewed")
            .arg(Text::of(resolution),
                Text::of(details.value(QStringLiteral("event_id")).toInteger()));
    if (action == QLatin1String("resolve_undo")) {
        const auto kind = Resolve::kindFromName(details.value(QStringLiteral("kind")).toString());
        return tr("Resolution %1 undone: %2")
            .arg(Text::of(details.value(QStringLiteral("undo_of")).toInteger()),
                Text::of(kind ? Resolve::kindText(*kind) : QString()));
    }
    if (action == QLatin1String("resolve_refused"))
        return tr("Refused: the finding changed since the preview; nothing changed");
    if (action.startsWith(QLatin1String("approval_")))
        return approvalChange();
    return actionText(action);
}

// The four-eyes steps: which request, what it asks for, what came of it.
QString Activity::Entry::approvalChange() const
{
    const qint64 request = details.value(QStringLiteral("request_id")).toInteger();
    const int rows = details.value(QStringLiteral("rows")).toInt();
    const QString what = details.value(QStringLiteral("kind")).toString() == QLatin1String("undo")
        ? tr("undo of batch %1, %Ln row(s)", nullptr, rows)
              .arg(details.value(QStringLiteral("undo_batch")).toInteger())
        : tr("cleanup of %Ln row(s)", nullptr, rows);
    if (action == QLatin1String("approval_request"))
        return tr("Request %1: %2 (fingerprint %3)")
            .arg(Text::of(request), what,
                Text::of(details.value(QStringLiteral("fingerprint")).toString()));
    if (action == QLatin1String("approval_approve"))
        return tr("Request %1 by %2 approved: %3 (batch %4)")
            .arg(Text::of(request),
                Text::of(details.value(QStringLiteral("requested_by")).toString()), what,
                Text::of(details.value(QStringLiteral("batch_id")).toInteger()));
    if (action == QLatin1String("approval_reject"))
        return tr("Request %1 by %2 rejected: %3")
            .arg(Text::of(request),
                Text::of(details.value(QStringLiteral("requested_by")).toString()), what);
    if (action == QLatin1String("approval_withdraw"))
        return tr("Request %1 withdrawn: %2").arg(Text::of(request), what);
    if (action == QLatin1String("approval_stale"))
        return tr("Request %1 could not be approved: the data changed since it was made; "
                  "nothing changed")
            .arg(request);
    if (action == QLatin1String("approval_policy")) {
        const QJsonObject after = details.value(QStringLiteral("after")).toObject();
        const auto limit = [&after](const char *key) {
            const QJsonValue value = after.value(QLatin1String(key));
            return value.isDouble() ? QString::number(value.toInt()) : tr("none");
        };
        return tr("Four-eyes policy set: at most %1 rows and %2 affiliates per agent")
            .arg(limit("max_rows"), limit("max_affiliates"));
    }
    return actionText(action);
}

qint64 Activity::Entry::resolutionId() const
{
    if (!action.startsWith(QLatin1String("resolve_")) || action == QLatin1String("resolve_undo")
        || action == QLatin1String("resolve_refused"))
        return 0;
    return details.value(QStringLiteral("resolution_id")).toInteger();
}

QJsonObject Activity::Entry::toJson() const
{
    const auto orNull
        = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {{QStringLiteral("id"), id}, {QStringLiteral("at"), SqlDialect::timeText(at)},
        {QStringLiteral("operator"), operatorName}, {QStringLiteral("host"), orNull(host)},
        {QStringLiteral("action"), action}, {QStringLiteral("affiliate_id"), orNull(affiliateId)},
        {QStringLiteral("handle"), orNull(handle)}, {QStringLiteral("ticket"), orNull(ticket)},
        {QStringLiteral("reason"), orNull(reason)},
        {QStringLiteral("batch_id"), batchId ? QJsonValue(batchId) : QJsonValue()},
        {QStringLiteral("details"), details}};
}

QJsonObject Activity::toJson(const QList<Entry> &entries)
{
    QJsonArray list;
    for (const Entry &entry : entries)
        list.append(entry.toJson());
    return {{QStringLiteral("entries"), list}, {QStringLiteral("count"), int(entries.size())}};
}

Result<QList<Activity::Entry>> Activity::list(const Connection &connection, const Filter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.affiliateId.isEmpty()) {
        where << QStringLiteral("l.affiliate_id = ?");
        values << filter.affiliateId;
    }
    if (!filter.ticket.trimmed().isEmpty()) {
        where << QStringLiteral("l.ticket = ?");
        values << filter.ticket.trimmed();
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("l.at >= ?");
        values << SqlDialect::timeValue(filter.since);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("l.at < ?");
        values << SqlDialect::timeValue(filter.until);
    }
    if (!filter.operatorName.isEmpty()) {
        where << QStringLiteral("l.operator = ?");
        values << filter.operatorName;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("l.action = ?");
        values << filter.action;
    }
    values << qBound(1, filter.limit, MaxListed);
    auto statement = connection.runKept(
        QStringLiteral("SELECT l.id, %1, l.operator, l.host, l.action, l.affiliate_id, p.handle, "
                       "l.ticket, l.reason, l.batch_id, l.details FROM tierdesk_audit_log l "
                       "LEFT JOIN affiliate_profiles p ON p.id = l.affiliate_id%2 "
                       "ORDER BY l.at DESC, l.id DESC LIMIT ?")
            .arg(connection.dialect().isoTime(QStringLiteral("l.at")),
                where.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))),
        values);
    if (!statement)
        return statement.error();
    QSqlQuery *query = statement->get();
    QList<Entry> entries;
    while (query->next()) {
        Entry entry;
        entry.id = query->value(0).toLongLong();
        entry.at = SqlDialect::toDateTime(query->value(1));
        entry.operatorName = query->value(2).toString();
        entry.host = query->value(3).toString();
        entry.action = query->value(4).toString();
        entry.affiliateId = query->value(5).toString();
        entry.handle = query->value(6).toString();
        entry.ticket = query->value(7).toString();
        entry.reason = query->value(8).toString();
        entry.batchId = query->value(9).toLongLong();
        entry.details = QJsonDocument::fromJson(query->value(10).toString().toUtf8()).object();
        entries.append(entry);
    }
    query->finish();
    return entries;
}

} // namespace TierDesk
