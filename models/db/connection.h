#pragma once

#include "../common/result.h"
#include "databaseurl.h"
#include "sqldialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace TierDesk {

// One QSqlDatabase connection, owned by the thread that opened it (Qt's rule).
// Every thread that talks to the database opens its own Connection through
// open(); the destructor closes it and removes it from Qt's registry, so it
// must run on the same thread. Sessions are read-only unless opened ReadWrite.
class Connection final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Connection)

public:
    enum class Mode {
        // ReadOnly, from the URL's hot standby when it names one (DatabaseUrl::standby):
        // browsing, search, the audit, reports.
        Browse,
        // PostgreSQL default_transaction_read_only, SQLite read-only open; always the
        // primary: previews, re-checks, the live feed (NOTIFY never reaches a standby).
        ReadOnly,
        ReadWrite, // the file or database must exist
        Create // SQLite: create the file if missing (init)
    };

    static Result<std::unique_ptr<Connection>> open(const DatabaseUrl &url, Mode mode);
    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return m_dialect; }
    // The URL as given (with its standby, if any); open(url(), mode()) opens a session
    // to the same server.
    const DatabaseUrl &url() const { return m_url; }
    Mode mode() const { return m_mode; }
    // The server this session talks to: the standby for a Browse session whose URL
    // names one, the URL itself otherwise.
    const DatabaseUrl &serverUrl() const { return m_server; }
    bool readsStandby() const { return m_mode == Mode::Browse && m_url.standby(); }
    bool isWritable() const { return m_mode == Mode::ReadWrite || m_mode == Mode::Create; }
    // The database's own name for who is connected (PostgreSQL session_user), read
    // from the server at open: recorded beside the operator's chosen name, which a
    // client can set to anything. Empty on SQLite, which has no users.
    QString databaseUser() const { return m_databaseUser; }
    // SQLite in WAL mode: whether a commit now would be durable and seen by every
    // other program (SqliteFiles::checkIntact). Nothing to check elsewhere.
    Result<void> checkFilesIntact() const;

    // A prepared query on this connection, or an Error naming what failed.
    Result<QSqlQuery> prepare(const QString &sql) const;
    // The same, kept on the connection for the next call with the same text (list
    // pages, searches, an affiliate's detail): SQLite compiles a statement on every
    // prepare, which is most of a 0.1 ms lookup, and PostgreSQL takes three round
    // trips (PREPARE, EXECUTE, DEALLOCATE) where a kept one takes one. Bind by
    // position, and finish() it after reading. The pointer keeps the statement alive
    // when the connection lets it go meanwhile. Only for texts whose generic plan is
    // a good one: PostgreSQL plans a kept statement once for all values after five
    // runs.
    Result<std::shared_ptr<QSqlQuery>> cached(const QString &sql) const;
    // PostgreSQL: cancel any statement of this session after `ms` (unless the URI's
    // options set statement_timeout). Nothing on SQLite.
    Result<void> limitStatements(int ms) const;
    // Runs a statement without results (DDL, SET, BEGIN ...).
    Result<void> exec(const QString &sql) const;
    // `sql` prepared, `values` bound in order, executed: the query, positioned before
    // its first row.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    // The same through cached(), forward-only: the kept statement, positioned before
    // its first row. finish() it after reading.
    Result<std::shared_ptr<QSqlQuery>> runKept(
        const QString &sql, const QVariantList &values = {}) const;
    // `sql` with RETURNING run like run(): how many rows it gave back, the statement
    // finished (SQLite will not commit while one is still open).
    Result<int> returnedRows(const QString &sql, const QVariantList &values = {}) const;
    // The columns of `table` (lower case), from the engine's catalogue; empty when
    // there is no such table.
    Result<QStringList> columnsOf(const QString &table) const;
    // exec() of a prepared query, mapping failure to an Error.
    static Result<void> exec(QSqlQuery &query);

    // A sentence for a failed query, with the driver's own words, and the kind its
    // error code means: locked, disk full, I/O, missing privilege, lost connection
    // and server limits are Connect (the database is unavailable, exit 4).
    static Error queryError(const QSqlQuery &query);
    static Error errorOf(
        const QSqlError &error, DatabaseUrl::Engine engine, const QString &sql = {});
    // PostgreSQL: who holds write or exclusive locks on TierDesk's tables now
    // ("Held: tier_events by process 4242 (user alice, ...)."), for a lock timeout's
    // sentence; empty when no one does, and on SQLite.
    Result<QString> lockHolders() const;
    // `error` with the lock's holders appended when it is a lock timeout, asked on a
    // fresh session to `url` (the failed one's transaction is aborted). Call it off
    // the UI thread.
    static Error withLockHolders(const DatabaseUrl &url, const Error &error);

private:
    Connection(const DatabaseUrl &url, Mode mode, QString name);
    Result<void> openSqlite();
    Result<void> openPostgres();

    DatabaseUrl m_url;
    DatabaseUrl m_server;
    Mode m_mode;
    QString m_name;
    QString m_databaseUser;
    bool m_walFiles = false; // a writable SQLite connection in WAL mode
    SqlDialect m_dialect;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

// A write (or read) transaction that rolls back unless committed. A write on
// SQLite is refused, before it begins and again just before it commits, when the
// database's files are no longer what SQLite's locks protect
// (Connection::checkFilesIntact): reporting success then would be a lie.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Transaction)

public:
    enum class Kind { Write, Read };
    explicit Transaction(const Connection &connection)
        : m_connection(connection)
    {
    }
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Result<void> begin(Kind kind = Kind::Write);
    Result<void> commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    const Connection &m_connection;
    bool m_active = false;
    bool m_write = false;
};

} // namespace TierDesk
