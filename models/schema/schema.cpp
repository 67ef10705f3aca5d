#include "schema.h"
#include "../common/logging.h"
#include "../common/text.h"
#include "../db/tables.h"
#include "../figures/affiliatestats.h"
#include "schemaddl.h"

#include <QDateTime>
#include <QSqlQuery>

namespace TierDesk {

using namespace SchemaDdl;

namespace {

using Tables::productionTables;
using Tables::RequiredTable;
using Tables::tierDeskTables;

} // namespace

namespace {

Result<void> checkTables(const Connection &connection, const QList<RequiredTable> &tables)
{
    for (const RequiredTable &table : tables) {
        const QString name = QString::fromLatin1(table.name);
        auto columns = connection.columnsOf(name);
        if (!columns)
            return columns.error();
        if (columns->isEmpty())
            return Error::connect(Schema::tr("The database has no table \"%1\".").arg(name));
        for (const char *column : table.columns) {
            if (!columns->contains(QString::fromLatin1(column)))
                return Error::connect(Schema::tr("The table \"%1\" has no column \"%2\".")
                                          .arg(name, QString::fromLatin1(column)));
        }
    }
    return {};
}

} // namespace

Result<void> Schema::checkProduction(const Connection &connection)
{
    return checkTables(connection, productionTables());
}

namespace {

// What a session needs on PostgreSQL, privilege by privilege: SELECT on every
// table TierDesk reads; for a writable session also what its writes touch
// (column grants count: has_any_column_privilege).
struct Needed
{
    const char *table;
    const char *privilege;
};

const QList<Needed> &readNeeds()
{
    static const QList<Needed> needs = {{"affiliate_profiles", "SELECT"},
        {"affiliate_commissions", "SELECT"}, {"tier_events", "SELECT"}, {"tier_policy", "SELECT"},
        {"tier_beacons", "SELECT"}, {"tierdesk_backfill_batches", "SELECT"},
        {"tierdesk_audit_log", "SELECT"}, {"tierdesk_affiliate_stats", "SELECT"},
        {"tierdesk_schema_version", "SELECT"}, {"tierdesk_resolutions", "SELECT"},
        {"tierdesk_approval_policy", "SELECT"}, {"tierdesk_approval_requests", "SELECT"}};
    return needs;
}

const QList<Needed> &writeNeeds()
{
    static const QList<Needed> needs
        = {{"tier_events", "UPDATE"}, {"tier_events", "INSERT"}, {"affiliate_profiles", "UPDATE"},
            {"affiliate_commissions", "INSERT"}, {"tier_beacons", "INSERT"},
            {"tierdesk_backfill_batches", "INSERT"}, {"tierdesk_backfill_batches", "UPDATE"},
            {"tierdesk_audit_log", "INSERT"}, {"tierdesk_affiliate_stats", "INSERT"},
            {"tierdesk_affiliate_stats", "UPDATE"}, {"tierdesk_affiliate_stats", "DELETE"},
            {"tierdesk_resolutions", "INSERT"}, {"tierdesk_resolutions", "UPDATE"},
            {"tierdesk_approval_requests", "INSERT"}, {"tierdesk_approval_requests", "UPDATE"}};
    return needs;
}

Result<void> checkPrivileges(const Connection &connection, const QList<Needed> &needs)
{
    if (!connection.dialect().isPostgres())
        return {};
    for (const Needed &need : needs) {
        // A table that is not there is checkTables' to name, not this. DELETE has no
        // column grants.
        const bool tableWide = qstrcmp(need.privilege, "DELETE") == 0;
        auto query = connection.cached(
            QStringLiteral("SELECT current_user, COALESCE((SELECT %1(c.oid, ?) "
                           "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                           "ON n.oid = c.relnamespace "
                           "WHERE n.nspname = current_schema() AND c.relname = ?), true)")
                .arg(tableWide ? QStringLiteral("has_table_privilege")
                               : QStringLiteral("has_any_column_privilege")));
        if (!query)
            return query.error();
        QSqlQuery *q = query->get();
        q->bindValue(0, QString::fromLatin1(need.privilege));
        q->bindValue(1, QString::fromLatin1(need.table));
        if (auto done = Connection::exec(*q); !done)
            return done.error();
        const bool missing = q->next() && !q->value(1).toBool();
        const QString role = q->value(0).toString();
        q->finish();
        if (missing)
            return Error::connect(
                Schema::tr("The database role \"%1\" has no %2 privilege on %3, which TierDesk "
                           "needs%4; ask a database administrator to grant it (the README's "
                           "\"Roles\" section lists the grants).")
                    .arg(role, QString::fromLatin1(need.privilege), QString::fromLatin1(need.table),
                        qstrcmp(need.privilege, "SELECT") == 0
                            ? Schema::tr(" to read")
                            : Schema::tr(" to write (this command changes data)")));
    }
    return {};
}

} // namespace

Result<void> Schema::checkMigrated(const Connection &connection)
{
    if (auto production = checkProduction(connection); !production)
        return production;
    if (auto readable = checkPrivileges(connection, readNeeds()); !readable)
        return readable;
    auto current = version(connection);
    if (!current)
        return current.error();
    if (*current < CurrentVersion)
        return Error::refused(
            tr("TierDesk's tables are missing or out of date (version %1 of %2); run "
               "\"tierdesk-cli migrate\" first.")
                .arg(Text::of(*current), Text::of(CurrentVersion)));
    if (*current > CurrentVersion)
        return Error::refused(
            tr("The database was migrated by a newer TierDesk (schema version %1); "
               "update TierDesk.")
                .arg(*current));
    if (auto complete = checkTables(connection, tierDeskTables()); !complete)
        return complete;
    if (connection.isWritable())
        return checkPrivileges(connection, writeNeeds());
    return {};
}

Result<int> Schema::version(const Connection &connection)
{
    auto columns = connection.columnsOf(QStringLiteral("tierdesk_schema_version"));
    if (!columns)
        return columns.error();
    if (columns->isEmpty())
        return 0;
    QSqlQuery query(connection.database());
    if (!query.exec(
            QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM tierdesk_schema_version")))
        return Connection::queryError(query);
    return query.next() ? query.value(0).toInt() : 0;
}

QString Schema::substringSearchExpression()
{
    return QStringLiteral("lower(coalesce(handle, '') || ' ' || coalesce(display_name, '') || ' ' "
                          "|| coalesce(email, ''))");
}

bool Schema::hasSubstringSearch(const Connection &connection)
{
    QSqlQuery query(connection.database());
    const bool asked = connection.dialect().isPostgres()
        ? query.exec(QStringLiteral("SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() "
                                    "AND indexname = 'affiliate_profiles_search_trgm_idx'"))
        : query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                                    "'tierdesk_affiliate_search'"));
    const bool found = asked && query.next();
    query.finish();
    return found;
}

Result<bool> Schema::isSandbox(const Connection &connection)
{
    auto columns = connection.columnsOf(QStringLiteral("tierdesk_meta"));
    if (!columns)
        return columns.error();
    if (columns->isEmpty())
        return false;
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT value FROM tierdesk_meta WHERE key = 'sandbox'")))
        return Connection::queryError(query);
    return query.next() && query.value(0).toString() == QLatin1String("true");
}

namespace {

// One step of TierDesk's schema: its number, what it adds (recorded in
// tierdesk_schema_version) and how. Steps run in order inside the migration's
// transaction; each is additive and idempotent. A new version is one more row
// here and Schema::CurrentVersion raised by one.
struct Migration
{
    int version;
    const char *description;
    Result<void> (*apply)(const Connection &connection);
};

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1,
            "TierDesk additions: supersede columns, policy, batches, audit log, beacons, "
            "indexes",
            [](const Connection &connection) -> Result<void> {
                auto columns = connection.columnsOf(QStringLiteral("tier_events"));
                if (!columns)
                    return columns.error();
                return runAll(connection, version1Ddl(connection.dialect(), *columns));
            }},
        {2, "Audit log rows name their backfill batch",
            [](const Connection &connection) -> Result<void> {
                auto columns = connection.columnsOf(QStringLiteral("tierdesk_audit_log"));
                if (!columns)
                    return columns.error();
                return runAll(connection, version2Ddl(*columns));
            }},
        {3, "Search indexes on handle, e-mail and name",
            [](const Connection &connection) {
                return runAll(connection, version3Ddl(connection.dialect()));
            }},
        {4, "The affiliate list's figures",
            [](const Connection &connection) -> Result<void> {
                if (auto done = runAll(connection, version4Ddl(connection.dialect())); !done)
                    return done;
                return AffiliateStats::fill(connection);
            }},
        {5, "Search any part of handle, name and e-mail; event ids in any case", applyVersion5},
        {6, "Ticket references and reasons on batches and the audit log",
            [](const Connection &connection) -> Result<void> {
                QStringList ddl;
                for (const char *table : {"tierdesk_backfill_batches", "tierdesk_audit_log"}) {
                    const QString name = QString::fromLatin1(table);
                    auto columns = connection.columnsOf(name);
                    if (!columns)
                        return columns.error();
                    for (const char *column : {"ticket", "reason"}) {
                        if (!columns->contains(QLatin1String(column)))
                            ddl << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT")
                                       .arg(name, QString::fromLatin1(column));
                    }
                }
                ddl << QStringLiteral("CREATE INDEX IF NOT EXISTS tierdesk_audit_log_ticket_idx "
                                      "ON tierdesk_audit_log (ticket)");
                return runAll(connection, ddl);
            }},
        {7, "Resolutions of conflicts, drift and chain breaks",
            [](const Connection &connection) {
                return runAll(connection, version7Ddl(connection.dialect()));
            }},
        {8, "New race-lost beacons announce themselves to open windows (PostgreSQL NOTIFY)",
            [](const Connection &connection) {
                return runAll(connection, version8Ddl(connection.dialect()));
            }},
        {9, "Four eyes: the approval policy and the approval requests",
            [](const Connection &connection) {
                return runAll(connection, version9Ddl(connection.dialect()));
            }},
        {10,
            "The change log of the incremental audit: triggers on tier_events, "
            "affiliate_profiles and tierdesk_resolutions",
            [](const Connection &connection) {
                return runAll(connection, version10Ddl(connection.dialect()));
            }},
        {11, "Indexes for the affiliate list's order by name, tier and e-mail",
            [](const Connection &connection) { return runAll(connection, version11Ddl()); }},
    };
    return steps;
}

