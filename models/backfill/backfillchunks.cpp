#include "backfillchunks.h"

#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace TierDesk::BackfillSteps {

namespace {

// `item` (placeholders for one row) `rows` times, between each two `separator`.
QString repeated(int rows, const QString &item, const QString &separator = QStringLiteral(", "))
{
    return QStringList(rows, item).join(separator);
}

// The guarded supersede of `rows` plan rows: only rows still active change,
// each pointing at its kept event, and RETURNING names exactly those. (A CASE
// rather than UPDATE ... FROM (VALUES ...): SQLite plans the latter poorly.)
QString supersedeStatement(int rows)
{
    return QStringLiteral(
        "UPDATE tier_events SET status = 'superseded', superseded_by = CASE id %1 END, "
        "superseded_at = ?, backfill_batch_id = ? "
        "WHERE id IN (%2) AND status = 'active' RETURNING id, affiliate_id")
        .arg(repeated(rows, QStringLiteral("WHEN ? THEN CAST(? AS BIGINT)"), QStringLiteral(" ")),
            repeated(rows, QStringLiteral("CAST(? AS BIGINT)")));
}

// The kept events of a chunk that are still active, locked against change
// until the transaction ends (PostgreSQL; SQLite's write lock covers it).
QString keptStatement(const SqlDialect &dialect, int keeps)
{
    return QStringLiteral("SELECT id FROM tier_events WHERE id IN (%1) AND status = 'active'%2")
        .arg(repeated(keeps, QStringLiteral("CAST(? AS BIGINT)")), dialect.shareLock());
}

// The guarded restore: only rows still superseded by this very batch change.
// (COALESCE keeps the planner on the primary key: with fresh statistics saying
// the batch index is selective, it would walk the whole batch once per chunk.)
QString restoreStatement(int rows)
{
    return QStringLiteral(
        "UPDATE tier_events SET status = 'active', superseded_by = NULL, superseded_at = NULL, "
        "backfill_batch_id = NULL "
        "WHERE id IN (%1) AND status = 'superseded' AND COALESCE(backfill_batch_id, 0) = ? "
        "RETURNING id, affiliate_id")
        .arg(repeated(rows, QStringLiteral("CAST(? AS BIGINT)")));
}

// PostgreSQL: the same three statements with the chunk's ids as two array values
// instead of a thousand placeholders (and a join instead of a 500-way CASE).
QString pgSupersedeStatement()
{
    return QStringLiteral(
        "UPDATE tier_events t SET status = 'superseded', superseded_by = v.keep, "
        "superseded_at = ?, backfill_batch_id = ? "
        "FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS v(id, keep) "
        "WHERE t.id = v.id AND t.status = 'active' RETURNING t.id, t.affiliate_id");
}

QString pgKeptStatement()
{
    return QStringLiteral("SELECT id FROM tier_events WHERE id = ANY(CAST(? AS BIGINT[])) "
                          "AND status = 'active' FOR SHARE");
}

QString pgRestoreStatement()
{
    return QStringLiteral(
        "UPDATE tier_events SET status = 'active', superseded_by = NULL, superseded_at = NULL, "
        "backfill_batch_id = NULL "
        "WHERE id = ANY(CAST(? AS BIGINT[])) AND status = 'superseded' "
        "AND COALESCE(backfill_batch_id, 0) = ? RETURNING id, affiliate_id");
}

// The kept events of a chunk must still be active, or the clusters are not what was
// planned. PostgreSQL also locks them against change until the transaction ends.
Result<void> checkKeptActive(const Connection &connection, const QList<qint64> &keepIds)
{
    const bool arrays = connection.dialect().isPostgres();
    QList<qint64> keeps = keepIds;
    std::sort(keeps.begin(), keeps.end());
    keeps.erase(std::unique(keeps.begin(), keeps.end()), keeps.end());
    auto kept = connection.prepare(
        arrays ? pgKeptStatement() : keptStatement(connection.dialect(), int(keeps.size())));
    if (!kept)
        return kept.error();
    if (arrays) {
        kept->bindValue(0, SqlDialect::arrayValue(keeps));
    } else {
        for (qsizetype i = 0; i < keeps.size(); ++i)
            kept->bindValue(int(i), keeps.at(i));
    }
    if (auto executed = Connection::exec(*kept); !executed)
        return executed.error();
    int active = 0;
    while (kept->next())
        ++active;
    kept->finish();
    if (active != keeps.size())
        return Error::stale(
            Backfill::tr("A kept event is no longer active, so nothing was changed; run "
                         "the audit again."));
    return {};
}

} // namespace

