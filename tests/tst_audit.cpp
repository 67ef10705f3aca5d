// The audit's rules (docs/ARCHITECTURE.md §2), each on a hand-made history, on SQLite and
// PostgreSQL; and the incident's minute-bucket query beside it.
#include "../models/audit/audit.h"
#include "../models/audit/findingkind.h"
#include "../models/demo/demodata.h"
#include "../models/itemmodels/auditmodel.h"
#include "../models/resolve/resolve.h"
#include "fixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace TierDesk;
using Kind = Audit::Cluster::Kind;

namespace {

Audit::Report audit(const Connection &c, int window = 60, Audit::Mode mode = Audit::Mode::Chain,
    const QString &affiliate = {})
{
    Audit::Options options;
    options.windowSeconds = window;
    options.mode = mode;
    options.affiliateId = affiliate;
    auto report = Audit::run(c, options);
    if (!report) {
        qWarning("audit failed: %s", qPrintable(report.error().message));
        return {};
    }
    return *report;
}

QList<Audit::Cluster> ofKind(const Audit::Report &report, Kind kind)
{
    QList<Audit::Cluster> list;
    for (const auto &cluster : report.clusters)
        if (cluster.kind == kind)
            list.append(cluster);
    return list;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    // One table of finding kinds: each row found by its id and its name, each name
    // and colour its own, every kind a person decides settled by a resolve, and every
    // finding of the demo's audit named in the table where the window shows it.
    void findingKindsAreOneTable()
    {
        QSet<QString> names;
        QSet<quint32> colours;
        for (const FindingKind &kind : FindingKind::all()) {
            QCOMPARE(&FindingKind::of(kind.id), &kind);
            QCOMPARE(FindingKind::named(QString::fromLatin1(kind.name)), &kind);
            QVERIFY(!kind.text().isEmpty());
            names.insert(QLatin1String(kind.name));
            colours.insert(kind.rgb);
            QCOMPARE(Resolve::kindFor(kind.settled).has_value(),
                kind.settled != FindingKind::Settled::Cleanup);
        }
        QCOMPARE(names.size(), FindingKind::all().size());
        QCOMPARE(colours.size(), FindingKind::all().size());
        QVERIFY(!FindingKind::named(QStringLiteral("nonsense")));

        TD_TEST_DATABASE(db, QStringLiteral("sqlite"));
        auto c = Fixture::initialised(db);
        QVERIFY(c && DemoData::generate(*c));
        auto report = Audit::run(*c, {});
        QVERIFY(report);
        AuditModel model;
        model.setGrouped(AuditModel::group(*report, {}));
        QSet<QString> shown;
        for (int group = 0; group < model.rowCount(); ++group) {
            const QModelIndex parent = model.index(group, 0);
            for (int row = 0; row < model.rowCount(parent); ++row)
                shown.insert(model.index(row, 0, parent).data(AuditModel::KindRole).toString());
        }
        QCOMPARE(shown, names); // the demo has one of each
    }

    void incidentPair_data() { TestDatabase::addEngines(); }
    void incidentPair()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString greta = Fixture::addAffiliate(*c, QStringLiteral("gretaeats"), 25);
        const qint64 a = Fixture::addEvent(*c, greta, 20, 25, "2026-01-22T14:18:34.012Z");
        const qint64 b = Fixture::addEvent(*c, greta, 20, 25, "2026-01-22T14:18:34.028Z");
        const auto report = audit(*c);
        QCOMPARE(report.clusters.size(), 1);
        const auto &cluster = report.clusters.first();
        QCOMPARE(cluster.kind, Kind::Duplicate);
        QCOMPARE(cluster.affiliateId, greta);
        QCOMPARE(cluster.keepId, a);
        QCOMPARE(cluster.redundantIds, QList<qint64>{b});
        QCOMPARE(cluster.fromRate, 20);
        QCOMPARE(cluster.toRate, 25);
        QCOMPARE(SqlDialect::timeText(cluster.firstAt), QStringLiteral("2026-01-22T14:18:34.012Z"));
        QCOMPARE(SqlDialect::timeText(cluster.lastAt), QStringLiteral("2026-01-22T14:18:34.028Z"));
        QVERIFY(report.chainBreaks.isEmpty());
        QVERIFY(report.drift.isEmpty());
        QCOMPARE(report.summary.eventsScanned, 2);
        QCOMPARE(report.summary.affiliatesScanned, 1);
        QCOMPARE(report.summary.redundantRows, 1);

        // The JSON is exactly the audit's JSON object.
        const QJsonObject json = report.toJson();
        QCOMPARE(json.keys(),
            (QStringList{
                "chain_breaks", "clusters", "drift", "mode", "summary", "window_seconds"}));
        QCOMPARE(json.value("mode").toString(), QStringLiteral("chain"));
        QCOMPARE(json.value("window_seconds").toInt(), 60);
        const QJsonObject first = json.value("clusters").toArray().first().toObject();
        QCOMPARE(first.keys(),
            (QStringList{"affiliate_id", "first_at", "from_rate", "keep_id", "kind", "last_at",
                "redundant_ids", "to_rate"}));
        QCOMPARE(first.value("kind").toString(), QStringLiteral("duplicate"));
        QVERIFY(first.value("keep_id").isDouble());
        QCOMPARE(first.value("keep_id").toInteger(), a);
        QCOMPARE(first.value("redundant_ids").toArray().first().toInteger(), b);
        QCOMPARE(first.value("first_at").toString(), QStringLiteral("2026-01-22T14:18:34.012Z"));
        QCOMPARE(json.value("summary").toObject().keys(),
            (QStringList{"affiliates_scanned", "chain_breaks", "conflicts", "drift",
                "duplicate_clusters", "events_scanned", "redundant_rows"}));

        // The CLI streams those bytes: they are QJsonDocument's own compact form of the
        // object (members sorted, as a QJsonObject keeps them), with extra members in
        // their sorted place.
        const QJsonObject more{{QStringLiteral("incremental"), QJsonObject{{"full", true}}},
            {QStringLiteral("zz"), 1}};
        QBuffer streamed;
        QVERIFY(streamed.open(QIODevice::WriteOnly));
        QVERIFY(report.writeJson(&streamed, more));
        QJsonObject whole = json;
        for (auto it = more.begin(); it != more.end(); ++it)
            whole.insert(it.key(), it.value());
        QCOMPARE(streamed.data(), QJsonDocument(whole).toJson(QJsonDocument::Compact));
    }

