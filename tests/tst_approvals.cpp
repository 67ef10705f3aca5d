// Four eyes (docs/ARCHITECTURE.md §3): a cleanup larger than the policy allows one agent
// becomes a request another agent approves, in their own session, re-checked under the
// write lock; on both engines, with real connections and real threads.
#include "../models/approvals/approvals.h"
#include "../models/backfill/backfill.h"
#include "fixture.h"

#include <QFile>
#include <QSqlError>
#include <QTest>

using namespace TierDesk;

namespace {

struct Sandbox
{
    QString greta, bahar;
};

// @greta: one race duplicate; @bahar: two.
Sandbox makeSandbox(const Connection &c)
{
    Sandbox s;
    s.greta = Fixture::addAffiliate(c, QStringLiteral("gretaeats"), 25);
    Fixture::addEvent(c, s.greta, 20, 25, "2026-01-22T14:18:33.996Z");
    Fixture::addEvent(c, s.greta, 20, 25, "2026-01-22T14:18:34.012Z");
    s.bahar = Fixture::addAffiliate(c, QStringLiteral("baharbakes"), 25);
    Fixture::addEvent(c, s.bahar, 20, 25, "2026-02-02T09:00:00.100Z");
    Fixture::addEvent(c, s.bahar, 20, 25, "2026-02-02T09:00:00.200Z");
    Fixture::addEvent(c, s.bahar, 20, 25, "2026-02-02T09:00:00.300Z");
    return s;
}

OperatorInfo agent(const char *name, const char *reason = "duplicate Gold rows")
{
    return *OperatorInfo::withTicket(
        QString::fromUtf8(name), QStringLiteral("SUP-4821"), QString::fromUtf8(reason));
}

// Every cleanup needs a second agent; agents told apart by name.
bool strict(const Connection &c, Approvals::Identity identity = Approvals::Identity::Name)
{
    Approvals::Policy policy;
    policy.maxRows = 0;
    policy.identity = identity;
    return bool(Approvals::setPolicy(c, policy, agent("Dana DBA")));
}

Result<Approvals::Request> requestCleanup(
    const Connection &c, const QString &affiliate, const OperatorInfo &who)
{
    Backfill::Options options;
    options.affiliateId = affiliate;
    auto plan = Backfill::preview(c, options);
    if (!plan)
        return plan.error();
    return Approvals::request(c,
        {Approvals::Kind::Backfill, options.windowSeconds, affiliate, 0, plan->fingerprint, who});
}

qint64 activeEvents(const Connection &c, const QString &affiliate)
{
    return Fixture::count(c,
        QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE status = 'active' AND "
                       "affiliate_id = ?"),
        affiliate);
}

qint64 trail(const Connection &c, const char *action)
{
    return Fixture::count(c,
        QStringLiteral("SELECT COUNT(*) FROM tierdesk_audit_log WHERE action = ?"),
        QString::fromLatin1(action));
}

} // namespace

class TestApprovals : public QObject
{
    Q_OBJECT

private slots:
    // A sandbox starts with four eyes off; a migrated PostgreSQL production database
    // with it on (more than 100 rows or 10 affiliates, told apart by login).
    void defaults_data() { TestDatabase::addEngines(); }
    void defaults()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        auto sandbox = Approvals::policy(*c);
        QVERIFY2(sandbox, Fixture::why(sandbox));
        QVERIFY(!sandbox->isOn());
        QVERIFY(!sandbox->needs(1000000, 1000));

