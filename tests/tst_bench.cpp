// Runs tierdesk-bench once at the small scale on each engine: it must run and
// print every row. Timings are the bench's business, never a test's.
#include "testdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestBench : public QObject
{
    Q_OBJECT

private slots:
    void smoke_data() { TestDatabase::addEngines(); }
    void smoke()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        QProcess bench;
        bench.start(QStringLiteral(TIERDESK_BENCH_PATH),
            {"--db", db.urlString(), "--scale", "small", "--runs", "1", "--replay-events", "200"});
        QVERIFY(bench.waitForFinished(300000));
        const QString out = QString::fromUtf8(bench.readAllStandardOutput());
        QVERIFY2(bench.exitCode() == 0,
            qPrintable(out + QString::fromUtf8(bench.readAllStandardError())));
        const QStringList rows{"audit, chain rules (vs minute GROUP BY)",
            "(info) raw LAG chain query", "audit, --minute-buckets mode",
            "audit again, 1,000 new events (incremental)", "list, first page by handle",
            "list, first page by name", "list, first page by tier",
            "list, first page by 90-day commissions", "list, first page by events",
            "list, first page by duplicates", "list, next page by handle",
            "list, next page by 90-day commissions", "refresh the list's figures",
            "list figures: summary as of", "(info) by duplicates, live", "search, part of a handle",
            "search, surname", "search, whole e-mail", "search, e-mail fragment",
            "search, Stripe event id", "open affiliate (", "backfill apply, 24 rows",
            "replay, concurrency 1", "replay, concurrency 8", "accuracy", "peak RSS"};
        for (const QString &row : rows)
            QVERIFY2(out.contains(row),
                qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(row, out)));
        QVERIFY2(out.contains("23 clusters, 24 redundant"), qPrintable(out));
        // Every search row found what it searched for (the demo's surnames, e-mails, ids),
        // and counted it; the single-connection replay has the raw webhook's rate beside it.
        static const QRegularExpression found(QStringLiteral("\": ([1-9][0-9]*) of ([0-9]+) "));
        static const QRegularExpression replayed(
            QStringLiteral("^replay, concurrency 1 +[0-9]+ +[0-9]+ +[0-9.]+x "));
        int searches = 0;
        bool rawReplay = false;
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("search, "))) {
                const auto match = found.match(line);
                QVERIFY2(match.hasMatch(), qPrintable(line));
                QVERIFY2(match.captured(1).toInt() <= match.captured(2).toInt(), qPrintable(line));
                ++searches;
            }
            rawReplay = rawReplay || replayed.match(line).hasMatch();
        }
        QCOMPARE(searches, 5);
        QVERIFY2(rawReplay, qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
