#include "schemaddl.h"
#include "../common/logging.h"
#include "schema.h"

#include <QSqlQuery>

namespace TierDesk::SchemaDdl {

QStringList productionDdl(const SqlDialect &d)
{
    const QString ts = d.timestampType();
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS affiliate_profiles ("
                       "id %1 PRIMARY KEY, handle TEXT UNIQUE, display_name TEXT, email TEXT, "
                       "commission_rate INTEGER NOT NULL, created_at %2 NOT NULL DEFAULT %3)")
            .arg(d.uuidType(), ts, d.nowDefault()),
        QStringLiteral("CREATE TABLE IF NOT EXISTS affiliate_commissions ("
                       "%1, affiliate_id %2 NOT NULL REFERENCES affiliate_profiles(id), "
                       "stripe_event_id TEXT UNIQUE, commission_amount %3 NOT NULL, "
                       "created_at %4 NOT NULL DEFAULT %5)")
            .arg(d.identityColumn(), d.uuidType(), d.moneyType(), ts, d.nowDefault()),
        QStringLiteral("CREATE TABLE IF NOT EXISTS tier_events ("
                       "%1, affiliate_id %2 NOT NULL REFERENCES affiliate_profiles(id), "
                       "from_rate INTEGER, to_rate INTEGER, created_at %3 NOT NULL DEFAULT %4, "
                       "status TEXT NOT NULL DEFAULT 'active')")
            .arg(d.identityColumn(), d.uuidType(), ts, d.nowDefault()),
    };
}

// The indexes on the big tables, which a bulk load drops and builds again after.
QStringList bulkIndexDdl(const SqlDialect &d)
{
    QStringList ddl{
        QStringLiteral("CREATE INDEX IF NOT EXISTS tier_events_affiliate_time_idx "
                       "ON tier_events (affiliate_id, created_at, id)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS tier_events_batch_idx ON tier_events (backfill_batch_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS affiliate_commissions_affiliate_time_idx "
                       "ON affiliate_commissions (affiliate_id, created_at)"),
    };
    // The audit reads only active events in chain order; let it read the index alone.
    if (d.isPostgres())
        ddl << QStringLiteral(
            "CREATE INDEX IF NOT EXISTS tier_events_active_chain_idx ON tier_events "
            "(affiliate_id, created_at, id) INCLUDE (from_rate, to_rate) "
            "WHERE status = 'active'");
    else
        ddl << QStringLiteral(
            "CREATE INDEX IF NOT EXISTS tier_events_active_chain_idx ON tier_events "
            "(affiliate_id, created_at, id, from_rate, to_rate) WHERE status = 'active'");
    return ddl;
}

const QStringList &bulkIndexNames()
{
    static const QStringList names{QStringLiteral("tier_events_affiliate_time_idx"),
        QStringLiteral("tier_events_batch_idx"),
        QStringLiteral("affiliate_commissions_affiliate_time_idx"),
        QStringLiteral("tier_events_active_chain_idx")};
    return names;
}

