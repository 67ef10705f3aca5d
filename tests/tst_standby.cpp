// Reading from a hot standby while writing to the primary (DatabaseUrl::withStandby,
// Connection::Mode::Browse): browsing and the audit read the standby, previews,
// re-checks and writes the primary, and a plan made from a lagging standby is refused
// by the re-check under the lock. Lag is real: the test cluster's standby
// (scripts/test) is paused with pg_wal_replay_pause() while the primary changes.
#include "../models/audit/audit.h"
#include "../models/backfill/backfill.h"
#include "../models/db/connection.h"
#include "../models/db/standby.h"
#include "clirun.h"
#include "fixture.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace TierDesk;

namespace {

using CliRun::cli;
using CliRun::jsonOf;
using CliRun::Run;

int redundantRows(const Run &audit)
{
    return jsonOf(audit)
        .value(QLatin1String("summary"))
        .toObject()
        .value(QLatin1String("redundant_rows"))
        .toInt(-1);
}

bool inRecovery(const Connection &c)
{
    QSqlQuery q(c.database());
    return q.exec(QStringLiteral("SELECT pg_is_in_recovery()")) && q.next() && q.value(0).toBool();
}

// Two race duplicates (one per affiliate) and a clean promotion.
QString seed(const Connection &c)
{
    const QString greta = Fixture::addAffiliate(c, QStringLiteral("gretaeats"), 25);
    Fixture::addEvent(c, greta, 20, 25, "2026-01-22T14:18:34.012Z");
    Fixture::addEvent(c, greta, 20, 25, "2026-01-22T14:18:34.028Z");
    const QString bahar = Fixture::addAffiliate(c, QStringLiteral("bahareats"), 25);
    Fixture::addEvent(c, bahar, 20, 25, "2026-02-03T19:42:11.731Z");
    Fixture::addEvent(c, bahar, 20, 25, "2026-02-03T19:42:11.752Z");
    const QString clean = Fixture::addAffiliate(c, QStringLiteral("clean"), 25);
    Fixture::addEvent(c, clean, 20, 25, "2026-01-10T10:00:00.000Z");
    return clean;
}

} // namespace

class TestStandby : public QObject
{
    Q_OBJECT

private:
    // The test database with its standby, as --db and --read-db name them.
    static std::optional<DatabaseUrl> split(const TestDatabase &db)
    {
        auto standby = DatabaseUrl::parse(db.standbyUrlString());
        if (!standby)
            return std::nullopt;
        auto both = db.url().withStandby(*standby);
        return both ? std::optional<DatabaseUrl>(*both) : std::nullopt;
    }

private slots:
    void init() { TD_REQUIRE_STANDBY(); }

    // Only PostgreSQL has standbys; the sentence says what to name instead.
    void sqliteHasNoStandby()
    {
        auto standby = DatabaseUrl::parse(TestDatabase::standbyAdminUrl());
        QVERIFY(standby);
        auto both = DatabaseUrl::sqlite(QStringLiteral("/tmp/x.db")).withStandby(*standby);
        QVERIFY(!both);
        QCOMPARE(both.error().kind, Error::Kind::Usage);
        QVERIFY2(both.error().message.contains(QLatin1String("PostgreSQL")),
            qPrintable(both.error().message));
        const Run run = cli({QStringLiteral("audit"), QStringLiteral("--db"),
            QStringLiteral("sqlite:/tmp/nothing-here.db"), QStringLiteral("--read-db"),
            TestDatabase::standbyAdminUrl()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("PostgreSQL")), qPrintable(run.err));
    }

    // Browse sessions reach the standby; read-only previews and writes the primary.
    // A primary is not a standby and is never behind.
    void sessionsGoWhereTheyBelong()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        seed(*c);
        const QString caughtUp = TestDatabase::waitForStandby();
        QVERIFY2(caughtUp.isEmpty(), qPrintable(caughtUp));
        const auto url = split(db);
        QVERIFY(url);

        auto browse = Connection::open(*url, Connection::Mode::Browse);
        QVERIFY2(browse, browse ? "" : qPrintable(browse.error().message));
        QVERIFY((*browse)->readsStandby());
        QVERIFY(inRecovery(**browse));
        QCOMPARE((*browse)->serverUrl().port(), url->standby()->port());
        auto state = Standby::state(**browse);
        QVERIFY(state);
        QVERIFY(state->standby);
        QVERIFY(!state->paused);
        QVERIFY(state->streaming);
        QVERIFY(!state->isLate(60));
        // A helper of the audit opens the same server as the session it helps.
        auto helper = Connection::open((*browse)->url(), (*browse)->mode());
        QVERIFY(helper);
        QVERIFY(inRecovery(**helper));

