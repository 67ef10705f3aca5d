// The live desk's feed (models/live/changefeed.h): a committed write through another
// connection reaches a window's feed within 2 s with who, what and under which
// ticket; the window's own writes and rolled-back ones do not; new race-lost beacons
// are counted; on PostgreSQL a killed listening connection is reported and reopened.
// Both engines, real connections, the feed on its own thread.
#include "../models/backfill/backfill.h"
#include "../models/live/changefeed.h"
#include "../models/write/guardedwrite.h"
#include "fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace TierDesk;

namespace {

constexpr int Live = 2000; // the promise: another window sees a write within 2 s

OperatorInfo agent(const QString &desk)
{
    auto who = OperatorInfo::withTicket(
        QStringLiteral("Bea Agent"), QStringLiteral("SUP-4821"), QStringLiteral("live"));
    who->desk = desk;
    return *who;
}

QList<DeskChange> received(const QSignalSpy &spy)
{
    QList<DeskChange> all;
    for (const QList<QVariant> &arguments : spy)
        all << arguments.at(0).value<QList<DeskChange>>();
    return all;
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<DeskChange>>();
        qRegisterMetaType<QList<Visitor>>();
    }

    // Another desk's cleanup arrives with its operator, ticket, action, batch and
    // affiliate; the window's own (the same desk id) does not.
    void othersWritesArriveOwnDoNot_data() { TestDatabase::addEngines(); }
    void othersWritesArriveOwnDoNot()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString greta = Fixture::addAffiliate(*c, QStringLiteral("gretaeats"), 25);
        Fixture::addEvent(*c, greta, 20, 25, "2026-01-22T14:18:33.996Z");
        Fixture::addEvent(*c, greta, 20, 25, "2026-01-22T14:18:34.012Z");

