// Resolving what the audit leaves to a person (docs/ARCHITECTURE.md §3) on SQLite
// and PostgreSQL: a conflict, drift (align or record) and a chain break, each
// previewed without writing, applied only with the previewed fingerprint, logged
// with ticket and reason, and undone back to the state before; two agents
// resolving the same conflict at once: exactly one commits.
#include "../models/activity/activity.h"
#include "../models/common/fingerprint.h"
#include "../models/figures/affiliatestats.h"
#include "../models/resolve/resolve.h"
#include "fixture.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace TierDesk;

namespace {

qint64 count(const Connection &c, const QString &sql, const QString &bind = {})
{
    return Fixture::count(c, sql, bind);
}

OperatorInfo agent(const QString &name = QStringLiteral("Ada Agent"))
{
    OperatorInfo who = OperatorInfo::current(name);
    who.ticket = QStringLiteral("SUP-4821");
    who.reason = QStringLiteral("Decided with the affiliate manager");
    return who;
}

// @kaan: a conflict (20 → 25 and 20 → 30 in the same second; the profile says 30).
// @ruth: drift (history ends at 25, profile 20). @lotte: a chain break (the second
// promotion starts at 20 though the first ended at 25).
struct History
{
    QString kaan, ruth, lotte;
    qint64 conflictA = 0, conflictB = 0, breakEvent = 0;
};

History makeHistory(const Connection &c)
{
    History h;
    h.kaan = Fixture::addAffiliate(c, QStringLiteral("kaanmasa"), 30);
    h.conflictA = Fixture::addEvent(c, h.kaan, 20, 25, "2026-03-11T10:27:45.012Z");
    h.conflictB = Fixture::addEvent(c, h.kaan, 20, 30, "2026-03-11T10:27:45.040Z");
    h.ruth = Fixture::addAffiliate(c, QStringLiteral("ruthplates"), 20);
    Fixture::addEvent(c, h.ruth, 20, 25, "2026-02-01T09:00:00.000Z");
    h.lotte = Fixture::addAffiliate(c, QStringLiteral("lottekocht"), 25);
    Fixture::addEvent(c, h.lotte, 20, 25, "2025-10-01T08:00:00.000Z");
    h.breakEvent = Fixture::addEvent(c, h.lotte, 20, 25, "2025-12-05T14:14:52.234Z");
    return h;
}

Result<Audit::Report> auditOf(const Connection &c, const QString &affiliate, bool reviewed = false)
{
    Audit::Options options;
    options.affiliateId = affiliate;
    options.includeReviewed = reviewed;
    return Audit::run(c, options);
}

Resolve::Request conflict(qint64 event, qint64 keep)
{
    Resolve::Request request;
    request.kind = Resolve::Kind::Conflict;
    request.eventId = event;
    request.keepId = keep;
    return request;
}

Resolve::Request drift(Resolve::Kind kind, const QString &affiliate)
{
    Resolve::Request request;
    request.kind = kind;
    request.affiliateId = affiliate;
    return request;
}

// Previews, applies with the preview's fingerprint, and checks the result.
Result<Resolve::Outcome> resolveAsPreviewed(
    const Connection &c, const Resolve::Request &request, const OperatorInfo &who = agent())
{
    auto plan = Resolve::preview(c, request);
    if (!plan)
        return plan.error();
    return Resolve::apply(c, request, plan->fingerprint, who);
}

Result<Resolve::Outcome> undoAsPreviewed(const Connection &c, qint64 resolution)
{
    auto plan = Resolve::undoPreview(c, resolution);
    if (!plan)
        return plan.error();
    return Resolve::undo(c, resolution, plan->fingerprint, agent(QStringLiteral("Ben Backup")));
}

} // namespace

class TestResolve : public QObject
{
    Q_OBJECT

private slots:
    // The conflict: keep one event, the other superseded pointing at it, the trail
    // written with ticket and reason; the undo restores exactly the state before.
    void conflictAndUndo_data() { TestDatabase::addEngines(); }
    void conflictAndUndo()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        QVERIFY(AffiliateStats::refresh(*c)); // the list's figures follow every resolve
        const QString conflictsOfKaan = QStringLiteral(
            "SELECT conflicts FROM tierdesk_affiliate_stats WHERE affiliate_id = ?");
        QCOMPARE(count(*c, conflictsOfKaan, h.kaan), 1);
        const QStringList before = Fixture::state(*c);

