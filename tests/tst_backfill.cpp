// The guarded backfill and undo (docs/ARCHITECTURE.md §3) on SQLite and PostgreSQL:
// dry runs write nothing, apply + undo is the identity, stale plans and
// concurrent or cancelled applies change nothing, and a connection killed in
// the middle leaves nothing half-done.
#include "../models/activity/activity.h"
#include "../models/affiliates/affiliatequery.h"
#include "../models/backfill/backfill.h"
#include "../models/demo/demodata.h"
#include "fixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace TierDesk;

namespace {

// Every column of every tier event, in id order: "the state" a backfill and its undo must preserve.
qint64 count(const Connection &c, const char *sql)
{
    return Fixture::count(c, QString::fromLatin1(sql));
}

// Three affiliates with race duplicates (one a triple) and one clean one.
struct History
{
    QString greta, bahar, triple, clean;
    qint64 gretaKeep = 0, gretaDup = 0;
};

History makeHistory(const Connection &c)
{
    History h;
    h.greta = Fixture::addAffiliate(c, QStringLiteral("gretaeats"), 25);
    h.gretaKeep = Fixture::addEvent(c, h.greta, 20, 25, "2026-01-22T14:18:34.012Z");
    h.gretaDup = Fixture::addEvent(c, h.greta, 20, 25, "2026-01-22T14:18:34.028Z");
    h.bahar = Fixture::addAffiliate(c, QStringLiteral("bahareats"), 25);
    Fixture::addEvent(c, h.bahar, 20, 25, "2026-02-03T19:42:11.731Z");
    Fixture::addEvent(c, h.bahar, 20, 25, "2026-02-03T19:42:11.752Z");
    h.triple = Fixture::addAffiliate(c, QStringLiteral("moritzcooks"), 25);
    Fixture::addEvent(c, h.triple, 20, 25, "2026-01-18T20:59:36.171Z");
    Fixture::addEvent(c, h.triple, 20, 25, "2026-01-18T20:59:36.200Z");
    Fixture::addEvent(c, h.triple, 20, 25, "2026-01-18T20:59:36.240Z");
    h.clean = Fixture::addAffiliate(c, QStringLiteral("clean"), 25);
    Fixture::addEvent(c, h.clean, 20, 25, "2026-01-10T10:00:00.000Z");
    return h;
}

Backfill::Options options(const QString &fingerprint = {}, int chunk = 500)
{
    Backfill::Options o;
    o.expectedFingerprint = fingerprint;
    o.anyPlan = fingerprint.isEmpty();
    o.chunkSize = chunk;
    o.who = OperatorInfo::current(QStringLiteral("test-operator"));
    return o;
}

// The whole undo of a batch, with no preview (what the tests check afterwards).
Result<Backfill::Outcome> undoAll(
    const Connection &c, qint64 batchId, const WorkControl &control = {}, int chunk = 500)
{
    Backfill::UndoOptions o;
    o.batchId = batchId;
    o.anyPlan = true;
    o.chunkSize = chunk;
    o.who = OperatorInfo::current(QStringLiteral("test-operator"));
    return Backfill::undo(c, o, control);
}

std::unique_ptr<Connection> second(const TestDatabase &db)
{
    auto c = Connection::open(db.url(), Connection::Mode::ReadWrite);
    return c ? std::move(*c) : nullptr;
}

} // namespace

