// Opening an affiliate on SQLite and PostgreSQL: the newest page of commissions
// and keyset pages after it cover every row once (ties in time included), and the
// chart's rolling 90-day series from daily totals equals the sum over the raw
// commissions at every day's end, edges of the window included.
#include "../models/affiliates/affiliatedetail.h"
#include "../models/affiliates/replydraft.h"
#include "../models/common/format.h"
#include "../models/demo/demodata.h"
#include "../models/lookup/affiliatelookup.h"
#include "../models/resolve/resolve.h"
#include "../models/tier/tierevaluator.h"
#include "fixture.h"

#include <QRegularExpression>
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
            QVERIFY(text.contains(german ? QLatin1String("2-mal") : QLatin1String("2 times")));
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
