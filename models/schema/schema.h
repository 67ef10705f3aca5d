#pragma once

#include "../common/result.h"
#include "../db/connection.h"

#include <QCoreApplication>

#include <optional>

namespace TierDesk {

// The production tables TierDesk attaches to and the additive, versioned
// changes it makes to them (docs/ARCHITECTURE.md §4).
class Schema final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Schema)

public:
    static constexpr int CurrentVersion = 11;

    // How a sandbox's big tables (tier_events, affiliate_commissions) are laid out:
    // as one table each, or partitioned the way large production databases hold them
    // (PostgreSQL only). A partitioned table's primary key and unique constraints
    // carry the partition key: (id, affiliate_id) and (stripe_event_id, affiliate_id)
    // by hash, (id, created_at) and (stripe_event_id, created_at) by range.
    enum class Layout { Plain, HashByAffiliate, RangeByCreatedAt };
    // "hash" / "range" / "" (plain), as init --partition names them.
    static std::optional<Layout> layoutNamed(const QString &name);

    // init: creates the production tables (if absent), then migrates, and marks
    // the database as a sandbox (where --unguarded replay is allowed).
    static Result<void> initialize(const Connection &connection, Layout layout = Layout::Plain);
    // migrate: TierDesk's additions on top of an existing production schema.
    // Idempotent; returns the number of versions applied (0 = already current).
    static Result<int> migrate(const Connection &connection);

    // The production tables and columns are all there; names the first missing one.
    static Result<void> checkProduction(const Connection &connection);
    // checkProduction() plus TierDesk's additions at the current version.
    static Result<void> checkMigrated(const Connection &connection);
    // 0 when TierDesk's additions were never applied.
    static Result<int> version(const Connection &connection);
    static Result<bool> isSandbox(const Connection &connection);
    // Whether the search box can match any part of a handle, name or e-mail
    // (schema version 5 made the index: pg_trgm on PostgreSQL, FTS5's trigram
    // tokenizer on SQLite); without it searches match beginnings only.
    static bool hasSubstringSearch(const Connection &connection);
    // The text all three are searched in on PostgreSQL, exactly as the trigram index holds it.
    static QString substringSearchExpression();

    // A bulk load into a fresh sandbox drops the indexes of the big tables and
    // builds them once at the end, which is several times faster.
    static Result<void> dropBulkIndexes(const Connection &connection);
    static Result<void> createBulkIndexes(const Connection &connection);
};

} // namespace TierDesk