// Brings TierDesk's additions to the current version inside the caller's
// transaction; returns how many versions it applied.
Result<int> applyMigrations(const Connection &connection)
{
    if (const QString lock = connection.dialect().migrationLock(); !lock.isEmpty()) {
        if (auto locked = connection.exec(lock); !locked)
            return locked.error();
    }
    auto current = Schema::version(connection);
    if (!current)
        return current.error();
    if (*current > Schema::CurrentVersion)
        return Error::refused(
            Schema::tr("The database was migrated by a newer TierDesk (schema version %1); "
                       "update TierDesk.")
                .arg(*current));
    if (*current == Schema::CurrentVersion)
        return 0;

    const SqlDialect &d = connection.dialect();
    if (auto created
        = connection.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tierdesk_schema_version ("
                                         "version INTEGER PRIMARY KEY, applied_at %1 NOT NULL, "
                                         "description TEXT)")
                              .arg(d.timestampType()));
        !created)
        return created.error();

    auto record = connection.prepare(QStringLiteral(
        "INSERT INTO tierdesk_schema_version (version, applied_at, description) VALUES (?, ?, ?)"));
    if (!record)
        return record.error();
    const auto recordVersion = [&](int version, const QString &description) -> Result<void> {
        record->bindValue(0, version);
        record->bindValue(1, SqlDialect::timeValue(QDateTime::currentDateTimeUtc()));
        record->bindValue(2, description);
        return Connection::exec(*record);
    };
    Q_ASSERT(migrations().constLast().version == Schema::CurrentVersion);
    for (const Migration &migration : migrations()) {
        if (migration.version <= *current)
            continue;
        if (auto applied = migration.apply(connection); !applied)
            return applied.error();
        if (auto done = recordVersion(migration.version, QString::fromUtf8(migration.description));
            !done)
            return done.error();
    }
    qCInfo(lcDb) << "migrated" << connection.url().toDisplayString() << "from version" << *current
                 << "to" << Schema::CurrentVersion;
    return Schema::CurrentVersion - *current;
}

} // namespace

