#pragma once

#include "databaseurl.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace TierDesk {

// The few places where SQLite and PostgreSQL need different SQL, in one spot.
// Everything else TierDesk runs is plain SQL both engines accept.
class SqlDialect final
{
public:
    explicit SqlDialect(DatabaseUrl::Engine engine = DatabaseUrl::Engine::Sqlite)
        : m_engine(engine)
    {
    }

    DatabaseUrl::Engine engine() const { return m_engine; }
    bool isSqlite() const { return m_engine == DatabaseUrl::Engine::Sqlite; }
    bool isPostgres() const { return m_engine == DatabaseUrl::Engine::Postgres; }

    // What the engine can do, by name, so callers ask for a capability instead of an engine.
    // PostgreSQL evaluates window functions as it walks an index; SQLite copies every row
    // of a partition into a temporary table first, so a LAG pass costs it several times more.
    bool hasCheapWindowFunctions() const { return isPostgres(); }
    // group_concat(): SQLite's string aggregate (the audit's grouped chain reading).
    bool hasGroupConcat() const { return isSqlite(); }
    // DISTINCT ON: the first row of each group in the query's order (the audit's drift).
    bool hasDistinctOn() const { return isPostgres(); }
    // One array value binds a whole id list (memberOf()); without it, each id is a
    // placeholder and lists must stay within the engine's limit on bound values.
    bool bindsArrays() const { return isPostgres(); }
    // A second connection can import a read transaction's snapshot, so two
    // connections read the same moment (pg_export_snapshot()).
    bool canShareSnapshot() const { return isPostgres(); }
    // The statement exporting such a snapshot; empty where the engine cannot.
    QString exportSnapshotQuery() const;
    // One row, one value: the engine's version ("3.40.1", "15.8").
    QString versionQuery() const;
    // Statements for a long analytic read inside a transaction, on each of its
    // connections: PostgreSQL's JIT only adds compile time to the audit's whole-table
    // passes, and parallel workers would compete for the cores with the audit's own
    // second connection (the event count's workers slowed the main connection's slice
    // from 0.3 to 1.1 s at 10 M events).
    QStringList analyticReadSetup() const;
    // The frame of a window that only LAG reads. LAG looks at the partition, never at
    // the frame, so the result is the same as the default RANGE frame's; a ROWS frame
    // spares PostgreSQL comparing each row's ORDER BY keys with the previous row's to
    // find its peers (a fifth of the audit's chain query at 10 M events).
    static QString lagFrame();

    // Starts a transaction that will write: SQLite takes the write lock up front
    // (BEGIN IMMEDIATE) so two writers queue on the busy timeout instead of failing
    // half-way on a lock upgrade.
    QString beginWrite() const;
    QString beginRead() const;

    // DDL pieces
    QString identityColumn() const; // "id ... PRIMARY KEY" with an identity default
    QString uuidType() const;
    QString timestampType() const;
    QString moneyType() const;
    QString jsonType() const;
    QString nowDefault() const;

    // The start of the UTC hour a timestamp column falls in, as a value toDateTime() reads.
    QString hourBucket(const QString &column) const;

    // A NUMERIC(12,2) dollar expression as whole cents, exactly. SQLite holds the
    // amounts as doubles and its ROUND() formats text, so it rounds by adding half
    // a cent and truncating; PostgreSQL's numeric times 100 is already whole.
    QString cents(const QString &amount) const;
    // SUM() of such an expression as whole cents (PostgreSQL sums the exact numerics
    // first and converts once).
    QString sumCents(const QString &amount) const;

    // A timestamp column as TierDesk's own UTC text ("2026-01-22T14:18:34.012Z"), which
    // toDateTime() reads directly. On PostgreSQL this spares the driver's conversion of
    // every timestamptz to local time, which costs glibc a look at /etc/localtime per
    // value: reading the audit's 22,000 rows took three times as long.
    QString isoTime(const QString &column) const;

    // The UTC day a timestamp column falls in (a date; "yyyy-MM-dd" text on SQLite):
    // QVariant::toDate() reads both.
    QString utcDay(const QString &column) const;

    // The UTC minute a timestamp column falls in (the incident's DATE_TRUNC('minute')).
    QString minuteBucket(const QString &column) const;
    // True when `later - earlier` is at most the bound value, in milliseconds. Exact
    // to the millisecond on both engines (SQLite compares ISO text through julianday).
    QString gapWithinMs(const QString &later, const QString &earlier) const;
    // Byte-order comparison for an expression (" COLLATE \"C\"" on PostgreSQL; SQLite's
    // default BINARY already is), so a prefix is a plain index range whatever the locale.
    QString bytewiseCollation() const;
    // " FOR SHARE" on PostgreSQL: rows read stay as read until the transaction ends.
    // SQLite's BEGIN IMMEDIATE already holds the only write lock there is.
    QString shareLock() const;
    // One row, one value: the engine's cheap estimate of a table's row count
    // (PostgreSQL's planner statistics; SQLite's largest rowid).
    QString estimatedRowsQuery(const QString &table) const;
    // Lists the column names of a table: one bound value, the table name.
    QString columnsOfTableQuery() const;
    // Serialises schema changes between two processes running migrate at once.
    QString migrationLock() const;

    // `column` is one of `ids`: on PostgreSQL one array value (of `arrayType`, e.g.
    // "uuid[]") instead of thousands of placeholders to parse and plan, on SQLite a
    // placeholder each (callers keep the list within SQLite's limit on bound values).
    struct Membership
    {
        QString sql;
        QVariantList values;
    };
    Membership memberOf(
        const QString &column, const QStringList &ids, const QString &arrayType) const;
    // memberOf() for any number of ids: one condition on PostgreSQL, on SQLite one per
    // 500 ids (a statement each, within its limit on bound values); none for no ids.
    QList<Membership> membersOf(
        const QString &column, const QStringList &ids, const QString &arrayType) const;
    // A bound value for "column LIKE ? ESCAPE '\\'" that finds `text` anywhere in the
    // column, its own %, _ and \\ as plain characters.
    static QString containsPattern(const QString &text);
    // "?,?,?": `count` placeholders.
    static QString placeholders(qsizetype count);
    // A PostgreSQL array literal of numbers: "{1,2,3}".
    static QString arrayValue(const QList<qint64> &ids);
    // A PostgreSQL array literal of times: {"2026-01-22T14:18:34.012Z",...}.
    static QString arrayValue(const QList<QDateTime> &times);

    // Times cross the boundary as ISO-8601 UTC text with milliseconds.
    static QVariant timeValue(const QDateTime &time);
    static QString timeText(const QDateTime &time);
    static QDateTime toDateTime(const QVariant &value);
    // Money crosses as exact decimal text ("-12.05") for a NUMERIC(12,2) column.
    static QString moneyText(qint64 cents);

private:
    DatabaseUrl::Engine m_engine;
};

} // namespace TierDesk
