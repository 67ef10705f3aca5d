// Opening an affiliate on SQLite and PostgreSQL: the newest page of commissions
// and keyset pages after it cover every row once (ties in time included), and the
// chart's rolling 90-day series from daily totals equals the sum over the raw
// commissions at every day's end, edges of the window included.
#include "../models/affiliates/affiliatedetail.h"
#include "../models/affiliates/casesummary.h"
#include "../models/affiliates/replydraft.h"
#include "../models/common/format.h"
#include "../models/demo/demodata.h"
#include "../models/itemmodels/commissionmodel.h"
#include "../models/itemmodels/tiereventmodel.h"
#include "../models/lookup/affiliatelookup.h"
#include "../models/resolve/resolve.h"
#include "../models/tier/tierevaluator.h"
#include "fixture.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace TierDesk;

namespace {

struct Paid
{
    QDateTime at;
    qint64 cents = 0;
};

QString dollars(qint64 cents)
{
    return SqlDialect::moneyText(cents);
}

// What a detail shows, as text to compare: the profile, every event, the first page
// of commissions, the series, the audit's findings, the crossings, batches, activity.
QStringList factsOf(const AffiliateDetail &d)
{
    QStringList facts{d.id, d.handle, QString::number(d.rate), QString::number(d.sum90Cents),
        QString::number(d.commissionCount), QString::number(d.rolling.size())};
    for (const auto &event : d.events)
        facts << QStringLiteral("event %1 %2").arg(event.id).arg(event.toRate.value_or(-1));
    for (const auto &commission : d.commissions)
        facts << QStringLiteral("commission %1 %2").arg(commission.id).arg(commission.cents);
    for (const auto &cluster : d.audit.clusters)
        for (qint64 id : cluster.redundantIds)
            facts << QStringLiteral("redundant %1").arg(id);
    facts << QStringLiteral("breaks %1 drift %2")
                 .arg(d.audit.chainBreaks.size())
                 .arg(d.audit.drift.size());
    for (const auto &crossing : d.crossings)
        facts << QStringLiteral("crossing %1 %2").arg(crossing.eventId).arg(crossing.commission.id);
    for (const auto &period : d.ratePeriods)
        facts << QStringLiteral("period %1").arg(period.commissions);
    for (const auto &batch : d.batches)
        facts << QStringLiteral("batch %1").arg(batch.id);
    for (const auto &entry : d.activity)
        facts << QStringLiteral("activity %1").arg(entry.id);
    return facts;
}

} // namespace

class TestAffiliateDetail : public QObject
{
    Q_OBJECT

private slots:
    void commissionPagesCoverEveryRow_data() { TestDatabase::addEngines(); }
    void commissionPagesCoverEveryRow()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString id = Fixture::addAffiliate(*c, QStringLiteral("pager"));
        const QDateTime base = Fixture::utc("2026-03-01T12:00:00.000Z");
        // 450 commissions, every fifth sharing its time with the one before.
        for (int i = 0; i < 450; ++i)
            QVERIFY(Fixture::addCommission(*c, id, dollars(100 + i),
                base.addSecs(qint64(i - i / 5) * 60), QStringLiteral("evt_page_%1").arg(i)));
        QSqlQuery all(c->database());
        QVERIFY(all.exec(QStringLiteral("SELECT id FROM affiliate_commissions WHERE affiliate_id "
                                        "= '%1' ORDER BY created_at DESC, id DESC")
                             .arg(id)));
        QList<qint64> expected;
        while (all.next())
            expected << all.value(0).toLongLong();
        all.finish();
        QCOMPARE(expected.size(), 450);