Result<void> Schema::dropBulkIndexes(const Connection &connection)
{
    for (const QString &name : bulkIndexNames()) {
        if (auto done = connection.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(name)); !done)
            return done;
    }
    // A fresh sandbox's bulk load needs no change log: nothing has audited it yet.
    const bool postgres = connection.dialect().isPostgres();
    for (const QString &name : auditTriggerNames()) {
        if (auto done = connection.exec(postgres
                    ? QStringLiteral("DROP TRIGGER IF EXISTS %1 ON tier_events").arg(name)
                    : QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name));
            !done)
            return done;
    }
    return {};
}

Result<void> Schema::createBulkIndexes(const Connection &connection)
{
    if (auto done = runAll(connection, bulkIndexDdl(connection.dialect())); !done)
        return done;
    return runAll(connection, auditTriggerDdl(connection.dialect()));
}

Result<int> Schema::migrate(const Connection &connection)
{
    if (auto production = checkProduction(connection); !production)
        return production.error();
    if (connection.dialect().isPostgres()) {
        // ALTER TABLE needs the owner: say so before the first statement fails.
        QSqlQuery owner(connection.database());
        if (!owner.exec(QStringLiteral(
                "SELECT current_user, c.relname FROM pg_catalog.pg_class c "
                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relname IN ('affiliate_profiles', "
                "'affiliate_commissions', 'tier_events') AND NOT pg_has_role(c.relowner, 'USAGE') "
                "UNION ALL SELECT current_user, 'schema ' || current_schema() "
                "WHERE NOT has_schema_privilege(current_schema(), 'CREATE') LIMIT 1")))
            return Connection::queryError(owner);
        if (owner.next())
            return Error::connect(
                tr("The database role \"%1\" may not change %2: migrate adds TierDesk's columns, "
                   "tables and indexes and must run as the owner of the production tables; "
                   "nothing was changed.")
                    .arg(owner.value(0).toString(), owner.value(1).toString()));
    }
    Transaction transaction(connection);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto applied = applyMigrations(connection);
    if (!applied)
        return applied;
    // Up to date by its version number is not enough: TierDesk's own tables must
    // have the columns every other command needs (one dropped by hand would make
    // "nothing to do" here and a refusal everywhere else).
    if (auto complete = checkTables(connection, tierDeskTables()); !complete)
        return Error::refused(
            tr("%1 The schema says version %2, so migrate cannot tell what to add; restore it "
               "from a backup or ask a database administrator.")
                .arg(complete.error().message, Text::of(CurrentVersion)));
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return applied;
}

std::optional<Schema::Layout> Schema::layoutNamed(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("none"))
        return Layout::Plain;
    if (name == QLatin1String("hash"))
        return Layout::HashByAffiliate;
    if (name == QLatin1String("range"))
        return Layout::RangeByCreatedAt;
    return std::nullopt;
}

