#pragma once

#include "../db/sqldialect.h"
#include "auditrules.h"

#include <QString>

namespace TierDesk::AuditSql {

// Rates are packed with the event's id into one value: one window function
// instead of four is what makes the LAG pass cheap on SQLite (its window
// machinery costs per function and row), and is no slower on PostgreSQL. A
// rate travels as 0..126, 127 standing for NULL.
constexpr qint64 PackedRate = 128;
constexpr qint64 PackedId = PackedRate * PackedRate;

// An event's id and rates from their packed value (its time is not in it).
ChainEvent unpack(qint64 packed);

// Chain mode, one query per slice: each active event with its predecessor
// packed by LAG over the partial covering index. Only the steps that may break
// the chain come back (ChainStep::mayBreak()). Columns: affiliate_id, id,
// from_rate, to_rate, created_at, the packed predecessor and, where window
// functions are cheap, the predecessor's created_at.
QString chainQuery(const SqlDialect &dialect, const QString &filter);

// The same chain as one row per affiliate: affiliate_id, the number of active
// events, and the events as "packed|created_at" joined by ';'. For engines
// whose window functions are dear (SQLite copies every row of a partition into
// a temporary table); the GROUP BY walks the partial covering index.
QString groupedChainQuery(const QString &filter);

// The created_at of `count` events by id: one bound value each.
QString timesQuery(qsizetype count);

// Profiles whose rate is not the to_rate of their last active event: id,
// commission_rate, that to_rate. `filter` appears driftFilterUses() times in the text
// (bind its values that many times over).
QString driftQuery(const SqlDialect &dialect, const QString &filter);
int driftFilterUses(const SqlDialect &dialect);

// The incident's query, made to name its rows: every active event that shares
// (affiliate, from_rate, to_rate, minute) with another, and its bucket.
QString minuteBucketQuery(const SqlDialect &dialect, const QString &filter);

// COUNT(*) of the profiles and of the active events of the filtered affiliates, in
// one row; the filter's values are bound twice.
QString countsQuery(const QString &filter);

// The fingerprints of the chain breaks marked reviewed and not undone, of the
// filtered affiliates.
QString reviewedBreaksQuery(const QString &filter);

} // namespace TierDesk::AuditSql
