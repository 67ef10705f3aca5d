// The list's figures summary (tierdesk_affiliate_stats) on SQLite and PostgreSQL:
// it says what the live computation says, TierDesk's own writes keep it so, the
// list reads it only when it covers every affiliate, and a refresh racing a
// backfill on another connection still ends equal to the live figures.
#include "../models/affiliates/affiliatequery.h"
#include "../models/backfill/backfill.h"
#include "../models/demo/demodata.h"
#include "../models/figures/affiliatestats.h"
#include "../models/policy/tierpolicy.h"
#include "../models/tier/stripereplay.h"
#include "../models/tier/tierevaluator.h"
#include "fixture.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace TierDesk;

namespace {

using Rows = QList<AffiliateQuery::Row>;

QString describe(const AffiliateQuery::Row &row)
{
    return QStringLiteral("%1 sum90=%2 events=%3 duplicates=%4 conflicts=%5 drift=%6")
        .arg(row.handle)
        .arg(row.commissions90Cents)
        .arg(row.events)
        .arg(row.duplicates)
        .arg(row.conflicts)
        .arg(row.drift);
}

QStringList describeAll(const Result<Rows> &rows)
{
    QStringList list;
    if (rows)
        for (const auto &row : *rows)
            list << describe(row);
    return list;
}

// Every summary row against the live figures of its affiliate, computed at the
// moment the row was: the lines that differ, or none.
QStringList differences(const Connection &c)
{
    QStringList wrong;
    QSqlQuery rows(c.database());
    if (!rows.exec(QStringLiteral(
            "SELECT s.affiliate_id, s.computed_at, s.commissions_90d_cents, s.events, "
            "s.duplicates, s.conflicts, s.drift FROM tierdesk_affiliate_stats s")))
        return {QStringLiteral("cannot read the summary")};
    struct Stored
    {
        QString id;
        QDateTime at;
        QString figures;
    };
    QList<Stored> stored;
    while (rows.next())
        stored.append({rows.value(0).toString(), SqlDialect::toDateTime(rows.value(1)),
            QStringLiteral("sum90=%1 events=%2 duplicates=%3 conflicts=%4 drift=%5")
                .arg(rows.value(2).toLongLong())
                .arg(rows.value(3).toInt())
                .arg(rows.value(4).toInt())
                .arg(rows.value(5).toInt())
                .arg(rows.value(6).toInt() != 0)});
    rows.finish();
    for (const Stored &row : std::as_const(stored)) {
        AffiliateQuery live;
        live.filter.search = row.id;
        live.asOf = row.at;
        auto page = live.page(c, 0, 1);
        if (!page || page->size() != 1) {
            wrong << row.id + QStringLiteral(": no live row");
            continue;
        }
        const AffiliateQuery::Row &l = page->first();
        const QString figures
            = QStringLiteral("sum90=%1 events=%2 duplicates=%3 conflicts=%4 drift=%5")
                  .arg(l.commissions90Cents)
                  .arg(l.events)
                  .arg(l.duplicates)
                  .arg(l.conflicts)
                  .arg(l.drift);
        if (figures != row.figures)
            wrong << QStringLiteral("%1: summary %2, live %3").arg(l.handle, row.figures, figures);
    }
    return wrong;
}

Backfill::Options applyAll()
{
    Backfill::Options o;
    o.anyPlan = true;
    o.who = OperatorInfo::current(QStringLiteral("test-operator"));
    return o;
}

Backfill::UndoOptions undoAll(qint64 batchId)
{
    Backfill::UndoOptions o;
    o.batchId = batchId;
    o.anyPlan = true;
    o.who = OperatorInfo::current(QStringLiteral("test-operator"));
    return o;
}

} // namespace

