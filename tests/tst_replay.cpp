#include "../models/backfill/backfill.h"
#include "../models/common/currency.h"
#include "../models/tier/stripereplay.h"
#include "fixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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

// Every event the parser kept, as one line each: what a shape must not change.
QStringList kept(const StripeReplay::Export &file)
{
    QStringList lines{QStringLiteral("records %1 other %2").arg(file.records).arg(file.otherTypes)};
    for (const StripeReplay::Event &event : file.events)
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(event.id, event.type, event.created.toString(Qt::ISODate),
                         QString::number(event.amountMinor), event.currency, event.affiliateId);
    return lines;
}

// What a replay stored for `affiliates`, with the affiliate and the run named by their
// place: commission amounts by event, tier events in order, the rate. Row ids and audit
// times are left out: the database hands them out.
QStringList stored(const Connection &c, const QStringList &affiliates, const QString &run)
{
    QStringList lines;
    for (int i = 0; i < affiliates.size(); ++i) {
        QSqlQuery q(c.database());
        q.prepare(QStringLiteral(
            "SELECT stripe_event_id, CAST(ROUND(commission_amount * 100) AS BIGINT), created_at "
            "FROM affiliate_commissions WHERE affiliate_id = ? ORDER BY stripe_event_id"));
        q.addBindValue(affiliates.at(i));
        if (!q.exec())
            return {q.lastError().text()};
        while (q.next())
            lines << QStringLiteral("a%1 commission %2 %3 %4")
                         .arg(QString::number(i), q.value(0).toString().remove(run),
                             q.value(1).toString(), q.value(2).toString());
        q.prepare(QStringLiteral("SELECT from_rate, to_rate, created_at, status FROM tier_events "
                                 "WHERE affiliate_id = ? ORDER BY created_at, from_rate"));
        q.addBindValue(affiliates.at(i));
        if (!q.exec())
            return {q.lastError().text()};
        while (q.next())
            lines << QStringLiteral("a%1 tier %2->%3 %4 %5")
                         .arg(QString::number(i), q.value(0).toString(), q.value(1).toString(),
                             q.value(2).toString(), q.value(3).toString());
        lines << QStringLiteral("a%1 rate %2")
                     .arg(i)
                     .arg(Fixture::count(c,
                         QStringLiteral(
                             "SELECT commission_rate FROM affiliate_profiles WHERE id = ?"),
                         affiliates.at(i)));
    }
    return lines;
}

