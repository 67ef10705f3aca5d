// The audit's rules (docs/ARCHITECTURE.md §2) fed events directly: no database.
#include "../models/audit/auditrules.h"

#include <QTest>

using namespace TierDesk;

namespace {

QDateTime at(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
}

ChainEvent chainEvent(qint64 id, std::optional<int> from, std::optional<int> to, const char *time)
{
    return {id, from, to, at(time)};
}

Audit::Report walk(const QList<ChainEvent> &events, int windowSeconds = 60,
    const QString &affiliate = QStringLiteral("a"))
{
    Audit::Report report;
    AuditRules rules(report, windowSeconds);
    rules.addChain(affiliate, events);
    AuditRules::summarize(report);
    return report;
}

} // namespace

class TestAuditRules : public QObject
{
    Q_OBJECT

private slots:
    // The incident: two Bronze -> Gold rows a few milliseconds apart.
    void incidentPair()
    {
        const auto report = walk({chainEvent(1, std::nullopt, 20, "2025-06-01T10:00:00.000Z"),
            chainEvent(2, 20, 25, "2026-01-22T14:18:34.012Z"),
            chainEvent(3, 20, 25, "2026-01-22T14:18:34.019Z")});
        QCOMPARE(report.clusters.size(), 1);
        const Audit::Cluster &cluster = report.clusters.first();
        QCOMPARE(cluster.kind, Audit::Cluster::Kind::Duplicate);
        QCOMPARE(cluster.keepId, 2);
        QCOMPARE(cluster.redundantIds, (QList<qint64>{3}));
        QCOMPARE(cluster.fromRate, 20);
        QCOMPARE(cluster.toRate, 25);
        QCOMPARE(cluster.firstAt.msecsTo(cluster.lastAt), 7);
        QCOMPARE(report.summary.duplicateClusters, 1);
        QCOMPARE(report.summary.redundantRows, 1);
        QCOMPARE(report.summary.affectedAffiliates, 1);
        QVERIFY(report.chainBreaks.isEmpty());
    }

    // A run chains through its events: each within the window of the one before.
    void longRun()
    {
        const auto report = walk({chainEvent(1, 20, 25, "2026-05-01T10:00:00.000Z"),
            chainEvent(2, 20, 25, "2026-05-01T10:00:50.000Z"),
            chainEvent(3, 20, 25, "2026-05-01T10:01:40.000Z")});
        QCOMPARE(report.clusters.size(), 1);
        QCOMPARE(report.clusters.first().redundantIds, (QList<qint64>{2, 3}));
    }