// Version 1: everything TierDesk adds. Each statement is safe to run again.
QStringList version1Ddl(const SqlDialect &d, const QStringList &tierEventColumns)
{
    const QString ts = d.timestampType();
    QStringList ddl;
    const QList<QPair<QString, QString>> added = {
        {QStringLiteral("superseded_by"), QStringLiteral("BIGINT")},
        {QStringLiteral("superseded_at"), ts},
        {QStringLiteral("backfill_batch_id"), QStringLiteral("BIGINT")},
    };
    for (const auto &[column, type] : added) {
        if (!tierEventColumns.contains(column))
            ddl << QStringLiteral("ALTER TABLE tier_events ADD COLUMN %1 %2").arg(column, type);
    }
    ddl << QStringLiteral(
        "CREATE TABLE IF NOT EXISTS tier_policy ("
        "rate INTEGER PRIMARY KEY, name TEXT NOT NULL, threshold_amount %1 NOT NULL)")
               .arg(d.moneyType())
        << QStringLiteral("INSERT INTO tier_policy (rate, name, threshold_amount) VALUES "
                          "(20, 'Bronze', 0), (25, 'Gold', 1500) ON CONFLICT (rate) DO NOTHING")
        << QStringLiteral("CREATE TABLE IF NOT EXISTS tierdesk_backfill_batches ("
                          "%1, started_at %2 NOT NULL, finished_at %2, operator TEXT, host TEXT, "
                          "kind TEXT NOT NULL CHECK (kind IN ('supersede', 'undo')), "
                          "window_seconds INTEGER, rows_planned INTEGER NOT NULL DEFAULT 0, "
                          "rows_changed INTEGER NOT NULL DEFAULT 0, "
                          "status TEXT NOT NULL CHECK (status IN ('committed', 'rolled_back')), "
                          "plan_fingerprint TEXT, undo_of BIGINT, note TEXT)")
               .arg(d.identityColumn(), ts)
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS tierdesk_audit_log ("
               "%1, at %2 NOT NULL DEFAULT %3, operator TEXT, host TEXT, action TEXT NOT NULL, "
               "affiliate_id %4, details %5)")
               .arg(d.identityColumn(), ts, d.nowDefault(), d.uuidType(), d.jsonType())
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS tier_beacons ("
               "%1, at %2 NOT NULL DEFAULT %3, name TEXT NOT NULL, affiliate_id %4, details %5)")
               .arg(d.identityColumn(), ts, d.nowDefault(), d.uuidType(), d.jsonType())
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS tierdesk_meta (key TEXT PRIMARY KEY, value TEXT)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS tier_beacons_at_idx ON tier_beacons (at)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS tierdesk_audit_log_affiliate_idx "
                          "ON tierdesk_audit_log (affiliate_id, at)");
    ddl << bulkIndexDdl(d);
    return ddl;
}

// Version 2: audit-log rows name the backfill batch they belong to, so an
// affiliate's history finds the batches that touched it.
QStringList version2Ddl(const QStringList &auditLogColumns)
{
    QStringList ddl;
    if (!auditLogColumns.contains(QStringLiteral("batch_id")))
        ddl << QStringLiteral("ALTER TABLE tierdesk_audit_log ADD COLUMN batch_id BIGINT");
    ddl << QStringLiteral(
        "CREATE INDEX IF NOT EXISTS tierdesk_audit_log_batch_idx ON tierdesk_audit_log (batch_id)");
    return ddl;
}

// Version 3: the search box's indexes. Searches match the beginning of a
// handle, an e-mail address or a name, case-insensitively, as index range scans.
QStringList version3Ddl(const SqlDialect &d)
{
    QStringList ddl;
    for (const char *column : {"handle", "email", "display_name"})
        ddl << QStringLiteral(
            "CREATE INDEX IF NOT EXISTS affiliate_profiles_%1_search_idx ON affiliate_profiles "
            "((lower(%1)%2))")
                   .arg(QString::fromLatin1(column), d.bytewiseCollation());
    // Statistics for the new expressions, or a search with ORDER BY ... LIMIT walks the
    // handle index instead of the few rows the ranges find.
    ddl << QStringLiteral("ANALYZE affiliate_profiles");
    return ddl;
}

// Version 4: the affiliate list's figures, one row per affiliate (AffiliateStats), with
// an index per figure the list sorts by. Filled by the migration itself.
QStringList version4Ddl(const SqlDialect &d)
{
    QStringList ddl;
    ddl << QStringLiteral("CREATE TABLE IF NOT EXISTS tierdesk_affiliate_stats ("
                          "affiliate_id %1 PRIMARY KEY, "
                          "commissions_90d_cents BIGINT NOT NULL DEFAULT 0, "
                          "events INTEGER NOT NULL DEFAULT 0, "
                          "duplicates INTEGER NOT NULL DEFAULT 0, "
                          "conflicts INTEGER NOT NULL DEFAULT 0, "
                          "drift INTEGER NOT NULL DEFAULT 0, "
                          "computed_at %2 NOT NULL)")
               .arg(d.uuidType(), d.timestampType());
    for (const char *column : {"commissions_90d_cents", "events", "duplicates"})
        ddl << QStringLiteral("CREATE INDEX IF NOT EXISTS tierdesk_affiliate_stats_%1_idx ON "
                              "tierdesk_affiliate_stats (%1, affiliate_id)")
                   .arg(QString::fromLatin1(column));
    return ddl;
}

