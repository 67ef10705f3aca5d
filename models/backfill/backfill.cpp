#include "backfill.h"
#include "../common/fingerprint.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace TierDesk {

namespace {

using BatchKind = Backfill::BatchKind;
using Status = Backfill::BatchStatus;

} // namespace
QString Backfill::fingerprint(const QList<Row> &rows)
{
    QList<Row> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Row &row : std::as_const(sorted)) {
        hash.addData(QByteArray::number(row.id));
        hash.addData(QByteArrayView(">"));
        hash.addData(QByteArray::number(row.keepId));
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString Backfill::kindName(BatchKind kind)
{
    return kind == BatchKind::Supersede ? QStringLiteral("supersede") : QStringLiteral("undo");
}

QString Backfill::statusName(BatchStatus status)
{
    return status == BatchStatus::Committed ? QStringLiteral("committed")
                                            : QStringLiteral("rolled_back");
}

QStringList Backfill::Plan::affiliateIds() const
{
    QStringList ids;
    for (const Row &row : rows)
        ids << row.affiliateId;
    ids.removeDuplicates();
    return ids;
}

bool Backfill::isFingerprint(const QString &text)
{
    return Fingerprint::isValid(text);
}

Backfill::Plan Backfill::planFrom(const Audit::Report &report)
{
    Plan plan;
    plan.windowSeconds = report.options.windowSeconds;
    plan.affiliateId = report.options.affiliateId;
    QSet<QString> affiliates;
    for (const Audit::Cluster &cluster : report.clusters) {
        if (cluster.kind != Audit::Cluster::Kind::Duplicate)
            continue;
        ++plan.clusters;
        affiliates.insert(cluster.affiliateId);
        for (qint64 id : cluster.redundantIds)
            plan.rows.append({id, cluster.keepId, cluster.affiliateId});
    }
    std::sort(
        plan.rows.begin(), plan.rows.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    plan.affiliates = int(affiliates.size());
    plan.fingerprint = fingerprint(plan.rows);
    return plan;
}

Result<Backfill::Plan> Backfill::preview(
    const Connection &connection, const Options &options, const WorkControl &control)
{
    Audit::Options audit;
    audit.windowSeconds = options.windowSeconds;
    audit.affiliateId = options.affiliateId;
    auto report = Audit::run(connection, audit, control);
    if (!report)
        return report.error();
    return planFrom(*report);
}

Result<QList<Backfill::Batch>> Backfill::batches(
    const Connection &connection, const QString &affiliateId, int limit)
{
    QString sql
        = QStringLiteral("SELECT b.id, b.started_at, b.finished_at, b.operator, b.host, b.kind, "
                         "b.status, b.window_seconds, "
                         "b.rows_planned, b.rows_changed, b.plan_fingerprint, b.undo_of, b.note, "
                         "b.ticket, b.reason, "
                         "(SELECT MIN(u.id) FROM tierdesk_backfill_batches u WHERE u.undo_of = "
                         "b.id AND u.status = 'committed') "
                         "FROM tierdesk_backfill_batches b");
    if (!affiliateId.isEmpty())
        sql += QStringLiteral(
            " WHERE b.id IN (SELECT batch_id FROM tierdesk_audit_log WHERE affiliate_id = ? "
            "AND batch_id IS NOT NULL)");
    sql += QStringLiteral(" ORDER BY b.id DESC LIMIT ?");
    QVariantList values;
    if (!affiliateId.isEmpty())
        values << affiliateId;
    values << limit;
    auto statement = connection.runKept(sql, values);
    if (!statement)
        return statement.error();
    QSqlQuery *query = statement->get();
    QList<Batch> list;
    while (query->next()) {
        Batch batch;
        batch.id = query->value(0).toLongLong();
        batch.startedAt = SqlDialect::toDateTime(query->value(1));
        batch.finishedAt = SqlDialect::toDateTime(query->value(2));
        batch.operatorName = query->value(3).toString();
        batch.host = query->value(4).toString();
        batch.kind = query->value(5).toString() == kindName(BatchKind::Undo) ? BatchKind::Undo
                                                                             : BatchKind::Supersede;
        batch.status = query->value(6).toString() == statusName(Status::Committed)
            ? Status::Committed
            : Status::RolledBack;
        batch.windowSeconds = query->value(7).toInt();
        batch.rowsPlanned = query->value(8).toInt();
        batch.rowsChanged = query->value(9).toInt();
        batch.fingerprint = query->value(10).toString();
        batch.undoOf = query->value(11).toLongLong();
        batch.note = query->value(12).toString();
        batch.ticket = query->value(13).toString();
        batch.reason = query->value(14).toString();
        batch.undoneBy = query->value(15).toLongLong();
        list.append(batch);
    }
    query->finish();
    return list;
}

QJsonObject Backfill::Plan::toJson() const
{
    QJsonArray list;
    for (const Row &row : rows)
        list.append(
            QJsonObject{{QStringLiteral("id"), row.id}, {QStringLiteral("keep_id"), row.keepId},
                {QStringLiteral("affiliate_id"), row.affiliateId}});
    return {{QStringLiteral("dry_run"), true}, {QStringLiteral("window_seconds"), windowSeconds},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("rows_planned"), int(rows.size())}, {QStringLiteral("clusters"), clusters},
        {QStringLiteral("affiliates"), affiliates}, {QStringLiteral("rows"), list}};
}

QJsonObject Backfill::Plan::toUndoJson(qint64 batchId) const
{
    QJsonArray list;
    for (const Row &row : rows)
        list.append(QJsonObject{{QStringLiteral("id"), row.id},
            {QStringLiteral("superseded_by"), row.keepId},
            {QStringLiteral("affiliate_id"), row.affiliateId}});
    return {{QStringLiteral("dry_run"), true}, {QStringLiteral("undo_of"), batchId},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("rows_planned"), int(rows.size())},
        {QStringLiteral("affiliates"), affiliates}, {QStringLiteral("rows"), list}};
}

QJsonObject Backfill::Outcome::toJson() const
{
    return {
        {QStringLiteral("batch_id"), batchId ? QJsonValue(batchId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"),
            batchId ? statusName(BatchStatus::Committed) : QStringLiteral("nothing_to_do")},
        {QStringLiteral("rows_planned"), rowsPlanned},
        {QStringLiteral("rows_changed"), rowsChanged}, {QStringLiteral("affiliates"), affiliates},
        {QStringLiteral("fingerprint"), fingerprint}};
}

} // namespace TierDesk
