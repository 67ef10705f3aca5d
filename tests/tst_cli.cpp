// Runs tierdesk-cli as a user would and checks exit codes, the one-sentence
// errors and that failed commands wrote nothing.
#include "../models/schema/schema.h"
#include "clirun.h"
#include "fixture.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <memory>

namespace {

using CliRun::cli;
using CliRun::jsonOf;
using CliRun::Run;

bool oneSentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    return !trimmed.isEmpty() && !trimmed.contains(QLatin1Char('\n'))
        && trimmed.endsWith(QLatin1Char('.'));
}

// A mount for a fault test (root only): a small tmpfs, or a read-only bind of a
// folder. Unmounted on destruction.
class Mount final
{
public:
    static bool possible() { return ::geteuid() == 0; }
    static std::unique_ptr<Mount> tmpfs(const QString &at, int kilobytes)
    {
        return make(
            {"-t", "tmpfs", "-o", QStringLiteral("size=%1k").arg(kilobytes), "tmpfs", at}, at);
    }
    static std::unique_ptr<Mount> readOnlyBind(const QString &from, const QString &at)
    {
        auto mount = make({"--bind", from, at}, at);
        if (mount
            && QProcess::execute(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), at})
                != 0)
            return nullptr;
        return mount;
    }
    ~Mount() { QProcess::execute(QStringLiteral("umount"), {m_at}); }

private:
    static std::unique_ptr<Mount> make(const QStringList &arguments, const QString &at)
    {
        QDir().mkpath(at);
        if (QProcess::execute(QStringLiteral("mount"), arguments) != 0)
            return nullptr;
        auto mount = std::unique_ptr<Mount>(new Mount);
        mount->m_at = at;
        return mount;
    }
    QString m_at;
};