Result<void> runAll(const Connection &connection, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto done = connection.exec(sql); !done)
            return done;
    }
    return {};
}

// Version 5: the search box matches any part of a handle, a name or an e-mail
// address (a surname, a fragment of an address), through a trigram index: pg_trgm's
// GIN on PostgreSQL, FTS5's trigram tokenizer on SQLite, kept current by triggers.
// Where the engine lacks it (no pg_trgm, no right to create it, no FTS5) the
// step leaves it out and searches keep matching beginnings. Also Stripe event ids
// in any case, through an index on their lower case.
Result<void> applyVersion5(const Connection &connection)
{
    const SqlDialect &d = connection.dialect();
    if (auto done = connection.exec(
            QStringLiteral("CREATE INDEX IF NOT EXISTS affiliate_commissions_event_lower_idx ON "
                           "affiliate_commissions ((lower(stripe_event_id)%1))")
                .arg(d.bytewiseCollation()));
        !done)
        return done;
    // Statistics for the new expression, or PostgreSQL guesses that one lowered event id
    // matches 0.5 % of the commissions and walks every profile instead (2.6 s, not 0.1 ms,
    // on 5 million commissions). The index alone on SQLite.
    if (auto done = connection.exec(d.isPostgres()
                ? QStringLiteral("ANALYZE affiliate_commissions")
                : QStringLiteral("ANALYZE affiliate_commissions_event_lower_idx"));
        !done)
        return done;
    if (d.isPostgres()) {
        // A failed statement aborts a PostgreSQL transaction: try inside a savepoint.
        if (auto done = connection.exec(QStringLiteral("SAVEPOINT tierdesk_trigram")); !done)
            return done;
        const auto tried = runAll(connection,
            {QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS affiliate_profiles_search_trgm_idx ON "
                               "affiliate_profiles USING gin ((%1) gin_trgm_ops)")
                    .arg(Schema::substringSearchExpression()),
                QStringLiteral("ANALYZE affiliate_profiles")});
        if (!tried) {
            qCWarning(lcDb) << "no trigram index; searches match beginnings only:"
                            << tried.error().message;
            return connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT tierdesk_trigram"));
        }
        return connection.exec(QStringLiteral("RELEASE SAVEPOINT tierdesk_trigram"));
    }
    const auto created = connection.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE IF NOT EXISTS tierdesk_affiliate_search USING fts5(handle, "
        "display_name, email, content='affiliate_profiles', content_rowid='rowid', "
        "tokenize='trigram')"));
    if (!created) {
        qCWarning(lcDb) << "no FTS5 trigram table; searches match beginnings only:"
                        << created.error().message;
        return {};
    }
    const QString remove = QStringLiteral(
        "INSERT INTO tierdesk_affiliate_search (tierdesk_affiliate_search, rowid, handle, "
        "display_name, email) VALUES ('delete', old.rowid, old.handle, old.display_name, "
        "old.email);");
    const QString add = QStringLiteral(
        "INSERT INTO tierdesk_affiliate_search (rowid, handle, display_name, email) "
        "VALUES (new.rowid, new.handle, new.display_name, new.email);");
    return runAll(connection,
        {QStringLiteral("CREATE TRIGGER IF NOT EXISTS tierdesk_affiliate_search_insert AFTER "
                        "INSERT ON affiliate_profiles BEGIN %1 END")
                .arg(add),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS tierdesk_affiliate_search_delete AFTER "
                           "DELETE ON affiliate_profiles BEGIN %1 END")
                .arg(remove),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS tierdesk_affiliate_search_update AFTER "
                           "UPDATE OF handle, display_name, email ON affiliate_profiles "
                           "BEGIN %1 %2 END")
                .arg(remove, add),
            QStringLiteral("INSERT INTO tierdesk_affiliate_search (tierdesk_affiliate_search) "
                           "VALUES ('rebuild')")});
}

