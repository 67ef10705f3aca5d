#pragma once

#include "../models/db/databaseurl.h"

#include <QLockFile>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

// A fresh, empty database for one test on one engine: a file in a temporary
// folder for SQLite, a new database in the cluster scripts/test started for
// PostgreSQL (TIERDESK_TEST_PG_URL). Dropped again on destruction.
class TestDatabase final
{
public:
    explicit TestDatabase(const QString &engine);
    ~TestDatabase();

    // QTest data rows "sqlite" and "postgres" in a column named "engine".
    static void addEngines();
    // TIERDESK_TEST_ENGINES=sqlite: no PostgreSQL rows, and every PostgreSQL database
    // or standby a test asks for skips it. scripts/test's shifted-clock pass runs so:
    // the server keeps the real clock, so its rows would test a client clock 400 days
    // ahead of the server's instead of a later day, and they ran in the main pass.
    static bool sqliteOnly();
    static constexpr const char *SqliteOnlySkip
        = "this pass runs on SQLite alone (TIERDESK_TEST_ENGINES=sqlite)";

    bool ok() const { return m_error.isEmpty() && m_skipped.isEmpty(); }
    bool skipped() const { return !m_skipped.isEmpty(); }
    // Why this database was skipped, or empty.
    QString skipReason() const { return m_skipped; }
    QString error() const { return m_error; }
    TierDesk::DatabaseUrl url() const { return m_url; }
    QString urlString() const { return m_urlString; }
    QString engine() const { return m_engine; }

    // The admin URL of the test cluster, or empty.
    static QString postgresAdminUrl();
    // The admin URL of the cluster's streaming hot standby (TIERDESK_TEST_PG_STANDBY_URL).
    static QString standbyAdminUrl();
    // PostgreSQL: this database on the standby (its port, this database's name); empty
    // when there is no standby.
    QString standbyUrlString() const;
    // Waits until the standby has replayed all the primary had written when called
    // (its WAL position then). Empty on success, else where the standby got to.
    static QString waitForStandby(int timeoutMs = 300000);
    // Runs `sql` on the database at `url` (a short-lived connection): the first
    // column of its first row, or an error message in `error`.
    static QVariant queryValue(const QString &url, const QString &sql, QString *error = nullptr);

private:
    QString m_engine;
    QString m_error;
    QString m_skipped;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgName;
    QString m_urlString;
    TierDesk::DatabaseUrl m_url;
};

// Declares `var` as a fresh database for `engine`; fails the test when
// PostgreSQL is missing (skips only if TIERDESK_ALLOW_NO_PG=1 outside CI).
#define TD_TEST_DATABASE(var, engine)                                                              \
    TestDatabase var(engine);                                                                      \
    if (var.skipped())                                                                             \
        QSKIP(qPrintable(var.skipReason()));                                                       \
    QVERIFY2(var.ok(), qPrintable(var.error()))

// Fails the test when scripts/test's standby is missing (skips only if
// TIERDESK_ALLOW_NO_PG=1 outside CI), as TD_TEST_DATABASE does for PostgreSQL.
#define TD_REQUIRE_STANDBY()                                                                       \
    if (TestDatabase::sqliteOnly())                                                                \
        QSKIP(TestDatabase::SqliteOnlySkip);                                                       \
    if (TestDatabase::standbyAdminUrl().isEmpty()) {                                               \
        if (qEnvironmentVariable("TIERDESK_ALLOW_NO_PG") == QLatin1String("1")                     \
            && qEnvironmentVariableIsEmpty("CI"))                                                  \
            QSKIP("no standby (TIERDESK_ALLOW_NO_PG=1)");                                          \
        QFAIL("TIERDESK_TEST_PG_STANDBY_URL is not set; scripts/test starts a standby.");          \
    }

// Pauses the test standby's replay (pg_wal_replay_pause) until destroyed: what the
// primary commits meanwhile is received but not shown. One test process at a time
// holds it (a lock file named after the standby's port), so tests that ctest runs in
// parallel never resume each other's pause.
class StandbyPause final
{
public:
    StandbyPause();
    ~StandbyPause();
    Q_DISABLE_COPY_MOVE(StandbyPause)

    QString error() const { return m_error; }
    // Waits until the standby has received (not replayed) all the primary has
    // written so far. Empty on success.
    static QString waitUntilReceived(int timeoutMs = 120000);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_error;
};
