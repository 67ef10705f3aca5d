#include "../models/common/currency.h"
#include "../models/tier/stripereplay.h"
#include "fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TierDesk;

namespace {

QByteArray invoice(const QString &id, qint64 created, qint64 amountCents, const QString &affiliate)
{
    return QStringLiteral("{\"id\":\"%1\",\"type\":\"invoice.paid\",\"created\":%2,\"data\":{"
                          "\"object\":{\"amount_paid\":%3,"
                          "\"currency\":\"usd\",\"metadata\":{\"affiliate_id\":\"%4\"}}}}")
        .arg(id)
        .arg(created)
        .arg(amountCents)
        .arg(affiliate)
        .toUtf8();
}

// An invoice.paid as Stripe writes it in `currency`, live or in test mode.
QByteArray invoiceIn(const QString &id, qint64 amountMinor, const QString &currency,
    const QString &affiliate, bool livemode = true)
{
    return QStringLiteral("{\"id\":\"%1\",\"object\":\"event\",\"type\":\"invoice.paid\","
                          "\"livemode\":%2,\"created\":1769091512,\"data\":{\"object\":{"
                          "\"object\":\"invoice\",\"amount_paid\":%3,\"currency\":\"%4\","
                          "\"metadata\":{\"affiliate_id\":\"%5\"}}}}")
        .arg(id, livemode ? QStringLiteral("true") : QStringLiteral("false"),
            QString::number(amountMinor), currency, affiliate)
        .toUtf8();
}

constexpr qint64 IncidentSeconds = 1769091512; // 2026-01-22T14:18:32Z

qint64 rows(const Connection &c, const char *table)
{
    return Fixture::count(c, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = invoice(QStringLiteral("evt_1"), IncidentSeconds, 29000,
            QStringLiteral("0b7c3f0e-1d2a-4c5b-8e9f-a0b1c2d3e4f5"));
        QTest::newRow("not-json") << QByteArray("id,type,created\nevt_1,invoice.paid,1\n")
                                  << "Line 1 is not valid JSON";
        QTest::newRow("bad-second-line") << good + "\n{\"id\": \"evt_2\", \"type\": \n"
                                         << "Line 2 is not valid JSON";
        QTest::newRow("array") << QByteArray("[1,2,3]") << "Line 1 is not a JSON object";
        QTest::newRow("no-id") << QByteArray("{\"type\":\"invoice.paid\",\"created\":1}")
                               << "Line 1 has no event \"id\"";
        QTest::newRow("id-number")
            << QByteArray("{\"id\":7,\"type\":\"invoice.paid\",\"created\":1}")
            << "no event \"id\"";
        QTest::newRow("created-string")
            << QByteArray("{\"id\":\"evt_1\",\"type\":\"x\",\"created\":\"yesterday\"}")
            << "\"created\" must be Unix seconds";
        QTest::newRow("created-fraction")
            << QByteArray("{\"id\":\"evt_1\",\"type\":\"x\",\"created\":1.5}") << "\"created\"";
        QTest::newRow("amount-string") << QByteArray(
            "{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"created\":1769091512,\"data\":"
            "{\"object\":{\"amount_paid\":\"290\"}}}")
                                       << "amount_paid";
        QTest::newRow("amount-huge") << QByteArray(
            "{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"created\":1769091512,\"data\":"
            "{\"object\":{\"amount_paid\":1e300}}}")
                                     << "amount_paid";
        QTest::newRow("amount-negative") << QByteArray(
            "{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"created\":1769091512,\"data\":"
            "{\"object\":{\"amount_paid\":-5}}}")
                                         << "amount_paid";
        QTest::newRow("no-currency") << QByteArray(
            "{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"created\":1769091512,\"data\":"
            "{\"object\":{\"amount_paid\":2900}}}")
                                     << "currency";
        QTest::newRow("affiliate-uuid-with-tail") << invoice(QStringLiteral("evt_1"),
            IncidentSeconds, 29000, QStringLiteral("0b7c3f0e-1d2a-4c5b-8e9f-a0b1c2d3e4f5GARBAGE"))
                                                  << "is not a UUID";
        QTest::newRow("created-1970") << invoice(QStringLiteral("evt_1"), 86400, 29000,
            QStringLiteral("0b7c3f0e-1d2a-4c5b-8e9f-a0b1c2d3e4f5"))
                                      << "outside the plausible range";
        QTest::newRow("created-2999") << invoice(QStringLiteral("evt_1"), 32503593600LL, 29000,
            QStringLiteral("0b7c3f0e-1d2a-4c5b-8e9f-a0b1c2d3e4f5"))
                                      << "outside the plausible range";
        QTest::newRow("created-next-week")
            << invoice(QStringLiteral("evt_1"), QDateTime::currentSecsSinceEpoch() + 7 * 86400,
                   29000, QStringLiteral("0b7c3f0e-1d2a-4c5b-8e9f-a0b1c2d3e4f5"))
            << "outside the plausible range";
        QTest::newRow("id-control-characters") << invoice(QStringLiteral("evt_1\\u001b[31m"),
            IncidentSeconds, 29000, QStringLiteral("0b7c3f0e-1d2a-4c5b-8e9f-a0b1c2d3e4f5"))
                                               << "\\u001b";
        QTest::newRow("affiliate-injection") << QByteArray(
            "{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"created\":1769091512,\"data\":{"
            "\"object\":{"
            "\"amount_paid\":"
            "2900,\"metadata\":{\"affiliate_id\":\"x'); DROP TABLE tier_events;--\"}}}}")
                                             << "is not a UUID";
        QTest::newRow("empty") << QByteArray("\n\n") << "no events";
    }
    void malformedFiles()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, mentions);
        auto parsed = StripeReplay::parse(contents);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::Refused);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
        QVERIFY(!parsed.error().message.contains(QLatin1Char('\n')));
    }

    void replayTwiceAddsNothing_data() { TestDatabase::addEngines(); }
    void replayTwiceAddsNothing()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString greta = Fixture::addAffiliate(*c, QStringLiteral("gretaeats"));
        QVERIFY(Fixture::addCommission(
            *c, greta, QStringLiteral("1438.20"), Fixture::utc("2026-01-01T00:00:00.000Z")));
        const QByteArray file = invoice(QStringLiteral("evt_aaa111"), IncidentSeconds, 29000, greta)
            + '\n'
            + "{\"id\":\"evt_sub\",\"type\":\"customer.subscription.updated\",\"created\":"
              "1769091512}\n"
            + invoice(QStringLiteral("evt_bbb222"), IncidentSeconds + 1, 2900, greta) + '\n';
        auto events = StripeReplay::parse(file);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 3);

        StripeReplay::Options options;
        auto first = StripeReplay::run(db.url(), *events, options);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->invoicesPaid, 2);
        QCOMPARE(first->otherTypes, 1);
        QCOMPARE(first->commissionsInserted, 2);
        QCOMPARE(first->promotions, 1); // $1,438.20 + $58.00 + $5.80 = $1,502.00
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT CAST(ROUND(commission_amount * 100) AS BIGINT) FROM "
                                    "affiliate_commissions WHERE stripe_event_id = 'evt_aaa111'")),
            5800);
        const qint64 commissions = rows(*c, "affiliate_commissions");
        const qint64 events1 = rows(*c, "tier_events");

        auto second = StripeReplay::run(db.url(), *events, options);
        QVERIFY(second.ok());
        QCOMPARE(second->commissionsInserted, 0);
        QCOMPARE(second->alreadySeen, 2);
        QCOMPARE(second->promotions, 0);
        QCOMPARE(rows(*c, "affiliate_commissions"), commissions);
        QCOMPARE(rows(*c, "tier_events"), events1);
        QCOMPARE(events1, 1);
    }

    // Amounts in the currency's smallest unit; only the database's currency is booked.
    void currencyIsNeverMisread()
    {
        QCOMPARE(Currency::minorDigits(QStringLiteral("jpy")), 0);
        QCOMPARE(Currency::minorDigits(QStringLiteral("KWD")), 3);
        QCOMPARE(Currency::minorDigits(QStringLiteral("EUR")), 2);
        QCOMPARE(Currency::toHundredths(750000, 0), Q_INT64_C(75000000));
        QCOMPARE(Currency::toHundredths(12345, 3), Q_INT64_C(1235));
        QCOMPARE(Currency::format(750000, QStringLiteral("JPY"),
                     QLocale(QLocale::English, QLocale::UnitedStates)),
            QStringLiteral("¥750,000"));
        QCOMPARE(Currency::format(
                     70000, QStringLiteral("eur"), QLocale(QLocale::German, QLocale::Germany)),
            QStringLiteral("700,00\u00a0€"));
    }

    void otherCurrencyRefusedOrSkipped_data() { TestDatabase::addEngines(); }
    void otherCurrencyRefusedOrSkipped()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString bronze = Fixture::addAffiliate(*c, QStringLiteral("bronze"));
        // ¥750,000 is not $7,500.00: refused, naming the line and the amount.
        const QByteArray file
            = invoiceIn(QStringLiteral("evt_usd"), 2900, QStringLiteral("usd"), bronze) + '\n'
            + invoiceIn(QStringLiteral("evt_jpy"), 750000, QStringLiteral("jpy"), bronze);
        auto parsed = StripeReplay::parse(file);
        QVERIFY2(parsed, Fixture::why(parsed));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto refused = StripeReplay::run(db.url(), *parsed, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY2(refused.error().message.startsWith(
                     QStringLiteral("Line 2 is an invoice in JPY (¥750,000)")),
            qPrintable(refused.error().message));
        QCOMPARE(rows(*c, "affiliate_commissions"), 0);
        // Asked to, it leaves the yen out and counts it; the dollars are booked at 20 %.
        StripeReplay::Options options;
        options.skipOtherCurrencies = true;
        auto skipped = StripeReplay::run(db.url(), *parsed, options);
        QVERIFY2(skipped, Fixture::why(skipped));
        QCOMPARE(skipped->otherCurrencySkipped, 1);
        QCOMPARE(skipped->commissionsInserted, 1);
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM affiliate_commissions WHERE "
                                    "stripe_event_id = 'evt_jpy'")),
            0);
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM affiliate_commissions WHERE "
                                    "commission_amount = 5.8")),
            1);
        // A database that books yen reads the same invoice as ¥750,000: a commission of ¥150,000.
        QVERIFY(c->exec(QStringLiteral(
                            "INSERT INTO tierdesk_meta (key, value) VALUES ('currency', 'JPY')"))
                    .ok());
        auto yen = StripeReplay::run(db.url(), *parsed, options);
        QVERIFY2(yen, Fixture::why(yen));
        QCOMPARE(yen->otherCurrencySkipped, 1); // now the dollars are the other currency
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM affiliate_commissions WHERE "
                                    "stripe_event_id = 'evt_jpy' AND "
                                    "commission_amount = 150000")),
            1);
    }

    // Test-mode events (what the Stripe CLI sends unless told --live) are not booked
    // into a database that is not a sandbox; they are counted.
    void testModeIsNotProduction_data() { TestDatabase::addEngines(); }
    void testModeIsNotProduction()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString id = Fixture::addAffiliate(*c, QStringLiteral("tested"));
        QVERIFY(c->exec(QStringLiteral("DELETE FROM tierdesk_meta WHERE key = 'sandbox'")).ok());
        auto parsed = StripeReplay::parse(
            invoiceIn(QStringLiteral("evt_test"), 2900, QStringLiteral("usd"), id, false));
        QVERIFY2(parsed, Fixture::why(parsed));
        auto skipped = StripeReplay::run(db.url(), *parsed, {});
        QVERIFY2(skipped, Fixture::why(skipped));
        QCOMPARE(skipped->testModeSkipped, 1);
        QCOMPARE(rows(*c, "affiliate_commissions"), 0);
        StripeReplay::Options options;
        options.bookTestMode = true;
        auto booked = StripeReplay::run(db.url(), *parsed, options);
        QVERIFY2(booked, Fixture::why(booked));
        QCOMPARE(booked->testModeSkipped, 0);
        QCOMPARE(rows(*c, "affiliate_commissions"), 1);
    }

    // The affiliate wherever Stripe puts it: the invoice's metadata, then
    // subscription_details (2023), then parent.subscription_details (2025). Invoices that
    // name nobody are left out and counted; an invoice.payment_succeeded without its
    // invoice.paid is counted, not booked.
    void affiliateWhereverStripePutsIt_data() { TestDatabase::addEngines(); }
    void affiliateWhereverStripePutsIt()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString a = Fixture::addAffiliate(*c, QStringLiteral("meta2023"));
        const QString b = Fixture::addAffiliate(*c, QStringLiteral("meta2025"));
        const auto event = [](const char *id, const char *type, const char *invoiceId,
                               const QString &objectTail) {
            return QStringLiteral("{\"id\":\"%1\",\"type\":\"%2\",\"livemode\":true,"
                                  "\"created\":1769091512,\"data\":{\"object\":{\"id\":\"%3\","
                                  "\"amount_paid\":2900,\"currency\":\"usd\",%4}}}")
                .arg(QLatin1String(id), QLatin1String(type), QLatin1String(invoiceId), objectTail)
                .toUtf8();
        };
        const QByteArray file
            = event("evt_2023", "invoice.paid", "in_1",
                  QStringLiteral("\"metadata\":{},\"subscription_details\":{\"metadata\":{"
                                 "\"affiliate_id\":\"%1\"}}")
                      .arg(a))
            + '\n'
            + event("evt_2025", "invoice.paid", "in_2",
                QStringLiteral("\"parent\":{\"type\":\"subscription_details\","
                               "\"subscription_details\":{\"metadata\":{\"affiliate_id\":\"%1\"}}}")
                    .arg(b))
            + '\n' + event("evt_nobody", "invoice.paid", "in_3", QStringLiteral("\"metadata\":{}"))
            + '\n'
            + event("evt_succeeded_2", "invoice.payment_succeeded", "in_2",
                QStringLiteral("\"metadata\":{}"))
            + '\n'
            + event("evt_succeeded_alone", "invoice.payment_succeeded", "in_9",
                QStringLiteral("\"metadata\":{}"));
        auto parsed = StripeReplay::parse(file);
        QVERIFY2(parsed, Fixture::why(parsed));
        StripeReplay::Options strict;
        strict.requireAffiliate = true;
        auto refused = StripeReplay::run(db.url(), *parsed, strict);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QLatin1String("Line 3 names no affiliate")),
            qPrintable(refused.error().message));
        QCOMPARE(rows(*c, "affiliate_commissions"), 0);
        auto run = StripeReplay::run(db.url(), *parsed, {});
        QVERIFY2(run, Fixture::why(run));
        QCOMPARE(run->commissionsInserted, 2);
        QCOMPARE(run->unreferredSkipped, 1);
        QCOMPARE(run->succeededWithoutPaid, 1);
        QCOMPARE(run->otherTypes, 2);
        for (const QString &affiliate : {a, b})
            QCOMPARE(Fixture::count(*c,
                         QStringLiteral("SELECT COUNT(*) FROM affiliate_commissions WHERE "
                                        "affiliate_id = ?"),
                         affiliate),
                1);
    }

    void unknownAffiliateWritesNothing_data() { TestDatabase::addEngines(); }
    void unknownAffiliateWritesNothing()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString known = Fixture::addAffiliate(*c, QStringLiteral("known"));
        const QByteArray file = invoice(QStringLiteral("evt_1"), IncidentSeconds, 2900, known)
            + '\n'
            + invoice(QStringLiteral("evt_2"), IncidentSeconds, 2900,
                QStringLiteral("0b7c3f0e-1d2a-4c5b-8e9f-a0b1c2d3e4f5"));
        auto run = StripeReplay::run(db.url(), *StripeReplay::parse(file), {});
        QVERIFY(!run.ok());
        QCOMPARE(run.error().kind, Error::Kind::Refused);
        QVERIFY2(run.error().message.startsWith(QLatin1String("Line 2:")),
            qPrintable(run.error().message));
        QCOMPARE(rows(*c, "affiliate_commissions"), 0);
    }

    void unguardedOnlyInSandbox_data() { TestDatabase::addEngines(); }
    void unguardedOnlyInSandbox()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString id = Fixture::addAffiliate(*c, QStringLiteral("someone"));
        // Make it look like a production database that was only migrated.
        QVERIFY(c->exec(QStringLiteral("DELETE FROM tierdesk_meta WHERE key = 'sandbox'")).ok());
        StripeReplay::Options options;
        options.unguarded = true;
        auto events
            = StripeReplay::parse(invoice(QStringLiteral("evt_1"), IncidentSeconds, 2900, id));
        auto refused = StripeReplay::run(db.url(), *events, options);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QVERIFY(refused.error().message.contains(QLatin1String("not a sandbox")));
        QCOMPARE(rows(*c, "affiliate_commissions"), 0);
        // In a sandbox it runs.
        QVERIFY(c->exec(QStringLiteral(
                            "INSERT INTO tierdesk_meta (key, value) VALUES ('sandbox', 'true')"))
                    .ok());
        auto allowed = StripeReplay::run(db.url(), *events, options);
        QVERIFY(allowed.ok());
        QCOMPARE(rows(*c, "affiliate_commissions"), 1);
    }

    // Eight invoice.paid events that each cross the threshold, on eight threads,
    // many times: never more than one promotion per affiliate.
    void concurrentReplay_data() { TestDatabase::addEngines(); }
    void concurrentReplay()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        constexpr int Trials = 25;
        int raceLost = 0;
        for (int trial = 0; trial < Trials; ++trial) {
            const QString id = Fixture::addAffiliate(*c, QStringLiteral("fresh%1").arg(trial));
            QVERIFY(Fixture::addCommission(
                *c, id, QStringLiteral("1499.00"), Fixture::utc("2026-01-10T00:00:00.000Z")));
            QByteArray file;
            for (int e = 0; e < 8; ++e)
                file += invoice(QStringLiteral("evt_t%1_%2").arg(trial).arg(e), IncidentSeconds + e,
                            29000, id)
                    + '\n';
            StripeReplay::Options options;
            options.concurrency = 8;
            auto run = StripeReplay::run(db.url(), *StripeReplay::parse(file), options);
            QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
            QCOMPARE(run->commissionsInserted, 8);
            QCOMPARE(run->promotions, 1);
            QCOMPARE(
                Fixture::count(*c,
                    QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE affiliate_id = ?"), id),
                1);
            QCOMPARE(
                Fixture::count(*c,
                    QStringLiteral("SELECT COUNT(*) FROM tier_beacons WHERE affiliate_id = ?"), id),
                qint64(run->raceLost));
            raceLost += run->raceLost;
        }
        qInfo("%s: %d lost races over %d trials", qPrintable(engine), raceLost, Trials);
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
