#include "../models/tier/tierevaluator.h"
#include "fixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>
#include <QThread>

#include <atomic>
#include <vector>

using namespace TierDesk;
using Outcome = TierEvaluator::Outcome;

namespace {

const QDateTime Now = Fixture::utc("2026-01-22T14:18:34.000Z");

qint64 events(const Connection &c, const QString &affiliate)
{
    return Fixture::count(
        c, QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE affiliate_id = ?"), affiliate);
}

qint64 beacons(const Connection &c, const QString &affiliate)
{
    return Fixture::count(c,
        QStringLiteral("SELECT COUNT(*) FROM tier_beacons WHERE affiliate_id = ? AND "
                       "name = 'evaluate_tier_race_lost'"),
        affiliate);
}

int rate(const Connection &c, const QString &affiliate)
{
    return int(Fixture::count(c,
        QStringLiteral("SELECT commission_rate FROM affiliate_profiles WHERE id = ?"), affiliate));
}

} // namespace

class TestTierEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void policyBoundaries_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("at");
        QTest::addColumn<int>("expected");
        for (const char *engine : {"sqlite", "postgres"}) {
            const QString e = QString::fromLatin1(engine);
            QTest::addRow("%s-1499.99", engine)
                << e << "1499.99"
                << "2026-01-01T00:00:00.000Z" << int(Outcome::Unchanged);
            QTest::addRow("%s-1500.00", engine)
                << e << "1500.00"
                << "2026-01-01T00:00:00.000Z" << int(Outcome::Promoted);
            // The window is (now - 90 days, now]: exactly 90 days back is out, a millisecond later
            // is in.
            QTest::addRow("%s-edge-out", engine)
                << e << "1500.00"
                << "2025-10-24T14:18:34.000Z" << int(Outcome::Unchanged);
            QTest::addRow("%s-edge-in", engine)
                << e << "1500.00"
                << "2025-10-24T14:18:34.001Z" << int(Outcome::Promoted);
            QTest::addRow("%s-at-now", engine)
                << e << "1500.00"
                << "2026-01-22T14:18:34.000Z" << int(Outcome::Promoted);
            QTest::addRow("%s-after-now", engine)
                << e << "1500.00"
                << "2026-01-22T14:18:34.001Z" << int(Outcome::Unchanged);
        }
    }
    void policyBoundaries()
    {
        QFETCH(QString, engine);
        QFETCH(QString, amount);
        QFETCH(QString, at);
        QFETCH(int, expected);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString id = Fixture::addAffiliate(*c, QStringLiteral("edge"));
        QVERIFY(!id.isEmpty());
        QVERIFY(Fixture::addCommission(*c, id, amount, Fixture::utc(at.toLatin1().constData())));
        const TierEvaluator evaluator(*c, *TierPolicy::load(*c));
        auto result = evaluator.evaluate(id, Now);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(int(result->outcome), expected);
        QCOMPARE(events(*c, id), expected == int(Outcome::Promoted) ? 1 : 0);
        QCOMPARE(rate(*c, id), expected == int(Outcome::Promoted) ? 25 : 20);
        if (expected == int(Outcome::Promoted)) {
            QCOMPARE(
                Fixture::count(*c,
                    QStringLiteral("SELECT COUNT(*) FROM tierdesk_audit_log WHERE affiliate_id = ? "
                                   "AND action = 'evaluate_tier'"),
                    id),
                1);
            // A second evaluation finds nothing to do.
            QCOMPARE(int(evaluator.evaluate(id, Now)->outcome), int(Outcome::Unchanged));
            QCOMPARE(events(*c, id), 1);
        }
    }

    // A policy that is not numbers, not positive or not ordered is refused with a
    // sentence before anything is evaluated (a Bronze affiliate with $233 was once
    // promoted by a threshold of "abc").
    void implausiblePolicyRefused_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("update");
        QTest::addColumn<QString>("mentions");
        for (const char *engine : {"sqlite", "postgres"}) {
            const QString e = QString::fromLatin1(engine);
            QTest::addRow("%s-negative", engine)
                << e << "UPDATE tier_policy SET threshold_amount = -5 WHERE rate = 25"
                << "not an amount";
            QTest::addRow("%s-unordered", engine)
                << e << "UPDATE tier_policy SET threshold_amount = 0 WHERE rate = 25"
                << "not ordered";
            QTest::addRow("%s-rate-zero", engine)
                << e << "UPDATE tier_policy SET rate = 0 WHERE rate = 25"
                << "rate of \"0\"";
        }
        QTest::addRow("sqlite-text") << QStringLiteral("sqlite")
                                     << "UPDATE tier_policy SET threshold_amount = 'abc' WHERE "
                                        "rate = 25"
                                     << "\"abc\"";
    }
    void implausiblePolicyRefused()
    {
        QFETCH(QString, engine);
        QFETCH(QString, update);
        QFETCH(QString, mentions);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString id = Fixture::addAffiliate(*c, QStringLiteral("bronze"));
        QVERIFY(Fixture::addCommission(*c, id, QStringLiteral("233.00"), Now.addDays(-1)));
        QVERIFY(c->exec(update));
        auto policy = TierPolicy::load(*c);
        QVERIFY(!policy);
        QCOMPARE(policy.error().kind, Error::Kind::Refused);
        QVERIFY2(policy.error().message.contains(mentions), qPrintable(policy.error().message));
        QVERIFY(!policy.error().message.contains(QLatin1Char('\n')));
        QCOMPARE(rate(*c, id), 20);
        QCOMPARE(events(*c, id), 0);
    }

    void moreTiersAndDemotion_data() { TestDatabase::addEngines(); }
    void moreTiersAndDemotion()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(c->exec(QStringLiteral("INSERT INTO tier_policy (rate, name, threshold_amount) "
                                       "VALUES (30, 'Platinum', 5000)"))
                    .ok());
        const QString id = Fixture::addAffiliate(*c, QStringLiteral("agency"));
        QVERIFY(Fixture::addCommission(
            *c, id, QStringLiteral("5000.00"), Fixture::utc("2026-01-10T00:00:00.000Z")));
        auto policy = *TierPolicy::load(*c);
        QCOMPARE(policy.tiers().size(), 3);
        {
            const TierEvaluator evaluator(*c, policy);
            auto result = evaluator.evaluate(id, Now);
            QCOMPARE(int(result->outcome), int(Outcome::Promoted));
            QCOMPARE(result->target, 30); // straight past Gold
        }
        // Five months later the sum is zero: promotion-only keeps the rate ...
        const QDateTime later = Now.addDays(150);
        {
            const TierEvaluator evaluator(*c, policy);
            QCOMPARE(int(evaluator.evaluate(id, later)->outcome), int(Outcome::Unchanged));
            QCOMPARE(rate(*c, id), 30);
        }
        // ... and the demotion switch lets it fall to Bronze.
        policy.setAllowDemotion(true);
        const TierEvaluator demoting(*c, policy);
        auto demoted = demoting.evaluate(id, later);
        QCOMPARE(int(demoted->outcome), int(Outcome::Demoted));
        QCOMPARE(rate(*c, id), 20);
        QCOMPARE(events(*c, id), 2);
    }

    void notFound_data() { TestDatabase::addEngines(); }
    void notFound()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const TierEvaluator evaluator(*c, TierPolicy::defaultPolicy());
        auto result
            = evaluator.evaluate(QStringLiteral("6f1b0a52-0000-4000-8000-000000000000"), Now);
        QVERIFY(result.ok());
        QCOMPARE(int(result->outcome), int(Outcome::NotFound));
        // A plan for an affiliate deleted between read and write is NotFound, not a lost race.
        const QString id = Fixture::addAffiliate(*c, QStringLiteral("gone"));
        QVERIFY(Fixture::addCommission(*c, id, QStringLiteral("2000"), Now.addDays(-1)));
        auto plan = evaluator.plan(id, Now);
        QVERIFY(plan.ok() && plan->target == 25);
        QVERIFY(c->exec(QStringLiteral("DELETE FROM affiliate_commissions")).ok());
        QVERIFY(c->exec(QStringLiteral("DELETE FROM affiliate_profiles")).ok());
        auto applied = evaluator.apply(*plan);
        QCOMPARE(int(applied->outcome), int(Outcome::NotFound));
        QCOMPARE(Fixture::count(*c, QStringLiteral("SELECT COUNT(*) FROM tier_beacons")), 0);
    }

    // The window writes what it previewed or nothing: a commission refunded between the
    // preview and the click no longer calls for Gold, and the write is refused.
    void stalePreviewRefused_data() { TestDatabase::addEngines(); }
    void stalePreviewRefused()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString id = Fixture::addAffiliate(*c, QStringLiteral("previewed"));
        QVERIFY(Fixture::addCommission(*c, id, QStringLiteral("2000"), Now.addDays(-1)));
        const TierEvaluator evaluator(*c, TierPolicy::defaultPolicy());
        auto preview = evaluator.plan(id, Now);
        QVERIFY(preview && preview->target == 25);
        QVERIFY(c->exec(QStringLiteral("DELETE FROM affiliate_commissions")).ok());
        auto refused = evaluator.evaluateAsPreviewed(*preview, Now);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().reason), int(Error::Reason::StalePlan));
        QVERIFY2(refused.error().message.contains(QLatin1String("Nothing was written")),
            qPrintable(refused.error().message));
        QCOMPARE(rate(*c, id), 20);
        QCOMPARE(events(*c, id), 0);
        QCOMPARE(Fixture::count(*c, QStringLiteral("SELECT COUNT(*) FROM tierdesk_audit_log")), 0);
        // Unchanged since the preview: it writes.
        QVERIFY(Fixture::addCommission(*c, id, QStringLiteral("2000"), Now.addDays(-1)));
        auto applied = evaluator.evaluateAsPreviewed(*preview, Now);
        QVERIFY(applied);
        QCOMPARE(int(applied->outcome), int(Outcome::Promoted));
        QCOMPARE(rate(*c, id), 25);
    }

    // The incident, interleaved by hand: both evaluations read 20, both compute 25.
    void incidentInterleaved_data() { TestDatabase::addEngines(); }
    void incidentInterleaved()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString greta = Fixture::addAffiliate(*c, QStringLiteral("gretaeats"));
        QVERIFY(Fixture::addCommission(*c, greta, QStringLiteral("1438.20"), Now.addDays(-30)));
        QVERIFY(Fixture::addCommission(
            *c, greta, QStringLiteral("58.00"), Now.addSecs(-2), QStringLiteral("evt_aaa111")));
        QVERIFY(Fixture::addCommission(
            *c, greta, QStringLiteral("5.80"), Now.addSecs(-1), QStringLiteral("evt_bbb222")));
        const TierEvaluator a(*c, TierPolicy::defaultPolicy());
        const TierEvaluator b(*c, TierPolicy::defaultPolicy());
        auto planA = a.plan(greta, Now.addMSecs(12));
        auto planB = b.plan(greta, Now.addMSecs(28));
        QCOMPARE(planA->prior, 20);
        QCOMPARE(planB->prior, 20);
        QCOMPARE(planA->sumCents, 150200);
        QCOMPARE(planB->target, 25);
        QCOMPARE(int(a.apply(*planA)->outcome), int(Outcome::Promoted));
        auto lost = b.apply(*planB);
        QCOMPARE(int(lost->outcome), int(Outcome::RaceLost));
        QCOMPARE(lost->observed, 25);
        QCOMPARE(events(*c, greta), 1);
        QCOMPARE(beacons(*c, greta), 1);
        QSqlQuery details(c->database());
        QVERIFY(details.exec(QStringLiteral("SELECT details FROM tier_beacons")) && details.next());
        const QJsonObject beacon
            = QJsonDocument::fromJson(details.value(0).toString().toUtf8()).object();
        QCOMPARE(beacon.value(QStringLiteral("observed_rate")).toInt(), 25);
        QCOMPARE(beacon.value(QStringLiteral("prior_rate")).toInt(), 20);
        QCOMPARE(beacon.value(QStringLiteral("affiliate_id")).toString(), greta);
    }

    // Real threads, real connections: 8 evaluations of one affiliate released together.
    void concurrentEvaluations_data() { TestDatabase::addEngines(); }
    void concurrentEvaluations()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        constexpr int Threads = 8;
        constexpr int Trials = 15;
        constexpr int AffiliatesPerTrial = 3;
        int totalRaceLost = 0;
        for (int trial = 0; trial < Trials; ++trial) {
            QStringList ids;
            for (int a = 0; a < AffiliatesPerTrial; ++a) {
                ids << Fixture::addAffiliate(*c, QStringLiteral("t%1a%2").arg(trial).arg(a));
                QVERIFY(Fixture::addCommission(
                    *c, ids.last(), QStringLiteral("1500.00"), Now.addDays(-1)));
            }
            // All threads read the old rate before any writes: the incident's timing.
            Fixture::Race race(Threads * AffiliatesPerTrial);
            const QStringList outcomes = race.run(db.url(), [&](int t, const Connection &own) {
                const QString id = ids.at(t % AffiliatesPerTrial);
                const TierEvaluator evaluator(own, TierPolicy::defaultPolicy());
                auto plan = evaluator.plan(id, Now);
                race.meet(); // everyone has read the old rate
                auto result = plan ? evaluator.apply(*plan)
                                   : Result<TierEvaluator::Evaluation>(plan.error());
                if (!result)
                    return result.error().message;
                return TierEvaluator::outcomeName(result->outcome);
            });
            const int promoted = int(outcomes.count(QStringLiteral("promoted")));
            const int raceLost = int(outcomes.count(QStringLiteral("race_lost")));
            const int unchanged = int(outcomes.count(QStringLiteral("unchanged")));
            const QString failures = outcomes.join(QLatin1Char('\n'));
            QVERIFY2(promoted + raceLost + unchanged == int(outcomes.size()), qPrintable(failures));
            QCOMPARE(promoted, AffiliatesPerTrial);
            QCOMPARE(raceLost + unchanged, (Threads - 1) * AffiliatesPerTrial);
            qint64 beaconRows = 0;
            for (const QString &id : ids) {
                QCOMPARE(events(*c, id), 1); // exactly one tier event per real promotion
                QCOMPARE(rate(*c, id), 25);
                beaconRows += beacons(*c, id);
            }
            QCOMPARE(beaconRows, qint64(raceLost)); // every lost race left a beacon
            totalRaceLost += raceLost;
        }
        // All plans were made before any write, so every loser lost a race.
        QCOMPARE(totalRaceLost, (Threads - 1) * AffiliatesPerTrial * Trials);
    }
};

QTEST_GUILESS_MAIN(TestTierEvaluator)
#include "tst_tierevaluator.moc"