// Version 7: what a person decided about a conflict, a drift or a chain break
// (Resolve): one row per decision, marked when it is undone.
QStringList version7Ddl(const SqlDialect &d)
{
    const QString ts = d.timestampType();
    return {QStringLiteral(
                "CREATE TABLE IF NOT EXISTS tierdesk_resolutions ("
                "%1, at %2 NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('conflict', "
                "'drift_align', 'drift_record', 'chain_break')), affiliate_id %3 NOT NULL, "
                "event_id BIGINT, from_rate INTEGER, to_rate INTEGER, fingerprint TEXT NOT NULL, "
                "operator TEXT, host TEXT, ticket TEXT, reason TEXT, details %4, undone_at %2, "
                "undone_by TEXT)")
                .arg(d.identityColumn(), ts, d.uuidType(), d.jsonType()),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tierdesk_resolutions_affiliate_idx ON "
                       "tierdesk_resolutions (affiliate_id, at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tierdesk_resolutions_event_idx ON "
                       "tierdesk_resolutions (event_id)")};
}

// Version 8: on PostgreSQL an insert into tier_beacons (by the webhooks' evaluator
// or TierDesk's) notifies the open windows, once per statement and only when it
// commits. SQLite has no notifications: the windows ask PRAGMA data_version.
QStringList version8Ddl(const SqlDialect &d)
{
    if (!d.isPostgres())
        return {};
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION tierdesk_beacons_notify() RETURNS trigger "
                       "LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('tierdesk_beacons', ''); "
                       "RETURN NULL; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS tierdesk_beacons_notify ON tier_beacons"),
        QStringLiteral("CREATE TRIGGER tierdesk_beacons_notify AFTER INSERT ON tier_beacons "
                       "FOR EACH STATEMENT EXECUTE FUNCTION tierdesk_beacons_notify()")};
}

// Version 9: four eyes. The policy (one row: above how many rows or affiliates a write
// needs a second agent, who counts as the same agent, how long a request stays open) and
// the requests. On PostgreSQL, the production database, the policy starts on (more than
// 100 rows or 10 affiliates, agents told apart by their database login); on SQLite off.
QStringList version9Ddl(const SqlDialect &d)
{
    const QString ts = d.timestampType();
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS tierdesk_approval_policy ("
                           "id INTEGER PRIMARY KEY CHECK (id = 1), max_rows INTEGER CHECK "
                           "(max_rows >= 0), max_affiliates INTEGER CHECK (max_affiliates >= 0), "
                           "identity TEXT NOT NULL CHECK (identity IN ('login', 'name')), "
                           "expiry_hours INTEGER NOT NULL CHECK (expiry_hours BETWEEN 1 AND 720), "
                           "set_by TEXT, set_at %1)")
                .arg(ts),
        d.isPostgres()
            ? QStringLiteral("INSERT INTO tierdesk_approval_policy (id, max_rows, "
                             "max_affiliates, identity, expiry_hours) VALUES (1, 100, 10, "
                             "'login', 24) ON CONFLICT (id) DO NOTHING")
            : QStringLiteral("INSERT INTO tierdesk_approval_policy (id, max_rows, "
                             "max_affiliates, identity, expiry_hours) VALUES (1, NULL, NULL, "
                             "'name', 24) ON CONFLICT (id) DO NOTHING"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS tierdesk_approval_requests ("
            "%1, created_at %2 NOT NULL, expires_at %2 NOT NULL, "
            "kind TEXT NOT NULL CHECK (kind IN ('backfill', 'undo')), window_seconds INTEGER, "
            "affiliate_id %3, undo_batch BIGINT, fingerprint TEXT NOT NULL, "
            "rows_planned INTEGER NOT NULL, affiliates INTEGER NOT NULL, ticket TEXT, reason TEXT, "
            "requested_by TEXT NOT NULL, requested_login TEXT, requested_host TEXT, "
            "status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', "
            "'withdrawn', 'stale')), decided_at %2, decided_by TEXT, decided_login TEXT, "
            "decision_note TEXT, batch_id BIGINT)")
            .arg(d.identityColumn(), ts, d.uuidType()),
        QStringLiteral("CREATE INDEX IF NOT EXISTS tierdesk_approval_requests_status_idx ON "
                       "tierdesk_approval_requests (status, created_at)")};
}

} // namespace TierDesk::SchemaDdl
