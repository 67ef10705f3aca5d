#include "testdatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace {

// Runs one statement on the admin database through a short-lived connection.
QString adminExec(const QString &sql)
{
    QString error;
    TestDatabase::queryValue(TestDatabase::postgresAdminUrl(), sql, &error);
    return error;
}

} // namespace

QVariant TestDatabase::queryValue(const QString &urlText, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("tierdesk-test-admin");
    QString problem;
    QVariant value;
    {
        auto url = TierDesk::DatabaseUrl::parse(urlText);
        if (!url) {
            problem = url.error().message;
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url->host());
            db.setPort(url->port());
            db.setDatabaseName(url->databaseName());
            db.setUserName(url->userName());
            if (!db.open()) {
                problem = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    problem = query.lastError().text();
                else if (query.next())
                    value = query.value(0);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (error)
        *error = problem;
    return value;
}

QString TestDatabase::standbyAdminUrl()
{
    return qEnvironmentVariable("TIERDESK_TEST_PG_STANDBY_URL");
}

QString TestDatabase::standbyUrlString() const
{
    if (m_pgName.isEmpty() || standbyAdminUrl().isEmpty())
        return {};
    const QUrlQuery standbyQuery(QUrl(standbyAdminUrl()).query());
    QUrl url(m_urlString);
    QUrlQuery query(url.query());
    query.removeQueryItem(QStringLiteral("port"));
    query.addQueryItem(QStringLiteral("port"), standbyQuery.queryItemValue(QStringLiteral("port")));
    url.setQuery(query);
    return url.toString();
}

QString TestDatabase::waitForStandby(int timeoutMs)
{
    QString error;
    // The insert position, not the write position: the test cluster commits without
    // waiting for the WAL flush (synchronous_commit=off), so a commit's record may be in
    // the WAL buffers only, ahead of pg_current_wal_lsn(). The standby replays it once
    // the WAL writer has flushed it.
    const QString target = queryValue(
        postgresAdminUrl(), QStringLiteral("SELECT pg_current_wal_insert_lsn()::text"), &error)
                               .toString();
    if (!error.isEmpty())
        return error;
    QDeadlineTimer deadline(timeoutMs);
    const QString caughtUp
        = QStringLiteral("SELECT pg_last_wal_replay_lsn() >= '%1'::pg_lsn").arg(target);
    while (!deadline.hasExpired()) {
        if (queryValue(standbyAdminUrl(), caughtUp, &error).toBool())
            return {};
        QThread::msleep(20); // polling a condition, not waiting out a race
    }
    const QVariant reached = queryValue(standbyAdminUrl(),
        QStringLiteral("SELECT pg_last_wal_receive_lsn()::text || ' received, ' || "
                       "pg_last_wal_replay_lsn()::text || ' replayed, paused: ' || "
                       "pg_is_wal_replay_paused()::text"),
        &error);
    return QStringLiteral("the standby did not replay %1 in %2 s (%3%4)")
        .arg(target)
        .arg(timeoutMs / 1000)
        .arg(reached.toString(), error);
}

QString TestDatabase::postgresAdminUrl()
{
    return qEnvironmentVariable("TIERDESK_TEST_PG_URL");
}

bool TestDatabase::sqliteOnly()
{
    return qEnvironmentVariable("TIERDESK_TEST_ENGINES") == QLatin1String("sqlite");
}

void TestDatabase::addEngines()
{
    QTest::addColumn<QString>("engine");
    // The partitioned pass of scripts/test is about PostgreSQL alone.
    if (qEnvironmentVariableIsEmpty("TIERDESK_TEST_PG_PARTITION"))
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (!sqliteOnly())
        QTest::newRow("postgres") << QStringLiteral("postgres");
}

TestDatabase::TestDatabase(const QString &engine)
    : m_engine(engine)
{
    static QAtomicInteger<int> counter;
    if (engine == QLatin1String("sqlite")) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_urlString = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("test.db"));
    } else if (sqliteOnly()) {
        m_skipped = QString::fromLatin1(SqliteOnlySkip);
        return;
    } else {
        const QString admin = postgresAdminUrl();
        if (admin.isEmpty()) {
            if (qEnvironmentVariable("TIERDESK_ALLOW_NO_PG") == QLatin1String("1")
                && qEnvironmentVariableIsEmpty("CI"))
                m_skipped = QStringLiteral("PostgreSQL not available (TIERDESK_ALLOW_NO_PG=1)");
            else
                m_error = QStringLiteral(
                    "TIERDESK_TEST_PG_URL is not set: run the tests through scripts/test, "
                    "which starts PostgreSQL.");
            return;
        }
        m_pgName = QStringLiteral("tdtest_%1_%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(counter.fetchAndAddRelaxed(1));
        m_error = adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_pgName));
        if (!m_error.isEmpty())
            return;
        QUrl url(admin);
        url.setPath(QLatin1Char('/') + m_pgName);
        m_urlString = url.toString();
    }
    auto parsed = TierDesk::DatabaseUrl::parse(m_urlString);
    if (!parsed)
        m_error = parsed.error().message;
    else
        m_url = *parsed;
}

TestDatabase::~TestDatabase()
{
    if (!m_pgName.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

StandbyPause::StandbyPause()
{
    if (TestDatabase::standbyAdminUrl().isEmpty()) {
        m_error = QStringLiteral("TIERDESK_TEST_PG_STANDBY_URL is not set");
        return;
    }
    const QUrlQuery query(QUrl(TestDatabase::standbyAdminUrl()).query());
    m_lock = std::make_unique<QLockFile>(
        QDir::temp().filePath(QStringLiteral("tierdesk-standby-%1.lock")
                                  .arg(query.queryItemValue(QStringLiteral("port")))));
    if (!m_lock->tryLock(300000)) {
        m_error = QStringLiteral("another test kept the standby paused for 5 minutes");
        return;
    }
    TestDatabase::queryValue(
        TestDatabase::standbyAdminUrl(), QStringLiteral("SELECT pg_wal_replay_pause()"), &m_error);
    if (!m_error.isEmpty())
        return;
    QDeadlineTimer deadline(60000);
    while (TestDatabase::queryValue(TestDatabase::standbyAdminUrl(),
               QStringLiteral("SELECT pg_get_wal_replay_pause_state()"), &m_error)
               .toString()
        != QLatin1String("paused")) {
        if (!m_error.isEmpty() || deadline.hasExpired()) {
            m_error += QStringLiteral(" (replay did not pause)");
            return;
        }
        QThread::msleep(10);
    }
}

StandbyPause::~StandbyPause()
{
    if (m_lock && m_lock->isLocked())
        TestDatabase::queryValue(
            TestDatabase::standbyAdminUrl(), QStringLiteral("SELECT pg_wal_replay_resume()"));
}

QString StandbyPause::waitUntilReceived(int timeoutMs)
{
    QString error;
    const QString target = TestDatabase::queryValue(TestDatabase::postgresAdminUrl(),
        QStringLiteral("SELECT pg_current_wal_insert_lsn()::text"), &error)
                               .toString();
    if (!error.isEmpty())
        return error;
    const QString received
        = QStringLiteral("SELECT pg_last_wal_receive_lsn() >= '%1'::pg_lsn").arg(target);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (TestDatabase::queryValue(TestDatabase::standbyAdminUrl(), received, &error).toBool())
            return {};
        QThread::msleep(10); // polling a condition, not waiting out a race
    }
    return QStringLiteral("the standby did not receive %1 (%2)").arg(target, error);
}