        auto plan = Resolve::preview(*c, conflict(h.conflictB, h.conflictB));
        QVERIFY2(plan, Fixture::why(plan));
        QCOMPARE(plan->affiliateId, h.kaan);
        QCOMPARE(plan->conflict.eventIds, (QList<qint64>{h.conflictA, h.conflictB}));
        QCOMPARE(plan->supersedeIds, QList<qint64>{h.conflictA});
        QVERIFY(Fingerprint::isValid(plan->fingerprint));
        QCOMPARE(Fixture::state(*c), before); // a preview writes nothing
        // The other choice is another decision, with another fingerprint.
        auto other = Resolve::preview(*c, conflict(h.conflictA, h.conflictA));
        QVERIFY(other);
        QVERIFY(other->fingerprint != plan->fingerprint);

        auto done
            = Resolve::apply(*c, conflict(h.conflictB, h.conflictB), plan->fingerprint, agent());
        QVERIFY2(done, Fixture::why(done));
        QVERIFY(done->resolutionId > 0);
        QCOMPARE(done->rowsChanged, 1);
        QCOMPARE(count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE id = %1 AND status = "
                                    "'superseded' AND superseded_by = %2 AND superseded_at IS NOT "
                                    "NULL AND backfill_batch_id IS NULL")
                         .arg(h.conflictA)
                         .arg(h.conflictB)),
            1);
        QCOMPARE(
            count(*c, QStringLiteral("SELECT commission_rate FROM affiliate_profiles WHERE id = ?"),
                h.kaan),
            30); // the profile is not touched
        auto after = auditOf(*c, h.kaan);
        QVERIFY(after);
        QCOMPARE(after->summary.conflicts, 0);
        QCOMPARE(count(*c, conflictsOfKaan, h.kaan), 0);
        QCOMPARE(count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tierdesk_resolutions WHERE kind = "
                                    "'conflict' AND ticket = 'SUP-4821' AND operator = 'Ada Agent' "
                                    "AND reason = 'Decided with the affiliate manager' AND "
                                    "event_id = %1 AND undone_at IS NULL")
                         .arg(h.conflictB)),
            1);
        Activity::Filter filter;
        filter.affiliateId = h.kaan;
        auto trail = Activity::list(*c, filter);
        QVERIFY(trail);
        QCOMPARE(trail->size(), 1);
        QCOMPARE(trail->first().action, QStringLiteral("resolve_conflict"));
        QCOMPARE(trail->first().ticket, QStringLiteral("SUP-4821"));
        QCOMPARE(trail->first().resolutionId(), done->resolutionId);
        QVERIFY2(trail->first().change().contains(QStringLiteral("#%1").arg(h.conflictA)),
            qPrintable(trail->first().change()));

        auto undoPlan = Resolve::undoPreview(*c, done->resolutionId);
        QVERIFY2(undoPlan, Fixture::why(undoPlan));
        QCOMPARE(undoPlan->restoreIds, QList<qint64>{h.conflictA});
        auto undone = Resolve::undo(*c, done->resolutionId, undoPlan->fingerprint, agent());
        QVERIFY2(undone, Fixture::why(undone));
        QCOMPARE(undone->rowsChanged, 1);
        QCOMPARE(Fixture::state(*c), before);
        auto again = auditOf(*c, h.kaan);
        QVERIFY(again);
        QCOMPARE(again->summary.conflicts, 1);
        QCOMPARE(count(*c, conflictsOfKaan, h.kaan), 1);
        // Undone once is undone: a second undo is refused.
        auto twice = Resolve::undoPreview(*c, done->resolutionId);
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind, Error::Kind::Refused);
    }

    // A choice from outside the group, a missing or wrong fingerprint: one sentence
    // and nothing written; a stale one also leaves a refused entry in the trail.
    void refusalsWriteNothing_data() { TestDatabase::addEngines(); }
    void refusalsWriteNothing()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        const QStringList before = Fixture::state(*c);

        auto outside = Resolve::preview(*c, conflict(h.conflictA, h.breakEvent));
        QVERIFY(!outside);
        QCOMPARE(outside.error().kind, Error::Kind::Usage);
        QVERIFY(outside.error().message.contains(QStringLiteral("#%1").arg(h.conflictB)));
        auto notAConflict = Resolve::preview(*c, conflict(h.breakEvent, h.breakEvent));
        QVERIFY(!notAConflict);
        QCOMPARE(notAConflict.error().kind, Error::Kind::Refused);
        auto noSuchEvent = Resolve::preview(*c, conflict(999999, 999999));
        QVERIFY(!noSuchEvent);

        const auto request = conflict(h.conflictA, h.conflictA);
        auto empty = Resolve::apply(*c, request, QString(), agent());
        QVERIFY(!empty);
        QCOMPARE(empty.error().kind, Error::Kind::Usage);
        auto malformed
            = Resolve::apply(*c, request, QStringLiteral("'; DROP TABLE x; --"), agent());
        QVERIFY(!malformed);
        QCOMPARE(malformed.error().kind, Error::Kind::Usage);
        QCOMPARE(count(*c, QStringLiteral("SELECT COUNT(*) FROM tierdesk_audit_log")), 0);

        // Previewed keeping A, applied with the fingerprint of another decision.
        auto previewB = Resolve::preview(*c, conflict(h.conflictB, h.conflictB));
        QVERIFY(previewB);
        auto stale = Resolve::apply(*c, request, previewB->fingerprint, agent());
        QVERIFY(!stale);
        QCOMPARE(stale.error().reason, Error::Reason::StalePlan);
        QCOMPARE(Fixture::state(*c), before);
        QCOMPARE(count(*c, QStringLiteral("SELECT COUNT(*) FROM tierdesk_resolutions")), 0);
        QCOMPARE(count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tierdesk_audit_log WHERE action = "
                                    "'resolve_refused' AND ticket = 'SUP-4821'")),
            1);

        // A chain break needs a reason.
        Resolve::Request review;
        review.kind = Resolve::Kind::ChainBreak;
        review.eventId = h.breakEvent;
        auto reviewPlan = Resolve::preview(*c, review);
        QVERIFY2(reviewPlan, Fixture::why(reviewPlan));
        OperatorInfo noReason = agent();
        noReason.reason.clear();
        auto unexplained = Resolve::apply(*c, review, reviewPlan->fingerprint, noReason);
        QVERIFY(!unexplained);
        QCOMPARE(unexplained.error().kind, Error::Kind::Usage);
        QCOMPARE(count(*c, QStringLiteral("SELECT COUNT(*) FROM tierdesk_resolutions")), 0);
    }

    // Drift aligned: a compare-and-set on the profile's rate; refused when the rate
    // moved after the preview; the undo sets it back.
    void driftAlignAndUndo_data() { TestDatabase::addEngines(); }
    void driftAlignAndUndo()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        const QStringList before = Fixture::state(*c);
        const auto request = drift(Resolve::Kind::DriftAlign, h.ruth);
        const QString rateOfRuth
            = QStringLiteral("SELECT commission_rate FROM affiliate_profiles WHERE id = ?");

        // The rate moves between the preview and the write: nothing is written.
        auto plan = Resolve::preview(*c, request);
        QVERIFY2(plan, Fixture::why(plan));
        QCOMPARE(plan->drift.profileRate, 20);
        QCOMPARE(plan->drift.historyRate, std::optional<int>(25));
        {
            auto other = Connection::open(db.url(), Connection::Mode::ReadWrite);
            QVERIFY(other);
            QVERIFY((*other)->exec(QStringLiteral(
                "UPDATE affiliate_profiles SET commission_rate = 22 WHERE handle = 'ruthplates'")));
        }
        auto moved = Resolve::apply(*c, request, plan->fingerprint, agent());
        QVERIFY(!moved);
        QCOMPARE(moved.error().reason, Error::Reason::StalePlan);
        QCOMPARE(count(*c, rateOfRuth, h.ruth), 22);
        QVERIFY(c->exec(QStringLiteral(
            "UPDATE affiliate_profiles SET commission_rate = 20 WHERE handle = 'ruthplates'")));
        QCOMPARE(Fixture::state(*c), before);

        auto done = resolveAsPreviewed(*c, request);
        QVERIFY2(done, Fixture::why(done));
        QCOMPARE(count(*c, rateOfRuth, h.ruth), 25);
        auto after = auditOf(*c, h.ruth);
        QVERIFY(after);
        QCOMPARE(after->summary.drift, 0);

        auto undone = undoAsPreviewed(*c, done->resolutionId);
        QVERIFY2(undone, Fixture::why(undone));
        QCOMPARE(Fixture::state(*c), before);
        QCOMPARE(count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tierdesk_resolutions WHERE "
                                    "undone_by = 'Ben Backup' AND undone_at IS NOT NULL")),
            1);
    }

    // An undo of an alignment is refused once the rate changed again after it: it
    // would overwrite a later decision.
    void alignUndoRefusedAfterLaterChange_data() { TestDatabase::addEngines(); }
    void alignUndoRefusedAfterLaterChange()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        auto done = resolveAsPreviewed(*c, drift(Resolve::Kind::DriftAlign, h.ruth));
        QVERIFY2(done, Fixture::why(done));
        auto plan = Resolve::undoPreview(*c, done->resolutionId);
        QVERIFY(plan);
        QVERIFY(c->exec(QStringLiteral(
            "UPDATE affiliate_profiles SET commission_rate = 30 WHERE handle = 'ruthplates'")));
        auto undone = Resolve::undo(*c, done->resolutionId, plan->fingerprint, agent());
        QVERIFY(!undone);
        QCOMPARE(undone.error().kind, Error::Kind::Refused);
        QCOMPARE(
            count(*c, QStringLiteral("SELECT commission_rate FROM affiliate_profiles WHERE id = ?"),
                h.ruth),
            30);
        QCOMPARE(count(*c,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM tierdesk_resolutions WHERE undone_at IS NULL")),
            1);
    }

    // Drift recorded: a tier event from the history's rate to the profile's, active;
    // the undo supersedes it (soft, like every other change to tier events).
    void driftRecordAndUndo_data() { TestDatabase::addEngines(); }
    void driftRecordAndUndo()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        const qint64 eventsBefore = count(*c, QStringLiteral("SELECT COUNT(*) FROM tier_events"));
        auto done = resolveAsPreviewed(*c, drift(Resolve::Kind::DriftRecord, h.ruth));
        QVERIFY2(done, Fixture::why(done));
        QVERIFY(done->tierEventId > 0);
        QCOMPARE(count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE id = %1 AND "
                                    "from_rate = 25 AND to_rate = 20 AND status = 'active'")
                         .arg(done->tierEventId)),
            1);
        QCOMPARE(
            count(*c, QStringLiteral("SELECT commission_rate FROM affiliate_profiles WHERE id = ?"),
                h.ruth),
            20);
        auto after = auditOf(*c, h.ruth);
        QVERIFY(after);
        QCOMPARE(after->summary.drift, 0);
        QCOMPARE(after->summary.chainBreaks, 0);

        auto undone = undoAsPreviewed(*c, done->resolutionId);
        QVERIFY2(undone, Fixture::why(undone));
        QCOMPARE(count(*c, QStringLiteral("SELECT COUNT(*) FROM tier_events")), eventsBefore + 1);
        QCOMPARE(count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE id = %1 AND status = "
                                    "'superseded'")
                         .arg(done->tierEventId)),
            1);
        auto again = auditOf(*c, h.ruth);
        QVERIFY(again);
        QCOMPARE(again->summary.drift, 1);
    }

    // A reviewed chain break leaves the open findings, is listed when asked for, and
    // comes back when the break itself changes or the review is undone.
    void chainBreakReviewed_data() { TestDatabase::addEngines(); }
    void chainBreakReviewed()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        const QStringList before = Fixture::state(*c);
        Resolve::Request review;
        review.kind = Resolve::Kind::ChainBreak;
        review.eventId = h.breakEvent;
        auto done = resolveAsPreviewed(*c, review);
        QVERIFY2(done, Fixture::why(done));
        QCOMPARE(done->rowsChanged, 0);
        QCOMPARE(Fixture::state(*c), before); // a review changes no data

        auto open = auditOf(*c, QString());
        QVERIFY(open);
        QCOMPARE(open->summary.chainBreaks, 0);
        QCOMPARE(open->summary.reviewedChainBreaks, 1);
        QVERIFY(open->chainBreaks.isEmpty());
        QVERIFY(!open->toJson()
                     .value(QStringLiteral("summary"))
                     .toObject()
                     .contains(QStringLiteral("reviewed_chain_breaks")));
        auto all = auditOf(*c, QString(), true);
        QVERIFY(all);
        QCOMPARE(all->chainBreaks.size(), 1);
        QVERIFY(all->chainBreaks.first().reviewed);
        QCOMPARE(all->summary.chainBreaks, 0);
        QVERIFY(all->toJson()
                    .value(QStringLiteral("chain_breaks"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("reviewed"))
                    .toBool());
        auto twice = Resolve::preview(*c, review);
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind, Error::Kind::Refused);

        // The break changes (the first promotion now ends at 30): the review no
        // longer matches, the break is open again.
        QVERIFY(c->exec(QStringLiteral("UPDATE tier_events SET to_rate = 30 WHERE id = %1")
                            .arg(h.breakEvent - 1)));
        auto changed = auditOf(*c, h.lotte);
        QVERIFY(changed);
        QCOMPARE(changed->summary.chainBreaks, 1);
        QVERIFY(c->exec(QStringLiteral("UPDATE tier_events SET to_rate = 25 WHERE id = %1")
                            .arg(h.breakEvent - 1)));

        auto undone = undoAsPreviewed(*c, done->resolutionId);
        QVERIFY2(undone, Fixture::why(undone));
        auto reopened = auditOf(*c, h.lotte);
        QVERIFY(reopened);
        QCOMPARE(reopened->summary.chainBreaks, 1);
        QCOMPARE(reopened->summary.reviewedChainBreaks, 0);
        QCOMPARE(Fixture::state(*c), before);
    }

    // Two agents resolve the same conflict at once, each on its own thread and
    // connection, one keeping each event: exactly one commits, the other is told the
    // finding changed, and only one event is superseded.
    void twoAgentsSameConflict_data() { TestDatabase::addEngines(); }
    void twoAgentsSameConflict()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        const QStringList before = Fixture::state(*c);
        const QList<Resolve::Request> choices{
            conflict(h.conflictA, h.conflictA), conflict(h.conflictA, h.conflictB)};
        QStringList fingerprints;
        for (const auto &choice : choices) {
            auto plan = Resolve::preview(*c, choice);
            QVERIFY(plan);
            fingerprints << plan->fingerprint;
        }
        for (int round = 0; round < 6; ++round) {
            std::atomic<qint64> resolution{0};
            Fixture::Race race(2);
            const QStringList outcomes = race.run(db.url(), [&](int t, const Connection &own) {
                race.meet();
                auto result = Resolve::apply(own, choices.at(t), fingerprints.at(t),
                    agent(QStringLiteral("Agent %1").arg(t)));
                if (result) {
                    resolution = result->resolutionId;
                    return QStringLiteral("committed");
                }
                return result.error().reason == Error::Reason::StalePlan ? QStringLiteral("stale")
                                                                         : result.error().message;
            });
            QCOMPARE(outcomes.count(QStringLiteral("committed")), 1);
            QVERIFY2(outcomes.count(QStringLiteral("stale")) == 1, qPrintable(outcomes.join('\n')));
            QCOMPARE(
                count(*c,
                    QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE status = 'superseded'")),
                1);
            QCOMPARE(count(*c,
                         QStringLiteral("SELECT COUNT(*) FROM tierdesk_resolutions WHERE "
                                        "undone_at IS NULL")),
                1);
            auto undone = undoAsPreviewed(*c, resolution.load());
            QVERIFY2(undone, Fixture::why(undone));
            QCOMPARE(Fixture::state(*c), before);
        }
    }

    // The dry run's JSON names what the CLI prints and the fingerprint it takes.
    void planJson_data() { TestDatabase::addEngines(); }
    void planJson()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        auto plan = Resolve::preview(*c, conflict(h.conflictA, h.conflictB));
        QVERIFY(plan);
        const QJsonObject json = plan->toJson();
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("conflict"));
        QCOMPARE(json.value(QStringLiteral("fingerprint")).toString(), plan->fingerprint);
        QCOMPARE(json.value(QStringLiteral("keep_id")).toInteger(), h.conflictB);
        QCOMPARE(json.value(QStringLiteral("superseded")).toArray(), QJsonArray{h.conflictA});
        QCOMPARE(json.value(QStringLiteral("to_rates")).toArray(), (QJsonArray{25, 30}));
        QCOMPARE(json.value(QStringLiteral("profile_rate")).toInt(), 30);
        // Keeping the event the profile does not agree with says what follows: drift.
        QVERIFY(!plan->describe(QStringLiteral("kaanmasa")).contains(QLatin1String("drift")));
        auto other = Resolve::preview(*c, conflict(h.conflictA, h.conflictA));
        QVERIFY(other);
        QVERIFY2(other->describe(QStringLiteral("kaanmasa")).contains(QLatin1String("drift")),
            qPrintable(other->describe(QStringLiteral("kaanmasa"))));
    }
};

QTEST_GUILESS_MAIN(TestResolve)
#include "tst_resolve.moc"