qint64 commissionCents(const Connection &c, const QString &eventId)
{
    return Fixture::count(c,
        QStringLiteral("SELECT CAST(ROUND(commission_amount * 100) AS BIGINT) FROM "
                       "affiliate_commissions WHERE stripe_event_id = ?"),
        eventId);
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
                                  << "Record 1 (line 1) is not a JSON object";
        QTest::newRow("bad-second-line") << good + "\n{\"id\": \"evt_2\", \"type\": \n"
                                         << "Record 2 (line 2) is not valid JSON";
        QTest::newRow("array-of-numbers")
            << QByteArray("[1,2,3]") << "Record 1 (line 1) is not a JSON object";
        QTest::newRow("no-id") << QByteArray("{\"type\":\"invoice.paid\",\"created\":1}")
                               << "Record 1 (line 1) has no event \"id\"";
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
        addShapeErrors();
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
        QCOMPARE(events->records, 3);
        QCOMPARE(events->otherTypes, 1);

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

    // PostgreSQL, the production tables partitioned by hash of affiliate_id (a unique
    // constraint there must hold the partition key, so the event id is unique only with
    // the affiliate): migrate, replay twice, clean up and undo work unchanged.
    void partitionedProductionTables()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto c = Connection::open(db.url(), Connection::Mode::ReadWrite);
        QVERIFY(c);
        QSqlQuery q((*c)->database());
        QVERIFY2(q.exec(QStringLiteral(
                     "CREATE TABLE affiliate_profiles (id uuid PRIMARY KEY, handle text UNIQUE, "
                     "display_name text, email text, commission_rate integer NOT NULL, "
                     "created_at timestamptz NOT NULL DEFAULT now()); "
                     "CREATE TABLE affiliate_commissions (id bigint GENERATED BY DEFAULT AS "
                     "IDENTITY, affiliate_id uuid NOT NULL REFERENCES affiliate_profiles(id), "
                     "stripe_event_id text, commission_amount numeric(12,2) NOT NULL, "
                     "created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (id, "
                     "affiliate_id), UNIQUE (stripe_event_id, affiliate_id)) PARTITION BY HASH "
                     "(affiliate_id); "
                     "CREATE TABLE tier_events (id bigint GENERATED BY DEFAULT AS IDENTITY, "
                     "affiliate_id uuid NOT NULL REFERENCES affiliate_profiles(id), from_rate "
                     "integer, to_rate integer, created_at timestamptz NOT NULL DEFAULT now(), "
                     "status text NOT NULL DEFAULT 'active', PRIMARY KEY (id, affiliate_id)) "
                     "PARTITION BY HASH (affiliate_id); "
                     "DO $$ BEGIN FOR i IN 0..3 LOOP EXECUTE format('CREATE TABLE "
                     "affiliate_commissions_p%1$s PARTITION OF affiliate_commissions FOR VALUES "
                     "WITH (MODULUS 4, REMAINDER %1$s)', i); EXECUTE format('CREATE TABLE "
                     "tier_events_p%1$s PARTITION OF tier_events FOR VALUES WITH (MODULUS 4, "
                     "REMAINDER %1$s)', i); END LOOP; END $$")),
            qPrintable(q.lastError().text()));
        auto migrated = Schema::migrate(**c);
        QVERIFY2(migrated, Fixture::why(migrated));
        const QString greta = Fixture::addAffiliate(**c, QStringLiteral("gretaeats"));
        QVERIFY(Fixture::addCommission(
            **c, greta, QStringLiteral("1438.20"), Fixture::utc("2026-01-01T00:00:00.000Z")));
        const QByteArray file = invoice(QStringLiteral("evt_aaa111"), IncidentSeconds, 29000, greta)
            + '\n' + invoice(QStringLiteral("evt_bbb222"), IncidentSeconds + 1, 2900, greta) + '\n';
        auto events = StripeReplay::parse(file);
        QVERIFY(events.ok());
        StripeReplay::Options options;
        auto first = StripeReplay::run(db.url(), *events, options);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->commissionsInserted, 2);
        QCOMPARE(first->promotions, 1);
        auto second = StripeReplay::run(db.url(), *events, options);
        QVERIFY(second.ok());
        QCOMPARE(second->alreadySeen, 2);
        QCOMPARE(rows(**c, "affiliate_commissions"), 3);

        Fixture::addEvent(**c, greta, 20, 25, "2026-01-22T14:18:34.012Z"); // the race's twin
        Backfill::Options cleanup;
        cleanup.affiliateId = greta;
        auto plan = Backfill::preview(**c, cleanup);
        QVERIFY2(plan, Fixture::why(plan));
        QCOMPARE(plan->rows.size(), 1);
        cleanup.expectedFingerprint = plan->fingerprint;
        auto applied = Backfill::apply(**c, cleanup);
        QVERIFY2(applied, Fixture::why(applied));
        QCOMPARE(applied->rowsChanged, 1);
        auto undoPlan = Backfill::undoPreview(**c, applied->batchId);
        QVERIFY(undoPlan);
        Backfill::UndoOptions undo;
        undo.batchId = applied->batchId;
        undo.expectedFingerprint = undoPlan->fingerprint;
        auto undone = Backfill::undo(**c, undo);
        QVERIFY2(undone, Fixture::why(undone));
        QCOMPARE(undone->rowsChanged, 1);
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
                     QStringLiteral("Record 2 (line 2) is an invoice in JPY (¥750,000)")),
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
        QVERIFY2(refused.error().message.startsWith(
                     QLatin1String("Record 3 (line 3) names no affiliate")),
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
        QVERIFY2(run.error().message.startsWith(QLatin1String("Record 2 (line 2):")),
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

    // One export in every shape Stripe writes it reads as the same events.
    void everyShapeStripeWrites()
    {
        const QString affiliate = QStringLiteral("0b7c3f0e-1d2a-4c5b-8e9f-a0b1c2d3e4f5");
        QList<QByteArray> events;
        for (int i = 0; i < 4; ++i)
            events << invoice(
                QStringLiteral("evt_%1").arg(i), IncidentSeconds + i, 2900 + i, affiliate);
        events << QByteArray("{\"id\":\"evt_c\",\"object\":\"event\",\"type\":\"charge.succeeded\","
                             "\"created\":1769091512,\"data\":{\"object\":{\"id\":\"ch_1\"}}}");
        const auto pretty = [](const QByteArray &json) {
            return QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented);
        };
        const QByteArray lines = events.join('\n') + '\n';
        const QByteArray array = pretty('[' + events.join(',') + ']');
        const QByteArray list
            = pretty("{\"object\":\"list\",\"url\":\"/v1/events\",\"has_more\":false,\"data\":["
                + events.join(',') + "]}");
        const QByteArray listFirst = pretty(
            "{\"data\":[" + events.join(',') + "],\"object\":\"list\",\"has_more\":false}");
        QByteArray concatenated;
        for (const QByteArray &event : events)
            concatenated += pretty(event);
        auto expected = StripeReplay::parse(lines);
        QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error().message));
        QCOMPARE(expected->records, 5);
        QCOMPARE(expected->otherTypes, 1);
        QCOMPARE(expected->events.size(), 4);
        const QList<QPair<const char *, QByteArray>> shapes{{"array", array}, {"list object", list},
            {"list object, data first", listFirst},
            {"list object on one line",
                QJsonDocument::fromJson(list).toJson(QJsonDocument::Compact)},
            {"pretty-printed events", concatenated},
            {"CRLF and a BOM", "\xEF\xBB\xBF" + QByteArray(lines).replace("\n", "\r\n")},
            {"blank lines", "\n\n" + events.join("\n\n") + "\n\n"}};
        for (const auto &[shape, contents] : shapes) {
            auto read = StripeReplay::parse(contents);
            QVERIFY2(read.ok(),
                qPrintable(QString::fromLatin1(shape) + QStringLiteral(": ")
                    + (read.ok() ? QString() : read.error().message)));
            QCOMPARE(kept(*read), kept(*expected));
        }
        // Records are numbered in the file's order, with the line each starts on.
        auto fromList = StripeReplay::parse(list);
        QCOMPARE(fromList->events.at(2).record, 3);
        QVERIFY(fromList->events.at(2).line > fromList->events.at(1).line);
        const QByteArray longLine
            = invoice(QStringLiteral("evt_long"), IncidentSeconds, 2900, affiliate)
                  .replace("\"metadata\"",
                      "\"description\":\"" + QByteArray(2 << 20, 'x') + "\",\"metadata\"");
        auto two = StripeReplay::parse(events.at(0) + '\n' + longLine + '\n');
        QVERIFY(two.ok());
        QCOMPARE(two->events.size(), 2);
    }