class TestBackfill : public QObject
{
    Q_OBJECT

private slots:
    void dryRunWritesNothing_data() { TestDatabase::addEngines(); }
    void dryRunWritesNothing()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        const QStringList before = Fixture::state(*c);
        auto readOnly = Connection::open(db.url(), Connection::Mode::ReadOnly);
        QVERIFY(readOnly);
        auto plan = Backfill::preview(**readOnly, options());
        QVERIFY2(plan, Fixture::why(plan).constData());
        QCOMPARE(plan->rows.size(), 4);
        QCOMPARE(plan->clusters, 3);
        QCOMPARE(plan->affiliates, 3);
        QCOMPARE(plan->fingerprint.size(), 16);
        QCOMPARE(plan->fingerprint, Backfill::fingerprint(plan->rows));
        QCOMPARE(plan->rows.first().id, h.gretaDup);
        QCOMPARE(plan->rows.first().keepId, h.gretaKeep);
        QCOMPARE(Fixture::state(*c), before);
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tierdesk_backfill_batches"), 0);
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tierdesk_audit_log"), 0);
        // A read-only session cannot apply.
        auto refused = Backfill::apply(**readOnly, options(plan->fingerprint));
        QVERIFY2(!refused, "a read-only session applied a backfill");
        QCOMPARE(refused.error().kind, Error::Kind::Refused);
        QCOMPARE(Fixture::state(*c), before);
    }

    void applyThenUndoIsTheIdentity_data() { TestDatabase::addEngines(); }
    void applyThenUndoIsTheIdentity()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        const QStringList before = Fixture::state(*c);
        auto plan = Backfill::preview(*c, options());
        QVERIFY(plan);

        QList<qint64> written;
        WorkControl control;
        control.progress = [&](WorkControl::Phase phase, qint64 done, qint64 total) {
            if (phase == WorkControl::Phase::Writing) {
                QCOMPARE(total, 4);
                written << done;
            }
        };
        auto applied = Backfill::apply(*c, options(plan->fingerprint, 3), control);
        QVERIFY2(applied, Fixture::why(applied).constData());
        QVERIFY(applied->batchId > 0);
        QCOMPARE(applied->rowsPlanned, 4);
        QCOMPARE(applied->rowsChanged, 4);
        QCOMPARE(written, (QList<qint64>{0, 3, 4})); // two chunks of at most 3
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tier_events WHERE status = 'superseded'"), 4);
        QCOMPARE(
            Fixture::count(*c, QStringLiteral("SELECT superseded_by FROM tier_events WHERE id = ?"),
                QString::number(h.gretaDup)),
            h.gretaKeep);
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT backfill_batch_id FROM tier_events WHERE id = ?"),
                     QString::number(h.gretaDup)),
            applied->batchId);
        QCOMPARE(count(*c,
                     "SELECT COUNT(*) FROM tier_events WHERE status = 'superseded' AND "
                     "superseded_at IS NULL"),
            0);

        // The audit trail: the batch row and the log with operator, host, counts, fingerprint.
        QSqlQuery batch(c->database());
        QVERIFY(batch.exec(QStringLiteral(
            "SELECT kind, status, rows_planned, rows_changed, plan_fingerprint, operator, "
            "host, finished_at FROM tierdesk_backfill_batches")));
        QVERIFY(batch.next());
        QCOMPARE(batch.value(0).toString(), QStringLiteral("supersede"));
        QCOMPARE(batch.value(1).toString(), QStringLiteral("committed"));
        QCOMPARE(batch.value(2).toInt(), 4);
        QCOMPARE(batch.value(3).toInt(), 4);
        QCOMPARE(batch.value(4).toString(), plan->fingerprint);
        QCOMPARE(batch.value(5).toString(), QStringLiteral("test-operator"));
        QVERIFY(!batch.value(6).toString().isEmpty());
        QVERIFY(!batch.value(7).isNull());
        batch.finish();
        QSqlQuery log(c->database());
        QVERIFY(log.exec(QStringLiteral("SELECT operator, host, details FROM tierdesk_audit_log "
                                        "WHERE action = 'backfill_apply'")));
        QVERIFY(log.next());
        QCOMPARE(log.value(0).toString(), QStringLiteral("test-operator"));
        QVERIFY(!log.value(1).toString().isEmpty());
        const QJsonObject details
            = QJsonDocument::fromJson(log.value(2).toString().toUtf8()).object();
        QCOMPARE(details.value("rows_changed").toInt(), 4);
        QCOMPARE(details.value("fingerprint").toString(), plan->fingerprint);
        // The database's own identity beside the chosen operator name.
        QCOMPARE(details.value("database_user").toString(),
            engine == QLatin1String("postgres") ? QStringLiteral("postgres") : QString());
        log.finish();
        QCOMPARE(
            Fixture::count(*c,
                QStringLiteral("SELECT COUNT(*) FROM tierdesk_audit_log WHERE affiliate_id = ? "
                               "AND action = 'supersede_events'"),
                h.triple),
            1);
        auto touched = Backfill::batches(*c, h.greta);
        QVERIFY(touched);
        QCOMPARE(touched->size(), 1);
        QCOMPARE(touched->first().id, applied->batchId);
        QVERIFY(Backfill::batches(*c, h.clean)->isEmpty());

        // A second run finds nothing to do.
        auto again = Backfill::apply(*c, options());
        QVERIFY(again);
        QCOMPARE(again->batchId, 0);
        QCOMPARE(again->rowsPlanned, 0);

        auto undone = undoAll(*c, applied->batchId);
        QVERIFY2(undone, Fixture::why(undone).constData());
        QCOMPARE(undone->rowsChanged, 4);
        QCOMPARE(Fixture::state(*c), before);
        QCOMPARE(
            Fixture::count(*c,
                QStringLiteral("SELECT undo_of FROM tierdesk_backfill_batches WHERE kind = 'undo' "
                               "AND status = 'committed'")),
            applied->batchId);
        auto list = Backfill::batches(*c);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->last().undoneBy, undone->batchId);
        QCOMPARE(
            count(*c, "SELECT COUNT(*) FROM tierdesk_audit_log WHERE action = 'backfill_undo'"), 1);

        // Undo again: nothing left. Undo of an undo, of nothing: refused.
        auto twice = undoAll(*c, applied->batchId);
        QVERIFY(twice);
        QCOMPARE(twice->batchId, 0);
        QCOMPARE(undoAll(*c, undone->batchId).error().kind, Error::Kind::Refused);
        QCOMPARE(undoAll(*c, 999999).error().kind, Error::Kind::Refused);
        QCOMPARE(Fixture::state(*c), before);
    }

    // A fingerprint that is missing, empty or malformed writes nothing at all: no
    // batch, no log row, no changed event. Only an explicit anyPlan applies unchecked.
    // A ticket and a reason go with the batch, every audit-log row of it and its undo,
    // and a re-evaluation; a ticket of two lines is refused before anything is written.
    void ticketAndReasonAreKept_data() { TestDatabase::addEngines(); }
    void ticketAndReasonAreKept()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        auto who = OperatorInfo::withTicket(QStringLiteral("Ada Agent"),
            QStringLiteral("  SUP-4821 "), QStringLiteral("Greta's duplicate Gold row"));
        QVERIFY(who);
        QCOMPARE(who->ticket, QStringLiteral("SUP-4821"));
        Backfill::Options o = options();
        o.who = *who;
        auto applied = Backfill::apply(*c, o);
        QVERIFY2(applied, Fixture::why(applied).constData());
        auto list = Backfill::batches(*c, h.greta);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().ticket, QStringLiteral("SUP-4821"));
        QCOMPARE(list->first().reason, QStringLiteral("Greta's duplicate Gold row"));
        QCOMPARE(list->first().operatorName, QStringLiteral("Ada Agent"));
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tierdesk_audit_log WHERE ticket IS NULL"), 0);
        QVERIFY(count(*c,
                    "SELECT COUNT(*) FROM tierdesk_audit_log WHERE ticket = 'SUP-4821' "
                    "AND reason = 'Greta''s duplicate Gold row'")
            >= 2);

        // The search box finds the ticket: the affiliates its work touched, and only those.
        AffiliateQuery byTicket;
        byTicket.filter.search = QStringLiteral("SUP-4821");
        auto touched = byTicket.page(*c, 0, 100);
        QVERIFY2(touched, Fixture::why(touched).constData());
        QStringList ids;
        for (const auto &row : *touched)
            ids << row.id;
        QVERIFY(ids.contains(h.greta));
        QVERIFY(!ids.contains(h.clean));
        QCOMPARE(*byTicket.count(*c), ids.size());
        QCOMPARE(count(*c,
                     "SELECT COUNT(DISTINCT affiliate_id) FROM tierdesk_audit_log WHERE "
                     "ticket = 'SUP-4821'"),
            ids.size());

        Backfill::UndoOptions undo;
        undo.batchId = applied->batchId;
        undo.anyPlan = true;
        undo.who = *OperatorInfo::withTicket(
            QStringLiteral("Ada Agent"), QStringLiteral("SUP-4822"), QStringLiteral("wrong one"));
        QVERIFY(Backfill::undo(*c, undo));
        auto after = Backfill::batches(*c, h.greta);
        QVERIFY(after);
        QCOMPARE(after->first().ticket, QStringLiteral("SUP-4822"));

        // Greta's activity, newest first: the restore under SUP-4822, then the supersede.
        Activity::Filter forGreta;
        forGreta.affiliateId = h.greta;
        auto activity = Activity::list(*c, forGreta);
        QVERIFY2(activity, Fixture::why(activity).constData());
        QCOMPARE(activity->size(), 2);
        QCOMPARE(activity->at(0).action, QStringLiteral("restore_events"));
        QCOMPARE(activity->at(0).ticket, QStringLiteral("SUP-4822"));
        QCOMPARE(activity->at(1).action, QStringLiteral("supersede_events"));
        QCOMPARE(activity->at(1).ticket, QStringLiteral("SUP-4821"));
        QCOMPARE(activity->at(1).operatorName, QStringLiteral("Ada Agent"));
        QVERIFY2(activity->at(1).change().contains(QLatin1Char('#') + QString::number(h.gretaDup)),
            qPrintable(activity->at(1).change()));
        QCOMPARE(activity->at(1).toJson().value(QStringLiteral("handle")).toString(),
            QStringLiteral("gretaeats"));
        // By ticket: the batch's own row and one per affiliate, nothing of the other ticket.
        Activity::Filter byTicketFilter;
        byTicketFilter.ticket = QStringLiteral("SUP-4821");
        auto underTicket = Activity::list(*c, byTicketFilter);
        QVERIFY(underTicket);
        QCOMPARE(underTicket->size(),
            count(*c, "SELECT COUNT(*) FROM tierdesk_audit_log WHERE ticket = 'SUP-4821'"));
        for (const auto &entry : *underTicket)
            QCOMPARE(entry.ticket, QStringLiteral("SUP-4821"));
        // Since a moment after everything: nothing.
        Activity::Filter later;
        later.since = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(Activity::list(*c, later)->isEmpty());

        for (const auto &[ticket, reason] : {std::pair{QStringLiteral("SUP-1\nSUP-2"), QString()},
                 std::pair{
                     QStringLiteral("SUP-1"), QString(OperatorInfo::MaxReasonLength + 1, u'x')},
                 std::pair{QString(OperatorInfo::MaxTicketLength + 1, u'x'), QString()}}) {
            const auto refused = OperatorInfo::withTicket({}, ticket, reason);
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::Usage);
        }
        // The operator's name gets the same checks: one line, no control codes, bounded.
        for (const QString &name :
            {QStringLiteral("Ada\nAgent"), QStringLiteral("Ada\x1b[31mAgent"),
                QString(OperatorInfo::MaxNameLength + 1, u'x')}) {
            const auto refused = OperatorInfo::withTicket(name, QStringLiteral("SUP-1"), {});
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, Error::Kind::Usage);
        }
        QCOMPARE(OperatorInfo::withTicket(QStringLiteral("  Ada Agent "), {}, {})->name,
            QStringLiteral("Ada Agent"));
    }

    void malformedFingerprintWritesNothing_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("fingerprint");
        for (const char *engine : {"sqlite", "postgres"}) {
            for (const char *bad :
                {"", "   ", "zzz", "0123456789ABCDEF", "0123456789abcdef0", "'; DELETE FROM x;--"})
                QTest::addRow("%s %s", engine, bad)
                    << QString::fromLatin1(engine) << QString::fromLatin1(bad);
        }
    }
    void malformedFingerprintWritesNothing()
    {
        QFETCH(QString, engine);
        QFETCH(QString, fingerprint);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        makeHistory(*c);
        const QStringList before = Fixture::state(*c);
        Backfill::Options o;
        o.expectedFingerprint = fingerprint;
        auto refused = Backfill::apply(*c, o);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
        QVERIFY(!refused.error().message.contains(QLatin1Char('\n')));
        QCOMPARE(Fixture::state(*c), before);
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tierdesk_backfill_batches"), 0);
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tierdesk_audit_log"), 0);

        // The same for an undo of a real batch.
        auto applied = Backfill::apply(*c, options());
        QVERIFY(applied && applied->batchId > 0);
        const QStringList cleaned = Fixture::state(*c);
        Backfill::UndoOptions u;
        u.batchId = applied->batchId;
        u.expectedFingerprint = fingerprint;
        auto undoRefused = Backfill::undo(*c, u);
        QVERIFY(!undoRefused);
        QCOMPARE(undoRefused.error().kind, Error::Kind::Usage);
        QCOMPARE(Fixture::state(*c), cleaned);
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tierdesk_backfill_batches"), 1);
    }

    // Undo is guarded like apply: its preview's fingerprint must still hold under
    // the write lock, or nothing is restored and a rolled-back undo is recorded.
    void undoNeedsItsPreview_data() { TestDatabase::addEngines(); }
    void undoNeedsItsPreview()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        const QStringList before = Fixture::state(*c);
        auto applied = Backfill::apply(*c, options());
        QVERIFY(applied && applied->rowsChanged == 4);

        auto preview = Backfill::undoPreview(*c, applied->batchId);
        QVERIFY2(preview, Fixture::why(preview).constData());
        QCOMPARE(preview->rows.size(), 4);
        QVERIFY(Backfill::isFingerprint(preview->fingerprint));
        QCOMPARE(preview->fingerprint, applied->fingerprint); // the same (id, kept id) pairs
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tier_events WHERE status = 'superseded'"), 4);

        // Someone restores one row by hand after the preview.
        QSqlQuery q(c->database());
        q.prepare(QStringLiteral(
            "UPDATE tier_events SET status = 'active', superseded_by = NULL, superseded_at = NULL, "
            "backfill_batch_id = NULL WHERE id = ?"));
        q.addBindValue(h.gretaDup);
        QVERIFY(q.exec());
        Backfill::UndoOptions u;
        u.batchId = applied->batchId;
        u.expectedFingerprint = preview->fingerprint;
        auto stale = Backfill::undo(*c, u);
        QVERIFY(!stale);
        QCOMPARE(stale.error().reason, Error::Reason::StalePlan);
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tier_events WHERE status = 'superseded'"), 3);
        QCOMPARE(count(*c,
                     "SELECT COUNT(*) FROM tierdesk_backfill_batches WHERE kind = 'undo' AND "
                     "status = 'rolled_back'"),
            1);

        // A fresh preview restores exactly the three left.
        auto fresh = Backfill::undoPreview(*c, applied->batchId);
        QVERIFY(fresh);
        QCOMPARE(fresh->rows.size(), 3);
        u.expectedFingerprint = fresh->fingerprint;
        auto undone = Backfill::undo(*c, u);
        QVERIFY2(undone, Fixture::why(undone).constData());
        QCOMPARE(undone->rowsChanged, 3);
        QCOMPARE(Fixture::state(*c), before);

        QCOMPARE(Backfill::undoPreview(*c, 999999).error().kind, Error::Kind::Refused);
        QCOMPARE(Backfill::undoPreview(*c, undone->batchId).error().kind, Error::Kind::Refused);
    }

    // Undo restores only the rows still superseded by the batch.
    void undoSkipsRowsRestoredElsewhere_data() { TestDatabase::addEngines(); }
    void undoSkipsRowsRestoredElsewhere()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        auto applied = Backfill::apply(*c, options());
        QVERIFY(applied);
        QSqlQuery q(c->database());
        q.prepare(QStringLiteral(
            "UPDATE tier_events SET status = 'active', superseded_by = NULL, superseded_at = NULL, "
            "backfill_batch_id = NULL WHERE id = ?"));
        q.addBindValue(h.gretaDup);
        QVERIFY(q.exec());
        auto undone = undoAll(*c, applied->batchId);
        QVERIFY(undone);
        QCOMPARE(undone->rowsPlanned, 3);
        QCOMPARE(undone->rowsChanged, 3);
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tier_events WHERE status = 'superseded'"), 0);
    }

    void restrictedToOneAffiliate_data() { TestDatabase::addEngines(); }
    void restrictedToOneAffiliate()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        Backfill::Options o = options();
        o.affiliateId = h.triple;
        auto applied = Backfill::apply(*c, o);
        QVERIFY(applied);
        QCOMPARE(applied->rowsChanged, 2);
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tier_events WHERE status = 'superseded'"), 2);
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tierdesk_audit_log WHERE "
                                    "action = 'backfill_apply' AND affiliate_id = ?"),
                     h.triple),
            1);
    }

    // The data moved after the preview: refused, nothing changed, the attempt recorded.
    void staleFingerprint_data() { TestDatabase::addEngines(); }
    void staleFingerprint()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        auto plan = Backfill::preview(*c, options());
        QVERIFY(plan);
        Fixture::addEvent(*c, h.clean, 20, 25, "2026-01-10T10:00:00.300Z"); // a new duplicate
        const QStringList before = Fixture::state(*c);
        auto applied = Backfill::apply(*c, options(plan->fingerprint));
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind, Error::Kind::Refused);
        QCOMPARE(applied.error().reason, Error::Reason::StalePlan);
        QVERIFY2(applied.error().message.contains(QLatin1String("changed since the preview")),
            qPrintable(applied.error().message));
        QCOMPARE(Fixture::state(*c), before);
        QCOMPARE(count(*c,
                     "SELECT COUNT(*) FROM tierdesk_backfill_batches WHERE status = 'rolled_back'"),
            1);
        QCOMPARE(
            count(*c, "SELECT COUNT(*) FROM tierdesk_backfill_batches WHERE status = 'committed'"),
            0);
        QCOMPARE(
            count(*c,
                "SELECT COUNT(*) FROM tierdesk_audit_log WHERE action = 'backfill_rolled_back'"),
            1);
        QCOMPARE(
            undoAll(*c,
                Fixture::count(*c, QStringLiteral("SELECT MAX(id) FROM tierdesk_backfill_batches")))
                .error()
                .kind,
            Error::Kind::Refused);
    }

    // The GUI applies the plan the person confirmed: re-checked over its own
    // affiliates, so a change there refuses it and a change elsewhere does not.
    void previewedPlan_data() { TestDatabase::addEngines(); }
    void previewedPlan()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        auto plan = Backfill::preview(*c, options());
        QVERIFY(plan);
        Backfill::Options confirmed = options();
        confirmed.previewed = *plan;

        Fixture::addEvent(*c, h.greta, 20, 25, "2026-01-22T14:18:34.050Z"); // Greta is in the plan
        const QStringList before = Fixture::state(*c);
        auto refused = Backfill::apply(*c, confirmed);
        QVERIFY(!refused);
        QCOMPARE(refused.error().reason, Error::Reason::StalePlan);
        QCOMPARE(Fixture::state(*c), before);

        auto again = Backfill::preview(*c, options());
        QVERIFY(again);
        confirmed.previewed = *again;
        Fixture::addEvent(*c, h.clean, 20, 25, "2026-01-10T10:00:00.300Z"); // not in the plan
        auto applied = Backfill::apply(*c, confirmed);
        QVERIFY2(applied, Fixture::why(applied).constData());
        QCOMPARE(applied->rowsChanged, 5);
        QCOMPARE(applied->fingerprint, again->fingerprint);
        QCOMPARE(Fixture::count(*c,
                     QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE affiliate_id = ? "
                                    "AND status = 'superseded'"),
                     h.clean),
            0); // found after the preview: left for the next audit
    }

    void cancelRollsBack_data() { TestDatabase::addEngines(); }
    void cancelRollsBack()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        makeHistory(*c);
        const QStringList before = Fixture::state(*c);
        std::atomic_bool stop{false};
        WorkControl control;
        control.cancel = &stop;
        control.progress = [&](WorkControl::Phase phase, qint64 done, qint64) {
            if (phase == WorkControl::Phase::Writing && done == 2)
                stop = true; // after two rows really were updated in the transaction
        };
        auto applied = Backfill::apply(*c, options({}, 1), control);
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind, Error::Kind::Refused);
        QCOMPARE(applied.error().reason, Error::Reason::Cancelled);
        QCOMPARE(Fixture::state(*c), before);
        QCOMPARE(count(*c,
                     "SELECT COUNT(*) FROM tierdesk_backfill_batches WHERE status = 'rolled_back' "
                     "AND note = 'cancelled'"),
            1);
    }

    // Two instances apply the same previewed plan at once, each on its own
    // thread and connection: exactly one commits, the other is refused.
    void concurrentApply_data() { TestDatabase::addEngines(); }
    void concurrentApply()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        makeHistory(*c);
        const QStringList before = Fixture::state(*c);
        auto plan = Backfill::preview(*c, options());
        QVERIFY(plan);
        for (int round = 0; round < 6; ++round) {
            std::atomic<qint64> batchId{0};
            Fixture::Race race(2);
            const QStringList outcomes = race.run(db.url(), [&](int, const Connection &own) {
                race.meet();
                auto result = Backfill::apply(own, options(plan->fingerprint, 1));
                if (result && result->batchId) {
                    batchId = result->batchId;
                    return QStringLiteral("committed");
                }
                if (!result && result.error().kind == Error::Kind::Refused)
                    return QStringLiteral("refused");
                return result ? QStringLiteral("nothing to do") : result.error().message;
            });
            QCOMPARE(outcomes.count(QStringLiteral("committed")), 1);
            QVERIFY2(
                outcomes.count(QStringLiteral("refused")) == 1, qPrintable(outcomes.join('\n')));
            QCOMPARE(count(*c, "SELECT COUNT(*) FROM tier_events WHERE status = 'superseded'"), 4);
            auto undone = undoAll(*c, batchId.load());
            QVERIFY(undone);
            QCOMPARE(Fixture::state(*c), before);
        }
    }

    // PostgreSQL: another session supersedes a planned row, or the kept event of
    // one, between two chunks: the whole batch rolls back and says why.
    void changedUnderneath_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::newRow("planned row") << false;
        QTest::newRow("kept row") << true;
    }
    void changedUnderneath()
    {
        QFETCH(bool, keep);
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        makeHistory(*c);
        auto plan = Backfill::preview(*c, options());
        QVERIFY(plan);
        auto other = second(db);
        QVERIFY(other);
        const qint64 target = keep ? plan->rows.last().keepId : plan->rows.last().id;
        bool meddled = false;
        WorkControl control;
        control.progress = [&](WorkControl::Phase phase, qint64 done, qint64) {
            if (phase == WorkControl::Phase::Writing && done == 1 && !meddled) {
                QSqlQuery q(other->database());
                q.prepare(
                    QStringLiteral("UPDATE tier_events SET status = 'superseded' WHERE id = ?"));
                q.addBindValue(target);
                meddled = q.exec() && q.numRowsAffected() == 1;
            }
        };
        auto applied = Backfill::apply(*c, options(plan->fingerprint, 1), control);
        QVERIFY(meddled);
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind, Error::Kind::Refused);
        QCOMPARE(applied.error().reason, Error::Reason::StalePlan);
        if (!keep)
            QVERIFY2(applied.error().message.contains(QLatin1String("3 of 4")),
                qPrintable(applied.error().message));
        QCOMPARE(count(*c, "SELECT COUNT(*) FROM tier_events WHERE status = 'superseded'"),
            1); // only the meddler's
        QCOMPARE(
            count(*c, "SELECT COUNT(*) FROM tier_events WHERE backfill_batch_id IS NOT NULL"), 0);
    }

    // PostgreSQL: the server kills our session in the middle of the apply.
    void connectionKilledMidApply()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        makeHistory(*c);
        auto checker = second(db);
        QVERIFY(checker);
        const QStringList before = Fixture::state(*checker);
        auto victim = Connection::open(db.url(), Connection::Mode::ReadWrite);
        QVERIFY(victim);
        QSqlQuery pidQuery((*victim)->database());
        QVERIFY(pidQuery.exec(QStringLiteral("SELECT pg_backend_pid()")) && pidQuery.next());
        const int pid = pidQuery.value(0).toInt();
        pidQuery.finish();
        bool killed = false;
        WorkControl control;
        control.progress = [&](WorkControl::Phase phase, qint64 done, qint64) {
            if (phase == WorkControl::Phase::Writing && done == 2 && !killed) {
                QSqlQuery q(checker->database());
                q.prepare(QStringLiteral("SELECT pg_terminate_backend(?)"));
                q.addBindValue(pid);
                killed = q.exec() && q.next() && q.value(0).toBool();
                q.finish();
                // pg_terminate_backend only signals; wait until the backend is really gone.
                for (int i = 0; i < 500 && killed; ++i) {
                    QSqlQuery alive(checker->database());
                    alive.prepare(
                        QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?"));
                    alive.addBindValue(pid);
                    if (alive.exec() && alive.next() && alive.value(0).toInt() == 0)
                        break;
                    QThread::msleep(10);
                }
            }
        };
        auto applied = Backfill::apply(**victim, options({}, 1), control);
        QVERIFY(killed);
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind, Error::Kind::Connect);
        const QString message = applied.error().message;
        QVERIFY2(message.startsWith(QLatin1String("The connection to the database was lost")),
            qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        QCOMPARE(Fixture::state(*checker), before);
        QCOMPARE(count(*checker,
                     "SELECT COUNT(*) FROM tierdesk_backfill_batches WHERE status = 'committed'"),
            0);
    }

    // SQLite: a failing statement in the middle (a trigger aborts the third row).
    void failureMidApply()
    {
        TD_TEST_DATABASE(db, QStringLiteral("sqlite"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const History h = makeHistory(*c);
        auto plan = Backfill::preview(*c, options());
        QVERIFY(plan);
        QVERIFY(c->exec(QStringLiteral(
            "CREATE TRIGGER boom BEFORE UPDATE OF status ON tier_events WHEN OLD.id = %1 "
            "BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END")
                            .arg(plan->rows.at(2).id)));
        const QStringList before = Fixture::state(*c);
        auto applied = Backfill::apply(*c, options({}, 1));
        QVERIFY(!applied);
        QVERIFY2(
            applied.error().message.contains(QLatin1String("rolled back and nothing was changed")),
            qPrintable(applied.error().message));
        QCOMPARE(Fixture::state(*c), before);
        QCOMPARE(count(*c,
                     "SELECT COUNT(*) FROM tierdesk_backfill_batches WHERE status = 'rolled_back'"),
            1);
        Q_UNUSED(h)
    }

    // The demo tells the incident's story; backfill + undo returns it exactly.
    void demo_data() { TestDatabase::addEngines(); }
    void demo()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(*c));
        const QStringList before = Fixture::state(*c);
        auto report = Audit::run(*c, {});
        QVERIFY(report);
        QCOMPARE(report->summary.affectedAffiliates, 23);
        QCOMPARE(report->summary.redundantRows, 24);
        QCOMPARE(report->summary.conflicts, 1);
        QCOMPARE(report->summary.chainBreaks, 1);
        QCOMPARE(report->summary.drift, 1);
        const qint64 greta = Fixture::count(*c,
            QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles WHERE handle = ?"),
            QStringLiteral("gretaeats"));
        QCOMPARE(greta, 1);
        QSqlQuery q(c->database());
        q.prepare(QStringLiteral("SELECT id FROM affiliate_profiles WHERE handle = 'gretaeats'"));
        QVERIFY(q.exec() && q.next());
        const QString gretaId = q.value(0).toString();
        q.finish();
        int gretaClusters = 0;
        for (const auto &cluster : report->clusters) {
            if (cluster.affiliateId == gretaId) {
                ++gretaClusters;
                QCOMPARE(cluster.redundantIds.size(), 1);
                QCOMPARE(SqlDialect::timeText(cluster.firstAt),
                    QStringLiteral("2026-01-22T14:18:34.012Z"));
            }
        }
        QCOMPARE(gretaClusters, 1);
        // The minute buckets: they miss the straddling pair and flag the flip-flop.
        Audit::Options minutes;
        minutes.mode = Audit::Mode::MinuteBuckets;
        auto bucketed = Audit::run(*c, minutes);
        QVERIFY(bucketed);
        QSet<QString> chainAffected, bucketAffected;
        for (const auto &cluster : report->clusters)
            if (cluster.kind == Audit::Cluster::Kind::Duplicate)
                chainAffected.insert(cluster.affiliateId);
        for (const auto &cluster : bucketed->clusters)
            bucketAffected.insert(cluster.affiliateId);
        QCOMPARE((chainAffected - bucketAffected).size(), 1); // the minute-straddling pair
        QCOMPARE((bucketAffected - chainAffected).size(), 1); // the legitimate flip-flop

        auto applied = Backfill::apply(*c, options());
        QVERIFY(applied);
        QCOMPARE(applied->rowsChanged, 24);
        QCOMPARE(Audit::run(*c, {})->summary.redundantRows, 0);
        auto undone = undoAll(*c, applied->batchId);
        QVERIFY(undone);
        QCOMPARE(Fixture::state(*c), before);
    }
};

QTEST_GUILESS_MAIN(TestBackfill)
#include "tst_backfill.moc"