        for (auto mode : {Connection::Mode::ReadOnly, Connection::Mode::ReadWrite}) {
            auto primary = Connection::open(*url, mode);
            QVERIFY(primary);
            QVERIFY(!(*primary)->readsStandby());
            QVERIFY(!inRecovery(**primary));
            auto none = Standby::state(**primary);
            QVERIFY(none);
            QVERIFY(!none->standby);
            QVERIFY(!none->isLate(0));
        }

        // The standby reads what the primary committed: the same audit.
        auto onStandby = Audit::run(**browse, {});
        auto onPrimary = Audit::run(*c, {});
        QVERIFY(onStandby && onPrimary);
        QCOMPARE(onStandby->summary.redundantRows, 2);
        QCOMPARE(onStandby->summary.redundantRows, onPrimary->summary.redundantRows);
    }

    // The standby lags (replay paused): the audit read there misses a new duplicate,
    // the plan made from it is refused by the re-check on the primary and writes
    // nothing, the primary's own preview has the new row and applies; once replay
    // resumes, the standby shows the cleanup.
    void lagIsHarmless()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString clean = seed(*c);
        const QString caughtUp = TestDatabase::waitForStandby();
        QVERIFY2(caughtUp.isEmpty(), qPrintable(caughtUp));
        const auto url = split(db);
        QVERIFY(url);

        {
            StandbyPause pause;
            QVERIFY2(pause.error().isEmpty(), qPrintable(pause.error()));
            QVERIFY(Fixture::addEvent(*c, clean, 20, 25, "2026-01-10T10:00:00.300Z") > 0);
            const QString received = StandbyPause::waitUntilReceived();
            QVERIFY2(received.isEmpty(), qPrintable(received));

            auto browse = Connection::open(*url, Connection::Mode::Browse);
            QVERIFY(browse);
            auto state = Standby::state(**browse);
            QVERIFY(state);
            QVERIFY(state->paused);
            QVERIFY(state->isLate(24 * 3600)); // paused: late whatever the limit
            QVERIFY2(state->text().contains(QLatin1String("paused")), qPrintable(state->text()));

            auto stale = Audit::run(**browse, {});
            QVERIFY(stale);
            QCOMPARE(stale->summary.redundantRows, 2); // the new duplicate is not there yet
            const Backfill::Plan fromStandby = Backfill::planFrom(*stale);

            auto writer = Connection::open(*url, Connection::Mode::ReadWrite);
            QVERIFY(writer);
            const QStringList before = Fixture::state(**writer);
            Backfill::Options options;
            options.expectedFingerprint = fromStandby.fingerprint;
            options.who = OperatorInfo::current(QStringLiteral("test-operator"));
            auto refused = Backfill::apply(**writer, options);
            QVERIFY(!refused);
            QCOMPARE(refused.error().reason, Error::Reason::StalePlan);
            QCOMPARE(Fixture::state(**writer), before);

            // The preview on the primary (a read-only session there) has all three.
            auto reader = Connection::open(*url, Connection::Mode::ReadOnly);
            QVERIFY(reader);
            auto plan = Backfill::preview(**reader, {});
            QVERIFY(plan);
            QCOMPARE(plan->rows.size(), 3);
            QVERIFY(plan->fingerprint != fromStandby.fingerprint);
            options.expectedFingerprint = plan->fingerprint;
            auto applied = Backfill::apply(**writer, options);
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
            QCOMPARE(applied->rowsChanged, 3);

            // Still paused: the standby shows none of it.
            auto still = Audit::run(**browse, {});
            QVERIFY(still);
            QCOMPARE(still->summary.redundantRows, 2);
        }
        const QString replayed = TestDatabase::waitForStandby();
        QVERIFY2(replayed.isEmpty(), qPrintable(replayed));
        auto browse = Connection::open(*url, Connection::Mode::Browse);
        QVERIFY(browse);
        auto after = Audit::run(**browse, {});
        QVERIFY(after);
        QCOMPARE(after->summary.redundantRows, 0);
    }

    // The CLI: --read-db sends the audit to the standby (and says when it is behind),
    // the dry run and the write to --db; a fingerprint from the lagging standby is
    // refused (exit 3); libpq service names work for both.
    void commandLine()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString clean = seed(*c);
        const QString caughtUp = TestDatabase::waitForStandby();
        QVERIFY2(caughtUp.isEmpty(), qPrintable(caughtUp));
        const QString primary = db.urlString();
        const QString standby = db.standbyUrlString();

        // Services: one for the primary, one for the standby, in a service file.
        QTemporaryDir dir;
        QFile services(dir.filePath(QStringLiteral("pg_service.conf")));
        QVERIFY(services.open(QIODevice::WriteOnly));
        const auto section = [](const char *name, const QString &url) {
            const QUrlQuery q(QUrl(url).query());
            return QStringLiteral("[%1]\nhost=%2\nport=%3\ndbname=%4\nuser=%5\n")
                .arg(QLatin1String(name), q.queryItemValue(QStringLiteral("host")),
                    q.queryItemValue(QStringLiteral("port")), QUrl(url).path().mid(1),
                    q.queryItemValue(QStringLiteral("user")));
        };
        services.write((section("td_primary", primary) + section("td_standby", standby)).toUtf8());
        services.close();
        QProcessEnvironment serviceEnv;
        serviceEnv.insert(QStringLiteral("PGSERVICEFILE"), services.fileName());

        const QStringList viaUris{
            QStringLiteral("--db"), primary, QStringLiteral("--read-db"), standby};
        const QStringList viaServices{QStringLiteral("--db"),
            QStringLiteral("postgresql:///?service=td_primary"), QStringLiteral("--read-db"),
            QStringLiteral("postgresql:///?service=td_standby")};

        const Run upToDate
            = cli(QStringList{QStringLiteral("audit"), QStringLiteral("--json")} + viaUris);
        QCOMPARE(upToDate.exitCode, 0);
        QCOMPARE(redundantRows(upToDate), 2);
        QVERIFY2(upToDate.err.isEmpty(), qPrintable(upToDate.err)); // caught up: no warning

        StandbyPause pause;
        QVERIFY2(pause.error().isEmpty(), qPrintable(pause.error()));
        QVERIFY(Fixture::addEvent(*c, clean, 20, 25, "2026-01-10T10:00:00.300Z") > 0);
        const QString received = StandbyPause::waitUntilReceived();
        QVERIFY2(received.isEmpty(), qPrintable(received));

        for (const QStringList &where : {viaUris, viaServices}) {
            const Run audit
                = cli(QStringList{QStringLiteral("audit"), QStringLiteral("--json")} + where,
                    QStringLiteral("C.UTF-8"), serviceEnv);
            QCOMPARE(audit.exitCode, 0);
            QCOMPARE(redundantRows(audit), 2); // the standby's view
            QVERIFY2(audit.err.contains(QLatin1String("standby"))
                    && audit.err.contains(QLatin1String("paused")),
                qPrintable(audit.err));
            // The dry run previews on the primary: all three.
            const Run dry = cli(QStringList{QStringLiteral("backfill"), QStringLiteral("--dry-run"),
                                    QStringLiteral("--json")}
                    + where,
                QStringLiteral("C.UTF-8"), serviceEnv);
            QCOMPARE(dry.exitCode, 0);
            QCOMPARE(jsonOf(dry).value(QLatin1String("rows_planned")).toInt(), 3);
        }

        // The fingerprint of the standby's (stale) view, applied: refused, nothing written.
        auto browse = Connection::open(*split(db), Connection::Mode::Browse);
        QVERIFY(browse);
        auto stale = Audit::run(**browse, {});
        QVERIFY(stale);
        const QString staleFingerprint = Backfill::planFrom(*stale).fingerprint;
        const QStringList before = Fixture::state(*c);
        const Run refused = cli(QStringList{QStringLiteral("backfill"), QStringLiteral("--yes"),
                                    QStringLiteral("--fingerprint"), staleFingerprint,
                                    QStringLiteral("--ticket"), QStringLiteral("SUP-1")}
            + viaUris);
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(Fixture::state(*c), before);

        // A write URL that is a standby: one sentence, exit 4, nothing written.
        const Run wrongWay = cli(
            {QStringLiteral("backfill"), QStringLiteral("--yes"), QStringLiteral("--fingerprint"),
                staleFingerprint, QStringLiteral("--ticket"), QStringLiteral("SUP-1"),
                QStringLiteral("--db"), standby, QStringLiteral("--read-db"), standby});
        QCOMPARE(wrongWay.exitCode, 4);
        QVERIFY2(wrongWay.err.contains(QLatin1String("standby server")), qPrintable(wrongWay.err));
        QCOMPARE(wrongWay.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestStandby)
#include "tst_standby.moc"
