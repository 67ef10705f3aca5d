#include "../models/audit/audit.h"
#include "../models/db/connection.h"
#include "../models/demo/demodata.h"
#include "../models/schema/schema.h"
#include "../models/tier/tierevaluator.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace TierDesk;

namespace {

// The digests pin the moment the demo is made: its subscriptions pay up to it.
const QDateTime Made = QDateTime::fromString(QStringLiteral("2026-12-01T09:00:00Z"), Qt::ISODate);
// The last moment of the written story; rows up to it are the same on any day.
const QString StoryEnd = QStringLiteral("2026-11-26T23:59:59.000Z");

// A digest of what `queries` return, in a form both engines agree on: times as
// ISO-8601 UTC text, money in cents.
QByteArray digestOf(const Connection &c, const QStringList &queries)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &sql : queries) {
        QSqlQuery query(c.database());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return {};
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant v = query.value(i);
                const bool isTime = v.metaType().id() == QMetaType::QDateTime
                    || (v.toString().size() == 24 && v.toString().endsWith(QLatin1Char('Z')));
                hash.addData(
                    (isTime ? SqlDialect::timeText(SqlDialect::toDateTime(v)) : v.toString())
                        .toUtf8());
                hash.addData("|");
            }
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

// Everything the demo wrote up to `upTo` (all of it when empty).
QByteArray contentDigest(const Connection &c, const QString &upTo = {})
{
    QString commissionsUpTo;
    if (!upTo.isEmpty())
        commissionsUpTo = c.dialect().isSqlite()
            ? QStringLiteral(" WHERE created_at <= '%1'").arg(upTo)
            : QStringLiteral(" WHERE created_at <= CAST('%1' AS timestamptz)").arg(upTo);
    // Times as TierDesk's UTC text straight from the database: on PostgreSQL the
    // driver's conversion of each timestamptz to local time would cost more than the rest.
    const QString created = c.dialect().isoTime(QStringLiteral("created_at"));
    return digestOf(c,
        {QStringLiteral("SELECT id, handle, display_name, email, commission_rate, %1 FROM "
                        "affiliate_profiles ORDER BY handle")
                .arg(created),
            QStringLiteral("SELECT id, affiliate_id, stripe_event_id, CAST(ROUND(commission_amount "
                           "* 100) AS BIGINT), %1 FROM affiliate_commissions%2 ORDER BY id")
                .arg(created, commissionsUpTo),
            QStringLiteral("SELECT id, affiliate_id, from_rate, to_rate, %1, status FROM "
                           "tier_events ORDER BY id")
                .arg(created),
            QStringLiteral("SELECT id, %1, name, affiliate_id FROM tier_beacons ORDER BY id")
                .arg(c.dialect().isoTime(QStringLiteral("at"))),
            QStringLiteral("SELECT rate, name, CAST(ROUND(threshold_amount * 100) AS BIGINT) FROM "
                           "tier_policy ORDER BY rate")});
}

std::unique_ptr<Connection> demo(const TestDatabase &db, quint32 seed, const QDateTime &made = Made)
{
    auto c = Connection::open(db.url(), Connection::Mode::Create);
    if (!c || !Schema::initialize(**c) || !DemoData::generate(**c, seed, made))
        return nullptr;
    return std::move(*c);
}

