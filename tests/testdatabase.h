#pragma once

#include "../models/db/databaseurl.h"

#include <QString>
#include <QTemporaryDir>

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

    bool ok() const { return m_error.isEmpty() && !m_skipped; }
    bool skipped() const { return m_skipped; }
    QString error() const { return m_error; }
    TierDesk::DatabaseUrl url() const { return m_url; }
    QString urlString() const { return m_urlString; }
    QString engine() const { return m_engine; }

    // The admin URL of the test cluster, or empty.
    static QString postgresAdminUrl();

private:
    QString m_engine;
    QString m_error;
    bool m_skipped = false;
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
        QSKIP("PostgreSQL not available (TIERDESK_ALLOW_NO_PG=1)");                                \
    QVERIFY2(var.ok(), qPrintable(var.error()))