        ChangeFeed feed(db.url(), QStringLiteral("window-a"));
        QSignalSpy changes(&feed, &ChangeFeed::changed);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isListening(), Live);

        // The window's own cleanup, then another desk's undo of it.
        Backfill::Options cleanup;
        cleanup.affiliateId = greta;
        cleanup.anyPlan = true;
        cleanup.who = agent(QStringLiteral("window-a"));
        auto applied = Backfill::apply(*c, cleanup);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
        Backfill::UndoOptions undo;
        undo.batchId = applied->batchId;
        undo.anyPlan = true;
        undo.who = agent(QStringLiteral("window-b"));
        auto undone = Backfill::undo(*c, undo);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));

        QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), Live);
        const QList<DeskChange> all = received(changes);
        QCOMPARE(all.size(), 1);
        const DeskChange &change = all.first();
        QCOMPARE(change.desk, QStringLiteral("window-b"));
        QCOMPARE(change.operatorName, QStringLiteral("Bea Agent"));
        QCOMPARE(change.ticket, QStringLiteral("SUP-4821"));
        QCOMPARE(change.action, QStringLiteral("backfill_undo"));
        QVERIFY(change.batchId > applied->batchId);
        QCOMPARE(change.affiliateIds, QStringList{greta});
        QVERIFY(change.touches({greta}));
        QVERIFY(!change.touches({QStringLiteral("someone-else")}));
        QVERIFY(change.at.isValid());
    }

    // A write that rolls back after its announcement is never heard of: NOTIFY is
    // delivered at COMMIT, and SQLite's audit-log rows roll back with it.
    void rolledBackWritesAreNotAnnounced_data() { TestDatabase::addEngines(); }
    void rolledBackWritesAreNotAnnounced()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString greta = Fixture::addAffiliate(*c, QStringLiteral("gretaeats"), 25);
        Fixture::addEvent(*c, greta, 20, 25, "2026-01-22T14:18:33.996Z");
        Fixture::addEvent(*c, greta, 20, 25, "2026-01-22T14:18:34.012Z");
        const QString kaan = Fixture::addAffiliate(*c, QStringLiteral("kaanmasa"), 25);
        Fixture::addEvent(*c, kaan, 20, 25, "2026-02-02T10:00:00.000Z");
        Fixture::addEvent(*c, kaan, 20, 25, "2026-02-02T10:00:00.020Z");

        ChangeFeed feed(db.url(), QStringLiteral("window-a"));
        QSignalSpy changes(&feed, &ChangeFeed::changed);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isListening(), Live);

        Backfill::Options cleanup;
        cleanup.anyPlan = true;
        cleanup.who = agent(QStringLiteral("window-b"));
        {
            // The last step before COMMIT fails: everything, the NOTIFY included, rolls back.
            WriteHooks failing;
            failing.announce = [](const Connection &, const WritePlan &, const OperatorInfo &) {
                return Result<void>(Error::internal(QStringLiteral("disk gone")));
            };
            const WriteHooks previous = GuardedWrite::setHooks(failing);
            cleanup.affiliateId = greta;
            QVERIFY(!Backfill::apply(*c, cleanup));
            GuardedWrite::setHooks(previous);
        }
        cleanup.affiliateId = kaan;
        QVERIFY(Backfill::apply(*c, cleanup));

        QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), Live);
        const QList<DeskChange> all = received(changes);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().affiliateIds, QStringList{kaan});
    }

    // New race-lost beacons, written by anyone (the webhooks' evaluator on
    // PostgreSQL through schema version 8's trigger), are counted.
    void newBeaconsAreCounted_data() { TestDatabase::addEngines(); }
    void newBeaconsAreCounted()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString greta = Fixture::addAffiliate(*c, QStringLiteral("gretaeats"), 25);
        ChangeFeed feed(db.url(), QStringLiteral("window-a"));
        QSignalSpy beacons(&feed, &ChangeFeed::beaconsChanged);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isListening(), Live);
        for (int i = 0; i < 2; ++i)
            QVERIFY(c->run(QStringLiteral("INSERT INTO tier_beacons (name, affiliate_id) VALUES "
                                          "('evaluate_tier.race_lost', ?)"),
                {greta}));
        QTRY_VERIFY_WITH_TIMEOUT(
            !beacons.isEmpty() && beacons.last().at(0).toLongLong() == 2, Live);
    }

    // Presence: a window sees which other windows have an affiliate open (names, since
    // when), in read-only sessions; one that closes is gone at once, one that vanishes
    // (a crash) once it has not been heard from for the expiry.
    void othersWithTheAffiliateOpen_data() { TestDatabase::addEngines(); }
    void othersWithTheAffiliateOpen()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString greta = Fixture::addAffiliate(*c, QStringLiteral("gretaeats"), 25);
        const auto latest = [](const QSignalSpy &spy) {
            return spy.isEmpty() ? QList<Visitor>() : spy.last().at(0).value<QList<Visitor>>();
        };

        // A closing window says so: gone long before the (here one minute) expiry.
        ChangeFeed::setPresenceTiming(200, 60000);
        ChangeFeed b(db.url(), QStringLiteral("window-b"));
        QSignalSpy seen(&b, &ChangeFeed::visitorsChanged);
        QTRY_VERIFY_WITH_TIMEOUT(b.isListening(), Live);
        auto a = std::make_unique<ChangeFeed>(db.url(), QStringLiteral("window-a"));
        QTRY_VERIFY_WITH_TIMEOUT(a->isListening(), Live);
        a->setOpenAffiliate(greta, QStringLiteral("Ana Agent"));
        QTRY_VERIFY_WITH_TIMEOUT(latest(seen).size() == 1, Live);
        const Visitor ana = latest(seen).first();
        QCOMPARE(ana.operatorName, QStringLiteral("Ana Agent"));
        QCOMPARE(ana.affiliateId, greta);
        QCOMPARE(ana.desk, QStringLiteral("window-a"));
        QVERIFY(qAbs(ana.since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // A window opened later learns of her without waiting for a heartbeat.
        ChangeFeed::setPresenceTiming(600000, 60000);
        ChangeFeed late(db.url(), QStringLiteral("window-late"));
        QSignalSpy lateSeen(&late, &ChangeFeed::visitorsChanged);
        QTRY_VERIFY_WITH_TIMEOUT(latest(lateSeen).size() == 1, Live);
        a.reset();
        QTRY_VERIFY_WITH_TIMEOUT(latest(seen).isEmpty(), Live);

        // A window that vanishes without a word is forgotten after the expiry.
        ChangeFeed::setPresenceTiming(200, 1000);
        ChangeFeed watcher(db.url(), QStringLiteral("window-w"));
        QSignalSpy watched(&watcher, &ChangeFeed::visitorsChanged);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isListening(), Live);
        auto crashing = std::make_unique<ChangeFeed>(db.url(), QStringLiteral("window-c"));
        crashing->setOpenAffiliate(greta, QStringLiteral("Cem Agent"));
        QTRY_VERIFY_WITH_TIMEOUT(latest(watched).size() >= 1, Live);
        crashing->vanishOnClose();
        crashing.reset();
        QTRY_VERIFY_WITH_TIMEOUT(latest(watched).isEmpty(), 3 * Live);
        ChangeFeed::setPresenceTiming(ChangeFeed::HeartbeatMs, ChangeFeed::ExpiryMs);
    }

    // PostgreSQL: the listening session killed by an administrator is reported, opened
    // again, and heard from again.
    void lostListenerReconnects()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString greta = Fixture::addAffiliate(*c, QStringLiteral("gretaeats"), 25);
        Fixture::addEvent(*c, greta, 20, 25, "2026-01-22T14:18:33.996Z");
        Fixture::addEvent(*c, greta, 20, 25, "2026-01-22T14:18:34.012Z");
        ChangeFeed feed(db.url(), QStringLiteral("window-a"));
        QSignalSpy listening(&feed, &ChangeFeed::listeningChanged);
        QSignalSpy changes(&feed, &ChangeFeed::changed);
        QTRY_VERIFY_WITH_TIMEOUT(feed.isListening(), Live);

        auto killed = c->run(
            QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        QVERIFY(killed && killed->next());
        QCOMPARE(killed->value(0).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isListening(), Live);
        QVERIFY(listening.last().at(1).toString().contains(QLatin1String("Reconnecting")));
        QTRY_VERIFY_WITH_TIMEOUT(feed.isListening(), 3 * Live);
        QVERIFY(listening.last().at(1).toString().contains(QLatin1String("back")));
        // What happened while it was away is unknown: a change that may touch anyone.
        QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), Live);
        QVERIFY(received(changes).last().touches({greta}));

        changes.clear();
        Backfill::Options cleanup;
        cleanup.affiliateId = greta;
        cleanup.anyPlan = true;
        cleanup.who = agent(QStringLiteral("window-b"));
        QVERIFY(Backfill::apply(*c, cleanup));
        QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), Live);
        QCOMPARE(received(changes).first().action, QStringLiteral("backfill_apply"));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