private:
    // A bad record is named by its number and the line it is on, in every shape.
    static void addShapeErrors()
    {
        const QByteArray good = invoice(QStringLiteral("evt_1"), IncidentSeconds, 2900,
            QStringLiteral("0b7c3f0e-1d2a-4c5b-8e9f-a0b1c2d3e4f5"));
        const QByteArray pretty = QJsonDocument::fromJson(good).toJson(QJsonDocument::Indented);
        // The line a record starts on, counted in the file as an editor shows it.
        const auto lineOf = [](const QByteArray &contents, qsizetype at) {
            return int(contents.left(at).count('\n')) + 1;
        };
        const QByteArray third
            = "[\n" + pretty + ",\n" + pretty + ",\n{\"id\": \"evt_3\",\n \"type\" \"x\"}\n]";
        QTest::newRow("array, third element broken")
            << third
            << QStringLiteral(
                   "Record 3 (line %1) is not valid JSON (missing name separator at line %2")
                   .arg(lineOf(third, third.lastIndexOf('{')))
                   .arg(lineOf(third, third.lastIndexOf('{')) + 1);
        const QByteArray cut = "[\n" + pretty + ",\n" + pretty.left(40);
        QTest::newRow("array cut off") << cut
                                       << QStringLiteral("Record 2 (line %1) is not valid JSON")
                                              .arg(lineOf(cut, cut.lastIndexOf('{')));
        QTest::newRow("array never closed") << "[\n" + pretty + ",\n"
                                            << QStringLiteral("ends inside the JSON array");
        QTest::newRow("list with a number") << QByteArray("{\"object\": \"list\", \"data\": [")
                + good + ", 7]}" << QStringLiteral("Record 2 (line 1) is not a JSON object");
        QTest::newRow("record in an array without id")
            << "[" + good + ",\n{\"type\": \"invoice.paid\", \"created\": 1769091512}]"
            << QStringLiteral("Record 2 (line 2) has no event \"id\"");
        QTest::newRow("pretty event, bad value on its fourth line") << QByteArray(
            "{\n  \"id\": \"evt_1\",\n  \"type\": \"invoice.paid\",\n  "
            "\"created\": nope\n}\n") << QStringLiteral("Record 1 (line 1) is not valid JSON");
        QTest::newRow("JSON lines, truncated third line")
            << good + '\n' + good + '\n' + good.left(30) + '\n' + good + '\n'
            << QStringLiteral("Record 3 (line 3) is not valid JSON");
        QTest::newRow("a brace that never closes")
            << QByteArray("[{") + QByteArray(100, '{') << QStringLiteral("Record 1 (line 1)");
    }
