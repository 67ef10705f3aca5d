#include "connection.h"
#include "../common/logging.h"
#include "../common/text.h"
#include "sqlitefiles.h"
#include "tables.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>
#include <QUrl>

#include <libpq-fe.h>

#include <cerrno>
#include <sys/statvfs.h>
#include <unistd.h>

namespace TierDesk {

namespace {

constexpr int SqliteBusyTimeoutMs = 10000;
constexpr int PostgresLockTimeoutMs = 10000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tierdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// libpq's messages span lines ("connection to server ... failed: \n\tIs the server running...").
QString firstSentence(const QString &driverText)
{
    // The server's own lines after the message (the SQL text with a caret, DETAIL,
    // HINT, CONTEXT) are for the log, not for the sentence.
    QString head = driverText;
    for (const char *tail : {"\nLINE ", "\nDETAIL:", "\nHINT:", "\nCONTEXT:", "\nQUERY:"}) {
        const qsizetype at = head.indexOf(QLatin1String(tail));
        if (at >= 0)
            head.truncate(at);
    }
    QString text = head.simplified();
    for (const char *prefix : {"ERROR: ", "FATAL: "}) {
        if (text.startsWith(QLatin1String(prefix)))
            text = text.mid(qstrlen(prefix));
    }
    if (text.endsWith(QLatin1String(" QPSQL: Unable to connect")))
        text.chop(25);
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

enum class Storage { Writable, ReadOnlyFile, ReadOnlyFolder, ReadOnlyFileSystem };

// Whether TierDesk could write `file` and the journal beside it, and if not, why.
Storage storageOf(const QFileInfo &file)
{
    const QByteArray folder = QFile::encodeName(file.absolutePath());
    struct statvfs fs;
    if (::statvfs(folder.constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY))
        return Storage::ReadOnlyFileSystem;
    if (file.exists()
        && ::access(QFile::encodeName(file.absoluteFilePath()).constData(), W_OK) != 0)
        return errno == EROFS ? Storage::ReadOnlyFileSystem : Storage::ReadOnlyFile;
    if (::access(folder.constData(), W_OK) != 0)
        return errno == EROFS ? Storage::ReadOnlyFileSystem : Storage::ReadOnlyFolder;
    return Storage::Writable;
}

} // namespace

Connection::Connection(const DatabaseUrl &url, Mode mode, QString name)
    : m_url(url)
    , m_server(mode == Mode::Browse && url.standby() ? *url.standby() : url)
    , m_mode(mode)
    , m_name(std::move(name))
    , m_dialect(url.engine())
{
}

Connection::~Connection()
{
    m_statements.clear(); // the statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<std::unique_ptr<Connection>> Connection::open(const DatabaseUrl &url, Mode mode)
{
    const QString name = nextConnectionName();
    // Owned from here on, so every failure below removes the registration again.
    std::unique_ptr<Connection> connection(new Connection(url, mode, name));
    auto opened = url.isSqlite() ? connection->openSqlite() : connection->openPostgres();
    if (!opened)
        return opened.error();
    qCDebug(lcDb) << "opened" << connection->serverUrl().toDisplayString()
                  << (connection->isWritable() ? "read-write" : "read-only");
    return connection;
}

// The file, checked for what a write needs before SQLite is asked; WAL mode only
// on TierDesk's own databases.
Result<void> Connection::openSqlite()
{
    const DatabaseUrl &url = m_url;
    const Mode mode = isWritable() ? m_mode : Mode::ReadOnly;
    const QString &name = m_name;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::connect(tr("Qt's SQLite driver (QSQLITE) is not installed."));
    const QFileInfo file(url.filePath());
    const QString path = file.absoluteFilePath();
    if (mode != Mode::Create && !file.exists())
        return Error::connect(tr("The SQLite file %1 does not exist.").arg(path));
    if (file.exists() && !file.isFile())
        return Error::connect(tr("%1 is not a file.").arg(path));
    // SQLite would make an empty file a database on its first write.
    if (mode != Mode::Create && file.size() == 0)
        return Error::connect(
            tr("%1 is empty, so it is not a SQLite database; nothing was written.").arg(path));
    const Storage storage = storageOf(file);
    if (mode != Mode::ReadOnly) {
        // Say what is missing before SQLite says "unable to open" or "readonly".
        if (storage == Storage::ReadOnlyFileSystem)
            return Error::connect(tr("The file system holding %1 is mounted read-only, so "
                                     "TierDesk can read it but not write to it.")
                                      .arg(path));
        if (storage == Storage::ReadOnlyFile)
            return Error::connect(
                tr("%1 is read-only for you (no write permission), so TierDesk cannot write "
                   "to it.")
                    .arg(path));
        if (storage == Storage::ReadOnlyFolder)
            return Error::connect(
                tr("The folder %1 is read-only for you, and SQLite writes its journal next to "
                   "the database, so TierDesk cannot write to it.")
                    .arg(file.absolutePath()));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteBusyTimeoutMs)};
    if (mode == Mode::ReadOnly && storage == Storage::ReadOnlyFileSystem) {
        // Nothing can change the file through a read-only mount (nor create its
        // journal next to it): read it as immutable, without locks or a -shm file.
        // (A file only read-only for this user may be written by its owner, so it
        // is opened normally.)
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setScheme(QStringLiteral("file"));
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options << QStringLiteral("QSQLITE_OPEN_URI") << QStringLiteral("QSQLITE_OPEN_READONLY");
    } else {
        db.setDatabaseName(url.filePath());
        if (mode == Mode::ReadOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return Error::connect(tr("Cannot open the SQLite file %1: %2.")
                                  .arg(path, firstSentence(db.lastError().text())));
    // A file that is not a database opens fine; the first read tells.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral(
            "SELECT count(*), count(CASE WHEN name = 'affiliate_profiles' THEN 1 END) "
            "FROM sqlite_master"))
        || !probe.next()) {
        const Error error = errorOf(probe.lastError(), DatabaseUrl::Engine::Sqlite);
        if (error.kind == Error::Kind::Connect && error.message.contains(QLatin1String("locked")))
            return error;
        return Error::connect(tr("%1 is not a SQLite database or is damaged (%2).")
                                  .arg(path, firstSentence(probe.lastError().databaseText())));
    }
    const bool ours = probe.value(0).toInt() == 0 || probe.value(1).toInt() > 0;
    probe.finish();
    probe.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // WAL only for a database that is (or is about to be) TierDesk's: a command
    // that refuses an unrelated file leaves it exactly as it was.
    if (mode != Mode::ReadOnly && (ours || mode == Mode::Create)) {
        if (!probe.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return Error::connect(
                tr("Cannot switch %1 to WAL mode: %2.")
                    .arg(path, errorOf(probe.lastError(), DatabaseUrl::Engine::Sqlite).message));
        m_walFiles = probe.next()
            && probe.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        probe.finish();
        // FULL: a commit that reports success is on disk (NORMAL's WAL commits can
        // roll back after a power cut), which is what TierDesk promises for a write.
        probe.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    // 64 MiB of page cache instead of 2: a bulk write (a demo, a backfill's undo) no
    // longer spills pages to the file before it commits.
    probe.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    return {};
}

// Read-only sessions enforced by the server, notices to a logging category,
// bounded lock waits, and the server's own name for the user.
Result<void> Connection::openPostgres()
{
    const DatabaseUrl &url = m_server;
    const bool readOnly = !isWritable();
    const QString &name = m_name;

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::connect(tr("Qt's PostgreSQL driver (QPSQL) is not installed."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!url.host().isEmpty())
        db.setHostName(url.host());
    if (url.port())
        db.setPort(url.port());
    db.setDatabaseName(url.databaseName());
    db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    QStringList options;
    for (const auto &[key, value] : url.libpqOptions())
        options << key + QLatin1Char('=') + value;
    if (url.option(QStringLiteral("application_name")).isEmpty())
        options << QStringLiteral("application_name=tierdesk");
    // Read-only from the first statement on, enforced by the server.
    if (readOnly && url.option(QStringLiteral("options")).isEmpty())
        options << QStringLiteral("options='-c default_transaction_read_only=on'");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return Error::connect(
            tr("Cannot connect to %1: %2.")
                .arg(url.toDisplayString(), firstSentence(db.lastError().text())));
    // libpq prints the server's notices ("relation ... already exists, skipping",
    // "terminating connection") to stderr; they belong in a logging category.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid()
        && (qstrcmp(handle.typeName(), "PGconn*") == 0
            || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        PQsetNoticeProcessor(
            *static_cast<PGconn *const *>(handle.constData()),
            [](void *, const char *message) {
                qCInfo(lcServer).noquote() << QString::fromUtf8(message).trimmed();
            },
            nullptr);
    QSqlQuery setup(db);
    if (!setup.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return Error::connect(
            tr("Cannot set up the session on %1: %2.")
                .arg(url.toDisplayString(), firstSentence(setup.lastError().text())));
    bool standby = false;
    if (setup.exec(QStringLiteral("SELECT session_user, pg_is_in_recovery()")) && setup.next()) {
        m_databaseUser = setup.value(0).toString();
        standby = setup.value(1).toBool();
    }
    setup.finish();
    // A hot standby reads but never writes: say so before a write is tried there.
    if (standby && !readOnly)
        return Error::connect(tr("%1 is a standby server (a read-only replica), so nothing can be "
                                 "written there; name the primary server for writes.")
                                  .arg(url.toDisplayString()));
    // Bounded waits: a table or row lock held elsewhere ends in a sentence, not a
    // hang. The URI's options (-c lock_timeout=...) win over this default.
    if (!url.option(QStringLiteral("options")).contains(QLatin1String("lock_timeout"))
        && !setup.exec(QStringLiteral("SET lock_timeout = %1").arg(PostgresLockTimeoutMs)))
        return Error::connect(
            tr("Cannot set up the session on %1: %2.")
                .arg(url.toDisplayString(), firstSentence(setup.lastError().text())));
    if (readOnly && !setup.exec(QStringLiteral("SET default_transaction_read_only = on")))
        return Error::connect(
            tr("Cannot make the session read-only on %1: %2.")
                .arg(url.toDisplayString(), firstSentence(setup.lastError().text())));
    return {};
}

Result<void> Connection::limitStatements(int ms) const
{
    if (!m_dialect.isPostgres()
        || m_url.option(QStringLiteral("options")).contains(QLatin1String("statement_timeout")))
        return {};
    return exec(QStringLiteral("SET statement_timeout = %1").arg(ms));
}

Result<QSqlQuery> Connection::prepare(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.prepare(sql))
        return queryError(query);
    return query;
}

Result<std::shared_ptr<QSqlQuery>> Connection::cached(const QString &sql) const
{
    constexpr qsizetype MaxStatements = 32;
    if (auto found = m_statements.constFind(sql); found != m_statements.cend())
        return *found;
    auto prepared = prepare(sql);
    if (!prepared)
        return prepared.error();
    if (m_statements.size() >= MaxStatements)
        m_statements.clear(); // a search typed letter by letter makes new texts
    auto statement = std::make_shared<QSqlQuery>(std::move(*prepared));
    m_statements.insert(sql, statement);
    return statement;
}

Result<void> Connection::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return queryError(query);
    return {};
}

Result<void> Connection::exec(QSqlQuery &query)
{
    if (!query.exec())
        return queryError(query);
    return {};
}

Error Connection::queryError(const QSqlQuery &query)
{
    const bool sqlite = query.driver() && query.driver()->dbmsType() == QSqlDriver::SQLite;
    return errorOf(query.lastError(),
        sqlite ? DatabaseUrl::Engine::Sqlite : DatabaseUrl::Engine::Postgres, query.lastQuery());
}

Result<QString> Connection::lockHolders() const
{
    if (!m_dialect.isPostgres())
        return QString();
    // Who holds more than a reader's lock on the tables TierDesk reads and writes.
    auto query = prepare(QStringLiteral(
        "SELECT DISTINCT c.relname, a.pid, COALESCE(a.usename, ''), "
        "COALESCE(a.application_name, ''), l.mode, COALESCE(a.state, '') "
        "FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
        "JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.granted AND a.pid <> pg_backend_pid() AND l.mode <> 'AccessShareLock' "
        // Autovacuum gives way to any lock it blocks: it is never the one to wait for.
        "AND a.backend_type <> 'autovacuum worker' "
        "AND c.relname = ANY(CAST(? AS TEXT[])) "
        "ORDER BY 1, 2 LIMIT 5"));
    if (!query)
        return query.error();
    query->addBindValue(QStringLiteral("{%1}").arg(Tables::names().join(QLatin1Char(','))));
    if (auto done = exec(*query); !done)
        return done.error();
    QStringList holders;
    while (query->next())
        holders << tr("%1 by process %2 (user %3, application \"%4\", %5, %6)")
                       .arg(query->value(0).toString(), query->value(1).toString(),
                           query->value(2).toString(), query->value(3).toString(),
                           query->value(4).toString(), query->value(5).toString());
    if (holders.isEmpty())
        return QString();
    return tr("Held: %1.").arg(holders.join(QStringLiteral("; ")));
}

Error Connection::withLockHolders(const DatabaseUrl &url, const Error &error)
{
    if (error.reason != Error::Reason::LockTimeout)
        return error;
    auto probe = open(url, Mode::ReadOnly);
    if (!probe)
        return error;
    auto holders = (*probe)->lockHolders();
    // Named once: the CLI names them for every error, a service may have already.
    if (!holders || holders->isEmpty() || error.message.contains(*holders))
        return error;
    return {error.kind, error.message + QLatin1Char(' ') + *holders, error.reason};
}

Error Connection::errorOf(const QSqlError &error, DatabaseUrl::Engine engine, const QString &sql)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString code = error.nativeErrorCode();
    qCDebug(lcDb).noquote() << "query failed:" << code << text << "in" << sql;
    text = firstSentence(text);
    if (code == QLatin1String("25006") || text.contains(QLatin1String("read-only transaction"))
        || text.contains(QLatin1String("readonly database"))
        || text.contains(QLatin1String("attempt to write a readonly")))
        return Error::refused(tr("The session is read-only; turn on write access to change data."));

    // SQLite: the primary result code (extended codes carry it in the low byte).
    if (engine == DatabaseUrl::Engine::Sqlite) {
        const int sqlite = code.toInt() & 0xff;
        switch (sqlite) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Error::connect(tr("The database is locked by another program and stayed "
                                     "locked for %1 seconds (%2).")
                                      .arg(Text::of(SqliteBusyTimeoutMs / 1000), text));
        case 13: // SQLITE_FULL
            return Error::connect(tr("The disk holding the database is full (%1).").arg(text));
        case 10: // SQLITE_IOERR
            return Error::connect(
                tr("Reading or writing the database file failed (%1).").arg(text));
        case 14: // SQLITE_CANTOPEN
        case 3: // SQLITE_PERM
        case 23: // SQLITE_AUTH
            return Error::connect(
                tr("The database file cannot be opened or written (%1).").arg(text));
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return Error::connect(tr("The database file is damaged (%1).").arg(text));
        default:
            // (QSQLITE calls every failed step a ConnectionError: not a PostgreSQL sign.)
            return Error::internal(tr("The database refused the query: %1.").arg(text));
        }
    }

    // PostgreSQL: the SQLSTATE.
    if (code == QLatin1String("42501"))
        return Error::connect(tr("The database role lacks a privilege: %1.").arg(text));
    if (code == QLatin1String("55P03"))
        return {Error::Kind::Connect,
            tr("A table TierDesk needs stayed locked by another session past lock_timeout (%1).")
                .arg(text),
            Error::Reason::LockTimeout};
    if (code == QLatin1String("57014"))
        return Error::connect(
            tr("The statement ran past the server's statement timeout and was cancelled (%1).")
                .arg(text));
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return Error::connect(
            tr("The server rolled the transaction back to resolve a conflict with another "
               "session (%1); try again.")
                .arg(text));
    if (code.startsWith(QLatin1String("53")))
        return Error::connect(tr("The database server is out of a resource (%1).").arg(text));
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P"))
        || error.type() == QSqlError::ConnectionError
        || text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection")))
        return Error::connect(tr("The connection to the database was lost (%1).").arg(text));
    return Error::internal(tr("The database refused the query: %1.").arg(text));
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Connection::checkFilesIntact() const
{
    if (!m_walFiles)
        return {};
    return SqliteFiles::checkIntact(QFileInfo(m_url.filePath()).absoluteFilePath());
}

Result<QSqlQuery> Connection::run(const QString &sql, const QVariantList &values) const
{
    auto query = prepare(sql);
    if (!query)
        return query.error();
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (auto done = exec(*query); !done)
        return done.error();
    return std::move(*query);
}

Result<std::shared_ptr<QSqlQuery>> Connection::runKept(
    const QString &sql, const QVariantList &values) const
{
    auto query = cached(sql);
    if (!query)
        return query.error();
    (*query)->setForwardOnly(true);
    for (int i = 0; i < values.size(); ++i)
        (*query)->bindValue(i, values.at(i));
    if (auto done = exec(**query); !done)
        return done.error();
    return *query;
}

Result<int> Connection::returnedRows(const QString &sql, const QVariantList &values) const
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    int rows = 0;
    while (query->next())
        ++rows;
    query->finish();
    return rows;
}

Result<QStringList> Connection::columnsOf(const QString &table) const
{
    auto query = prepare(dialect().columnsOfTableQuery());
    if (!query)
        return query.error();
    query->addBindValue(table);
    if (auto done = exec(*query); !done)
        return done.error();
    QStringList columns;
    while (query->next())
        columns << query->value(0).toString().toLower();
    return columns;
}

Result<void> Transaction::begin(Kind kind)
{
    const SqlDialect &dialect = m_connection.dialect();
    m_write = kind == Kind::Write;
    if (m_write) {
        if (auto intact = m_connection.checkFilesIntact(); !intact)
            return intact.error();
    }
    auto result
        = m_connection.exec(kind == Kind::Write ? dialect.beginWrite() : dialect.beginRead());
    if (result)
        m_active = true;
    return result;
}

Result<void> Transaction::commit()
{
    if (m_write) {
        if (auto intact = m_connection.checkFilesIntact(); !intact) {
            rollback();
            return intact.error();
        }
    }
    auto result = m_connection.exec(QStringLiteral("COMMIT"));
    if (result)
        m_active = false;
    else
        rollback();
    return result;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_connection.database());
    // Fails when the connection is gone, and then the server has rolled back
    // already; the caller reports that, so this is only worth a debug line.
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcDb) << "rollback failed:" << query.lastError().text();
}

} // namespace TierDesk