        auto detail = AffiliateDetail::load(*c, id);
        QVERIFY2(detail, Fixture::why(detail).constData());
        QCOMPARE(detail->commissionCount, 450);
        QCOMPARE(detail->commissions.size(), AffiliateDetail::CommissionPageSize);
        QList<qint64> seen;
        for (const auto &commission : std::as_const(detail->commissions))
            seen << commission.id;
        std::optional<AffiliateDetail::Commission> last = detail->commissions.last();
        for (int pages = 0; pages < 10; ++pages) {
            auto page = AffiliateDetail::commissionPage(*c, id, last, 70);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            for (const auto &commission : std::as_const(*page))
                seen << commission.id;
            last = page->last();
        }
        QCOMPARE(seen, expected);
        // The amounts arrive as exact cents: the page's last row is the 200th newest.
        QCOMPARE(detail->commissions.last().cents, 100 + 450 - AffiliateDetail::CommissionPageSize);
    }

    void rollingSeriesMatchesTheCommissions_data() { TestDatabase::addEngines(); }
    void rollingSeriesMatchesTheCommissions()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString id = Fixture::addAffiliate(*c, QStringLiteral("chart"));
        QList<Paid> paid;
        const QDateTime first = Fixture::utc("2025-12-01T00:00:00.000Z");
        for (int i = 0; i < 300; ++i) {
            // Spread over 220 days, some at midnight and some in a day's last millisecond.
            QDateTime at = first.addSecs(qint64(i) * 63360 + (i % 7) * 3571);
            if (i % 11 == 0)
                at = QDateTime(at.date(), QTime(0, 0), QTimeZone::utc());
            if (i % 13 == 0)
                at = QDateTime(at.date(), QTime(23, 59, 59, 999), QTimeZone::utc());
            const qint64 cents = 29 + (i * 7919) % 40000;
            paid.append({at, cents});
            QVERIFY(Fixture::addCommission(*c, id, dollars(cents), at));
        }
        const QDateTime asOf = Fixture::utc("2026-07-20T10:00:00.000Z");
        auto detail = AffiliateDetail::load(*c, id, asOf);
        QVERIFY2(detail, Fixture::why(detail).constData());
        QCOMPARE(detail->commissionCount, paid.size());
        QCOMPARE(detail->firstCommissionAt, first);
        QCOMPARE(detail->rolling.first().at, Fixture::utc("2025-12-01T23:59:59.999Z"));
        QCOMPARE(detail->rolling.last().at, Fixture::utc("2026-07-20T23:59:59.999Z"));
        QCOMPARE(detail->rolling.size(), first.date().daysTo(asOf.date()) + 1);
        for (const auto &point : std::as_const(detail->rolling)) {
            const QDateTime windowStart = point.at.addDays(-90);
            qint64 expected = 0;
            for (const Paid &p : std::as_const(paid))
                if (p.at > windowStart && p.at <= point.at)
                    expected += p.cents;
            QVERIFY2(point.cents == expected,
                qPrintable(QStringLiteral("%1: %2, expected %3")
                               .arg(point.at.toString(Qt::ISODateWithMs))
                               .arg(point.cents)
                               .arg(expected)));
        }
    }

    // The 90-day sum the detail shows is the evaluator's, (now - 90 days, now], though it
    // is worked out from the days' totals: commissions at the window's edges, at
    // midnight and in a day's last millisecond (and its last microseconds on PostgreSQL),
    // amounts with a third decimal, and an edge day holding more than is read of it.
    void sumNowIsTheEvaluators_data() { TestDatabase::addEngines(); }
    void sumNowIsTheEvaluators()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const bool postgres = c->dialect().isPostgres();
        const QString id = Fixture::addAffiliate(*c, QStringLiteral("edges"));
        const QList<QDateTime> nows{Fixture::utc("2026-07-20T10:00:00.000Z"),
            Fixture::utc("2026-07-21T00:00:00.000Z"), Fixture::utc("2026-07-22T23:59:59.999Z")};
        QStringList times; // as the database is given them
        for (const QDateTime &now : nows) {
            for (const QDateTime &edge : {now, now.addDays(-TierPolicy::WindowDays)}) {
                const QDateTime day(edge.date(), QTime(0, 0), QTimeZone::utc());
                for (const QDateTime &at :
                    {edge.addMSecs(-1), edge, edge.addMSecs(1), day, day.addMSecs(-1),
                        day.addDays(1).addMSecs(-1), day.addDays(1), day.addSecs(5 * 3600)})
                    times << at.toString(Qt::ISODateWithMs);
                if (postgres) // between a day's last millisecond and the next day
                    times << day.addDays(1).addMSecs(-1).toString(
                        QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'5Z'"))
                          << edge.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'5Z'"));
            }
        }
        for (qsizetype i = 0; i < times.size(); ++i) {
            QSqlQuery insert(c->database());
            insert.prepare(QStringLiteral("INSERT INTO affiliate_commissions (affiliate_id, "
                                          "commission_amount, created_at) VALUES (?, ?, ?)"));
            insert.addBindValue(id);
            insert.addBindValue(QStringLiteral("%1.%2").arg(3 + i).arg(i % 2 ? 125 : 40));
            insert.addBindValue(times.at(i));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        const auto sumsAgree = [&](const QString &when) {
            const TierEvaluator evaluator(*c, TierPolicy::defaultPolicy());
            for (const QDateTime &now : nows) {
                auto detail = AffiliateDetail::load(*c, id, now);
                QVERIFY2(detail, Fixture::why(detail).constData());
                auto expected = evaluator.rollingSumCents(id, now);
                QVERIFY(expected);
                QVERIFY2(detail->sum90Cents == *expected,
                    qPrintable(QStringLiteral("%1 at %2: %3, the evaluator %4")
                                   .arg(when, now.toString(Qt::ISODateWithMs))
                                   .arg(detail->sum90Cents)
                                   .arg(*expected)));
            }
        };
        sumsAgree(QStringLiteral("edges"));
        // More of the first now's leaving day than is read of it: the sum is read whole.
        const QString crowded = nows.first()
                                    .addDays(-TierPolicy::WindowDays)
                                    .addSecs(-60)
                                    .toString(Qt::ISODateWithMs);
        Transaction fill(*c);
        QVERIFY(fill.begin());
        for (int done = 0; done < AffiliateDetail::CrossingRowsRead + 1;) {
            const int rows = qMin(500, AffiliateDetail::CrossingRowsRead + 1 - done);
            QStringList values(rows, QStringLiteral("(?, ?, ?)"));
            QSqlQuery insert(c->database());
            insert.prepare(QStringLiteral("INSERT INTO affiliate_commissions (affiliate_id, "
                                          "commission_amount, created_at) VALUES ")
                + values.join(QLatin1Char(',')));
            for (int i = 0; i < rows; ++i) {
                insert.addBindValue(id);
                insert.addBindValue(QStringLiteral("0.07"));
                insert.addBindValue(crowded);
            }
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            done += rows;
        }
        QVERIFY(fill.commit());
        sumsAgree(QStringLiteral("crowded"));
    }

    void noCommissions_data() { TestDatabase::addEngines(); }
    void noCommissions()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString id = Fixture::addAffiliate(*c, QStringLiteral("quiet"));
        auto detail = AffiliateDetail::load(*c, id);
        QVERIFY(detail);
        QCOMPARE(detail->commissionCount, 0);
        QVERIFY(detail->commissions.isEmpty());
        QVERIFY(detail->rolling.isEmpty());
        QVERIFY(!detail->firstCommissionAt.isValid());
        QVERIFY(AffiliateDetail::commissionPage(*c, id, std::nullopt)->isEmpty());
    }

    // Evidence for the ticket: the commission that took Greta's 90-day sum over Gold's
    // threshold is the second of the incident's two payments, for both promotion rows.
    void crossingCommission_data() { TestDatabase::addEngines(); }
    void crossingCommission()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(
            *c, DemoData::DefaultSeed, Fixture::utc("2026-11-26T12:00:00.000Z")));
        auto found = AffiliateLookup::find(*c, QStringLiteral("gretaeats"));
        QVERIFY(found);
        auto detail = AffiliateDetail::load(*c, found->id);
        QVERIFY(detail);
        QCOMPARE(detail->events.size(), 2);
        for (const auto &event : detail->events) {
            const auto *crossing = detail->crossingOf(event.id);
            QVERIFY(crossing);
            QCOMPARE(crossing->commission.stripeEventId, QStringLiteral("evt_bbb222"));
            QVERIFY(crossing->sumCents >= 150000);
            QVERIFY(crossing->sumCents - crossing->commission.cents < 150000);
            QVERIFY(crossing->commission.at <= event.at);
        }
        // The same, computed by hand: the 90-day sum just before and with it.
        const auto &crossing = *detail->crossingOf(detail->events.first().id);
        const TierEvaluator evaluator(*c, detail->policy);
        QCOMPARE(*evaluator.rollingSumCents(found->id, crossing.commission.at), crossing.sumCents);
        QVERIFY(
            *evaluator.rollingSumCents(found->id, crossing.commission.at.addMSecs(-1)) < 150000);
    }

    // The crossing found by walking back from the promotion is the one a full scan of
    // the 180 days before finds (the way it was first computed), on random histories
    // with ties, payments leaving the window and thresholds crossed more than once.
    void crossingMatchesAFullScan_data() { TestDatabase::addEngines(); }
    void crossingMatchesAFullScan()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QRandomGenerator random(20261205);
        const QDateTime start = Fixture::utc("2025-06-01T00:00:00.000Z");
        for (int trial = 0; trial < 12; ++trial) {
            const QString id = Fixture::addAffiliate(*c, QStringLiteral("walk%1").arg(trial));
            QList<AffiliateDetail::Commission> all;
            const int count = 20 + int(random.bounded(400));
            for (int i = 0; i < count; ++i) {
                // Some at the same second, spread over a year.
                const QDateTime at = start.addSecs(qint64(random.bounded(120 * 24)) * 3600
                    + (i % 7 == 0 ? 0 : qint64(random.bounded(60))));
                const qint64 cents = 500 + qint64(random.bounded(20000));
                QVERIFY(Fixture::addCommission(*c, id,
                    QString::number(cents / 100) + QLatin1Char('.')
                        + QString::number(cents % 100).rightJustified(2, QLatin1Char('0')),
                    at));
            }
            all = *AffiliateDetail::commissionPage(*c, id, std::nullopt, 100000);
            std::reverse(all.begin(), all.end()); // oldest first, as the scan reads them
            for (int probe = 0; probe < 8; ++probe) {
                // Mostly just after a payment, as a promotion is.
                const QDateTime at = probe % 2
                    ? start.addSecs(qint64(random.bounded(130 * 24)) * 3600)
                    : all.at(random.bounded(int(all.size()))).at.addSecs(1);
                const qint64 threshold = 5000 + qint64(random.bounded(200000));
                // The reference: every commission of the 180 days before, a sliding window.
                std::optional<AffiliateDetail::Commission> expected;
                qint64 expectedSum = 0;
                QList<AffiliateDetail::Commission> list;
                for (const auto &commission : std::as_const(all))
                    if (commission.at > at.addDays(-180) && commission.at <= at)
                        list << commission;
                qint64 sum = 0;
                qsizetype oldest = 0;
                for (qsizetype i = 0; i < list.size(); ++i) {
                    while (oldest < i && list.at(oldest).at <= list.at(i).at.addDays(-90))
                        sum -= list.at(oldest++).cents;
                    const qint64 before = sum;
                    sum += list.at(i).cents;
                    // Only crossings the promotion at `at` could have seen: in its window.
                    if (before < threshold && sum >= threshold && list.at(i).at > at.addDays(-90)) {
                        expected = list.at(i);
                        expectedSum = sum;
                    }
                }
                // A crossing more than a day before does not explain the promotion.
                if (expected && expected->at.secsTo(at) > AffiliateDetail::CrossingLookbackSeconds)
                    expected.reset();
                auto found = AffiliateDetail::crossingBefore(*c, id, threshold, at);
                QVERIFY(found);
                // The same from the days' totals, as the detail reads it.
                QMap<QDate, qint64> daily;
                for (const auto &commission : std::as_const(all))
                    daily[commission.at.toUTC().date()] += commission.cents;
                auto fromDays = AffiliateDetail::crossingBefore(*c, id, threshold, at, &daily);
                QVERIFY(fromDays);
                QCOMPARE(fromDays->has_value(), found->has_value());
                if (*fromDays) {
                    QCOMPARE((*fromDays)->commission.id, (*found)->commission.id);
                    QCOMPARE((*fromDays)->sumCents, (*found)->sumCents);
                }
                const TierEvaluator evaluator(*c, TierPolicy::defaultPolicy());
                if (*evaluator.rollingSumCents(id, at) < threshold) {
                    QVERIFY(!*found); // the promotion could not have been caused
                    continue;
                }
                QCOMPARE(found->has_value(), expected.has_value());
                if (expected) {
                    QCOMPARE((*found)->commission.id, expected->id);
                    QCOMPARE((*found)->sumCents, expectedSum);
                }
            }
        }
    }

    // The commission filter on both engines: a fragment of the event id in any case,
    // LIKE's own characters as plain text, and whole UTC days.
    void commissionFilter_data() { TestDatabase::addEngines(); }
    void commissionFilter()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(
            *c, DemoData::DefaultSeed, Fixture::utc("2026-11-26T12:00:00.000Z")));
        auto greta = AffiliateLookup::find(*c, QStringLiteral("gretaeats"));
        QVERIFY(greta);
        const auto page = [&](const AffiliateDetail::CommissionFilter &filter) {
            auto rows = AffiliateDetail::commissionPage(*c, greta->id, std::nullopt, 1000, filter);
            QStringList ids;
            if (rows)
                for (const auto &row : *rows)
                    ids << row.stripeEventId;
            return ids;
        };
        AffiliateDetail::CommissionFilter byId;
        byId.eventText = QStringLiteral(" AAA1 ");
        QCOMPARE(page(byId), QStringList{QStringLiteral("evt_aaa111")});
        byId.eventText = QStringLiteral("evt%");
        QVERIFY(page(byId).isEmpty());
        byId.eventText = QStringLiteral("evt_aa_");
        QVERIFY(page(byId).isEmpty()); // _ is a character, not "any one"
        AffiliateDetail::CommissionFilter day;
        day.from = QDate(2026, 1, 22);
        day.to = QDate(2026, 1, 22);
        const QStringList that = page(day);
        QVERIFY(that.contains(QStringLiteral("evt_aaa111"))
            && that.contains(QStringLiteral("evt_bbb222")));
        day.to = QDate(2026, 1, 21);
        QVERIFY(page(day).isEmpty());
    }

    // The reply the affiliate reads, for the demo's Greta and Bahar in both languages:
    // what happened, with their own figures, and nothing that is not theirs.
    void replyToTheAffiliate_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("language");
        for (const char *engine : {"sqlite", "postgres"})
            for (const char *language : {"en", "de"})
                QTest::addRow("%s-%s", engine, language) << engine << language;
    }
    void replyToTheAffiliate()
    {
        QFETCH(QString, engine);
        QFETCH(QString, language);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(
            *c, DemoData::DefaultSeed, Fixture::utc("2026-11-26T12:00:00.000Z")));
        QStringList everyone;
        {
            QSqlQuery names(c->database());
            QVERIFY(
                names.exec(QStringLiteral("SELECT handle, display_name FROM affiliate_profiles")));
            while (names.next())
                everyone << names.value(0).toString() << names.value(1).toString();
        }
        const bool german = language == QLatin1String("de");
        for (const auto &[handle, first] :
            {std::pair{"gretaeats", "Greta"}, std::pair{"bahareats", "Bahar"}}) {
            auto found = AffiliateLookup::find(*c, QString::fromLatin1(handle));
            QVERIFY(found);
            auto detail = AffiliateDetail::load(*c, found->id);
            QVERIFY(detail);
            auto reply = ReplyDraft::write(*c, *detail, language, QStringLiteral("Ada Agent"));
            QVERIFY2(reply, Fixture::why(reply).constData());
            const QString text = *reply;
            QVERIFY2(text.contains(QLatin1String(first)), qPrintable(text));
            QVERIFY(text.contains(QLatin1String("Gold")));
            QVERIFY(text.contains(german ? QLatin1String("25 %") : QLatin1String("25%")));
            QVERIFY(text.contains(
                german ? QLatin1String("zweimal statt einmal") : QLatin1String("twice")));
            QVERIFY(text.contains(german ? QLatin1String("keinen Einfluss")
                                         : QLatin1String("No money was affected")));
            QVERIFY(text.contains(
                german ? QString::fromUtf8("1.500,00\u00a0$") : QStringLiteral("$1,500.00")));
            QVERIFY(text.endsWith(QLatin1String("Ada Agent")));
            // Nothing internal: no uuid, no database, no event or batch numbers, no evt_ ids.
            static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"));
            QVERIFY2(!uuid.match(text).hasMatch(), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1Char('#')) && !text.contains(QLatin1String("evt_"))
                    && !text.contains(QLatin1String(".db")) && !text.contains(QLatin1Char('/'))
                    && !text.contains(QLatin1String("batch"), Qt::CaseInsensitive),
                qPrintable(text));
            // No other affiliate's handle or name.
            for (const QString &other : std::as_const(everyone)) {
                if (other == QLatin1String(handle) || other.startsWith(QLatin1String(first)))
                    continue;
                QVERIFY2(!text.contains(other), qPrintable(other + QStringLiteral(" in ") + text));
            }
        }
    }

    // The ticket's two questions, answered for Greta from the demo: which payments
    // caused the promotions, and at which rate each commission was paid.
    void theTicketsQuestions_data() { TestDatabase::addEngines(); }
    void theTicketsQuestions()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(
            *c, DemoData::DefaultSeed, Fixture::utc("2026-11-26T12:00:00.000Z")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto found = AffiliateLookup::find(*c, QStringLiteral("gretaeats"));
        QVERIFY(found);
        auto detail = AffiliateDetail::load(*c, found->id);
        QVERIFY(detail);
        // 1. Both payments of the race, the one that crossed, the threshold, both rows.
        const QStringList promotions = CaseSummary::promotions(*detail);
        QCOMPARE(promotions.size(), 1);
        const QString promotion = promotions.constFirst();
        for (const char *expected : {"evt_aaa111 ($58.00", "evt_bbb222 ($5.80",
                 "evt_bbb222 took the 90-day commissions to $1,502.00",
                 "over the threshold of $1,500.00", "(#29, #30)", "Promoted to Gold (25%)"})
            QVERIFY2(promotion.contains(QLatin1String(expected)), qPrintable(promotion));
        TierEventModel events;
        events.setDetail(*detail);
        QCOMPARE(events.index(0, TierEventModel::CrossedBy).data().toString(),
            QStringLiteral("evt_bbb222 · $5.80 (with evt_aaa111 · $58.00)"));
        // 2. Every commission in exactly one rate's period; the periods add up.
        qint64 counted = 0;
        for (const auto &period : detail->ratePeriods)
            counted += period.commissions;
        QCOMPARE(counted, detail->commissionCount);
        QCOMPARE(detail->ratePeriods.size(), 2);
        const QDateTime promoted = detail->ratePeriods.at(1).from;
        QCOMPARE(detail->rates.rateAt(promoted.addSecs(-1)), 20);
        QCOMPARE(detail->rates.rateAt(promoted), 25);
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM affiliate_commissions WHERE "
                                    "affiliate_id = ? AND created_at > '")
                         + SqlDialect::timeText(promoted) + QLatin1Char('\''),
                     found->id),
            detail->ratePeriods.at(1).commissions);
        const QString rates = CaseSummary::rates(*detail);
        QVERIFY2(rates.contains(QStringLiteral("at Bronze (20%) until ")), qPrintable(rates));
        QVERIFY2(rates.contains(QStringLiteral("at Gold (25%) since ")), qPrintable(rates));
        // Each commission's row: the rate then and the payment it implies.
        CommissionModel commissions;
        commissions.setRates(detail->rates);
        commissions.setCommissions(
            detail->id, detail->commissions, detail->commissionCount, nullptr);
        const QModelIndex newest = commissions.index(0, CommissionModel::RateThen);
        QCOMPARE(newest.data().toString(), QStringLiteral("25%"));
        const qint64 cents = detail->commissions.constFirst().cents;
        QCOMPARE(
            commissions.index(0, CommissionModel::Payment).data(Format::NeutralRole).toString(),
            Format::neutralMoney((cents * 100 + 12) / 25));
        // The reply says the threshold and the sum in plain words, and the rates.
        auto reply = ReplyDraft::write(*c, *detail, QStringLiteral("en"), QStringLiteral("Ada"));
        QVERIFY(reply);
        QVERIFY2(reply->contains(QLatin1String("reached the threshold of $1,500.00; your 90-day "
                                               "commissions were $1,502.00")),
            qPrintable(*reply));
        QVERIFY2(reply->contains(QLatin1String("commissions at Bronze (20%) until")),
            qPrintable(*reply));
        QLocale::setDefault(QLocale::system());
    }

    // One connection keeps the detail's statements prepared and binds each affiliate's
    // values into them: every detail read that way equals the one a fresh connection
    // reads, affiliate after affiliate and back again. On PostgreSQL the statements
    // stay prepared on the session, and opening the same affiliates again prepares
    // none anew (one round trip a statement instead of PREPARE, EXECUTE, DEALLOCATE).
    void keptStatementsReadEachAffiliate_data() { TestDatabase::addEngines(); }
    void keptStatementsReadEachAffiliate()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        const QDateTime asOf = Fixture::utc("2026-11-26T12:00:00.000Z");
        QStringList ids;
        {
            auto c = Fixture::initialised(db);
            QVERIFY(c);
            QVERIFY(DemoData::generate(*c, DemoData::DefaultSeed, asOf));
            QSqlQuery some(c->database());
            QVERIFY(some.exec(QStringLiteral(
                "SELECT p.id FROM affiliate_profiles p ORDER BY (SELECT COUNT(*) FROM tier_events "
                "t WHERE t.affiliate_id = p.id) DESC, p.handle LIMIT 6")));
            while (some.next())
                ids << some.value(0).toString();
        }
        QCOMPARE(ids.size(), 6);
        ids << ids.first() << ids.at(1); // back again

        auto kept = Connection::open(db.url(), Connection::Mode::ReadOnly);
        QVERIFY(kept);
        const auto prepared = [&]() -> qint64 {
            QSqlQuery count((*kept)->database());
            if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements")))
                return -1;
            return count.next() ? count.value(0).toLongLong() : -1;
        };
        const bool postgres = (*kept)->dialect().isPostgres();
        const qint64 before = postgres ? prepared() : 0;
        qint64 afterFirst = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            auto fresh = Connection::open(db.url(), Connection::Mode::ReadOnly);
            QVERIFY(fresh);
            auto expected = AffiliateDetail::load(**fresh, ids.at(i), asOf);
            QVERIFY2(expected, Fixture::why(expected).constData());
            auto read = AffiliateDetail::load(**kept, ids.at(i), asOf);
            QVERIFY2(read, Fixture::why(read).constData());
            QCOMPARE(factsOf(*read), factsOf(*expected));
            if (postgres && i == 5)
                afterFirst = prepared(); // every statement the six needed
        }
        if (postgres) {
            // The profile, the events, the days, the page, the audit's reads, the batches
            // and the activity among them.
            QSqlQuery texts((*kept)->database());
            QVERIFY(texts.exec(QStringLiteral("SELECT statement FROM pg_prepared_statements")));
            QString all;
            while (texts.next())
                all += texts.value(0).toString() + QLatin1Char('\n');
            for (const char *read : {"FROM affiliate_profiles WHERE id = $1",
                     "FROM tier_events WHERE affiliate_id = $1", "GROUP BY",
                     "ORDER BY created_at DESC, id DESC LIMIT", "FROM tierdesk_resolutions",
                     "FROM tierdesk_backfill_batches", "FROM tierdesk_audit_log"})
                QVERIFY2(all.contains(QLatin1String(read)), read);
            QVERIFY2(afterFirst > before,
                qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(afterFirst)));
            QCOMPARE(prepared(), afterFirst);
        }
    }

    // A database that books euros shows and writes euros: the window's money, the
    // policy's threshold, the reply's amounts. Never dollars.
    void amountsInTheDatabasesCurrency_data() { TestDatabase::addEngines(); }
    void amountsInTheDatabasesCurrency()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(
            *c, DemoData::DefaultSeed, Fixture::utc("2026-11-26T12:00:00.000Z")));
        QVERIFY(c->exec(QStringLiteral(
                            "INSERT INTO tierdesk_meta (key, value) VALUES ('currency', 'eur')"))
                    .ok());
        auto policy = TierPolicy::load(*c);
        QVERIFY(policy);
        QCOMPARE(policy->currency(), QStringLiteral("EUR"));
        auto found = AffiliateLookup::find(*c, QStringLiteral("gretaeats"));
        QVERIFY(found);
        auto detail = AffiliateDetail::load(*c, found->id);
        QVERIFY(detail);
        for (const char *language : {"en", "de"}) {
            auto reply = ReplyDraft::write(
                *c, *detail, QLatin1String(language), QStringLiteral("Ada Agent"));
            QVERIFY(reply);
            QVERIFY2(!reply->contains(QLatin1Char('$')), qPrintable(*reply));
            QVERIFY2(
                reply->contains(qstrcmp(language, "de") == 0 ? QString::fromUtf8("1.500,00\u00a0€")
                                                             : QString::fromUtf8("€1,500.00")),
                qPrintable(*reply));
        }
        const QString before = Format::currency();
        Format::setCurrency(policy->currency());
        QCOMPARE(Format::money(70000, QLocale(QLocale::German, QLocale::Germany)),
            QString::fromUtf8("700,00\u00a0€"));
        QCOMPARE(Format::money(70000, QLocale(QLocale::English, QLocale::UnitedStates)),
            QString::fromUtf8("€700.00"));
        Format::setCurrency(QStringLiteral("JPY"));
        QCOMPARE(Format::money(75000000, QLocale(QLocale::English, QLocale::UnitedStates)),
            QString::fromUtf8("¥750,000"));
        Format::setCurrency(before);
        // A code that is not one is refused, not shown.
        QVERIFY(c->exec(QStringLiteral("UPDATE tierdesk_meta SET value = '$$' WHERE key = "
                                       "'currency'"))
                    .ok());
        auto broken = TierPolicy::load(*c);
        QVERIFY(!broken);
        QVERIFY(broken.error().message.contains(QLatin1String("not a three-letter code")));
    }

    // After a conflict and a drift are resolved, the reply tells each affiliate what was
    // decided about their history, in their language, with nothing internal in it.
    void replyTellsResolutions_data() { replyToTheAffiliate_data(); }
    void replyTellsResolutions()
    {
        QFETCH(QString, engine);
        QFETCH(QString, language);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(
            *c, DemoData::DefaultSeed, Fixture::utc("2026-11-26T12:00:00.000Z")));
        const bool german = language == QLatin1String("de");
        auto kaan = AffiliateLookup::find(*c, QStringLiteral("kaanmasa"));
        auto ruth = AffiliateLookup::find(*c, QStringLiteral("ruthplates"));
        QVERIFY(kaan && ruth);
        auto before = AffiliateDetail::load(*c, kaan->id);
        QVERIFY(before);
        const auto conflict = std::find_if(before->audit.clusters.cbegin(),
            before->audit.clusters.cend(), [](const Audit::Cluster &cluster) {
                return cluster.kind == Audit::Cluster::Kind::Conflict;
            });
        QVERIFY(conflict != before->audit.clusters.cend());
        const OperatorInfo who = OperatorInfo::current(QStringLiteral("Ada Agent"));
        for (Resolve::Request request :
            {Resolve::Request{Resolve::Kind::Conflict, conflict->eventIds.first(),
                 conflict->eventIds.last(), {}},
                Resolve::Request{Resolve::Kind::DriftRecord, 0, 0, ruth->id}}) {
            auto plan = Resolve::preview(*c, request);
            QVERIFY2(plan, Fixture::why(plan).constData());
            auto done = Resolve::apply(*c, request, plan->fingerprint, who);
            QVERIFY2(done, Fixture::why(done).constData());
        }
        const auto replyOf = [&](const QString &id) {
            auto detail = AffiliateDetail::load(*c, id);
            return detail ? ReplyDraft::write(*c, *detail, language, QStringLiteral("Ada Agent"))
                          : Result<QString>(detail.error());
        };
        auto toKaan = replyOf(kaan->id);
        QVERIFY2(toKaan, Fixture::why(toKaan).constData());
        const QString kept = german ? QStringLiteral("30 %") : QStringLiteral("30%");
        QVERIFY2(toKaan->contains(german ? QStringLiteral("unterschiedlichen Ergebnissen")
                                         : QStringLiteral("recorded different results"))
                && toKaan->contains(kept),
            qPrintable(*toKaan));
        QVERIFY2(!toKaan->contains(
                     german ? QStringLiteral("in Ordnung") : QStringLiteral("is in order")),
            qPrintable(*toKaan));
        auto toRuth = replyOf(ruth->id);
        QVERIFY2(toRuth, Fixture::why(toRuth).constData());
        QVERIFY2(toRuth->contains(german ? QStringLiteral("nachgetragen")
                                         : QStringLiteral("had not been recorded")),
            qPrintable(*toRuth));
        static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"));
        for (const QString &text : {*toKaan, *toRuth}) {
            QVERIFY2(!uuid.match(text).hasMatch() && !text.contains(QLatin1Char('#'))
                    && !text.contains(QLatin1String("resolution"), Qt::CaseInsensitive)
                    && !text.contains(QLatin1String("Klärung")),
                qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestAffiliateDetail)
#include "tst_affiliatedetail.moc"