private slots:
    // A commission uses the rate in effect at its invoice's time: the tier history, with
    // superseded rows left out. An invoice older than a later change is booked at its
    // time's rate and does not re-evaluate the tier.
    void rateAtTheInvoicesTime_data() { TestDatabase::addEngines(); }
    void rateAtTheInvoicesTime()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        // Bronze until a promotion on 22 January; a superseded duplicate on 10 January.
        const QString greta = Fixture::addAffiliate(*c, QStringLiteral("gretaeats"), 25);
        QVERIFY(Fixture::addEvent(*c, greta, 20, 25, "2026-01-22T14:18:32.000Z") > 0);
        QVERIFY(Fixture::addEvent(
                    *c, greta, 20, 25, "2026-01-10T00:00:00.000Z", QStringLiteral("superseded"))
            > 0);
        const qint64 jan15 = 1768435200; // 2026-01-15T00:00:00Z
        const qint64 feb1 = 1769904000;
        auto run = StripeReplay::run(db.url(),
            *StripeReplay::parse(invoice(QStringLiteral("evt_feb"), feb1, 10000, greta) + '\n'
                + invoice(QStringLiteral("evt_jan"), jan15, 10000, greta) + '\n'),
            {});
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
        QCOMPARE(commissionCents(*c, QStringLiteral("evt_jan")), 2000); // Bronze on the 15th
        QCOMPARE(commissionCents(*c, QStringLiteral("evt_feb")), 2500); // Gold since the 22nd
        QCOMPARE(run->late, 1);
        QCOMPARE(run->commissionsInserted, 2);
        QCOMPARE(
            Fixture::count(*c,
                QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE affiliate_id = ?"), greta),
            2); // nothing written into the history before the promotion

        // Before any tier change: the rate the first change started from.
        const QString bahar = Fixture::addAffiliate(*c, QStringLiteral("bahareats"), 25);
        QVERIFY(Fixture::addEvent(*c, bahar, 20, 25, "2026-01-22T14:18:32.000Z") > 0);
        const QString thomas = Fixture::addAffiliate(*c, QStringLiteral("thomaskitchen"), 20);
        auto more = StripeReplay::run(db.url(),
            *StripeReplay::parse(invoice(QStringLiteral("evt_bahar"), jan15, 10000, bahar) + '\n'
                + invoice(QStringLiteral("evt_thomas"), jan15, 10000, thomas) + '\n'),
            {});
        QVERIFY(more.ok());
        QCOMPARE(commissionCents(*c, QStringLiteral("evt_bahar")), 2000);
        QCOMPARE(commissionCents(*c, QStringLiteral("evt_thomas")), 2000); // the profile's rate
        QCOMPARE(more->late, 1);
    }

    // Neither the file's order nor the threads change what is stored: each affiliate's
    // invoices are booked and evaluated oldest first.
    void orderAndThreadsChangeNothing_data() { TestDatabase::addEngines(); }
    void orderAndThreadsChangeNothing()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        constexpr int Affiliates = 5;
        constexpr int Invoices = 9;
        QStringList reference;
        const auto makeRun = [&](int trial, QList<QByteArray> *lines) {
            QStringList ids;
            for (int a = 0; a < Affiliates; ++a) {
                const QString id
                    = Fixture::addAffiliate(*c, QStringLiteral("order%1x%2").arg(trial).arg(a));
                ids << id;
                // Each starts a different distance below the $1,500 threshold.
                Fixture::addCommission(*c, id,
                    QString::number(1300 + 40 * a) + QStringLiteral(".00"),
                    Fixture::utc("2026-01-01T00:00:00.000Z"),
                    QStringLiteral("evt_t%1_a%2_base").arg(trial).arg(a));
                for (int i = 0; i < Invoices; ++i)
                    *lines << invoice(QStringLiteral("evt_t%1_a%2_%3").arg(trial).arg(a).arg(i),
                        IncidentSeconds + 3600 * i + (i == 4 ? -3600 : 0), 20000 + 700 * i + 90 * a,
                        id);
            }
            return ids;
        };
        for (int trial = 0; trial < 6; ++trial) {
            QList<QByteArray> lines;
            const QStringList ids = makeRun(trial, &lines);
            StripeReplay::Options options;
            if (trial == 1) {
                std::reverse(lines.begin(), lines.end()); // newest first, as Stripe lists them
            } else if (trial > 1) {
                QRandomGenerator random(quint32(trial) * 7919u);
                std::shuffle(lines.begin(), lines.end(), random);
            }
            options.concurrency = trial == 0 ? 1 : 8;
            auto run = StripeReplay::run(db.url(), *StripeReplay::parse(lines.join('\n')), options);
            QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
            QCOMPARE(run->commissionsInserted, Affiliates * Invoices);
            QCOMPARE(run->promotions, Affiliates);
            QCOMPARE(run->raceLost, 0);
            const QStringList now = stored(*c, ids, QStringLiteral("_t%1_").arg(trial));
            if (trial == 0) {
                reference = now;
                // The first invoices at Bronze, every one after the promotion at Gold.
                QVERIFY(reference.contains(QStringLiteral("a0 rate 25")));
                QCOMPARE(commissionCents(*c, QStringLiteral("evt_t0_a0_0")), 4000);
                QCOMPARE(commissionCents(*c, QStringLiteral("evt_t0_a0_8")), 6400);
            } else {
                QCOMPARE(now, reference);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