QByteArray md5Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Md5).toHex();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initDemoOnSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const Run run = cli({QStringLiteral("init"), QStringLiteral("--db"),
            QStringLiteral("sqlite:") + path, QStringLiteral("--demo")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Demo data: 320 affiliates")), qPrintable(run.out));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM tier_events")) && query.next());
            QVERIFY(query.value(0).toInt() > 50);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        const Run again
            = cli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--demo")});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(oneSentence(again.err), qPrintable(again.err));

        const Run migrate = cli({QStringLiteral("migrate"), QStringLiteral("--db"), path});
        QCOMPARE(migrate.exitCode, 0);
        QVERIFY(migrate.out.contains(QLatin1String("nothing to do")));
    }

    // A demo made on a pinned day pays up to that day: Ruth qualifies for Gold
    // then, and the story's numbers are the same as on any other day.
    void initDemoAsOf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const QString day = QStringLiteral("2029-07-04T12:00:00Z");
        const Run run = cli({QStringLiteral("init"), QStringLiteral("--db"), path,
            QStringLiteral("--demo"), QStringLiteral("--now"), day, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonOf(run)[QLatin1String("demo")][QLatin1String("redundant_events")].toInt(), 24);
        const Run evaluate = cli({QStringLiteral("evaluate"), QStringLiteral("--db"), path,
            QStringLiteral("--affiliate"), QStringLiteral("ruthplates"), QStringLiteral("--now"),
            day, QStringLiteral("--json")});
        QCOMPARE(evaluate.exitCode, 0);
        QCOMPARE(jsonOf(evaluate)[QLatin1String("outcome")].toString(), QStringLiteral("promoted"));
        const Run audit = cli(
            {QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--json")});
        QCOMPARE(audit.exitCode, 0);
        const QJsonObject summary = jsonOf(audit)[QLatin1String("summary")].toObject();
        QCOMPARE(summary[QLatin1String("duplicate_clusters")].toInt(), 23);
        QCOMPARE(summary[QLatin1String("redundant_rows")].toInt(), 24);
    }

    // The CLI speaks German where the user does (LANG or --lang); JSON stays English.
    void speaksGerman()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(
            cli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--demo")})
                .exitCode,
            0);
        const QString de = QStringLiteral("de_DE.UTF-8");

        const Run help = cli({QStringLiteral("--help")}, de);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QLatin1String("Befehle:")), qPrintable(help.out));
        const Run english
            = cli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}, de);
        QVERIFY2(english.out.contains(QLatin1String("Commands:")), qPrintable(english.out));
        const Run flag = cli({QStringLiteral("audit"), QStringLiteral("--help"),
            QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(flag.exitCode, 0);
        QVERIFY2(flag.out.contains(QLatin1String("Optionen:")), qPrintable(flag.out));

        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--db"), path}, de);
        QCOMPARE(audit.exitCode, 0);
        QVERIFY2(
            audit.out.contains(QStringLiteral("Geprüft: 320 Affiliates")), qPrintable(audit.out));

        const Run missing = cli({QStringLiteral("audit"), QStringLiteral("--db"),
                                    dir.filePath(QStringLiteral("nirgends.db"))},
            de);
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(oneSentence(missing.err) && missing.err.contains(QLatin1String("existiert nicht")),
            qPrintable(missing.err));

        const Run json = cli(
            {QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--json")}, de);
        QCOMPARE(
            jsonOf(json)[QLatin1String("summary")][QLatin1String("redundant_rows")].toInt(), 24);
        QCOMPARE(jsonOf(json)[QLatin1String("mode")].toString(), QStringLiteral("chain"));

        const Run bad
            = cli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(oneSentence(bad.err), qPrintable(bad.err));
    }

    void initOnPostgres()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        const Run run = cli({QStringLiteral("init"), QStringLiteral("--db"), db.urlString(),
            QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(
                     QStringLiteral("\"schema_version\":%1").arg(TierDesk::Schema::CurrentVersion)),
            qPrintable(run.out));
        const Run migrate
            = cli({QStringLiteral("migrate"), QStringLiteral("--db"), db.urlString()});
        QCOMPARE(migrate.exitCode, 0);
        // Again over existing tables: the server's "already exists, skipping" notices
        // go to a logging category, not to stderr.
        const Run again = cli({QStringLiteral("init"), QStringLiteral("--db"), db.urlString()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
    }

    // A sandbox laid out as a large production database: the big tables partitioned,
    // the demo loaded into them, and the audit finds what it finds on plain tables.
    void initPartitionedOnPostgres()
    {
        QMap<QString, int> redundant;
        for (const QString &layout :
            {QStringLiteral(""), QStringLiteral("hash"), QStringLiteral("range")}) {
            TD_TEST_DATABASE(db, QStringLiteral("postgres"));
            QStringList init{QStringLiteral("init"), QStringLiteral("--db"), db.urlString(),
                QStringLiteral("--demo"), QStringLiteral("--now"),
                QStringLiteral("2026-03-01T00:00:00Z")};
            if (!layout.isEmpty())
                init << QStringLiteral("--partition") << layout;
            const Run made = cli(init);
            QVERIFY2(made.exitCode == 0, qPrintable(made.err));
            {
                auto c = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::ReadOnly);
                QVERIFY(c);
                QSqlQuery q((*c)->database());
                QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM pg_partitioned_table p JOIN pg_class c ON c.oid = "
                    "p.partrelid WHERE c.relname IN ('tier_events', 'affiliate_commissions')")));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), layout.isEmpty() ? 0 : 2);
            }
            const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--db"), db.urlString(),
                QStringLiteral("--json")});
            QCOMPARE(audit.exitCode, 0);
            redundant.insert(layout,
                jsonOf(audit)
                    .value(QLatin1String("summary"))
                    .toObject()
                    .value(QLatin1String("redundant_rows"))
                    .toInt(-1));
        }
        QVERIFY(redundant.value(QString()) > 0);
        QCOMPARE(redundant.value(QStringLiteral("hash")), redundant.value(QString()));
        QCOMPARE(redundant.value(QStringLiteral("range")), redundant.value(QString()));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTemporaryDir dir;
        QTest::newRow("no-command") << QStringList() << 2 << "Usage";
        QTest::newRow("unknown-command") << QStringList{"frobnicate"} << 2 << "frobnicate";
        QTest::newRow("unknown-option") << QStringList{"migrate", "--dbb", "x.db"} << 2 << "dbb";
        QTest::newRow("missing-db") << QStringList{"migrate"} << 2 << "--db";
        QTest::newRow("unknown-scheme")
            << QStringList{"migrate", "--db", "mysql://root@h/db"} << 2 << "mysql";
        QTest::newRow("missing-file")
            << QStringList{"migrate", "--db", "/nonexistent/dir/x.db"} << 4 << "does not exist";
        QTest::newRow("refused-port")
            << QStringList{"migrate", "--db", "postgresql://u@127.0.0.1:1/db"} << 4
            << "Cannot connect";
        QTest::newRow("stats-missing-file") << QStringList{"stats", "--db", "/nonexistent/dir/x.db",
            "--refresh"} << 4 << "does not exist";
        QTest::newRow("bad-seed") << QStringList{"init", "--db", "sqlite:/tmp/never.db", "--demo",
            "--seed", "x"} << 2 << "seed";
        QTest::newRow("bad-now") << QStringList{"init", "--db", "sqlite:/tmp/never.db", "--demo",
            "--now", "next tuesday"}
                                 << 2 << "--now";
        QTest::newRow("bad-scale") << QStringList{"init", "--db", "sqlite:/tmp/never.db", "--demo",
            "--scale", "huge"} << 2 << "small, large or xl";
        QTest::newRow("bad-affiliates") << QStringList{"init", "--db", "sqlite:/tmp/never.db",
            "--demo", "--scale", "xl", "--affiliates", "0"}
                                        << 2 << "--affiliates";
        QTest::newRow("bad-partition") << QStringList{"init", "--db", "sqlite:/tmp/never.db",
            "--partition", "list"} << 2 << "--partition";
        QTest::newRow("partitioned-sqlite") << QStringList{"init", "--db", "sqlite:/tmp/never.db",
            "--partition", "hash"} << 2 << "PostgreSQL";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        if (exitCode != 2 || !arguments.isEmpty())
            QVERIFY2(oneSentence(run.err), qPrintable(run.err));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never.db")));
    }

    void replayAndEvaluateOnDemo()
    {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                     .exitCode,
            0);

        // A malformed third line: exit 3, the line named, nothing written.
        const QString events = dir.filePath(QStringLiteral("events.jsonl"));
        QFile file(events);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\":\"evt_x1\",\"type\":\"charge.refunded\",\"created\":1769091512}\n"
                   "{\"id\":\"evt_x2\",\"type\":\"customer.subscription.updated\",\"created\":"
                   "1769091513}\n"
                   "{\"id\":\"evt_x3\",\"type\":\"invoice.paid\",\"created\":1769091514,\"data\":{"
                   "\"object\":{}}\n");
        file.close();
        const Run bad = cli({QStringLiteral("replay"), QStringLiteral("--db"), db,
            QStringLiteral("--events"), events});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.startsWith(QLatin1String("Record 3 (line 3)")), qPrintable(bad.err));
        QVERIFY(oneSentence(bad.err));

        const Run missing = cli({QStringLiteral("replay"), QStringLiteral("--db"), db,
            QStringLiteral("--events"), dir.filePath(QStringLiteral("nope.jsonl"))});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(oneSentence(missing.err));

        // Greta is already Gold: evaluating her again changes nothing.
        const Run greta = cli({QStringLiteral("evaluate"), QStringLiteral("--db"), db,
            QStringLiteral("--affiliate"), QStringLiteral("evt_aaa111"), QStringLiteral("--json")});
        QCOMPARE(greta.exitCode, 0);
        QVERIFY2(
            greta.out.contains(QLatin1String("\"outcome\":\"unchanged\"")), qPrintable(greta.out));
        QVERIFY(greta.out.contains(QLatin1String("\"handle\":\"gretaeats\"")));

        const Run hostile = cli({QStringLiteral("evaluate"), QStringLiteral("--db"), db,
            QStringLiteral("--affiliate"), QStringLiteral("x' OR '1'='1")});
        QCOMPARE(hostile.exitCode, 3);
        QCOMPARE(hostile.err.trimmed(), QStringLiteral("No affiliate matches \"x' OR '1'='1\"."));

        const Run beacons = cli(
            {QStringLiteral("beacons"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(beacons.exitCode, 0);
        QVERIFY2(beacons.out.contains(QLatin1String("\"alert_hours\":2")), qPrintable(beacons.out));
    }

    // Four eyes by command line: above the policy a cleanup exits 5 and writes nothing;
    // --request-approval records a request; its author cannot approve it, another agent
    // reviews (show) and approves it with the fingerprint and a justification.
    void fourEyesByCommandLine_data() { TestDatabase::addEngines(); }
    void fourEyesByCommandLine()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        const QString url = db.urlString();
        QCOMPARE(cli({"init", "--db", url, "--demo"}).exitCode, 0);
        const Run off = cli({"policy", "--db", url, "--json"});
        QCOMPARE(jsonOf(off).value("on").toBool(), false);
        QCOMPARE(cli({"policy", "--db", url, "--max-rows", "many"}).exitCode, 2);
        const Run set = cli({"policy", "--db", url, "--max-rows", "0", "--identity", "name",
            "--operator", "Dana DBA", "--json"});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(jsonOf(set).value("max_rows").toInt(-1), 0);

        const QString fingerprint = jsonOf(
            cli({"backfill", "--db", url, "--affiliate", "gretaeats", "--dry-run", "--json"}))
                                        .value("fingerprint")
                                        .toString();
        const Run alone = cli({"backfill", "--db", url, "--affiliate", "gretaeats", "--yes",
            "--fingerprint", fingerprint, "--operator", "Ana"});
        QCOMPARE(alone.exitCode, 5);
        QVERIFY2(alone.err.contains("--request-approval"), qPrintable(alone.err));
        const Run asked = cli({"backfill", "--db", url, "--affiliate", "gretaeats",
            "--request-approval", "--fingerprint", fingerprint, "--operator", "Ana", "--ticket",
            "SUP-4821", "--reason", "duplicate Gold rows", "--json"});
        QCOMPARE(asked.exitCode, 0);
        const QString id = QString::number(jsonOf(asked).value("id").toInteger());
        QCOMPARE(jsonOf(asked).value("status").toString(), QStringLiteral("pending"));

        const Run listed = cli({"approvals", "list", "--db", url});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("SUP-4821") && listed.out.contains("@gretaeats"),
            qPrintable(listed.out));
        const Run shown = cli({"approvals", "show", id, "--db", url, "--json"});
        QCOMPARE(jsonOf(shown).value("plan_holds").toBool(), true);
        QCOMPARE(cli({"approvals", "approve", id, "--db", url, "--fingerprint", fingerprint,
                         "--operator", "Ana", "--reason", "mine"})
                     .exitCode,
            3);
        QCOMPARE(cli({"approvals", "approve", id, "--db", url, "--operator", "Bea"}).exitCode, 2);
        const Run approved = cli({"approvals", "approve", id, "--db", url, "--fingerprint",
            fingerprint, "--operator", "Bea", "--reason", "checked both rows", "--json"});
        QCOMPARE(approved.exitCode, 0);
        QCOMPARE(jsonOf(approved).value("rows_changed").toInt(), 1);
        const Run all = cli({"approvals", "list", "--all", "--db", url, "--json"});
        const QJsonObject first = jsonOf(all).value("requests").toArray().first().toObject();
        QCOMPARE(first.value("status").toString(), QStringLiteral("approved"));
        QCOMPARE(first.value("decided_by").toString(), QStringLiteral("Bea"));
        const Run activity = cli({"activity", "--db", url, "--ticket", "SUP-4821"});
        QVERIFY2(
            activity.out.contains("Request " + id + " by Ana approved"), qPrintable(activity.out));
    }

    // Text typed by affiliates reaches the terminal escaped: no colour codes, no
    // line that looks like TierDesk's own, and a lookalike handle is pointed out.
    void terminalTextIsEscaped_data() { TestDatabase::addEngines(); }
    void terminalTextIsEscaped()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        const QString url = db.urlString();
        QCOMPARE(cli({"init", "--db", url, "--demo"}).exitCode, 0);
        const QString evil = QStringLiteral("evil\n2026-01-22 batch 9 committed\x1b[31m\r");
        const QString lookalike = QStringLiteral("gr") + QChar(0x0435) + QStringLiteral("taeats");
        QString evilId;
        {
            auto c = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::ReadWrite);
            QVERIFY(c);
            evilId = Fixture::addAffiliate(**c, evil);
            QVERIFY(!evilId.isEmpty());
            QVERIFY(!Fixture::addAffiliate(**c, lookalike).isEmpty());
        }
        const Run shown = cli({"evaluate", "--db", url, "--affiliate", evilId});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(!shown.out.contains(QChar(0x1b)) && !shown.out.contains(QLatin1Char('\r')),
            qPrintable(shown.out));
        QVERIFY2(
            shown.out.contains(QLatin1String("evil\\n2026-01-22 batch 9 committed\\u001b[31m")),
            qPrintable(shown.out));
        QCOMPARE(shown.out.trimmed().count(QLatin1Char('\n')), 0);

        const Run similar = cli({"evaluate", "--db", url, "--affiliate", lookalike});
        QCOMPARE(similar.exitCode, 0);
        QVERIFY2(similar.err.contains(QLatin1String("U+0435")), qPrintable(similar.err));
        const Run real = cli({"evaluate", "--db", url, "--affiliate", "gretaeats"});
        QCOMPARE(real.exitCode, 0);
        QVERIFY2(!real.err.contains(QLatin1String("U+")), qPrintable(real.err));
    }

    // case-report writes the window's report headless: a PDF, or one HTML file with the
    // chart inside, in the language asked for; an affiliate's own text stays text.
    void caseReportHeadless_data() { TestDatabase::addEngines(); }
    void caseReportHeadless()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        const QString url = db.urlString();
        QCOMPARE(cli({"init", "--db", url, "--demo"}).exitCode, 0);
        QString hostileId;
        {
            auto c = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::ReadWrite);
            QVERIFY(c);
            hostileId = Fixture::addAffiliate(**c, QStringLiteral("<script>alert(1)</script>"));
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("greta.pdf"));
        const Run written
            = cli({"case-report", "--db", url, "--affiliate", "gretaeats", "--pdf", pdf});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY2(written.err.isEmpty(), qPrintable(written.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 10000); // the chart is in it

        const QString html = dir.filePath(QStringLiteral("greta.html"));
        QCOMPARE(cli({"case-report", "--db", url, "--affiliate", "gretaeats", "--html", html},
                     QStringLiteral("de_DE.UTF-8"))
                     .exitCode,
            0);
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(page.readAll());
        QVERIFY2(
            text.contains(QLatin1String("Fallbericht: @gretaeats")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String("<img src=\"data:image/png;base64,")));
        QVERIFY(!text.contains(url)); // the database is named only when asked

        const QString hostile = dir.filePath(QStringLiteral("hostile.html"));
        QCOMPARE(
            cli({"case-report", "--db", url, "--affiliate", hostileId, "--html", hostile}).exitCode,
            0);
        QFile hostilePage(hostile);
        QVERIFY(hostilePage.open(QIODevice::ReadOnly));
        const QString escaped = QString::fromUtf8(hostilePage.readAll());
        QVERIFY(escaped.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!escaped.contains(QLatin1String("<script>")));

        // Refused before anything is written: no file, or two, and an unknown affiliate.
        const QString none = dir.filePath(QStringLiteral("none.pdf"));
        for (const QStringList &bad : QList<QStringList>{
                 {}, {"--pdf", none, "--html", dir.filePath(QStringLiteral("none.html"))}}) {
            const Run refused
                = cli(QStringList{"case-report", "--db", url, "--affiliate", "gretaeats"} + bad);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(oneSentence(refused.err), qPrintable(refused.err));
        }
        const Run unknown
            = cli({"case-report", "--db", url, "--affiliate", "nobody-here", "--pdf", none});
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY(!QFileInfo::exists(none));
        if (engine == QLatin1String("sqlite")) {
            const Run overDatabase = cli({"case-report", "--db", url, "--affiliate", "gretaeats",
                "--pdf", db.url().filePath()});
            QCOMPARE(overDatabase.exitCode, 2);
        }
    }

    // stats: when the list's figures were computed, an affiliate they miss, and --refresh.
    void statsReportsAndRefreshes_data() { TestDatabase::addEngines(); }
    void statsReportsAndRefreshes()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        const QString url = db.urlString();
        QCOMPARE(cli({"init", "--db", url, "--demo"}).exitCode, 0);
        const Run first = cli({"stats", "--db", url, "--json"});
        QCOMPARE(first.exitCode, 0);
        const QJsonObject before = jsonOf(first);
        QCOMPARE(before.value("affiliates").toInt(), 320);
        QCOMPARE(before.value("summarised").toInt(), 320);
        QVERIFY(before.value("usable").toBool());
        QVERIFY(!before.contains("seconds")); // nothing was computed
        {
            auto c = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::ReadWrite);
            QVERIFY(c);
            QVERIFY(!Fixture::addAffiliate(**c, QStringLiteral("newcomer")).isEmpty());
        }
        const Run stale = cli({"stats", "--db", url});
        QCOMPARE(stale.exitCode, 0);
        QVERIFY2(stale.out.contains(QLatin1String("miss 1 of 321")), qPrintable(stale.out));
        const Run refreshed = cli({"stats", "--db", url, "--refresh", "--json"});
        QCOMPARE(refreshed.exitCode, 0);
        const QJsonObject after = jsonOf(refreshed);
        QCOMPARE(after.value("summarised").toInt(), 321);
        QVERIFY(after.value("usable").toBool());
        QVERIFY(after.value("as_of").toString() > before.value("as_of").toString());
        QVERIFY(after.contains("seconds"));
    }

    // The incident's picture, the dry run, the guarded apply, a second run, and undo.
    // The demo's conflict, drift and chain break, each resolved and undone through
    // the CLI as the README shows: dry run, --yes with its fingerprint, --undo; the
    // audit tells each step. Bad arguments are one sentence, exit 2, no write.
    void resolveDemoFindings_data() { TestDatabase::addEngines(); }
    void resolveDemoFindings()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        const QString url = db.urlString();
        QCOMPARE(cli({"init", "--db", url, "--demo"}).exitCode, 0);
        const auto summary = [&url] {
            return jsonOf(cli({"audit", "--db", url, "--json"})).value("summary").toObject();
        };
        const QJsonObject before = summary();
        const QJsonArray clusters
            = jsonOf(cli({"audit", "--db", url, "--json"})).value("clusters").toArray();
        QJsonArray conflictIds;
        for (const QJsonValue &cluster : clusters) {
            if (cluster.toObject().value("kind").toString() == QLatin1String("conflict"))
                conflictIds = cluster.toObject().value("event_ids").toArray();
        }
        QCOMPARE(conflictIds.size(), 2);
        const QString first = QString::number(conflictIds.at(0).toInteger());
        const QString second = QString::number(conflictIds.at(1).toInteger());
        const QJsonObject chainBreak = jsonOf(cli({"audit", "--db", url, "--json"}))
                                           .value("chain_breaks")
                                           .toArray()
                                           .first()
                                           .toObject();
        const QString breakEvent = QString::number(chainBreak.value("event_id").toInteger());

        for (const QStringList &bad : QList<QStringList>{{"--conflict", first, "--dry-run"},
                 {"--conflict", first, "--keep", second}, {"--drift", "@ruthplates", "--dry-run"},
                 {"--drift", "@ruthplates", "--align", "--record", "--dry-run"},
                 {"--chain-break", "x'; DROP TABLE tier_events;--", "--dry-run"},
                 {"--conflict", first, "--keep", second, "--yes", "--fingerprint", "abc"},
                 {"--chain-break", breakEvent, "--yes", "--fingerprint", "0123456789abcdef"}}) {
            const Run refused = cli(QStringList{"resolve", "--db", url} + bad);
            QVERIFY2(refused.exitCode == 2, qPrintable(bad.join(' ') + ": " + refused.err));
            QVERIFY2(oneSentence(refused.err), qPrintable(refused.err));
        }
        QCOMPARE(summary(), before);

        // Each finding: the dry run writes nothing, --yes with its fingerprint resolves,
        // --undo with its own dry run's fingerprint brings the finding back.
        const QList<QPair<QStringList, const char *>> findings{
            {{"--conflict", first, "--keep", second}, "conflicts"},
            {{"--drift", "@ruthplates", "--align"}, "drift"},
            {{"--drift", "@ruthplates", "--record"}, "drift"},
            {{"--chain-break", breakEvent, "--reason", "Finance set it by hand"}, "chain_breaks"}};
        for (const auto &[arguments, counted] : findings) {
            const QStringList base = QStringList{"resolve", "--db", url} + arguments;
            const Run dry = cli(base + QStringList{"--dry-run", "--json"});
            QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
            const QString fingerprint = jsonOf(dry).value("fingerprint").toString();
            QCOMPARE(summary(), before);
            const Run applied = cli(base
                + QStringList{
                    "--yes", "--fingerprint", fingerprint, "--ticket", "SUP-4821", "--json"});
            QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
            const qint64 resolution = jsonOf(applied).value("resolution_id").toInteger();
            QVERIFY(resolution > 0);
            QCOMPARE(summary().value(counted).toInt(), before.value(counted).toInt() - 1);
            // The same again: the finding is gone, so it is refused (exit 3) and nothing changes.
            const Run again = cli(base + QStringList{"--yes", "--fingerprint", fingerprint});
            QCOMPARE(again.exitCode, 3);
            QVERIFY2(oneSentence(again.err), qPrintable(again.err));

            const QString id = QString::number(resolution);
            const Run undoDry = cli({"resolve", "--db", url, "--undo", id, "--dry-run", "--json"});
            QVERIFY2(undoDry.exitCode == 0, qPrintable(undoDry.err));
            const Run undone = cli({"resolve", "--db", url, "--undo", id, "--yes", "--fingerprint",
                jsonOf(undoDry).value("fingerprint").toString(), "--ticket", "SUP-4821"});
            QVERIFY2(undone.exitCode == 0, qPrintable(undone.err));
            QCOMPARE(summary().value(counted).toInt(), before.value(counted).toInt());
        }
        const Run trail = cli({"activity", "--db", url, "--ticket", "SUP-4821", "--json"});
        QCOMPARE(trail.exitCode, 0);
        QCOMPARE(jsonOf(trail).value("count").toInt(), 8);
    }

    // The JSON report is streamed: standard output that fills up is said in one
    // sentence with exit 1, not reported as done.
    void auditJsonToAFullDevice()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("No /dev/full on this system.");
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                     .exitCode,
            0);
        for (const QStringList &extra : {QStringList(),
                 QStringList{QStringLiteral("--incremental"), QStringLiteral("--state"),
                     dir.filePath(QStringLiteral("state"))}}) {
            QProcess process;
            process.setStandardOutputFile(QStringLiteral("/dev/full"));
            process.start(QStringLiteral(TIERDESK_CLI_PATH),
                QStringList{
                    QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--json")}
                    + extra);
            QVERIFY(process.waitForFinished(60000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QCOMPARE(process.exitCode(), 1);
            QVERIFY2(
                oneSentence(err) && err.contains(QLatin1String("incomplete")), qPrintable(err));
        }
    }

    void auditBackfillUndo_data() { TestDatabase::addEngines(); }
    void auditBackfillUndo()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        const QString url = db.urlString();
        QCOMPARE(cli({"init", "--db", url, "--demo"}).exitCode, 0);

        const Run audit = cli({"audit", "--db", url, "--json"});
        QCOMPARE(audit.exitCode, 0);
        const QJsonObject report = jsonOf(audit);
        const QJsonObject summary = report.value("summary").toObject();
        QCOMPARE(summary.value("duplicate_clusters").toInt(), 23);
        QCOMPARE(summary.value("redundant_rows").toInt(), 24);
        QCOMPARE(summary.value("conflicts").toInt(), 1);
        QCOMPARE(summary.value("chain_breaks").toInt(), 1);
        QCOMPARE(summary.value("drift").toInt(), 1);
        QCOMPARE(report.value("mode").toString(), QStringLiteral("chain"));

        const Run greta = cli({"audit", "--db", url, "--affiliate", "@gretaeats", "--json"});
        QCOMPARE(greta.exitCode, 0);
        const QJsonArray gretaClusters = jsonOf(greta).value("clusters").toArray();
        QCOMPARE(gretaClusters.size(), 1);
        QCOMPARE(gretaClusters.first().toObject().value("redundant_ids").toArray().size(), 1);
        QCOMPARE(gretaClusters.first().toObject().value("first_at").toString(),
            QStringLiteral("2026-01-22T14:18:34.012Z"));

        const Run text = cli({"audit", "--db", url});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("@gretaeats"), qPrintable(text.out));
        QVERIFY(text.out.contains("Duplicate clusters: 23 at 23 affiliates (24 redundant rows)"));

        const Run minutes = cli({"audit", "--db", url, "--minute-buckets", "--json"});
        QCOMPARE(minutes.exitCode, 0);
        QCOMPARE(jsonOf(minutes).value("mode").toString(), QStringLiteral("minute_buckets"));

        const Run dry = cli({"backfill", "--db", url, "--dry-run", "--json"});
        QCOMPARE(dry.exitCode, 0);
        const QString fingerprint = jsonOf(dry).value("fingerprint").toString();
        QCOMPARE(fingerprint.size(), 16);
        QCOMPARE(jsonOf(dry).value("rows_planned").toInt(), 24);
        QCOMPARE(jsonOf(cli({"audit", "--db", url, "--json"}))
                     .value("summary")
                     .toObject()
                     .value("redundant_rows")
                     .toInt(),
            24); // the dry run wrote nothing

        // A fingerprint that is missing, empty (a failed "$FP" capture) or malformed
        // is a usage error before anything is opened: no batch, no log row.
        auto writes = [&db] {
            auto c = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::ReadOnly);
            return c ? Fixture::count(**c,
                       QStringLiteral("SELECT (SELECT COUNT(*) FROM tierdesk_backfill_batches) "
                                      "+ (SELECT COUNT(*) FROM tierdesk_audit_log)"))
                     : -1;
        };
        const qint64 writesBefore = writes();
        QVERIFY(writesBefore >= 0);
        for (const QStringList &bad : QList<QStringList>{{"--yes"}, {"--yes", "--fingerprint", ""},
                 {"--yes", "--fingerprint", "   "}, {"--yes", "--fingerprint", "zzz"},
                 {"--yes", "--fingerprint", fingerprint.toUpper()},
                 {"--yes", "--fingerprint", fingerprint + "0"},
                 {"--yes", "--fingerprint", "x'; DROP TABLE tier_events;--\nsecond line"}}) {
            const Run refused = cli(QStringList{"backfill", "--db", url} + bad);
            QVERIFY2(refused.exitCode == 2, qPrintable(bad.join(' ') + ": " + refused.err));
            QVERIFY2(oneSentence(refused.err), qPrintable(refused.err));
            QCOMPARE(writes(), writesBefore);
        }

        const Run stale
            = cli({"backfill", "--db", url, "--yes", "--fingerprint", "0123456789abcdef"});
        QCOMPARE(stale.exitCode, 3);
        QVERIFY2(oneSentence(stale.err), qPrintable(stale.err));

        // A ticket of two lines is refused before anything is written.
        const Run twoLines = cli({"backfill", "--db", url, "--yes", "--fingerprint", fingerprint,
            "--ticket", "SUP-4821\nSUP-4822"});
        QCOMPARE(twoLines.exitCode, 2);
        QVERIFY2(
            oneSentence(twoLines.err) && twoLines.err.contains("ticket"), qPrintable(twoLines.err));
        // So is an operator name carrying a terminal escape or a second line.
        const qint64 writesBeforeNames = writes(); // the stale attempt's refusal is logged
        for (const char *name : {"Ada\x1b[2J Agent", "Ada\nreason: forged"}) {
            const Run forged = cli({"backfill", "--db", url, "--yes", "--fingerprint", fingerprint,
                "--operator", name});
            QCOMPARE(forged.exitCode, 2);
            QVERIFY2(oneSentence(forged.err) && forged.err.contains("operator name"),
                qPrintable(forged.err));
            QCOMPARE(writes(), writesBeforeNames);
        }

        const Run apply = cli({"backfill", "--db", url, "--yes", "--fingerprint", fingerprint,
            "--ticket", "SUP-4821", "--reason", "duplicate Gold rows; see incident", "--json"});
        QCOMPARE(apply.exitCode, 0);
        const qint64 batch = jsonOf(apply).value("batch_id").toInteger();
        QVERIFY(batch > 0);
        QCOMPARE(jsonOf(apply).value("rows_changed").toInt(), 24);
        {
            auto c = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::ReadOnly);
            QVERIFY(c);
            QCOMPARE(Fixture::count(**c,
                         QStringLiteral("SELECT COUNT(*) FROM tierdesk_backfill_batches WHERE "
                                        "ticket = 'SUP-4821' AND reason = 'duplicate Gold rows; "
                                        "see incident'")),
                1);
        }

        // The activity under the ticket: the batch and each affiliate it touched.
        const Run activity = cli({"activity", "--db", url, "--ticket", "SUP-4821", "--json"});
        QCOMPARE(activity.exitCode, 0);
        const QJsonArray entries = jsonOf(activity).value("entries").toArray();
        QCOMPARE(entries.size(), 24); // one batch row and 23 affiliates
        for (const QJsonValue &entry : entries) {
            QCOMPARE(entry.toObject().value("ticket").toString(), QStringLiteral("SUP-4821"));
            QCOMPARE(entry.toObject().value("reason").toString(),
                QStringLiteral("duplicate Gold rows; see incident"));
        }
        const Run gretaActivity = cli({"activity", "--db", url, "--affiliate", "gretaeats"});
        QCOMPARE(gretaActivity.exitCode, 0);
        QVERIFY2(gretaActivity.out.contains("[SUP-4821]")
                && gretaActivity.out.contains("Superseded #")
                && gretaActivity.out.contains("duplicate Gold rows"),
            qPrintable(gretaActivity.out));
        QCOMPARE(cli({"activity", "--db", url, "--since", "yesterday"}).exitCode, 2);

        const QString none = jsonOf(cli({"backfill", "--db", url, "--dry-run", "--json"}))
                                 .value("fingerprint")
                                 .toString();
        const Run again = cli({"backfill", "--db", url, "--yes", "--fingerprint", none});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Nothing to supersede"), qPrintable(again.out));
        QCOMPARE(jsonOf(cli({"audit", "--db", url, "--json"}))
                     .value("summary")
                     .toObject()
                     .value("redundant_rows")
                     .toInt(),
            0);

        // Undo is guarded like the cleanup: a dry run, then --yes with its fingerprint.
        const QString batchText = QString::number(batch);
        QCOMPARE(cli({"undo", "--db", url, "--batch", batchText}).exitCode, 2);
        QCOMPARE(cli({"undo", "--db", url, "--batch", batchText, "--yes"}).exitCode, 2);
        QCOMPARE(
            cli({"undo", "--db", url, "--batch", batchText, "--yes", "--fingerprint", ""}).exitCode,
            2);
        const Run undoPlan
            = cli({"undo", "--db", url, "--batch", batchText, "--dry-run", "--json"});
        QCOMPARE(undoPlan.exitCode, 0);
        QCOMPARE(jsonOf(undoPlan).value("rows_planned").toInt(), 24);
        const QString undoPrint = jsonOf(undoPlan).value("fingerprint").toString();
        QVERIFY(undoPrint.size() == 16);
        const Run undoText = cli({"undo", "--db", url, "--batch", batchText, "--dry-run"});
        QVERIFY2(undoText.out.contains(undoPrint) && undoText.out.contains("Nothing was written"),
            qPrintable(undoText.out));
        QCOMPARE(jsonOf(cli({"audit", "--db", url, "--json"}))
                     .value("summary")
                     .toObject()
                     .value("redundant_rows")
                     .toInt(),
            0); // the undo's dry run wrote nothing
        const Run undoStale = cli({"undo", "--db", url, "--batch", batchText, "--yes",
            "--fingerprint", "0123456789abcdef"});
        QCOMPARE(undoStale.exitCode, 3);
        QVERIFY2(oneSentence(undoStale.err), qPrintable(undoStale.err));
        const Run undo = cli({"undo", "--db", url, "--batch", batchText, "--yes", "--fingerprint",
            undoPrint, "--json"});
        QCOMPARE(undo.exitCode, 0);
        QCOMPARE(jsonOf(undo).value("rows_changed").toInt(), 24);
        QCOMPARE(jsonOf(cli({"audit", "--db", url, "--json"}))
                     .value("summary")
                     .toObject()
                     .value("redundant_rows")
                     .toInt(),
            24);

        const Run unknown = cli({"undo", "--db", url, "--batch", "99999", "--dry-run"});
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY(oneSentence(unknown.err));
        QCOMPARE(cli({"backfill", "--db", url}).exitCode, 2);
        QCOMPARE(cli({"audit", "--db", url, "--window-seconds", "-5"}).exitCode, 2);
        const Run hostile
            = cli({"audit", "--db", url, "--affiliate", "x'; DROP TABLE tier_events;--"});
        QCOMPARE(hostile.exitCode, 3);
        QVERIFY(oneSentence(hostile.err));
        // An id is exact: a real id with a tail names no one, and the tail's control
        // characters are escaped, so the error stays one line.
        const QString gretaId = gretaClusters.first().toObject().value("affiliate_id").toString();
        QCOMPARE(cli({"audit", "--db", url, "--affiliate", gretaId, "--json"}).exitCode, 0);
        const Run tail = cli({"audit", "--db", url, "--affiliate", gretaId + "GARBAGE\n\x1b[2J"});
        QCOMPARE(tail.exitCode, 3);
        QVERIFY2(oneSentence(tail.err) && tail.err.contains("\\n\\u001b"), qPrintable(tail.err));
    }

    // Real faults on SQLite: a read-only mount, a full disk, a lock held by another
    // connection, an unrelated or empty file. Each gets exit 4 and its own words,
    // and nothing is written that was not reported.
    void sqliteFaults()
    {
        if (!Mount::possible()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("the fault tests mount file systems and must run as root in CI");
            QSKIP("mounting a tmpfs and a read-only bind needs root");
        }
        QTemporaryDir dir;
        const QString rw = dir.filePath(QStringLiteral("rw"));
        QVERIFY(QDir().mkpath(rw));
        const QString db = rw + QStringLiteral("/d.db");
        QCOMPARE(cli({"init", "--db", db, "--demo"}).exitCode, 0);
        const QString fingerprint = jsonOf(cli({"backfill", "--db", db, "--dry-run", "--json"}))
                                        .value("fingerprint")
                                        .toString();
        {
            // Read-only storage: reading works (opened immutable), writing says why.
            const QString ro = dir.filePath(QStringLiteral("ro"));
            auto mount = Mount::readOnlyBind(rw, ro);
            QVERIFY(mount);
            const QString roDb = ro + QStringLiteral("/d.db");
            const QByteArray before = md5Of(roDb);
            const Run audit = cli({"audit", "--db", roDb, "--json"});
            QCOMPARE(audit.exitCode, 0);
            QCOMPARE(jsonOf(audit).value("summary").toObject().value("redundant_rows").toInt(), 24);
            const Run write
                = cli({"backfill", "--db", roDb, "--yes", "--fingerprint", fingerprint});
            QCOMPARE(write.exitCode, 4);
            QVERIFY2(oneSentence(write.err) && write.err.contains("mounted read-only"),
                qPrintable(write.err));
            QCOMPARE(md5Of(roDb), before);
        }
        {
            // A lock held by another connection: exit 4 after the busy timeout.
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "holder");
            holder.setDatabaseName(db);
            QVERIFY(holder.open());
            QSqlQuery hold(holder);
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(hold.exec(QStringLiteral("UPDATE tier_policy SET name = name")));
            const Run locked = cli({"backfill", "--db", db, "--yes", "--fingerprint", fingerprint});
            QCOMPARE(locked.exitCode, 4);
            QVERIFY2(
                oneSentence(locked.err) && locked.err.contains("locked"), qPrintable(locked.err));
            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
            hold = QSqlQuery();
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(jsonOf(cli({"audit", "--db", db, "--json"}))
                     .value("summary")
                     .toObject()
                     .value("redundant_rows")
                     .toInt(),
            24); // neither wrote
        {
            // A full disk during a replay: the count is of committed rows.
            const QString full = dir.filePath(QStringLiteral("full"));
            auto mount = Mount::tmpfs(full, 1200);
            QVERIFY(mount);
            const QString small = full + QStringLiteral("/d.db");
            QCOMPARE(cli({"init", "--db", small}).exitCode, 0);
            {
                auto c = TierDesk::Connection::open(
                    TierDesk::DatabaseUrl::sqlite(small), TierDesk::Connection::Mode::ReadWrite);
                QVERIFY(c);
                QVERIFY(!Fixture::addAffiliate(**c, QStringLiteral("filler")).isEmpty());
            }
            QString affiliate;
            {
                auto c = TierDesk::Connection::open(
                    TierDesk::DatabaseUrl::sqlite(small), TierDesk::Connection::Mode::ReadOnly);
                QVERIFY(c);
                QSqlQuery q((*c)->database());
                QVERIFY(q.exec(QStringLiteral("SELECT id FROM affiliate_profiles")) && q.next());
                affiliate = q.value(0).toString();
            }
            QFile events(dir.filePath(QStringLiteral("events.jsonl")));
            QVERIFY(events.open(QIODevice::WriteOnly));
            for (int i = 0; i < 3000; ++i)
                events.write(QStringLiteral(
                    "{\"id\":\"evt_%1_%2\",\"type\":\"invoice.paid\","
                    "\"created\":%3,\"data\":{\"object\":{\"amount_"
                    "paid\":100,\"currency\":\"usd\",\"metadata\":{\"affiliate_id\":\"%4\"}}}}\n")
                                 .arg(i, 6, 10, QLatin1Char('0'))
                                 .arg(QString(40, QLatin1Char('p')))
                                 .arg(1769091512 + i)
                                 .arg(affiliate)
                                 .toUtf8());
            events.close();
            // Leave about 150 KiB free.
            QFile filler(full + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(1024, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
                if (QStorageInfo(full).bytesAvailable() < 150 * 1024)
                    break;
            }
            filler.close();
            const Run replay
                = cli({"replay", "--db", small, "--events", events.fileName(), "--json"});
            QCOMPARE(replay.exitCode, 4);
            QVERIFY2(oneSentence(replay.err) && replay.err.contains("full")
                    && replay.err.contains("again is safe"),
                qPrintable(replay.err));
            QVERIFY(filler.remove());
            auto c = TierDesk::Connection::open(
                TierDesk::DatabaseUrl::sqlite(small), TierDesk::Connection::Mode::ReadOnly);
            QVERIFY(c);
            const qint64 stored
                = Fixture::count(**c, QStringLiteral("SELECT COUNT(*) FROM affiliate_commissions"));
            QVERIFY(stored < 3000);
            QVERIFY2(replay.err.contains(QStringLiteral(" %1 new commissions").arg(stored)),
                qPrintable(replay.err + QStringLiteral(" stored: %1").arg(stored)));
        }
        {
            // An unrelated SQLite file and an empty one are left exactly as they were.
            const QString other = dir.filePath(QStringLiteral("other.db"));
            {
                QSqlDatabase o = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "other");
                o.setDatabaseName(other);
                QVERIFY(o.open());
                QSqlQuery q(o);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (x TEXT)")));
                o.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
            const QByteArray before = md5Of(other);
            const Run refused
                = cli({"backfill", "--db", other, "--yes", "--fingerprint", fingerprint});
            QVERIFY(refused.exitCode != 0);
            QVERIFY2(oneSentence(refused.err), qPrintable(refused.err));
            QCOMPARE(md5Of(other), before);
            QVERIFY(!QFile::exists(other + QStringLiteral("-wal")));
            const QString empty = dir.filePath(QStringLiteral("empty.db"));
            QFile touch(empty);
            QVERIFY(touch.open(QIODevice::WriteOnly));
            touch.close();
            const Run migrate = cli({"migrate", "--db", empty});
            QCOMPARE(migrate.exitCode, 4);
            QVERIFY2(migrate.err.contains("is empty"), qPrintable(migrate.err));
            QCOMPARE(QFileInfo(empty).size(), 0);
        }
    }

    // PostgreSQL waits are bounded: behind another session's lock the CLI gives up
    // after lock_timeout (here set in the URI's options) and names the holder.
    void postgresLockTimeoutNamesTheHolder()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        QCOMPARE(cli({"init", "--db", db.urlString(), "--demo"}).exitCode, 0);
        auto holder = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::ReadWrite);
        QVERIFY(holder);
        QVERIFY((*holder)->exec(QStringLiteral("BEGIN")));
        QVERIFY((*holder)->exec(QStringLiteral("LOCK TABLE tier_events IN ACCESS EXCLUSIVE MODE")));
        const QString url = db.urlString() + QStringLiteral("&options=-c%20lock_timeout%3D800");
        QElapsedTimer timer;
        timer.start();
        const Run audit = cli({"audit", "--db", url});
        QVERIFY(timer.elapsed() < 30000);
        QCOMPARE(audit.exitCode, 4);
        QVERIFY2(!audit.err.trimmed().contains(QLatin1Char('\n'))
                && audit.err.contains("lock_timeout") && audit.err.contains("Held: tier_events"),
            qPrintable(audit.err));
        QVERIFY((*holder)->exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(cli({"audit", "--db", url}).exitCode, 0);
    }

    // The README's roles, granted exactly as docs/roles.sql says: the support role
    // reads and previews but is told which privilege a write lacks; the cleanup role
    // cleans up, undoes and re-evaluates; neither may migrate.
    void postgresRoles()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        QCOMPARE(cli({"init", "--db", db.urlString(), "--demo"}).exitCode, 0);
        QFile roles(QStringLiteral(TIERDESK_SOURCE_DIR "/docs/roles.sql"));
        QVERIFY(roles.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(roles.readAll());
        QFile readme(QStringLiteral(TIERDESK_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QVERIFY2(QString::fromUtf8(readme.readAll()).contains(sql.trimmed()),
            "the README quotes docs/roles.sql as it is");
        {
            auto admin
                = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::ReadWrite);
            QVERIFY(admin);
            QSqlQuery grant((*admin)->database());
            QVERIFY2(grant.exec(sql), qPrintable(grant.lastError().text()));
        }
        auto as = [&db](const char *role) {
            QString url = db.urlString();
            url.replace(
                QLatin1String("user=postgres"), QLatin1String("user=") + QLatin1String(role));
            return url;
        };
        const QString support = as("tierdesk_support");
        const QString cleanup = as("tierdesk_cleanup");

        QCOMPARE(cli({"audit", "--db", support}).exitCode, 0);
        // The incremental audit reads the change log: the support role may.
        QTemporaryDir stateDir;
        const QString stateFile = stateDir.filePath(QStringLiteral("audit.state"));
        const Run firstIncremental
            = cli({"audit", "--db", support, "--incremental", "--state", stateFile, "--json"});
        QCOMPARE(firstIncremental.exitCode, 0);
        const Run dry = cli({"backfill", "--db", support, "--dry-run", "--json"});
        QCOMPARE(dry.exitCode, 0);
        const QString fingerprint = jsonOf(dry).value("fingerprint").toString();
        const Run refused
            = cli({"backfill", "--db", support, "--yes", "--fingerprint", fingerprint});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(oneSentence(refused.err) && refused.err.contains("\"tierdesk_support\"")
                && refused.err.contains("privilege"),
            qPrintable(refused.err));
        QCOMPARE(cli({"evaluate", "--db", support, "--affiliate", "ruthplates"}).exitCode, 4);
        const Run migrate = cli({"migrate", "--db", support});
        QCOMPARE(migrate.exitCode, 4);
        QVERIFY2(
            oneSentence(migrate.err) && migrate.err.contains("owner"), qPrintable(migrate.err));

        const Run applied
            = cli({"backfill", "--db", cleanup, "--yes", "--fingerprint", fingerprint, "--json"});
        QCOMPARE(applied.exitCode, 0);
        QCOMPARE(jsonOf(applied).value("rows_changed").toInt(), 24);
        // The cleanup role wrote tier_events without any right on the change log (the
        // triggers run as their owner), and the support role's next incremental audit
        // reads just the 23 affiliates it touched, finding nothing left.
        const Run again
            = cli({"audit", "--db", support, "--incremental", "--state", stateFile, "--json"});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject incremental = jsonOf(again).value("incremental").toObject();
        QCOMPARE(incremental.value("full").toBool(true), false);
        QCOMPARE(incremental.value("affiliates_read_again").toInt(), 23);
        QCOMPARE(jsonOf(again).value("summary").toObject().value("redundant_rows").toInt(-1), 0);
        const QString batch = QString::number(jsonOf(applied).value("batch_id").toInteger());
        const QString undoPrint
            = jsonOf(cli({"undo", "--db", cleanup, "--batch", batch, "--dry-run", "--json"}))
                  .value("fingerprint")
                  .toString();
        QCOMPARE(
            cli({"undo", "--db", cleanup, "--batch", batch, "--yes", "--fingerprint", undoPrint})
                .exitCode,
            0);
        const Run evaluate
            = cli({"evaluate", "--db", cleanup, "--affiliate", "ruthplates", "--json"});
        QCOMPARE(evaluate.exitCode, 0);
        QCOMPARE(jsonOf(evaluate).value("outcome").toString(), QStringLiteral("promoted"));
        QCOMPARE(cli({"migrate", "--db", cleanup}).exitCode, 4);
    }

    // PostgreSQL: the replay's backend is killed halfway. Exit 4, and the sentence's
    // count is the number of commissions really stored; a re-run completes the file.
    void postgresReplayLosesItsConnection()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        QCOMPARE(cli({"init", "--db", db.urlString()}).exitCode, 0);
        auto admin = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::ReadWrite);
        QVERIFY(admin);
        const QString affiliate = Fixture::addAffiliate(**admin, QStringLiteral("killed"));
        QVERIFY(!affiliate.isEmpty());
        QTemporaryDir dir;
        QFile events(dir.filePath(QStringLiteral("events.jsonl")));
        QVERIFY(events.open(QIODevice::WriteOnly));
        const int total = 4000;
        for (int i = 0; i < total; ++i)
            events.write(QStringLiteral(
                "{\"id\":\"evt_k%1\",\"type\":\"invoice.paid\","
                "\"created\":%2,\"data\":{\"object\":{\"amount_paid\":"
                "100,\"currency\":\"usd\",\"metadata\":{\"affiliate_id\":\"%3\"}}}}\n")
                             .arg(i)
                             .arg(1769091512 + i)
                             .arg(affiliate)
                             .toUtf8());
        events.close();
        const QString url = db.urlString() + QStringLiteral("&application_name=victim");
        QProcess replay;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        replay.setProcessEnvironment(env);
        replay.start(QStringLiteral(TIERDESK_CLI_PATH),
            {"replay", "--db", url, "--events", events.fileName()});
        QVERIFY(replay.waitForStarted());
        // Kill its backend once it has stored some, and never after it finished.
        bool killed = false;
        QElapsedTimer waited;
        waited.start();
        while (!killed && replay.state() == QProcess::Running && waited.elapsed() < 60000) {
            const qint64 stored = Fixture::count(
                **admin, QStringLiteral("SELECT COUNT(*) FROM affiliate_commissions"));
            if (stored >= 100) {
                killed = Fixture::count(**admin,
                             QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM "
                                            "pg_stat_activity WHERE application_name = 'victim'"))
                    > 0;
            }
            replay.waitForFinished(5);
        }
        QVERIFY2(killed, "the replay finished before its backend could be killed");
        // (It may already have ended during the loop's last wait: waitForFinished is
        // false for a process that has finished.)
        QVERIFY(replay.state() == QProcess::NotRunning || replay.waitForFinished(60000));
        const QString err = QString::fromUtf8(replay.readAllStandardError());
        QCOMPARE(replay.exitCode(), 4);
        QVERIFY2(oneSentence(err) && err.contains("connection") && err.contains("again is safe"),
            qPrintable(err));
        const qint64 stored
            = Fixture::count(**admin, QStringLiteral("SELECT COUNT(*) FROM affiliate_commissions"));
        QVERIFY(stored > 0 && stored < total);
        QVERIFY2(err.contains(QStringLiteral(" %1 new commissions").arg(stored)),
            qPrintable(err + QStringLiteral(" stored: %1").arg(stored)));
        // The re-run adds exactly the rest.
        const Run again
            = cli({"replay", "--db", db.urlString(), "--events", events.fileName(), "--json"});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(jsonOf(again).value("commissions_inserted").toInt(), int(total - stored));
    }

    // Two processes apply the same previewed plan at the same moment.
    void twoProcessesApplyAtOnce_data() { TestDatabase::addEngines(); }
    void twoProcessesApplyAtOnce()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        const QString url = db.urlString();
        QCOMPARE(cli({"init", "--db", url, "--demo"}).exitCode, 0);
        const QString fingerprint = jsonOf(cli({"backfill", "--db", url, "--dry-run", "--json"}))
                                        .value("fingerprint")
                                        .toString();
        QProcess first, second;
        const QStringList arguments{"backfill", "--db", url, "--yes", "--fingerprint", fingerprint};
        first.start(QStringLiteral(TIERDESK_CLI_PATH), arguments);
        second.start(QStringLiteral(TIERDESK_CLI_PATH), arguments);
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        QList<int> codes{first.exitCode(), second.exitCode()};
        std::sort(codes.begin(), codes.end());
        QCOMPARE(codes, (QList<int>{0, 3}));
        const QString loser = QString::fromUtf8(
            first.exitCode() == 3 ? first.readAllStandardError() : second.readAllStandardError());
        QVERIFY2(oneSentence(loser), qPrintable(loser));
        QCOMPARE(jsonOf(cli({"audit", "--db", url, "--json"}))
                     .value("summary")
                     .toObject()
                     .value("redundant_rows")
                     .toInt(),
            0);
    }

    // A TierDesk column dropped by hand on an up-to-date database: migrate says so
    // instead of "nothing to do", and writes nothing.
    void migrateChecksItsOwnColumns_data() { TestDatabase::addEngines(); }
    void migrateChecksItsOwnColumns()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        QCOMPARE(cli({"init", "--db", db.urlString()}).exitCode, 0);
        {
            auto c = TierDesk::Connection::open(db.url(), TierDesk::Connection::Mode::ReadWrite);
            QVERIFY(c);
            QVERIFY((*c)->exec(
                QStringLiteral("ALTER TABLE tierdesk_backfill_batches DROP COLUMN note")));
        }
        const Run migrate = cli({"migrate", "--db", db.urlString()});
        QCOMPARE(migrate.exitCode, 3);
        QVERIFY2(!migrate.err.trimmed().contains(QLatin1Char('\n'))
                && migrate.err.contains("\"tierdesk_backfill_batches\" has no column \"note\""),
            qPrintable(migrate.err));
        QCOMPARE(cli({"audit", "--db", db.urlString()}).exitCode, 4); // refused there too
    }

    void migrateRefusesIncompleteSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("partial.db"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("partial"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral(
                "CREATE TABLE affiliate_profiles (id TEXT PRIMARY KEY, handle TEXT)"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("partial"));
        const Run run = cli({QStringLiteral("migrate"), QStringLiteral("--db"), path});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.err.trimmed(),
            QStringLiteral("The table \"affiliate_profiles\" has no column \"display_name\"."));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