class TestAffiliateStats : public QObject
{
    Q_OBJECT

private slots:
    // Every sort key, both orders, every filter and two pages: the summary's rows
    // are the live computation's rows, in the same order.
    void summaryPagesEqualLivePages_data() { TestDatabase::addEngines(); }
    void summaryPagesEqualLivePages()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(*c));
        const QDateTime at = QDateTime::currentDateTimeUtc();
        auto status = AffiliateStats::refresh(*c, at);
        QVERIFY2(status, Fixture::why(status).constData());
        QVERIFY(status->usable());
        QCOMPARE(status->summarised, status->affiliates);
        QVERIFY(status->affiliates > 300);
        QCOMPARE(status->asOf, at);

        using Key = AffiliateQuery::SortKey;
        int compared = 0;
        for (Key key : {Key::Handle, Key::Name, Key::Email, Key::Tier, Key::Commissions90,
                 Key::Events, Key::Duplicates}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (int filter = 0; filter < 4; ++filter) {
                    AffiliateQuery live;
                    live.asOf = at;
                    live.sortKey = key;
                    live.order = order;
                    live.filter.withDuplicates = filter == 1;
                    live.filter.withConflictsOrDrift = filter == 2;
                    if (filter == 3)
                        live.filter.rate = 25;
                    AffiliateQuery summary = live;
                    summary.useSummary = true;
                    for (int offset : {0, 100}) {
                        const auto expected = describeAll(live.page(*c, offset, 100));
                        QCOMPARE(describeAll(summary.page(*c, offset, 100)), expected);
                        compared += int(expected.size());
                    }
                    QCOMPARE(*summary.count(*c), *live.count(*c));
                }
            }
        }
        QVERIFY(compared > 1000);
        // The demo has what the filters look for.
        AffiliateQuery withDuplicates;
        withDuplicates.useSummary = true;
        withDuplicates.filter.withDuplicates = true;
        QVERIFY(*withDuplicates.count(*c) >= 20);
    }

    // Backfill, undo, a promotion and a replay each leave the summary equal to the
    // live figures, in the same transaction as their own change.
    void ownWritesKeepItCurrent_data() { TestDatabase::addEngines(); }
    void ownWritesKeepItCurrent()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(*c));
        QCOMPARE(differences(*c), QStringList());
        const qint64 duplicatesBefore = Fixture::count(
            *c, QStringLiteral("SELECT SUM(duplicates) FROM tierdesk_affiliate_stats"));
        QVERIFY(duplicatesBefore > 0);

        auto applied = Backfill::apply(*c, applyAll());
        QVERIFY2(applied, Fixture::why(applied).constData());
        QVERIFY(applied->rowsChanged > 0);
        QCOMPARE(differences(*c), QStringList());
        QCOMPARE(Fixture::count(
                     *c, QStringLiteral("SELECT SUM(duplicates) FROM tierdesk_affiliate_stats")),
            0);

        auto undone = Backfill::undo(*c, undoAll(applied->batchId));
        QVERIFY2(undone, Fixture::why(undone).constData());
        QCOMPARE(differences(*c), QStringList());
        QCOMPARE(Fixture::count(
                     *c, QStringLiteral("SELECT SUM(duplicates) FROM tierdesk_affiliate_stats")),
            duplicatesBefore);

        // A promotion: enough commissions now, then the guarded evaluator.
        const QString bronze = Fixture::addAffiliate(*c, QStringLiteral("statsbronze"), 20);
        QVERIFY(AffiliateStats::refresh(*c)); // the new affiliate gets its row
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(Fixture::addCommission(*c, bronze, QStringLiteral("1600.00"), now.addSecs(-60)));
        const TierEvaluator evaluator(*c, *TierPolicy::load(*c));
        auto promoted = evaluator.evaluate(bronze, now);
        QVERIFY(promoted);
        QCOMPARE(int(promoted->outcome), int(TierEvaluator::Outcome::Promoted));
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT events FROM tierdesk_affiliate_stats "
                                    "WHERE affiliate_id = ?"),
                     bronze),
            1);
        QCOMPARE(differences(*c), QStringList());

        // A replay: commissions for two affiliates.
        const QString other = Fixture::addAffiliate(*c, QStringLiteral("statsreplay"), 20);
        QVERIFY(AffiliateStats::refresh(*c));
        const QList<StripeReplay::Event> events{
            StripeReplay::Event::invoicePaid(1, QStringLiteral("evt_stats_1"), now, 2900, other),
            StripeReplay::Event::invoicePaid(2, QStringLiteral("evt_stats_2"), now, 4900, bronze)};
        auto replayed = StripeReplay::run(db.url(), events, {});
        QVERIFY2(replayed, Fixture::why(replayed).constData());
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT commissions_90d_cents FROM tierdesk_affiliate_stats "
                                    "WHERE affiliate_id = ?"),
                     other),
            580); // 20 % of $29.00
        QCOMPARE(differences(*c), QStringList());
    }

    // An affiliate the production system added after the refresh: the summary no
    // longer covers everyone, so the list computes live (and still lists it).
    void newAffiliateMakesItUnusable_data() { TestDatabase::addEngines(); }
    void newAffiliateMakesItUnusable()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString first = Fixture::addAffiliate(*c, QStringLiteral("first"));
        auto status = AffiliateStats::refresh(*c);
        QVERIFY(status && status->usable());
        Fixture::addAffiliate(*c, QStringLiteral("second"));
        status = AffiliateStats::status(*c);
        QVERIFY(status);
        QVERIFY(!status->usable());
        QCOMPARE(status->affiliates - status->summarised, 1);
        AffiliateQuery summary;
        summary.useSummary = true;
        QCOMPARE(summary.page(*c, 0, 10)->size(), 2); // a plain sort lists it, figures empty
        summary.sortKey = AffiliateQuery::SortKey::Events;
        QCOMPARE(summary.page(*c, 0, 10)->size(), 1); // why the list must not use it now
        AffiliateQuery live;
        live.sortKey = AffiliateQuery::SortKey::Events;
        QCOMPARE(live.page(*c, 0, 10)->size(), 2);
        QVERIFY(AffiliateStats::refresh(*c)->usable());
        Q_UNUSED(first)
    }

    void readOnlyRefreshWritesNothing_data() { TestDatabase::addEngines(); }
    void readOnlyRefreshWritesNothing()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QDateTime before = AffiliateStats::status(*c)->asOf;
        Fixture::addAffiliate(*c, QStringLiteral("late"));
        auto readOnly = Connection::open(db.url(), Connection::Mode::ReadOnly);
        QVERIFY(readOnly);
        auto refused = AffiliateStats::refresh(**readOnly);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), int(Error::Kind::Refused));
        QVERIFY(refused.error().message.contains(QLatin1String("read-only")));
        auto status = AffiliateStats::status(*c);
        QCOMPARE(status->asOf, before);
        QCOMPARE(status->summarised, 0);
    }

    // A full refresh on one connection while a backfill and its undo run on
    // another: whichever order the database puts them in, the summary ends equal
    // to the live figures.
    void refreshRacingBackfill_data() { TestDatabase::addEngines(); }
    void refreshRacingBackfill()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(*c));
        for (int round = 0; round < 3; ++round) {
            std::atomic<int> ready{0};
            std::atomic<int> failed{0};
            const auto start = [&ready] {
                ++ready;
                while (ready.load() < 2)
                    QThread::yieldCurrentThread();
            };
            QThread *refresher = QThread::create([&] {
                auto own = Connection::open(db.url(), Connection::Mode::ReadWrite);
                start();
                if (!own || !AffiliateStats::refresh(**own))
                    ++failed;
            });
            QThread *cleaner = QThread::create([&] {
                auto own = Connection::open(db.url(), Connection::Mode::ReadWrite);
                start();
                if (!own) {
                    ++failed;
                    return;
                }
                auto applied = Backfill::apply(**own, applyAll());
                if (!applied || !applied->batchId
                    || !Backfill::undo(**own, undoAll(applied->batchId))) {
                    qWarning("backfill: %s",
                        applied ? "nothing applied" : qPrintable(applied.error().message));
                    ++failed;
                }
            });
            refresher->start();
            cleaner->start();
            refresher->wait();
            cleaner->wait();
            delete refresher;
            delete cleaner;
            QCOMPARE(failed.load(), 0);
            QCOMPARE(differences(*c), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestAffiliateStats)
#include "tst_affiliatestats.moc"