// Runs the guarded UPDATE over the plan in chunks; returns which rows changed
// (by affiliate). Stops with Refused when cancelled; the caller rolls back.
Result<QMap<QString, QList<qint64>>> writeChunks(const Connection &connection, Kind kind,
    const QList<Backfill::Row> &rows, qint64 batchId, const QDateTime &now, int chunkSize,
    const WorkControl &control)
{
    QMap<QString, QList<qint64>> changed;
    const bool arrays = connection.dialect().isPostgres();
    std::optional<QSqlQuery> full;
    qint64 done = 0;
    control.report(WorkControl::Phase::Writing, 0, rows.size());
    for (qsizetype start = 0; start < rows.size(); start += chunkSize) {
        if (control.cancelled())
            return Error::cancelled(Backfill::tr("Cancelled."));
        const int count = int(qMin<qsizetype>(chunkSize, rows.size() - start));
        QList<qint64> ids;
        QList<qint64> keepIds;
        for (qsizetype i = start; i < start + count; ++i) {
            ids << rows.at(i).id;
            keepIds << rows.at(i).keepId;
        }
        std::optional<QSqlQuery> tail;
        std::optional<QSqlQuery> *slot = arrays || count == chunkSize ? &full : &tail;
        if (!*slot) {
            const QString sql = kind == Kind::Supersede
                ? (arrays ? pgSupersedeStatement() : supersedeStatement(count))
                : (arrays ? pgRestoreStatement() : restoreStatement(count));
            auto prepared = connection.prepare(sql);
            if (!prepared)
                return prepared.error();
            *slot = std::move(*prepared);
        }
        if (kind == Kind::Supersede) {
            if (auto kept = checkKeptActive(connection, keepIds); !kept)
                return kept.error();
        }
        QSqlQuery &query = **slot;
        int position = 0;
        if (arrays && kind == Kind::Supersede) {
            query.bindValue(position++, SqlDialect::timeValue(now));
            query.bindValue(position++, batchId);
            query.bindValue(position++, SqlDialect::arrayValue(ids));
            query.bindValue(position++, SqlDialect::arrayValue(keepIds));
        } else if (arrays) {
            query.bindValue(position++, SqlDialect::arrayValue(ids));
            query.bindValue(position++, batchId);
        } else if (kind == Kind::Supersede) {
            for (qsizetype i = 0; i < count; ++i) {
                query.bindValue(position++, ids.at(i));
                query.bindValue(position++, keepIds.at(i));
            }
            query.bindValue(position++, SqlDialect::timeValue(now));
            query.bindValue(position++, batchId);
            for (qint64 id : std::as_const(ids))
                query.bindValue(position++, id);
        } else {
            for (qint64 id : std::as_const(ids))
                query.bindValue(position++, id);
            query.bindValue(position++, batchId);
        }
        if (auto executed = Connection::exec(query); !executed)
            return executed.error();
        while (query.next())
            changed[query.value(1).toString()].append(query.value(0).toLongLong());
        query.finish();
        done += count;
        control.report(WorkControl::Phase::Writing, done, rows.size());
    }
    return changed;
}

} // namespace TierDesk::BackfillSteps