    // The pair the incident's query missed, and its known miss shown beside it.
    void minuteStraddle_data() { TestDatabase::addEngines(); }
    void minuteStraddle()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString x = Fixture::addAffiliate(*c, QStringLiteral("straddle"), 25);
        const qint64 a = Fixture::addEvent(*c, x, 20, 25, "2026-01-22T14:18:59.990Z");
        const qint64 b = Fixture::addEvent(*c, x, 20, 25, "2026-01-22T14:19:00.010Z");
        const auto chain = audit(*c);
        QCOMPARE(chain.clusters.size(), 1);
        QCOMPARE(chain.clusters.first().keepId, a);
        QCOMPARE(chain.clusters.first().redundantIds, QList<qint64>{b});
        const auto minutes = audit(*c, 60, Audit::Mode::MinuteBuckets);
        QCOMPARE(minutes.clusters.size(), 0); // the incident's query misses it
        QCOMPARE(minutes.toJson().value("mode").toString(), QStringLiteral("minute_buckets"));
    }

    // A real 20→25, 25→20, 20→25 inside one minute is history, not a race; the
    // minute buckets flag it anyway.
    void flipFlop_data() { TestDatabase::addEngines(); }
    void flipFlop()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString x = Fixture::addAffiliate(*c, QStringLiteral("flipflop"), 25);
        Fixture::addEvent(*c, x, 20, 25, "2026-02-01T10:00:05.000Z");
        Fixture::addEvent(*c, x, 25, 20, "2026-02-01T10:00:20.000Z");
        Fixture::addEvent(*c, x, 20, 25, "2026-02-01T10:00:40.000Z");
        const auto chain = audit(*c);
        QVERIFY(chain.clusters.isEmpty());
        QVERIFY(chain.chainBreaks.isEmpty());
        QVERIFY(chain.drift.isEmpty());
        const auto minutes = audit(*c, 60, Audit::Mode::MinuteBuckets);
        QCOMPARE(minutes.clusters.size(), 1); // the incident's false positive
        QCOMPARE(minutes.clusters.first().redundantIds.size(), 1);
    }

    void identicalTimestamps_data() { TestDatabase::addEngines(); }
    void identicalTimestamps()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString x = Fixture::addAffiliate(*c, QStringLiteral("sametime"), 25);
        // Inserted in the "wrong" order: the lower id is kept, not the first inserted.
        QCOMPARE(Fixture::addEvent(
                     *c, x, 20, 25, "2026-03-01T09:00:00.500Z", QStringLiteral("active"), 9502),
            9502);
        QCOMPARE(Fixture::addEvent(
                     *c, x, 20, 25, "2026-03-01T09:00:00.500Z", QStringLiteral("active"), 9501),
            9501);
        QCOMPARE(Fixture::addEvent(
                     *c, x, 20, 25, "2026-03-01T09:00:00.500Z", QStringLiteral("active"), 9503),
            9503);
        const auto report = audit(*c);
        QCOMPARE(report.clusters.size(), 1);
        QCOMPARE(report.clusters.first().keepId, 9501);
        QCOMPARE(report.clusters.first().redundantIds, (QList<qint64>{9502, 9503}));
    }

    void conflict_data() { TestDatabase::addEngines(); }
    void conflict()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString x = Fixture::addAffiliate(*c, QStringLiteral("conflicted"), 30);
        const qint64 a = Fixture::addEvent(*c, x, 20, 25, "2026-03-11T10:27:45.012Z");
        const qint64 b = Fixture::addEvent(*c, x, 20, 30, "2026-03-11T10:27:45.040Z");
        const auto report = audit(*c);
        QVERIFY(ofKind(report, Kind::Duplicate).isEmpty());
        const auto conflicts = ofKind(report, Kind::Conflict);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().eventIds, (QList<qint64>{a, b}));
        QCOMPARE(conflicts.first().toRates, (QList<std::optional<int>>{25, 30}));
        QCOMPARE(conflicts.first().fromRate, 20);
        QVERIFY(report.chainBreaks.isEmpty()); // a conflict is not also a break
        QVERIFY(report.drift.isEmpty()); // last writer (30) is the profile
        QCOMPARE(report.summary.conflicts, 1);
        const QJsonObject json = report.toJson().value("clusters").toArray().first().toObject();
        QCOMPARE(json.keys(),
            (QStringList{"affiliate_id", "event_ids", "first_at", "from_rate", "kind", "last_at",
                "to_rates"}));
        QCOMPARE(json.value("to_rates").toArray().at(1).toInt(), 30);
    }

    // The same promotion again three days later: a chain break at W = 60 s, a
    // duplicate when the window is widened past it.
    void repeatBeyondWindow_data() { TestDatabase::addEngines(); }
    void repeatBeyondWindow()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString x = Fixture::addAffiliate(*c, QStringLiteral("repeat"), 25);
        const qint64 a = Fixture::addEvent(*c, x, 20, 25, "2025-12-02T14:14:52.000Z");
        const qint64 b = Fixture::addEvent(*c, x, 20, 25, "2025-12-05T14:14:52.234Z");
        const auto narrow = audit(*c);
        QVERIFY(narrow.clusters.isEmpty());
        QCOMPARE(narrow.chainBreaks.size(), 1);
        QCOMPARE(narrow.chainBreaks.first().eventId, b);
        QCOMPARE(narrow.chainBreaks.first().expectedFromRate, 25);
        QCOMPARE(narrow.chainBreaks.first().fromRate, 20);
        const auto wide = audit(*c, 4 * 24 * 3600);
        QCOMPARE(wide.clusters.size(), 1);
        QCOMPARE(wide.clusters.first().keepId, a);
        QVERIFY(wide.chainBreaks.isEmpty());
    }

    // The window is inclusive and exact to the millisecond on both engines.
    void windowEdge_data() { TestDatabase::addEngines(); }
    void windowEdge()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString in = Fixture::addAffiliate(*c, QStringLiteral("edgein"), 25);
        Fixture::addEvent(*c, in, 20, 25, "2026-04-01T23:59:30.250Z");
        Fixture::addEvent(*c, in, 20, 25, "2026-04-02T00:00:30.250Z"); // exactly 60.000 s
        const QString out = Fixture::addAffiliate(*c, QStringLiteral("edgeout"), 25);
        Fixture::addEvent(*c, out, 20, 25, "2026-04-01T23:59:30.250Z");
        Fixture::addEvent(*c, out, 20, 25, "2026-04-02T00:00:30.251Z"); // 60.001 s
        const auto report = audit(*c);
        QCOMPARE(report.clusters.size(), 1);
        QCOMPARE(report.clusters.first().affiliateId, in);
        QCOMPARE(report.chainBreaks.size(), 1);
        QCOMPARE(report.chainBreaks.first().affiliateId, out);
    }

    void alreadySuperseded_data() { TestDatabase::addEngines(); }
    void alreadySuperseded()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString x = Fixture::addAffiliate(*c, QStringLiteral("cleaned"), 30);
        Fixture::addEvent(*c, x, 20, 25, "2026-01-22T14:18:34.012Z");
        Fixture::addEvent(*c, x, 20, 25, "2026-01-22T14:18:34.028Z", QStringLiteral("superseded"));
        Fixture::addEvent(*c, x, 25, 30, "2026-02-22T10:00:00.000Z");
        const auto report = audit(*c);
        QVERIFY(report.clusters.isEmpty());
        QVERIFY(report.chainBreaks.isEmpty()); // the superseded row does not sit in the chain
        QVERIFY(report.drift.isEmpty());
        QCOMPARE(report.summary.eventsScanned, 2);
    }

    void drift_data() { TestDatabase::addEngines(); }
    void drift()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString drifted = Fixture::addAffiliate(*c, QStringLiteral("drifted"), 20);
        Fixture::addEvent(*c, drifted, 20, 25, "2026-02-01T10:00:00.000Z");
        const QString fine = Fixture::addAffiliate(*c, QStringLiteral("fine"), 25);
        Fixture::addEvent(*c, fine, 20, 25, "2026-02-01T10:00:00.000Z");
        Fixture::addAffiliate(*c, QStringLiteral("noevents"), 20);
        const auto report = audit(*c);
        QCOMPARE(report.drift.size(), 1);
        QCOMPARE(report.drift.first().affiliateId, drifted);
        QCOMPARE(report.drift.first().profileRate, 20);
        QCOMPARE(report.drift.first().historyRate, 25);
        QCOMPARE(report.summary.affiliatesScanned, 3);
        QCOMPARE(report.toJson().value("drift").toArray().first().toObject().keys(),
            (QStringList{"affiliate_id", "history_rate", "profile_rate"}));
    }

    // Which event is the last: the newest active one, ties by id; a superseded later
    // one does not count; a last event without a to_rate drifts from any rate. The same
    // findings from an audit of all and from one of each affiliate alone.
    void driftTakesTheLastActiveEvent_data() { TestDatabase::addEngines(); }
    void driftTakesTheLastActiveEvent()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString later = Fixture::addAffiliate(*c, QStringLiteral("later"), 30);
        Fixture::addEvent(*c, later, 20, 25, "2026-02-01T10:00:00.000Z");
        Fixture::addEvent(*c, later, 25, 30, "2026-03-01T10:00:00.000Z");
        Fixture::addEvent(*c, later, 30, 20, "2026-04-01T10:00:00.000Z", "superseded");
        const QString tie = Fixture::addAffiliate(*c, QStringLiteral("tie"), 25);
        Fixture::addEvent(*c, tie, 20, 25, "2026-02-01T10:00:00.000Z", "active", 9001);
        Fixture::addEvent(*c, tie, 25, 20, "2026-02-01T10:00:00.000Z", "active", 9002);
        const QString tieFirst = Fixture::addAffiliate(*c, QStringLiteral("tiefirst"), 25);
        Fixture::addEvent(*c, tieFirst, 25, 20, "2026-02-01T10:00:00.000Z", "active", 9003);
        Fixture::addEvent(*c, tieFirst, 20, 25, "2026-02-01T10:00:00.000Z", "active", 9004);
        const QString open = Fixture::addAffiliate(*c, QStringLiteral("open"), 20);
        QSqlQuery none(c->database());
        QVERIFY(none.prepare(QStringLiteral("INSERT INTO tier_events (affiliate_id, from_rate, "
                                            "to_rate, created_at, status) VALUES (?, 20, NULL, "
                                            "?, 'active')")));
        none.addBindValue(open);
        none.addBindValue(SqlDialect::timeValue(Fixture::utc("2026-02-01T10:00:00.000Z")));
        QVERIFY2(none.exec(), qPrintable(none.lastError().text()));
        Fixture::addAffiliate(*c, QStringLiteral("noevents"), 25);

        const auto drifted = [](const Audit::Report &report) {
            QStringList found;
            for (const Audit::Drift &d : report.drift)
                found << QStringLiteral("%1 %2 %3")
                             .arg(d.affiliateId)
                             .arg(d.profileRate)
                             .arg(d.historyRate ? QString::number(*d.historyRate)
                                                : QStringLiteral("none"));
            found.sort();
            return found;
        };
        QStringList expected{
            QStringLiteral("%1 25 20").arg(tie), QStringLiteral("%1 20 none").arg(open)};
        expected.sort();
        const auto report = audit(*c);
        QCOMPARE(drifted(report), expected);
        // One affiliate at a time: the drift query with one affiliate's filter.
        QStringList one;
        for (const QString &id : {later, tie, tieFirst, open}) {
            Audit::Options options;
            options.affiliateId = id;
            auto single = Audit::run(*c, options);
            QVERIFY2(single, Fixture::why(single).constData());
            one += drifted(*single);
        }
        one.sort();
        QCOMPARE(one, expected);
    }

    void demotionDuplicate_data() { TestDatabase::addEngines(); }
    void demotionDuplicate()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString x = Fixture::addAffiliate(*c, QStringLiteral("demoted"), 20);
        Fixture::addEvent(*c, x, 20, 25, "2026-01-01T10:00:00.000Z");
        const qint64 a = Fixture::addEvent(*c, x, 25, 20, "2026-04-01T10:00:00.100Z");
        const qint64 b = Fixture::addEvent(*c, x, 25, 20, "2026-04-01T10:00:00.130Z");
        const auto report = audit(*c);
        QCOMPARE(report.clusters.size(), 1);
        QCOMPARE(report.clusters.first().fromRate, 25);
        QCOMPARE(report.clusters.first().toRate, 20);
        QCOMPARE(report.clusters.first().keepId, a);
        QCOMPARE(report.clusters.first().redundantIds, QList<qint64>{b});
    }

    // Every gap within the window, the whole run not: still one cluster.
    void longRun_data() { TestDatabase::addEngines(); }
    void longRun()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const QString x = Fixture::addAffiliate(*c, QStringLiteral("longrun"), 25);
        const qint64 a = Fixture::addEvent(*c, x, 20, 25, "2026-05-01T10:00:00.000Z");
        const qint64 b = Fixture::addEvent(*c, x, 20, 25, "2026-05-01T10:00:50.000Z");
        const qint64 d = Fixture::addEvent(*c, x, 20, 25, "2026-05-01T10:01:40.000Z");
        const auto report = audit(*c);
        QCOMPARE(report.clusters.size(), 1);
        QCOMPARE(report.clusters.first().keepId, a);
        QCOMPARE(report.clusters.first().redundantIds, (QList<qint64>{b, d}));
        QCOMPARE(report.clusters.first().firstAt.msecsTo(report.clusters.first().lastAt), 100000);
        // The minute buckets cut the same run in two.
        const auto minutes = audit(*c, 60, Audit::Mode::MinuteBuckets);
        QCOMPARE(minutes.summary.redundantRows, 1);
    }

    // Many affiliates across every slice of the id space, one restricted run.
    void slicesAndRestriction_data() { TestDatabase::addEngines(); }
    void slicesAndRestriction()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QStringList ids;
        for (int i = 0; i < 48; ++i) {
            const QString x = Fixture::addAffiliate(*c, QStringLiteral("a%1").arg(i), 25);
            ids << x;
            Fixture::addEvent(*c, x, 20, 25, "2026-05-01T10:00:00.000Z");
            Fixture::addEvent(*c, x, 20, 25, "2026-05-01T10:00:01.000Z");
        }
        int progressCalls = 0;
        qint64 lastDone = -1;
        WorkControl control;
        control.progress = [&](WorkControl::Phase, qint64 done, qint64 total) {
            ++progressCalls;
            QVERIFY(done > lastDone);
            QCOMPARE(total, Audit::Slices);
            lastDone = done;
        };
        Audit::Tuning sliced;
        sliced.sliced = true; // as on a large table
        auto report = Audit::run(*c, {}, control, sliced);
        QVERIFY(report);
        QCOMPARE(report->summary.duplicateClusters, 48);
        QCOMPARE(report->summary.affectedAffiliates, 48);
        QCOMPARE(progressCalls, Audit::Slices + 1);
        // Sorted by affiliate id, as the JSON promises.
        for (qsizetype i = 1; i < report->clusters.size(); ++i)
            QVERIFY(report->clusters.at(i - 1).affiliateId < report->clusters.at(i).affiliateId);

        const auto one = audit(*c, 60, Audit::Mode::Chain, ids.at(7));
        QCOMPARE(one.clusters.size(), 1);
        QCOMPARE(one.clusters.first().affiliateId, ids.at(7));
        QCOMPARE(one.summary.affiliatesScanned, 1);
        QCOMPARE(one.summary.eventsScanned, 2);
    }

    // The events an audit reports scanning are its affiliates' active events, counted by
    // the database on its own, however the audit reads them: whole or sliced, with or
    // without the helper connection, all affiliates, a list of them, one, one with no
    // events.
    void eventsScannedAreTheActiveEvents_data() { TestDatabase::addEngines(); }
    void eventsScannedAreTheActiveEvents()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(*c));
        const QString quiet = Fixture::addAffiliate(*c, QStringLiteral("noeventsyet"), 20);
        QVERIFY(!quiet.isEmpty());
        QSqlQuery superseded(c->database());
        QVERIFY(superseded.exec(
            QStringLiteral("UPDATE tier_events SET status = 'superseded' WHERE id IN "
                           "(SELECT id FROM tier_events ORDER BY id LIMIT 3)")));
        const auto activeOf = [&](const QStringList &ids) {
            qint64 sum = 0;
            for (const QString &id : ids)
                sum += Fixture::count(*c,
                    QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE status = 'active' "
                                   "AND affiliate_id = ?"),
                    id);
            return sum;
        };
        QStringList all;
        QSqlQuery ids(c->database());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM affiliate_profiles ORDER BY id")));
        while (ids.next())
            all << ids.value(0).toString();
        QVERIFY(all.size() > 5);
        const qint64 active = Fixture::count(
            *c, QStringLiteral("SELECT COUNT(*) FROM tier_events WHERE status = 'active'"));
        QCOMPARE(activeOf(all), active);
        const QStringList some{all.at(1), all.at(3), quiet, all.last()};
        for (const bool sliced : {false, true}) {
            for (const bool parallel : {false, true}) {
                Audit::Tuning tuning;
                tuning.sliced = sliced;
                tuning.parallel = parallel;
                const QString how
                    = QStringLiteral("sliced %1, parallel %2").arg(sliced).arg(parallel);
                auto whole = Audit::run(*c, {}, {}, tuning);
                QVERIFY(whole);
                QVERIFY2(whole->summary.eventsScanned == active, qPrintable(how));
                Audit::Options listed;
                listed.affiliateIds = some;
                auto part = Audit::run(*c, listed, {}, tuning);
                QVERIFY(part);
                QVERIFY2(part->summary.eventsScanned == activeOf(some), qPrintable(how));
            }
        }
        for (const QString &one : {all.at(2), quiet}) {
            Audit::Options single;
            single.affiliateId = one;
            auto report = Audit::run(*c, single);
            QVERIFY(report);
            QCOMPARE(report->summary.eventsScanned, activeOf({one}));
        }
    }

    // A commit while the audit reads: the whole report still describes one
    // moment (PostgreSQL: a shared snapshot; SQLite: the drift is read again).
    void consistentWhileWritten_data() { TestDatabase::addEngines(); }
    void consistentWhileWritten()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QStringList ids;
        for (int i = 0; i < 40; ++i) {
            ids << Fixture::addAffiliate(*c, QStringLiteral("w%1").arg(i), 25);
            Fixture::addEvent(*c, ids.last(), 20, 25, "2026-05-01T10:00:00.000Z");
        }
        auto writer = Connection::open(db.url(), Connection::Mode::ReadWrite);
        QVERIFY(writer);
        bool wrote = false;
        WorkControl control;
        control.progress = [&](WorkControl::Phase, qint64 done, qint64) {
            if (done == 2 && !wrote) {
                QSqlQuery q((*writer)->database());
                q.prepare(QStringLiteral(
                    "UPDATE affiliate_profiles SET commission_rate = 30 WHERE id = ?"));
                q.addBindValue(ids.first());
                wrote = q.exec() && q.numRowsAffected() == 1;
            }
        };
        Audit::Tuning sliced;
        sliced.sliced = true;
        sliced.parallel = true; // PostgreSQL: the helper connection imports the snapshot
        auto during = Audit::run(*c, {}, control, sliced);
        QVERIFY(wrote);
        QVERIFY(during);
        QCOMPARE(during->drift.size(), 0); // the moment the audit began
        QCOMPARE(audit(*c).drift.size(), 1); // the next audit sees the change
    }

    // PostgreSQL's parallel side scan gives exactly the sequential report.
    void parallelEqualsSequential()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(*c));
        Audit::Tuning sequential;
        sequential.sliced = true;
        sequential.parallel = false;
        auto one = Audit::run(*c, {}, {}, sequential);
        QVERIFY(one);
        QVERIFY(one->clusters.size() > 5);
        // The two readers share the slices as they come, and with some kept for the
        // helper: its part joins in slice order.
        for (const qsizetype helperSlices : {0, 1, 7, Audit::Slices}) {
            Audit::Tuning parallel = sequential;
            parallel.parallel = true;
            parallel.helperSlices = helperSlices;
            auto two = Audit::run(*c, {}, {}, parallel);
            QVERIFY(two);
            QCOMPARE(two->summary.drift, 1);
            QCOMPARE(two->summary.eventsScanned, one->summary.eventsScanned);
            QCOMPARE(two->toJson(), one->toJson());
        }
    }

    // SQLite reads the chain as one row per affiliate and does the LAG in C++: it must
    // find exactly what the LAG query finds, whatever order group_concat() keeps (with
    // the time indexes dropped it keeps insertion order), and a created_at holding the
    // separator sends its slice back to the LAG query.
    void groupedEqualsLag_data()
    {
        QTest::addColumn<bool>("withIndex");
        QTest::newRow("index order") << true;
        QTest::newRow("insertion order") << false;
    }
    void groupedEqualsLag()
    {
        QFETCH(bool, withIndex);
        TD_TEST_DATABASE(db, QStringLiteral("sqlite"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(*c));
        // Ids run against time: the latest event has the lowest id.
        const QString late = Fixture::addAffiliate(*c, QStringLiteral("latefirst"), 25);
        const auto event = [&](int from, int to, const char *at, qint64 id) {
            return Fixture::addEvent(*c, late, from, to, at, QStringLiteral("active"), id);
        };
        QCOMPARE(event(25, 20, "2026-03-02T09:00:00.000Z", 9700), 9700);
        QCOMPARE(event(20, 25, "2026-03-01T09:00:01.000Z", 9701), 9701);
        QCOMPARE(event(20, 25, "2026-03-01T09:00:00.000Z", 9702), 9702);
        QCOMPARE(event(20, 25, "2026-02-01T09:00:00.000Z", 9703), 9703);
        if (!withIndex) {
            QVERIFY(c->exec(QStringLiteral("DROP INDEX tier_events_active_chain_idx")));
            QVERIFY(c->exec(QStringLiteral("DROP INDEX tier_events_affiliate_time_idx")));
        }

        Audit::Tuning lag;
        lag.sliced = true;
        lag.grouped = false;
        Audit::Tuning grouped = lag;
        grouped.grouped = true;
        auto one = Audit::run(*c, {}, {}, lag);
        auto two = Audit::run(*c, {}, {}, grouped);
        QVERIFY(one && two);
        QVERIFY(one->summary.duplicateClusters > 0);
        QCOMPARE(two->toJson(), one->toJson());
        // In time: 9703 (20 -> 25), 9702 (20 -> 25 a month later: outside the window, a
        // chain break), 9701 (the same within a second: redundant), 9700 (25 -> 20).
        bool found = false;
        for (const Audit::Cluster &cluster : std::as_const(two->clusters)) {
            if (cluster.affiliateId == late) {
                QCOMPARE(cluster.keepId, 9702);
                QCOMPARE(cluster.redundantIds, (QList<qint64>{9701}));
                found = true;
            }
        }
        QVERIFY(found);

        // A stray ';' in one created_at: that slice is read with LAG, the result unchanged.
        const QString odd = Fixture::addAffiliate(*c, QStringLiteral("oddtime"), 25);
        QVERIFY(Fixture::addEvent(*c, odd, 20, 25, "2026-03-01T09:00:00.000Z") > 0);
        QSqlQuery stray(c->database());
        QVERIFY(stray.exec(QStringLiteral(
            "INSERT INTO tier_events (affiliate_id, from_rate, to_rate, created_at, status) "
            "VALUES ('%1', 20, 25, '2026-03-01T09:00:00.500Z;', 'active')")
                               .arg(odd)));
        one = Audit::run(*c, {}, {}, lag);
        two = Audit::run(*c, {}, {}, grouped);
        QVERIFY(one && two);
        QCOMPARE(two->summary.duplicateClusters, one->summary.duplicateClusters);
        QCOMPARE(two->toJson(), one->toJson());
    }

    // PostgreSQL: a backfill's re-check inside its write transaction, split over the
    // helper connection, finds exactly what one connection finds.
    void parallelRecheckEqualsSequential()
    {
        TD_TEST_DATABASE(db, QStringLiteral("postgres"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        QVERIFY(DemoData::generate(*c));
        auto full = Audit::run(*c, {});
        QVERIFY(full);
        Audit::Options recheck;
        recheck.planOnly = true;
        recheck.affiliateIds = full->affiliateIds();
        std::sort(recheck.affiliateIds.begin(), recheck.affiliateIds.end());
        // Both halves of the uuid space hold some of them.
        QVERIFY(recheck.affiliateIds.first() < QLatin1String("8"));
        QVERIFY(recheck.affiliateIds.last() >= QLatin1String("8"));
        Audit::Tuning sequential;
        sequential.parallel = false;
        Audit::Tuning split;
        split.parallel = true;
        Transaction transaction(*c);
        QVERIFY(transaction.begin());
        auto one = Audit::scan(*c, recheck, {}, sequential);
        auto two = Audit::scan(*c, recheck, {}, split);
        transaction.rollback();
        QVERIFY(one && two);
        QCOMPARE(two->clusters.size(), full->clusters.size());
        QCOMPARE(two->toJson(), one->toJson());
    }

    void cancel_data() { TestDatabase::addEngines(); }
    void cancel()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        std::atomic_bool stop{false};
        WorkControl control;
        control.cancel = &stop;
        control.progress = [&](WorkControl::Phase, qint64 done, qint64) {
            if (done == 3)
                stop = true;
        };
        Audit::Tuning sliced;
        sliced.sliced = true;
        auto report = Audit::run(*c, {}, control, sliced);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::Refused);
    }

    void badWindow()
    {
        TD_TEST_DATABASE(db, QStringLiteral("sqlite"));
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        Audit::Options options;
        options.windowSeconds = -1;
        auto report = Audit::run(*c, options);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::Usage);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