QVariant scalar(const Connection &c, const QString &sql)
{
    QSqlQuery query(c.database());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameRows_data() { TestDatabase::addEngines(); }
    void sameSeedSameRows()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(first, engine);
        TD_TEST_DATABASE(second, engine);
        TD_TEST_DATABASE(other, engine);
        auto a = demo(first, 621);
        auto b = demo(second, 621);
        auto c = demo(other, 622);
        QVERIFY(a && b && c);
        const QByteArray digest = contentDigest(*a);
        QVERIFY(!digest.isEmpty());
        QCOMPARE(contentDigest(*b), digest);
        QVERIFY(contentDigest(*c) != digest);

        // And the same rows on the other engine.
        TestDatabase sqlite(QStringLiteral("sqlite"));
        auto reference = demo(sqlite, 621);
        QVERIFY(reference);
        QCOMPARE(contentDigest(*reference), digest);
    }

    void tellsTheIncident_data() { TestDatabase::addEngines(); }
    void tellsTheIncident()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = demo(db, DemoData::DefaultSeed);
        QVERIFY(c);
        QVERIFY(Schema::checkMigrated(*c).ok());
        const qint64 affiliates
            = scalar(*c, QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles")).toLongLong();
        QVERIFY(affiliates >= 200 && affiliates <= 1000);

        // Greta: two "Promoted to Gold" rows at 14:18:34, after evt_aaa111 and evt_bbb222.
        QSqlQuery greta(c->database());
        QVERIFY(greta.exec(QStringLiteral(
            "SELECT e.from_rate, e.to_rate, e.created_at FROM tier_events e JOIN "
            "affiliate_profiles p "
            "ON p.id = e.affiliate_id WHERE p.handle = 'gretaeats' ORDER BY e.created_at, e.id")));
        QStringList gretaEvents;
        while (greta.next())
            gretaEvents << QStringLiteral("%1>%2@%3")
                               .arg(greta.value(0).toString(), greta.value(1).toString(),
                                   SqlDialect::timeText(SqlDialect::toDateTime(greta.value(2))));
        QCOMPARE(gretaEvents,
            QStringList({QStringLiteral("20>25@2026-01-22T14:18:34.012Z"),
                QStringLiteral("20>25@2026-01-22T14:18:34.028Z")}));
        for (const char *event : {"evt_aaa111", "evt_bbb222"}) {
            QCOMPARE(
                scalar(*c,
                    QStringLiteral(
                        "SELECT p.handle FROM affiliate_commissions c JOIN affiliate_profiles p "
                        "ON p.id = c.affiliate_id WHERE c.stripe_event_id = '%1'")
                        .arg(QLatin1String(event)))
                    .toString(),
                QStringLiteral("gretaeats"));
        }
        QCOMPARE(scalar(*c,
                     QStringLiteral("SELECT CAST(ROUND(commission_amount * 100) AS BIGINT) FROM "
                                    "affiliate_commissions WHERE stripe_event_id = 'evt_aaa111'"))
                     .toLongLong(),
            5800); // $290/yr at 20 %
        // Her rolling 90-day sum just crossed $1,500 with the second event: $1,502.00.
        QCOMPARE(
            scalar(*c,
                QStringLiteral(
                    "SELECT SUM(CAST(ROUND(c.commission_amount * 100) AS BIGINT)) FROM "
                    "affiliate_commissions c JOIN affiliate_profiles p ON p.id = c.affiliate_id "
                    "WHERE p.handle = 'gretaeats' AND c.created_at > '2025-10-24T14:18:34.000Z' "
                    "AND c.created_at <= '2026-01-22T14:18:34.000Z'"))
                .toLongLong(),
            150200);
        QCOMPARE(
            scalar(*c,
                QStringLiteral("SELECT COUNT(*) FROM tier_events e JOIN affiliate_profiles p ON "
                               "p.id = e.affiliate_id WHERE p.handle = 'bahareats'"))
                .toInt(),
            2);

        // 23 affiliates have two or more promotions to the same rate within a minute of each other.
        QCOMPARE(
            scalar(*c,
                QStringLiteral(
                    "SELECT COUNT(DISTINCT a.affiliate_id) FROM tier_events a JOIN tier_events b "
                    "ON "
                    "b.affiliate_id = a.affiliate_id AND b.id > a.id AND b.from_rate = a.from_rate "
                    "AND "
                    "b.to_rate = a.to_rate AND b.from_rate = 20 AND b.created_at >= a.created_at "
                    "AND b.created_at < %1 AND NOT EXISTS (SELECT 1 FROM tier_events m WHERE "
                    "m.affiliate_id = a.affiliate_id AND m.id > a.id AND m.id < b.id)")
                    .arg(c->dialect().isSqlite()
                            ? QStringLiteral(
                                "strftime('%Y-%m-%dT%H:%M:%fZ', a.created_at, '+60 seconds')")
                            : QStringLiteral("a.created_at + interval '60 seconds'")))
                .toInt(),
            23);
        // A duplicate that straddles a minute boundary.
        QSqlQuery all(c->database());
        QVERIFY(all.exec(
            QStringLiteral("SELECT affiliate_id, from_rate, to_rate, created_at FROM tier_events "
                           "ORDER BY affiliate_id, created_at, id")));
        int straddling = 0;
        QString lastAffiliate, lastRates;
        QDateTime lastAt;
        while (all.next()) {
            const QString affiliate = all.value(0).toString();
            const QString rates
                = all.value(1).toString() + QLatin1Char('>') + all.value(2).toString();
            const QDateTime at = SqlDialect::toDateTime(all.value(3));
            if (affiliate == lastAffiliate && rates == lastRates && lastAt.msecsTo(at) <= 60000
                && lastAt.time().minute() != at.time().minute())
                ++straddling;
            lastAffiliate = affiliate;
            lastRates = rates;
            lastAt = at;
        }
        QCOMPARE(straddling, 1);
        // Race-lost beacons, with at least one hour at the alert level.
        QVERIFY(scalar(*c,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM tier_beacons WHERE name = 'evaluate_tier_race_lost'"))
                    .toInt()
            >= 11);
        // Drift: a profile whose rate is not its last event's.
        QCOMPARE(scalar(*c,
                     QStringLiteral(
                         "SELECT p.handle FROM affiliate_profiles p JOIN tier_events e ON "
                         "e.affiliate_id = p.id WHERE e.id = (SELECT MAX(id) FROM tier_events x "
                         "WHERE x.affiliate_id = p.id) AND e.to_rate <> p.commission_rate"))
                     .toString(),
            QStringLiteral("ruthplates"));
    }

    // The demo tells the same story whenever it is made: the incident keeps its
    // dates, subscriptions pay up to the moment of creation, Ruth qualifies for
    // Gold again, and the audit finds the same 23 affiliates and 24 rows.
    void livesAtAnyDate_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QDateTime>("made"); // invalid: the clock, whatever day it is
        const QDateTime clock;
        const QList<std::pair<const char *, QDateTime>> days{
            {"2026-12-01", Made}, {"clock", clock}, {"2031-03-01", Made.addYears(4).addMonths(3)}};
        for (const char *engine : {"sqlite", "postgres"}) {
            for (const auto &[name, day] : days)
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 %2").arg(QLatin1String(engine), QLatin1String(name))))
                    << QString::fromLatin1(engine) << day;
        }
    }
    void livesAtAnyDate()
    {
        QFETCH(QString, engine);
        QFETCH(QDateTime, made);
        TD_TEST_DATABASE(db, engine);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto c = demo(db, DemoData::DefaultSeed, made);
        QVERIFY(c);
        const QDateTime now = made.isValid() ? made : QDateTime::currentDateTimeUtc();
        const QDateTime earliest = made.isValid() ? made : before;

        // The timeline ends when the demo was made: the newest renewal is at most a
        // month old, and none lies in the future.
        const QDateTime newest = SqlDialect::toDateTime(
            scalar(*c, QStringLiteral("SELECT MAX(created_at) FROM affiliate_commissions")));
        QVERIFY2(newest <= now && newest > earliest.addDays(-30),
            qPrintable(SqlDialect::timeText(newest)));

        // The written story is the same rows, whatever the day.
        if (!m_story.contains(engine) && made == Made)
            m_story.insert(engine, contentDigest(*c, StoryEnd)); // the first row: the reference
        if (!m_story.contains(engine)) { // that row alone was run
            TD_TEST_DATABASE(reference, engine);
            auto story = demo(reference, DemoData::DefaultSeed, Made);
            QVERIFY(story);
            m_story.insert(engine, contentDigest(*story, StoryEnd));
        }
        QCOMPARE(contentDigest(*c, StoryEnd), m_story.value(engine));

        // The audit finds the incident's 23 affiliates and 24 redundant rows.
        auto report = Audit::run(*c, {});
        QVERIFY(report);
        QCOMPARE(report->summary.affectedAffiliates, 23);
        QCOMPARE(report->summary.redundantRows, 24);
        QCOMPARE(report->summary.drift, 1);

        // Greta's 90-day figure is real: her restaurants still pay.
        auto policy = TierPolicy::load(*c);
        QVERIFY(policy);
        TierEvaluator evaluator(*c, *policy);
        const QString greta = scalar(
            *c, QStringLiteral("SELECT id FROM affiliate_profiles WHERE handle = 'gretaeats'"))
                                  .toString();
        auto gretaSum = evaluator.rollingSumCents(greta, now);
        QVERIFY(gretaSum);
        QVERIFY2(*gretaSum >= 100000, qPrintable(QString::number(*gretaSum)));

        // Ruth, whose rate was reset by hand, qualifies for Gold at the moment the
        // demo was made.
        const QString ruth = scalar(
            *c, QStringLiteral("SELECT id FROM affiliate_profiles WHERE handle = 'ruthplates'"))
                                 .toString();
        auto evaluation = evaluator.evaluate(ruth, now);
        QVERIFY(evaluation);
        QCOMPARE(evaluation->outcome, TierEvaluator::Outcome::Promoted);
        QVERIFY(evaluation->sumCents >= 150000);
    }

    void refusesNonEmptyDatabase_data() { TestDatabase::addEngines(); }
    void refusesNonEmptyDatabase()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = demo(db, 1);
        QVERIFY(c);
        const QByteArray before = contentDigest(*c);
        auto again = DemoData::generate(*c, 1);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Refused);
        QCOMPARE(contentDigest(*c), before);
    }

private:
    QHash<QString, QByteArray> m_story; // per engine: the story of a demo made on Made
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