    // The window is inclusive, to the millisecond.
    void windowEdge_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<int>("clusters");
        QTest::addColumn<int>("breaks");
        QTest::newRow("exactly 60 s") << QStringLiteral("2026-05-01T10:01:00.000Z") << 1 << 0;
        QTest::newRow("60.001 s") << QStringLiteral("2026-05-01T10:01:00.001Z") << 0 << 1;
    }
    void windowEdge()
    {
        QFETCH(QString, second);
        QFETCH(int, clusters);
        QFETCH(int, breaks);
        const auto report = walk({chainEvent(1, 20, 25, "2026-05-01T10:00:00.000Z"),
            {2, 20, 25, QDateTime::fromString(second, Qt::ISODateWithMs)}});
        QCOMPARE(report.clusters.size(), clusters);
        // Beyond the window the repeat is a chain break: 20 -> 25 after a 25.
        QCOMPARE(report.chainBreaks.size(), breaks);
    }

    // The same from_rate to another to_rate within the window: one conflict group.
    void conflict()
    {
        const auto report = walk({chainEvent(1, 20, 25, "2026-05-01T10:00:00.000Z"),
            chainEvent(2, 20, 30, "2026-05-01T10:00:01.000Z"),
            chainEvent(3, 20, 35, "2026-05-01T10:00:02.000Z")});
        QCOMPARE(report.clusters.size(), 1);
        const Audit::Cluster &cluster = report.clusters.first();
        QCOMPARE(cluster.kind, Audit::Cluster::Kind::Conflict);
        QCOMPARE(cluster.eventIds, (QList<qint64>{1, 2, 3}));
        QCOMPARE(cluster.toRates, (QList<std::optional<int>>{25, 30, 35}));
        QCOMPARE(report.summary.conflicts, 1);
        QCOMPARE(report.summary.duplicateClusters, 0);
        QCOMPARE(report.summary.affectedAffiliates, 0);
    }

    // Promotion, demotion, promotion within a minute: a correct chain, nothing found.
    void flipFlop()
    {
        const auto report = walk({chainEvent(1, 20, 25, "2026-05-01T10:00:00.000Z"),
            chainEvent(2, 25, 20, "2026-05-01T10:00:10.000Z"),
            chainEvent(3, 20, 25, "2026-05-01T10:00:20.000Z")});
        QVERIFY(report.clusters.isEmpty());
        QVERIFY(report.chainBreaks.isEmpty());
    }

    // A from_rate that is not the previous to_rate, far apart: a chain break naming both.
    void chainBreak()
    {
        const auto report = walk({chainEvent(1, 20, 25, "2026-05-01T10:00:00.000Z"),
            chainEvent(2, 30, 35, "2026-06-01T10:00:00.000Z")});
        QCOMPARE(report.chainBreaks.size(), 1);
        QCOMPARE(report.chainBreaks.first().eventId, 2);
        QCOMPARE(report.chainBreaks.first().expectedFromRate, 25);
        QCOMPARE(report.chainBreaks.first().fromRate, 30);
        QCOMPARE(report.summary.chainBreaks, 1);
    }

    // A NULL from_rate (the first tier of a profile) never forms a duplicate.
    void nullFromRate()
    {
        const auto report = walk({chainEvent(1, std::nullopt, 20, "2026-05-01T10:00:00.000Z"),
            chainEvent(2, std::nullopt, 20, "2026-05-01T10:00:00.001Z")});
        QVERIFY(report.clusters.isEmpty());
        QCOMPARE(report.chainBreaks.size(), 1); // NULL is not the previous 20
    }

    // A predecessor whose time is unknown is outside any window.
    void unknownPredecessorTime()
    {
        Audit::Report report;
        AuditRules rules(report, 60);
        rules.add({QStringLiteral("a"), chainEvent(2, 20, 25, "2026-05-01T10:00:00.000Z"),
            {1, 20, 25, QDateTime()}});
        QVERIFY(report.clusters.isEmpty());
        QCOMPARE(report.chainBreaks.size(), 1);
    }

    // Two affiliates' chains never join, even when one's last event and the other's
    // first would make a pair.
    void affiliatesApart()
    {
        Audit::Report report;
        AuditRules rules(report, 60);
        rules.addChain(QStringLiteral("a"),
            {chainEvent(1, 20, 25, "2026-05-01T10:00:00.000Z"),
                chainEvent(2, 20, 25, "2026-05-01T10:00:01.000Z")});
        rules.addChain(QStringLiteral("b"),
            {chainEvent(3, 20, 25, "2026-05-01T10:00:02.000Z"),
                chainEvent(4, 20, 25, "2026-05-01T10:00:03.000Z")});
        AuditRules::summarize(report);
        QCOMPARE(report.clusters.size(), 2);
        QCOMPARE(report.clusters.at(1).keepId, 3);
        QCOMPARE(report.summary.affectedAffiliates, 2);
    }

    // Affected affiliates are counted once each, in an audit's order and out of it;
    // conflicts do not count.
    void affectedAffiliates()
    {
        const auto cluster = [](const char *affiliate, Audit::Cluster::Kind kind) {
            Audit::Cluster c;
            c.affiliateId = QString::fromLatin1(affiliate);
            c.kind = kind;
            return c;
        };
        using Kind = Audit::Cluster::Kind;
        const QList<Audit::Cluster> ordered{cluster("a", Kind::Duplicate),
            cluster("a", Kind::Duplicate), cluster("b", Kind::Conflict),
            cluster("c", Kind::Duplicate), cluster("c", Kind::Conflict),
            cluster("c", Kind::Duplicate), cluster("d", Kind::Duplicate)};
        QCOMPARE(AuditRules::affectedAffiliates(ordered), 3);
        const QList<Audit::Cluster> unordered{cluster("c", Kind::Duplicate),
            cluster("a", Kind::Duplicate), cluster("c", Kind::Duplicate),
            cluster("b", Kind::Conflict), cluster("a", Kind::Duplicate)};
        QCOMPARE(AuditRules::affectedAffiliates(unordered), 2);
        QCOMPARE(AuditRules::affectedAffiliates({}), 0);
    }

    // The readers leave out the steps where no rule can fire: the findings are the same.
    void skippingQuietSteps()
    {
        const QList<ChainEvent> events{chainEvent(1, std::nullopt, 20, "2026-01-01T00:00:00.000Z"),
            chainEvent(2, 20, 25, "2026-02-01T00:00:00.000Z"),
            chainEvent(3, 20, 25, "2026-02-01T00:00:05.000Z"),
            chainEvent(4, 25, 20, "2026-03-01T00:00:00.000Z"),
            chainEvent(5, 30, 35, "2026-04-01T00:00:00.000Z"),
            chainEvent(6, 35, 40, "2026-04-01T00:00:01.000Z"),
            chainEvent(7, 35, 45, "2026-04-01T00:00:02.000Z")};
        const auto all = walk(events);
        Audit::Report some;
        AuditRules rules(some, 60);
        int skipped = 0;
        for (qsizetype i = 1; i < events.size(); ++i) {
            const ChainStep step{QStringLiteral("a"), events.at(i), events.at(i - 1)};
            if (step.mayBreak())
                rules.add(step);
            else
                ++skipped;
        }
        AuditRules::summarize(some);
        QVERIFY(skipped >= 2);
        QCOMPARE(some.toJson(), all.toJson());
        QCOMPARE(all.summary.duplicateClusters, 1);
        QCOMPARE(all.summary.conflicts, 1);
        QCOMPARE(all.summary.chainBreaks, 1);
    }

    // Drift: the profile's rate is not the last active event's to_rate.
    void drift()
    {
        Audit::Report report;
        AuditRules rules(report, 60);
        rules.addProfile(QStringLiteral("same"), 25, 25);
        rules.addProfile(QStringLiteral("ahead"), 25, 20);
        rules.addProfile(QStringLiteral("null"), 20, std::nullopt);
        AuditRules::summarize(report);
        QCOMPARE(report.drift.size(), 2);
        QCOMPARE(report.drift.first().affiliateId, QStringLiteral("ahead"));
        QCOMPARE(report.drift.first().historyRate, 20);
        QCOMPARE(report.drift.last().historyRate, std::nullopt);
        QCOMPARE(report.summary.drift, 2);
    }

    // The incident's minute buckets: one cluster per bucket, its first event kept.
    void minuteBuckets()
    {
        Audit::Report report;
        MinuteBucketRule rule(report);
        const QString a = QStringLiteral("a");
        rule.add(a, chainEvent(1, 20, 25, "2026-05-01T10:00:10.000Z"), QStringLiteral("10:00"));
        rule.add(a, chainEvent(2, 20, 25, "2026-05-01T10:00:20.000Z"), QStringLiteral("10:00"));
        rule.add(a, chainEvent(3, 20, 25, "2026-05-01T10:01:10.000Z"), QStringLiteral("10:01"));
        rule.add(a, chainEvent(4, 20, 25, "2026-05-01T10:01:11.000Z"), QStringLiteral("10:01"));
        QCOMPARE(report.clusters.size(), 2);
        QCOMPARE(report.clusters.first().keepId, 1);
        QCOMPARE(report.clusters.first().redundantIds, (QList<qint64>{2}));
        QCOMPARE(report.clusters.last().keepId, 3);
    }
};

QTEST_GUILESS_MAIN(TestAuditRules)
#include "tst_auditrules.moc"
