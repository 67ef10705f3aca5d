#pragma once

#include "../db/connection.h"

#include <QStringList>

// The DDL of each step of TierDesk's schema and of the production tables a
// sandbox gets, per engine. Internal to Schema (schema.cpp runs them).
namespace TierDesk::SchemaDdl {

// The production tables as a sandbox gets them (the real ones are the product's).
QStringList productionDdl(const SqlDialect &d);
// The same on PostgreSQL with the two big tables partitioned: by hash of
// affiliate_id (8 partitions) or by range of created_at (a year each, 2020 to 2035,
// and a default partition for the rest).
QStringList partitionedProductionDdl(bool byHash);

// The indexes on the big tables, which a bulk load drops and builds again after.
QStringList bulkIndexDdl(const SqlDialect &d);

const QStringList &bulkIndexNames();

// Version 1: everything TierDesk adds. Each statement is safe to run again.
QStringList version1Ddl(const SqlDialect &d, const QStringList &tierEventColumns);

// Version 2: audit-log rows name the backfill batch they belong to, so an
// affiliate's history finds the batches that touched it.
QStringList version2Ddl(const QStringList &auditLogColumns);

// Version 3: the search box's indexes. Searches match the beginning of a
// handle, an e-mail address or a name, case-insensitively, as index range scans.
QStringList version3Ddl(const SqlDialect &d);

// Version 4: the affiliate list's figures, one row per affiliate (AffiliateStats), with
// an index per figure the list sorts by. Filled by the migration itself.
QStringList version4Ddl(const SqlDialect &d);

// Runs the statements in order; stops at the first that fails.
Result<void> runAll(const Connection &connection, const QStringList &statements);

// Version 5: the search box matches any part of a handle, a name or an e-mail
// address (a surname, a fragment of an address), through a trigram index: pg_trgm's
// GIN on PostgreSQL, FTS5's trigram tokenizer on SQLite, kept current by triggers.
// Where the engine lacks it (no pg_trgm, no right to create it, no FTS5) the
// step leaves it out and searches keep matching beginnings. Also Stripe event ids
// in any case, through an index on their lower case.
Result<void> applyVersion5(const Connection &connection);

// Version 9: the four-eyes policy and the approval requests.
QStringList version9Ddl(const SqlDialect &d);

// Version 7: what a person decided about a conflict, a drift or a chain break
// (Resolve): one row per decision, marked when it is undone.
QStringList version7Ddl(const SqlDialect &d);
QStringList version8Ddl(const SqlDialect &d);

// Version 10: the change log of the incremental audit and the triggers that fill it.
QStringList version10Ddl(const SqlDialect &d);

// Version 11: the list's first page by name, tier or e-mail is an index walk, not a
// sort of every profile (at a million affiliates 270 ms, at 100,000 27 ms).
QStringList version11Ddl();
// The change log's triggers alone (a bulk load into a fresh sandbox drops those on
// tier_events, by auditTriggerNames(), and creates them again after).
QStringList auditTriggerDdl(const SqlDialect &d);
const QStringList &auditTriggerNames();

} // namespace TierDesk::SchemaDdl
