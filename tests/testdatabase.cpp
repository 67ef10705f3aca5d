#include "testdatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace {

// Runs one statement on the admin database through a short-lived connection.
QString adminExec(const QString &sql)
{
    const QString name = QStringLiteral("tierdesk-test-admin");
    QString error;
    {
        auto url = TierDesk::DatabaseUrl::parse(TestDatabase::postgresAdminUrl());
        if (!url)
            return url.error().message;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url->host());
        db.setPort(url->port());
        db.setDatabaseName(url->databaseName());
        db.setUserName(url->userName());
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString TestDatabase::postgresAdminUrl()
{
    return qEnvironmentVariable("TIERDESK_TEST_PG_URL");
}

void TestDatabase::addEngines()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

TestDatabase::TestDatabase(const QString &engine)
    : m_engine(engine)
{
    static QAtomicInteger<int> counter;
    if (engine == QLatin1String("sqlite")) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_urlString = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("test.db"));
    } else {
        const QString admin = postgresAdminUrl();
        if (admin.isEmpty()) {
            if (qEnvironmentVariable("TIERDESK_ALLOW_NO_PG") == QLatin1String("1")
                && qEnvironmentVariableIsEmpty("CI"))
                m_skipped = true;
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
