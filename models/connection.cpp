#include "connection.h"
#include "logging.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

namespace TierDesk {

namespace {

constexpr int SqliteBusyTimeoutMs = 10000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tierdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// libpq's messages span lines ("connection to server ... failed: \n\tIs the server running...").
QString firstSentence(const QString &driverText)
{
    QString text = driverText.simplified();
    if (text.endsWith(QLatin1String(" QPSQL: Unable to connect")))
        text.chop(25);
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

} // namespace

Connection::Connection(const DatabaseUrl &url, Mode mode, QString name)
    : m_url(url)
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

    if (url.isSqlite()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Error::connect(tr("Qt's SQLite driver (QSQLITE) is not installed."));
        const QFileInfo file(url.filePath());
        if (mode != Mode::Create && !file.exists())
            return Error::connect(
                tr("The SQLite file %1 does not exist.").arg(file.absoluteFilePath()));
        if (file.exists() && !file.isFile())
            return Error::connect(tr("%1 is not a file.").arg(file.absoluteFilePath()));

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(url.filePath());
        QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteBusyTimeoutMs)};
        if (mode == Mode::ReadOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open())
            return Error::connect(
                tr("Cannot open the SQLite file %1: %2.")
                    .arg(file.absoluteFilePath(), firstSentence(db.lastError().text())));
        // A file that is not a database opens fine; the first read tells.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return Error::connect(
                tr("%1 is not a SQLite database or is damaged (%2).")
                    .arg(file.absoluteFilePath(), firstSentence(probe.lastError().databaseText())));
        probe.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (mode != Mode::ReadOnly) {
            if (!probe.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
                return Error::connect(tr("Cannot switch %1 to WAL mode: %2.")
                                          .arg(file.absoluteFilePath(),
                                              firstSentence(probe.lastError().databaseText())));
            probe.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
        qCDebug(lcDb) << "opened" << url.toDisplayString()
                      << (mode == Mode::ReadOnly ? "read-only" : "read-write");
        return connection;
    }

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
    if (mode == Mode::ReadOnly && url.option(QStringLiteral("options")).isEmpty())
        options << QStringLiteral("options='-c default_transaction_read_only=on'");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return Error::connect(
            tr("Cannot connect to %1: %2.")
                .arg(url.toDisplayString(), firstSentence(db.lastError().text())));
    QSqlQuery setup(db);
    if (!setup.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return Error::connect(
            tr("Cannot set up the session on %1: %2.")
                .arg(url.toDisplayString(), firstSentence(setup.lastError().text())));
    if (mode == Mode::ReadOnly
        && !setup.exec(QStringLiteral("SET default_transaction_read_only = on")))
        return Error::connect(
            tr("Cannot make the session read-only on %1: %2.")
                .arg(url.toDisplayString(), firstSentence(setup.lastError().text())));
    qCDebug(lcDb) << "opened" << url.toDisplayString()
                  << (mode == Mode::ReadOnly ? "read-only" : "read-write");
    return connection;
}

Result<QSqlQuery> Connection::prepare(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.prepare(sql))
        return queryError(query);
    return query;
}

Result<QSqlQuery *> Connection::cached(const QString &sql) const
{
    constexpr qsizetype MaxStatements = 32;
    if (auto found = m_statements.constFind(sql); found != m_statements.cend())
        return found->get();
    auto prepared = prepare(sql);
    if (!prepared)
        return prepared.error();
    if (m_statements.size() >= MaxStatements)
        m_statements.clear(); // a search typed letter by letter makes new texts
    auto statement = std::make_shared<QSqlQuery>(std::move(*prepared));
    m_statements.insert(sql, statement);
    return statement.get();
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
    const QSqlError error = query.lastError();
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCDebug(lcDb).noquote() << "query failed:" << text << "in" << query.lastQuery();
    text = firstSentence(text);
    if (text.contains(QLatin1String("read-only transaction"))
        || text.contains(QLatin1String("readonly database"))
        || text.contains(QLatin1String("attempt to write a readonly")))
        return Error::refused(tr("The session is read-only; turn on write access to change data."));
    return Error::internal(tr("The database refused the query: %1.").arg(text));
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::begin(Kind kind)
{
    const SqlDialect &dialect = m_connection.dialect();
    auto result
        = m_connection.exec(kind == Kind::Write ? dialect.beginWrite() : dialect.beginRead());
    if (result)
        m_active = true;
    return result;
}

Result<void> Transaction::commit()
{
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