Result<void> Schema::initialize(const Connection &connection, Layout layout)
{
    if (layout != Layout::Plain && !connection.dialect().isPostgres())
        return Error::usage(tr("Only PostgreSQL partitions tables; leave out --partition for "
                               "SQLite."));
    auto existing = connection.columnsOf(QStringLiteral("affiliate_profiles"));
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        auto sandbox = isSandbox(connection);
        if (!sandbox)
            return sandbox.error();
        if (!*sandbox)
            return Error::refused(
                tr("%1 already holds affiliate tables that \"init\" did not create; use "
                   "\"tierdesk-cli migrate\" to attach TierDesk to a production database.")
                    .arg(connection.url().toDisplayString()));
    }
    Transaction transaction(connection);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const QStringList production = layout == Layout::Plain
        ? productionDdl(connection.dialect())
        : partitionedProductionDdl(layout == Layout::HashByAffiliate);
    if (auto done = runAll(connection, production); !done)
        return done;
    if (auto migrated = applyMigrations(connection); !migrated)
        return migrated.error();
    if (auto marked
        = connection.exec(QStringLiteral("INSERT INTO tierdesk_meta (key, value) VALUES "
                                         "('sandbox', 'true') ON CONFLICT (key) DO NOTHING"));
        !marked)
        return marked;
    // A sandbox starts with four eyes off, on PostgreSQL too, until someone sets a policy.
    if (auto off = connection.exec(
            QStringLiteral("UPDATE tierdesk_approval_policy SET max_rows = NULL, max_affiliates "
                           "= NULL WHERE set_by IS NULL"));
        !off)
        return off;
    return transaction.commit();
}

} // namespace TierDesk
