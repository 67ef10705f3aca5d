// The one path of every write (docs/ARCHITECTURE.md §3): a cleanup, its undo, a
// resolve and a re-evaluation all go through GuardedWrite::run, on SQLite and
// PostgreSQL. Its hooks see every write once (an approval before anything changes,
// an announcement inside the write's own transaction), and either can stop a write,
// which then leaves nothing behind.
#include "../models/backfill/backfill.h"
#include "../models/resolve/resolve.h"
#include "../models/tier/tierevaluator.h"
#include "../models/write/guardedwrite.h"
#include "fixture.h"

#include <QSqlError>
#include <QTest>

using namespace TierDesk;

namespace {

const QDateTime Now = Fixture::utc("2026-03-12T12:00:00.000Z");

// @greta: a race duplicate (two promotions 20 → 25, 16 ms apart). @kaan: a conflict
// (20 → 25 and 20 → 30 in the same second). @ruth: $2,000 of commissions at 20 %.
struct Sandbox
{
    QString greta, kaan, ruth;
    qint64 conflictA = 0, conflictB = 0;
};

Sandbox makeSandbox(const Connection &c)
{
    Sandbox s;
    s.greta = Fixture::addAffiliate(c, QStringLiteral("gretaeats"), 25);
    Fixture::addEvent(c, s.greta, 20, 25, "2026-01-22T14:18:33.996Z");
    Fixture::addEvent(c, s.greta, 20, 25, "2026-01-22T14:18:34.012Z");
    s.kaan = Fixture::addAffiliate(c, QStringLiteral("kaanmasa"), 30);
    s.conflictA = Fixture::addEvent(c, s.kaan, 20, 25, "2026-03-11T10:27:45.012Z");
    s.conflictB = Fixture::addEvent(c, s.kaan, 20, 30, "2026-03-11T10:27:45.040Z");
    s.ruth = Fixture::addAffiliate(c, QStringLiteral("ruthplates"), 20);
    Fixture::addCommission(c, s.ruth, QStringLiteral("2000.00"), Now.addDays(-3));
    return s;
}

OperatorInfo agent()
{
    auto who = OperatorInfo::withTicket(
        QStringLiteral("Ada Agent"), QStringLiteral("SUP-4821"), QStringLiteral("one path"));
    return *who;
}

// Every write the product makes, one of each kind; the first error stops it.
Result<void> writeOneOfEach(const Connection &c, const Sandbox &s)
{
    Backfill::Options cleanup;
    cleanup.affiliateId = s.greta;
    cleanup.anyPlan = true;
    cleanup.who = agent();
    auto applied = Backfill::apply(c, cleanup);
    if (!applied)
        return applied.error();
    Backfill::UndoOptions undo;
    undo.batchId = applied->batchId;
    undo.anyPlan = true;
    undo.who = agent();
    if (auto undone = Backfill::undo(c, undo); !undone)
        return undone.error();
    Resolve::Request request;
    request.kind = Resolve::Kind::Conflict;
    request.eventId = s.conflictA;
    request.keepId = s.conflictB;
    auto preview = Resolve::preview(c, request);
    if (!preview)
        return preview.error();
    if (auto resolved = Resolve::apply(c, request, preview->fingerprint, agent()); !resolved)
        return resolved.error();
    const TierEvaluator evaluator(c, TierPolicy::defaultPolicy(), agent());
    auto evaluated = evaluator.evaluate(s.ruth, Now);
    if (!evaluated)
        return evaluated.error();
    if (evaluated->outcome != TierEvaluator::Outcome::Promoted)
        return Error::internal(QStringLiteral("not promoted"));
    return {};
}

// What a write leaves: the events, the rates, the trail.
QStringList state(const Connection &c)
{
    QStringList rows = Fixture::state(c);
    for (const char *table :
        {"tierdesk_audit_log", "tierdesk_resolutions", "tierdesk_backfill_batches"})
        rows << QString::number(
            Fixture::count(c, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    return rows;
}

// Restores the hooks a test installed, whatever happens in it.
struct HooksGuard
{
    explicit HooksGuard(WriteHooks hooks)
        : previous(GuardedWrite::setHooks(std::move(hooks)))
    {
    }
    ~HooksGuard() { GuardedWrite::setHooks(previous); }
    WriteHooks previous;
};

} // namespace

class TestGuardedWrite : public QObject
{
    Q_OBJECT

private slots:
    // Each kind of write is announced once, inside its transaction, with its trail.
    void everyWriteTakesTheOnePath_data() { TestDatabase::addEngines(); }
    void everyWriteTakesTheOnePath()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const Sandbox s = makeSandbox(*c);
        QStringList approved;
        QStringList announced;
        WriteHooks hooks;
        hooks.approve = [&](const Connection &, const WritePlan &plan, const OperatorInfo &who) {
            approved << plan.auditEntries().value(0).action + QLatin1Char('/') + who.ticket;
            return Result<void>();
        };
        hooks.announce = [&](const Connection &, const WritePlan &plan, const OperatorInfo &) {
            const QList<AuditEntry> entries = plan.auditEntries();
            announced << entries.value(0).action + QLatin1Char(' ')
                    + plan.touchedAffiliates().join(QLatin1Char(','));
            return Result<void>();
        };
        const HooksGuard guard(hooks);
        auto written = writeOneOfEach(*c, s);
        QVERIFY2(written, Fixture::why(written));
        QCOMPARE(announced,
            QStringList({QStringLiteral("backfill_apply ") + s.greta,
                QStringLiteral("backfill_undo ") + s.greta,
                QStringLiteral("resolve_conflict ") + s.kaan,
                QStringLiteral("evaluate_tier ") + s.ruth}));
        QCOMPARE(approved.size(), 4);
        for (const QString &step : std::as_const(approved))
            QVERIFY2(step.endsWith(QLatin1String("/SUP-4821")), qPrintable(step));
        // Every trail row carries the ticket, the reason and the operator the core added.
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tierdesk_audit_log WHERE ticket = "
                                    "'SUP-4821' AND reason = 'one path' AND operator = "
                                    "'Ada Agent'")),
            Fixture::count(*c, QStringLiteral("SELECT COUNT(*) FROM tierdesk_audit_log")));
    }

    // A refused approval stops every kind before it changes anything.
    void refusedApprovalWritesNothing_data() { TestDatabase::addEngines(); }
    void refusedApprovalWritesNothing()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const Sandbox s = makeSandbox(*c);
        const QStringList before = state(*c);
        WriteHooks hooks;
        hooks.approve = [](const Connection &, const WritePlan &, const OperatorInfo &) {
            return Result<void>(Error::refused(
                QStringLiteral("A second agent must approve this write; nothing was written.")));
        };
        const HooksGuard guard(hooks);
        Backfill::Options cleanup;
        cleanup.affiliateId = s.greta;
        cleanup.anyPlan = true;
        const auto applied = Backfill::apply(*c, cleanup);
        QVERIFY(!applied);
        QCOMPARE(applied.error().message,
            QStringLiteral("A second agent must approve this write; nothing was written."));
        const TierEvaluator evaluator(*c, TierPolicy::defaultPolicy(), agent());
        const auto evaluated = evaluator.evaluate(s.ruth, Now);
        QVERIFY(!evaluated);
        QCOMPARE(evaluated.error().kind, Error::Kind::Refused);
        QCOMPARE(state(*c), before);
    }

    // The announcement runs inside the write's transaction: what it writes commits with
    // the write, and when it fails the write and its own row are rolled back together.
    void announcementIsPartOfTheTransaction_data() { TestDatabase::addEngines(); }
    void announcementIsPartOfTheTransaction()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const Sandbox s = makeSandbox(*c);
        bool fail = true;
        WriteHooks hooks;
        hooks.announce = [&](const Connection &connection, const WritePlan &plan,
                             const OperatorInfo &) -> Result<void> {
            QSqlQuery probe(connection.database());
            probe.prepare(QStringLiteral("INSERT INTO tier_beacons (at, name, affiliate_id, "
                                         "details) VALUES (?, 'announce_probe', ?, '{}')"));
            probe.addBindValue(SqlDialect::timeValue(Now));
            probe.addBindValue(plan.touchedAffiliates().value(0));
            if (!probe.exec())
                return Error::internal(probe.lastError().text());
            if (fail)
                return Error::internal(QStringLiteral("the announcement failed"));
            return {};
        };
        const HooksGuard guard(hooks);
        const QStringList before = state(*c);
        const TierEvaluator evaluator(*c, TierPolicy::defaultPolicy(), agent());
        const auto failed = evaluator.evaluate(s.ruth, Now);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QLatin1String("nothing was changed")),
            qPrintable(failed.error().message));
        QCOMPARE(state(*c), before);
        const QString probes
            = QStringLiteral("SELECT COUNT(*) FROM tier_beacons WHERE name = 'announce_probe'");
        QCOMPARE(Fixture::count(*c, probes), 0);

        fail = false;
        const auto promoted = evaluator.evaluate(s.ruth, Now);
        QVERIFY2(promoted, Fixture::why(promoted));
        QCOMPARE(promoted->outcome, TierEvaluator::Outcome::Promoted);
        QCOMPARE(Fixture::count(*c, probes), 1);
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT commission_rate FROM affiliate_profiles WHERE id = ?"),
                     s.ruth),
            25);
    }
};

QTEST_GUILESS_MAIN(TestGuardedWrite)
#include "tst_guardedwrite.moc"