        auto production = Connection::open(db.url(), Connection::Mode::ReadWrite);
        QVERIFY(production);
        QVERIFY((*production)->exec(QStringLiteral("DELETE FROM tierdesk_approval_policy")));
        QVERIFY((*production)
                    ->exec(QStringLiteral("DELETE FROM tierdesk_schema_version WHERE "
                                          "version >= 9")));
        QVERIFY(Schema::migrate(**production));
        auto migrated = Approvals::policy(**production);
        QVERIFY(migrated);
        QCOMPARE(migrated->isOn(), engine == QLatin1String("postgres"));
        if (migrated->isOn()) {
            QCOMPARE(migrated->maxRows.value_or(-1), 100);
            QCOMPARE(migrated->maxAffiliates.value_or(-1), 10);
            QCOMPARE(migrated->identity, Approvals::Identity::Login);
            QVERIFY(migrated->needs(101, 1));
            QVERIFY(migrated->needs(1, 11));
            QVERIFY(!migrated->needs(100, 10));
        }
        QCOMPARE(migrated->expiryHours, 24);
    }

    // Above the threshold a cleanup alone is refused (nothing written, no batch), and the
    // refusal says so; the request, its approval by another agent, the write in the
    // approver's session and every step in the audit log.
    void requestThenApprove_data() { TestDatabase::addEngines(); }
    void requestThenApprove()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const Sandbox s = makeSandbox(*c);
        QVERIFY(strict(*c));

        Backfill::Options alone;
        alone.affiliateId = s.greta;
        alone.who = agent("Ana Agent");
        auto plan = Backfill::preview(*c, alone);
        QVERIFY(plan);
        alone.expectedFingerprint = plan->fingerprint;
        auto refused = Backfill::apply(*c, alone);
        QVERIFY(!refused);
        QCOMPARE(refused.error().reason, Error::Reason::NeedsApproval);
        QVERIFY2(refused.error().message.contains(QLatin1String("second agent")),
            qPrintable(refused.error().message));
        QCOMPARE(activeEvents(*c, s.greta), 2);
        QCOMPARE(
            Fixture::count(*c, QStringLiteral("SELECT COUNT(*) FROM tierdesk_backfill_batches")),
            0);

        auto request = requestCleanup(*c, s.greta, agent("Ana Agent"));
        QVERIFY2(request, Fixture::why(request));
        QCOMPARE(request->status, Approvals::Status::Pending);
        QCOMPARE(request->rows, 1);
        QCOMPARE(request->handle, QStringLiteral("gretaeats"));
        QCOMPARE(request->ticket, QStringLiteral("SUP-4821"));
        QCOMPARE(request->fingerprint, plan->fingerprint);
        QVERIFY(qAbs(request->createdAt.secsTo(request->expiresAt) - 24 * 3600) < 5);
        QCOMPARE(Approvals::openCount(*c).value(), 1);
        // The same plan twice is one request.
        QVERIFY(!requestCleanup(*c, s.greta, agent("Ana Agent")));

        // Ana cannot approve her own, not even under another spelling of her name.
        auto self = Approvals::approve(
            *c, request->id, request->fingerprint, agent("  ana agent ", "looks right"));
        QVERIFY(!self);
        QVERIFY2(self.error().message.contains(QLatin1String("second agent")),
            qPrintable(self.error().message));
        // A justification is required; the fingerprint typed must be the request's.
        QCOMPARE(Approvals::approve(*c, request->id, request->fingerprint,
                     *OperatorInfo::withTicket(QStringLiteral("Bea"), {}, {}))
                     .error()
                     .kind,
            Error::Kind::Usage);
        QVERIFY(!Approvals::approve(
            *c, request->id, QStringLiteral("0123456789abcdef"), agent("Bea", "ok")));
        QCOMPARE(activeEvents(*c, s.greta), 2);

        auto approved = Approvals::approve(
            *c, request->id, request->fingerprint, agent("Bea Boss", "checked both rows"));
        QVERIFY2(approved, Fixture::why(approved));
        QCOMPARE(approved->rowsChanged, 1);
        QCOMPARE(activeEvents(*c, s.greta), 1);
        auto after = Approvals::find(*c, request->id);
        QVERIFY(after);
        QCOMPARE(after->status, Approvals::Status::Approved);
        QCOMPARE(after->decidedBy, QStringLiteral("Bea Boss"));
        QCOMPARE(after->decisionNote, QStringLiteral("checked both rows"));
        QCOMPARE(after->batchId, approved->batchId);
        QCOMPARE(Approvals::openCount(*c).value(), 0);
        QCOMPARE(trail(*c, "approval_request"), 1);
        QCOMPARE(trail(*c, "approval_approve"), 1);
        // The batch's own rows name the request they carried out (the live line says so).
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tierdesk_audit_log WHERE action = "
                                    "'backfill_apply' AND CAST(details AS TEXT) LIKE ?"),
                     QStringLiteral("%approval_id%")),
            1);
        // The batch is Bea's, under Ana's ticket, with Bea's justification.
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tierdesk_backfill_batches WHERE "
                                    "operator = 'Bea Boss' AND ticket = 'SUP-4821' AND reason = "
                                    "'checked both rows' AND status = 'committed'")),
            1);
        // Approved once is approved: a second approval changes nothing.
        auto again
            = Approvals::approve(*c, request->id, request->fingerprint, agent("Cem", "me too"));
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QLatin1String("already")));
    }

    // The data moved between the request and the approval: refused, recorded, and the
    // request marked stale so its author previews again.
    void staleApprovalIsRefusedAndRecorded_data() { TestDatabase::addEngines(); }
    void staleApprovalIsRefusedAndRecorded()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const Sandbox s = makeSandbox(*c);
        QVERIFY(strict(*c));
        auto request = requestCleanup(*c, s.bahar, agent("Ana Agent"));
        QVERIFY2(request, Fixture::why(request));
        Fixture::addEvent(*c, s.bahar, 20, 25, "2026-02-02T09:00:00.400Z"); // a new duplicate
        auto approved = Approvals::approve(
            *c, request->id, request->fingerprint, agent("Bea Boss", "checked"));
        QVERIFY(!approved);
        QCOMPARE(approved.error().reason, Error::Reason::StalePlan);
        QVERIFY2(approved.error().message.contains(QLatin1String("stale")),
            qPrintable(approved.error().message));
        QCOMPARE(activeEvents(*c, s.bahar), 4);
        QCOMPARE(Approvals::find(*c, request->id)->status, Approvals::Status::Stale);
        QCOMPARE(trail(*c, "approval_stale"), 1);
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tierdesk_backfill_batches WHERE "
                                    "status = 'committed'")),
            0);
    }

    // Two agents approve one request at the same moment: exactly one write.
    void concurrentApprovalsWriteOnce_data() { TestDatabase::addEngines(); }
    void concurrentApprovalsWriteOnce()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const Sandbox s = makeSandbox(*c);
        QVERIFY(strict(*c));
        auto request = requestCleanup(*c, s.bahar, agent("Ana Agent"));
        QVERIFY2(request, Fixture::why(request));
        Fixture::Race race(2);
        const QStringList outcomes
            = race.run(db.url(), [&](int thread, const Connection &own) -> QString {
                  race.meet();
                  auto approved = Approvals::approve(own, request->id, request->fingerprint,
                      agent(thread == 0 ? "Bea Boss" : "Cem Chief", "checked"));
                  return approved ? QStringLiteral("ok") : approved.error().message;
              });
        QCOMPARE(outcomes.count(QStringLiteral("ok")), 1);
        const QString loser = outcomes.at(outcomes.indexOf(QStringLiteral("ok")) == 0 ? 1 : 0);
        QVERIFY2(loser.contains(QLatin1String("approved")), qPrintable(loser));
        QCOMPARE(activeEvents(*c, s.bahar), 1);
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tierdesk_backfill_batches WHERE "
                                    "status = 'committed'")),
            1);
        QCOMPARE(Approvals::find(*c, request->id)->status, Approvals::Status::Approved);
        QCOMPARE(trail(*c, "approval_approve"), 1);
    }

    // A request past its time cannot be approved; rejecting needs a reason; only its
    // author withdraws it.
    void expiredRejectedWithdrawn_data() { TestDatabase::addEngines(); }
    void expiredRejectedWithdrawn()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const Sandbox s = makeSandbox(*c);
        QVERIFY(strict(*c));
        auto old = requestCleanup(*c, s.greta, agent("Ana Agent"));
        QVERIFY(old);
        QVERIFY(c->run(QStringLiteral("UPDATE tierdesk_approval_requests SET expires_at = ? "
                                      "WHERE id = ?"),
            {SqlDialect::timeValue(QDateTime::currentDateTimeUtc().addSecs(-60)), old->id}));
        QCOMPARE(Approvals::find(*c, old->id)->status, Approvals::Status::Expired);
        QCOMPARE(Approvals::openCount(*c).value(), 0);
        auto late = Approvals::approve(*c, old->id, old->fingerprint, agent("Bea Boss", "ok"));
        QVERIFY(!late);
        QVERIFY2(late.error().message.contains(QLatin1String("expired")),
            qPrintable(late.error().message));
        QCOMPARE(activeEvents(*c, s.greta), 2);

        auto request = requestCleanup(*c, s.bahar, agent("Ana Agent"));
        QVERIFY2(request, Fixture::why(request));
        QCOMPARE(Approvals::reject(*c, request->id, agent("Bea Boss", "")).error().kind,
            Error::Kind::Usage);
        QVERIFY(!Approvals::withdraw(*c, request->id, agent("Bea Boss")));
        auto rejected = Approvals::reject(*c, request->id, agent("Bea Boss", "wrong window"));
        QVERIFY2(rejected, Fixture::why(rejected));
        QCOMPARE(rejected->status, Approvals::Status::Rejected);
        QCOMPARE(rejected->decisionNote, QStringLiteral("wrong window"));
        QVERIFY(!Approvals::approve(*c, request->id, request->fingerprint, agent("Cem", "ok")));

        auto mine = requestCleanup(*c, s.bahar, agent("Ana Agent"));
        QVERIFY2(mine, Fixture::why(mine));
        auto withdrawn = Approvals::withdraw(*c, mine->id, agent("Ana Agent"));
        QVERIFY2(withdrawn, Fixture::why(withdrawn));
        QCOMPARE(withdrawn->status, Approvals::Status::Withdrawn);
        QCOMPARE(trail(*c, "approval_reject"), 1);
        QCOMPARE(trail(*c, "approval_withdraw"), 1);
        QCOMPARE(activeEvents(*c, s.bahar), 3);
    }

    // PostgreSQL, agents with logins of their own (docs/roles.sql's member roles): the
    // login decides who is who, whatever name is typed; the support role may not change
    // the policy.
    void loginsTellAgentsApart()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const Sandbox s = makeSandbox(*c);
        QFile roles(QStringLiteral(TIERDESK_SOURCE_DIR "/docs/roles.sql"));
        QVERIFY(roles.open(QIODevice::ReadOnly));
        {
            QSqlQuery grant(c->database());
            QVERIFY2(grant.exec(QString::fromUtf8(roles.readAll())),
                qPrintable(grant.lastError().text()));
            for (const char *person : {"tierdesk_test_ana", "tierdesk_test_bea"})
                QVERIFY2(grant.exec(QStringLiteral(
                             "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                             "'%1') THEN CREATE ROLE %1 LOGIN; END IF; END $$; GRANT "
                             "tierdesk_cleanup TO %1")
                                        .arg(QLatin1String(person))),
                    qPrintable(grant.lastError().text()));
        }
        QVERIFY(strict(*c, Approvals::Identity::Login));
        const auto as = [&db](const char *role) {
            QString url = db.urlString();
            url.replace(
                QLatin1String("user=postgres"), QLatin1String("user=") + QLatin1String(role));
            return *DatabaseUrl::parse(url);
        };
        auto ana = Connection::open(as("tierdesk_test_ana"), Connection::Mode::ReadWrite);
        auto bea = Connection::open(as("tierdesk_test_bea"), Connection::Mode::ReadWrite);
        QVERIFY2(ana && bea, ana ? Fixture::why(bea) : Fixture::why(ana));
        QCOMPARE((*ana)->databaseUser(), QStringLiteral("tierdesk_test_ana"));

        auto request = requestCleanup(**ana, s.greta, agent("Ana Agent"));
        QVERIFY2(request, Fixture::why(request));
        QCOMPARE(request->requestedLogin, QStringLiteral("tierdesk_test_ana"));
        // Another name, the same login: still Ana.
        auto self
            = Approvals::approve(**ana, request->id, request->fingerprint, agent("Bea Boss", "ok"));
        QVERIFY(!self);
        QVERIFY2(self.error().message.contains(QLatin1String("tierdesk_test_ana")),
            qPrintable(self.error().message));
        // The policy is its owner's.
        Approvals::Policy off;
        auto changed = Approvals::setPolicy(**bea, off, agent("Bea Boss"));
        QVERIFY(!changed);
        QVERIFY2(changed.error().message.contains(QLatin1String("tierdesk_test_bea")),
            qPrintable(changed.error().message));

        auto approved = Approvals::approve(
            **bea, request->id, request->fingerprint, agent("Bea Boss", "checked"));
        QVERIFY2(approved, Fixture::why(approved));
        QCOMPARE(
            Approvals::find(*c, request->id)->decidedLogin, QStringLiteral("tierdesk_test_bea"));
        QCOMPARE(activeEvents(*c, s.greta), 1);
    }
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
