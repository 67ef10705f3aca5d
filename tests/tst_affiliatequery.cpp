// The affiliate browser's SQL on SQLite and PostgreSQL: search (literal, bound),
// filters, every sort key, paging, and the per-affiliate audit columns.
#include "../models/affiliates/affiliatequery.h"
#include "../models/db/databaseworker.h"
#include "../models/figures/affiliatestats.h"
#include "../models/itemmodels/affiliatelistmodel.h"
#include "../models/schema/schema.h"
#include "fixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace TierDesk;

namespace {

struct Data
{
    QString greta, bahar, plain, odd;
};

Data makeData(const Connection &c)
{
    Data d;
    d.greta = Fixture::addAffiliate(c, QStringLiteral("gretaeats"), 25);
    Fixture::addEvent(c, d.greta, 20, 25, "2026-01-22T14:18:34.012Z");
    Fixture::addEvent(c, d.greta, 20, 25, "2026-01-22T14:18:34.028Z");
    Fixture::addCommission(c, d.greta, QStringLiteral("72.50"),
        Fixture::utc("2026-01-22T14:18:32.000Z"), QStringLiteral("evt_aaa111"));
    Fixture::addCommission(c, d.greta, QStringLiteral("7.25"),
        Fixture::utc("2026-01-22T14:18:33.000Z"), QStringLiteral("evt_bbb222"));
    d.bahar = Fixture::addAffiliate(c, QStringLiteral("bahareats"), 20); // drift: history says 25
    Fixture::addEvent(c, d.bahar, 20, 25, "2026-02-03T19:42:11.731Z");
    Fixture::addCommission(
        c, d.bahar, QStringLiteral("100.00"), Fixture::utc("2026-02-01T00:00:00.000Z"));
    d.plain = Fixture::addAffiliate(c, QStringLiteral("zoeplain"), 20);
    d.odd = Fixture::addAffiliate(c, QStringLiteral("%_off;--"), 20);
    // Real names, written after the insert: the search index follows updates too.
    QSqlQuery names(c.database());
    names.prepare(QStringLiteral("UPDATE affiliate_profiles SET display_name = ? WHERE id = ?"));
    for (const auto &[id, name] : {std::pair{d.greta, QStringLiteral("Greta Brandt")},
             std::pair{d.bahar, QString::fromUtf8("Bahar Aydın")}}) {
        names.addBindValue(name);
        names.addBindValue(id);
        if (!names.exec())
            qFatal("cannot name the test affiliates");
    }
    return d;
}

QStringList handles(const Result<QList<AffiliateQuery::Row>> &rows)
{
    QStringList list;
    if (rows)
        for (const auto &row : *rows)
            list << row.handle;
    return list;
}

} // namespace

class TestAffiliateQuery : public QObject
{
    Q_OBJECT

private slots:
    void search_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("substring");
        for (const char *engine : {"sqlite", "postgres"}) {
            // Any part of handle, name and e-mail, every word, any case and order.
            QTest::addRow("%s-surname", engine)
                << engine << "Brandt" << QStringList{"gretaeats"} << true;
            QTest::addRow("%s-mixed-case", engine)
                << engine << "bRaNdT" << QStringList{"gretaeats"} << true;
            QTest::addRow("%s-word-order", engine)
                << engine << "Brandt Greta" << QStringList{"gretaeats"} << true;
            QTest::addRow("%s-both-words", engine)
                << engine << "greta aydin" << QStringList{} << true;
            QTest::addRow("%s-infix", engine)
                << engine << "eats" << QStringList{"bahareats", "gretaeats"} << true;
            QTest::addRow("%s-email-fragment", engine)
                << engine << "plain@exam" << QStringList{"zoeplain"} << true;
            QTest::addRow("%s-at-infix", engine)
                << engine << "@reta" << QStringList{"gretaeats"} << true;
            QTest::addRow("%s-short-is-prefix", engine)
                << engine << "ba" << QStringList{"bahareats"} << true;
            QTest::addRow("%s-percent-literal", engine)
                << engine << "f;-" << QStringList{"%_off;--"} << true;
            QTest::addRow("%s-underscore-literal", engine)
                << engine << "%_o" << QStringList{"%_off;--"} << true;
            QTest::addRow("%s-like-wildcards-literal", engine)
                << engine << "o_f" << QStringList{} << true;
            QTest::addRow("%s-backslash", engine) << engine << "a\\%" << QStringList{} << true;
            QTest::addRow("%s-quotes", engine)
                << engine << "\"eats\" OR 1" << QStringList{} << true;
            QTest::addRow("%s-fts-syntax", engine)
                << engine << "eats NOT greta*" << QStringList{} << true;
            QTest::addRow("%s-injection-substring", engine)
                << engine << "' OR 1=1 --" << QStringList{} << true;
            QTest::addRow("%s-evt-case", engine)
                << engine << "  EVT_BBB222 " << QStringList{"gretaeats"} << true;
            // Beginnings only, where the trigram index is missing.
            QTest::addRow("%s-handle-prefix", engine)
                << engine << "greta" << QStringList{"gretaeats"} << false;
            QTest::addRow("%s-at-handle", engine)
                << engine << "@GRETA" << QStringList{"gretaeats"} << false;
            QTest::addRow("%s-common-prefix", engine)
                << engine << "ba" << QStringList{"bahareats"} << false;
            QTest::addRow("%s-not-infix", engine) << engine << "eats" << QStringList{} << false;
            QTest::addRow("%s-email", engine)
                << engine << "zoeplain@example" << QStringList{"zoeplain"} << false;
            QTest::addRow("%s-evt", engine)
                << engine << "evt_bbb222" << QStringList{"gretaeats"} << false;
            QTest::addRow("%s-evt-unknown", engine)
                << engine << "evt_nope" << QStringList{} << false;
            QTest::addRow("%s-percent", engine)
                << engine << "%" << QStringList{"%_off;--"} << false;
            QTest::addRow("%s-underscore", engine) << engine << "_" << QStringList{} << false;
            QTest::addRow("%s-wildcards", engine)
                << engine << "%_" << QStringList{"%_off;--"} << false;
            QTest::addRow("%s-like-pattern", engine) << engine << "g%" << QStringList{} << false;
            QTest::addRow("%s-quote", engine) << engine << "'" << QStringList{} << false;
            QTest::addRow("%s-comment", engine) << engine << ";--" << QStringList{} << false;
            QTest::addRow("%s-injection", engine)
                << engine << "' OR 1=1 --" << QStringList{} << false;
            QTest::addRow("%s-whole", engine)
                << engine << "%_off;--" << QStringList{"%_off;--"} << false;
        }
    }
    void search()
    {
        QFETCH(QString, engine);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(bool, substring);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        makeData(*c);
        QVERIFY(Schema::hasSubstringSearch(*c));
        if (!substring) {
            // As on a server where pg_trgm could not be created, or SQLite without FTS5.
            QVERIFY(c->exec(c->dialect().isPostgres()
                    ? QStringLiteral("DROP INDEX affiliate_profiles_search_trgm_idx")
                    : QStringLiteral("DROP TABLE tierdesk_affiliate_search")));
            QVERIFY(!Schema::hasSubstringSearch(*c));
        }
        AffiliateQuery query;
        query.filter.search = text;
        auto rows = query.page(*c, 0, 100);
        QVERIFY2(rows, Fixture::why(rows).constData());
        QCOMPARE(handles(rows), expected);
        QCOMPARE(*query.count(*c), expected.size());
    }

    void byId_data() { TestDatabase::addEngines(); }
    void byId()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const Data d = makeData(*c);
        AffiliateQuery query;
        query.filter.search = d.plain.toUpper(); // a uuid in any case finds its affiliate
        QCOMPARE(handles(query.page(*c, 0, 10)), QStringList{"zoeplain"});
        // These pages write their bounds into the statement: each page its own, the
        // same statement again on the next search, another id read by it.
        for (int round = 0; round < 7; ++round) {
            query.filter.search = round % 2 ? d.plain : QStringLiteral(" EVT_bbb222 ");
            const QStringList expected{round % 2 ? "zoeplain" : "gretaeats"};
            QCOMPARE(handles(query.page(*c, 0, 10)), expected);
            QCOMPARE(handles(query.page(*c, 0, 1)), expected);
            QCOMPARE(handles(query.page(*c, 1, 10)), QStringList{});
        }
    }

    void columnsAndFilters_data() { TestDatabase::addEngines(); }
    void columnsAndFilters()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        const Data d = makeData(*c);
        AffiliateQuery query;
        query.asOf = Fixture::utc("2026-02-10T00:00:00.000Z");
        auto rows = query.page(*c, 0, 10);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 4);
        const AffiliateQuery::Row &greta
            = rows->at(2); // handle order: %_off;--, bahareats, gretaeats, zoeplain
        QCOMPARE(greta.handle, QStringLiteral("gretaeats"));
        QCOMPARE(greta.commissions90Cents, 7975);
        QCOMPARE(greta.events, 2);
        QCOMPARE(greta.duplicates, 1);
        QVERIFY(!greta.drift);
        QCOMPARE(rows->at(1).handle, QStringLiteral("bahareats"));
        QVERIFY(rows->at(1).drift);
        QCOMPARE(rows->at(1).duplicates, 0);

        query.filter.withDuplicates = true;
        QCOMPARE(handles(query.page(*c, 0, 10)), QStringList{"gretaeats"});
        query.filter.withDuplicates = false;
        query.filter.withConflictsOrDrift = true;
        QCOMPARE(handles(query.page(*c, 0, 10)), QStringList{"bahareats"});
        query.filter.withConflictsOrDrift = false;
        query.filter.rate = 25;
        QCOMPARE(handles(query.page(*c, 0, 10)), QStringList{"gretaeats"});
        QCOMPARE(*query.count(*c), 1);
        Q_UNUSED(d)
    }

    void sortAndPage_data() { TestDatabase::addEngines(); }
    void sortAndPage()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        makeData(*c);
        AffiliateQuery query;
        query.asOf = Fixture::utc("2026-02-10T00:00:00.000Z");
        query.sortKey = AffiliateQuery::SortKey::Commissions90;
        query.order = Qt::DescendingOrder;
        QCOMPARE(handles(query.page(*c, 0, 2)), (QStringList{"bahareats", "gretaeats"}));
        query.sortKey = AffiliateQuery::SortKey::Events;
        QCOMPARE(handles(query.page(*c, 0, 1)), QStringList{"gretaeats"});
        query.sortKey = AffiliateQuery::SortKey::Duplicates;
        QCOMPARE(handles(query.page(*c, 0, 1)), QStringList{"gretaeats"});
        query.sortKey = AffiliateQuery::SortKey::Tier;
        QCOMPARE(handles(query.page(*c, 0, 1)), QStringList{"gretaeats"});
        query.sortKey = AffiliateQuery::SortKey::Handle;
        query.order = Qt::AscendingOrder;
        QCOMPARE(handles(query.page(*c, 0, 2)), (QStringList{"%_off;--", "bahareats"}));
        QCOMPARE(handles(query.page(*c, 2, 2)), (QStringList{"gretaeats", "zoeplain"}));
        QCOMPARE(handles(query.page(*c, 4, 2)), QStringList{});
        query.sortKey = AffiliateQuery::SortKey::Name;
        query.order = Qt::DescendingOrder;
        QCOMPARE(handles(query.page(*c, 0, 1)), QStringList{"zoeplain"});
        query.sortKey = AffiliateQuery::SortKey::Email;
        QCOMPARE(handles(query.page(*c, 0, 1)), QStringList{"zoeplain"});
    }

    // The list shows a search's first page before it counts every match (a common
    // word's count reads them all); a short first page is its own count, with no
    // second read; the next page may be asked for while the count runs.
    void listShowsTheFirstPageBeforeTheCount_data() { TestDatabase::addEngines(); }
    void listShowsTheFirstPageBeforeTheCount()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        constexpr int Kochs = 2 * AffiliateListModel::PageSize + 30;
        QVERIFY(c->database().transaction());
        QSqlQuery add(c->database());
        add.prepare(QStringLiteral("INSERT INTO affiliate_profiles (id, handle, display_name, "
                                   "email, commission_rate) VALUES (?, ?, ?, ?, 20)"));
        for (int i = 0; i < Kochs + 40; ++i) {
            add.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            add.addBindValue(QStringLiteral("shop%1").arg(i, 3, 10, QLatin1Char('0')));
            add.addBindValue(i < Kochs ? QStringLiteral("Anna Koch") : QStringLiteral("Ben Roth"));
            add.addBindValue(QStringLiteral("shop%1@example.com").arg(i));
            QVERIFY2(add.exec(), qPrintable(add.lastError().text()));
        }
        QVERIFY(c->database().commit());
        QVERIFY(AffiliateStats::refresh(*c));

        DatabaseWorker worker(db.url(), Connection::Mode::Browse);
        AffiliateListModel model;
        struct Seen
        {
            int rows;
            bool counting;
            qint64 total;
            bool canFetch;
        };
        QList<Seen> seen;
        bool fetchWhileCounting = false;
        connect(&model, &AffiliateListModel::loaded, this, [&] {
            seen.append(
                {model.rowCount(), model.isCounting(), model.totalCount(), model.canFetchMore({})});
            if (fetchWhileCounting && model.isCounting()) {
                fetchWhileCounting = false;
                model.fetchMore({});
            }
        });
        model.setWorker(&worker);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.lastError(), QString());
        QCOMPARE(model.totalCount(), Kochs + 40); // the summary's count, no second read
        QCOMPARE(seen.size(), 1);

        seen.clear();
        AffiliateQuery::Filter filter;
        filter.search = QStringLiteral("koch");
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.lastError(), QString());
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).rows, AffiliateListModel::PageSize);
        QVERIFY(seen.at(0).counting);
        QCOMPARE(seen.at(0).total, 0);
        QVERIFY(seen.at(0).canFetch);
        QCOMPARE(seen.at(1).rows, AffiliateListModel::PageSize);
        QVERIFY(!seen.at(1).counting);
        QCOMPARE(seen.at(1).total, Kochs);
        QCOMPARE(model.query().counted, std::optional<qint64>(Kochs));

        // The next page asked for while the count still runs: both arrive.
        seen.clear();
        filter.search = QStringLiteral("anna");
        fetchWhileCounting = true;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!fetchWhileCounting);
        QCOMPARE(seen.size(), 3); // the first page, the count, the next page
        QCOMPARE(model.rowCount(), 2 * AffiliateListModel::PageSize);
        QCOMPARE(model.totalCount(), Kochs);

        seen.clear();
        filter.search = QStringLiteral("roth");
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(seen.size(), 1); // the short page counted itself
        QCOMPARE(seen.at(0).rows, 40);
        QVERIFY(!seen.at(0).counting);
        QCOMPARE(model.totalCount(), 40);
        QVERIFY(!model.canFetchMore({}));
    }

    // A search of any part that finds many rows reads its page by walking the sort's
    // index (SQLite); the rows are the same as sorting everything it found, and as a
    // plain filter and sort of every profile, for every plain sort, both orders and
    // pages deep into the list. Its count is the search index's own.
    void indexWalkReadsTheSamePages_data() { TestDatabase::addEngines(); }
    void indexWalkReadsTheSamePages()
    {
        QFETCH(QString, engine);
        TD_TEST_DATABASE(db, engine);
        auto c = Fixture::initialised(db);
        QVERIFY(c);
        struct Profile
        {
            QString id, handle, name, email;
            int rate;
        };
        QList<Profile> profiles;
        QVERIFY(c->database().transaction());
        QSqlQuery add(c->database());
        add.prepare(QStringLiteral("INSERT INTO affiliate_profiles (id, handle, display_name, "
                                   "email, commission_rate) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 0; i < 600; ++i) {
            // Every third a Koch by name, every seventh by e-mail, names that tie,
            // one Zyqx, quotes and a percent sign.
            Profile p{QUuid::createUuid().toString(QUuid::WithoutBraces),
                QStringLiteral("shop%1").arg((i * 7919) % 600, 3, 10, QLatin1Char('0')),
                i % 3 == 0 ? QStringLiteral("Anna KOCH")
                           : QStringLiteral("Ben \"Mo\" %1").arg(i % 5),
                QStringLiteral("%1%2@example.com")
                    .arg(i % 7 == 0 ? QStringLiteral("koch") : QStringLiteral("x%"))
                    .arg(i),
                i % 4 == 0 ? 25 : 20};
            if (i == 599)
                p.name = QStringLiteral("Zyqx Koch");
            add.addBindValue(p.id);
            add.addBindValue(p.handle);
            add.addBindValue(p.name);
            add.addBindValue(p.email);
            add.addBindValue(p.rate);
            QVERIFY2(add.exec(), qPrintable(add.lastError().text()));
            profiles << p;
        }
        QVERIFY(c->database().commit());
        QVERIFY(AffiliateStats::refresh(*c));

        using Key = AffiliateQuery::SortKey;
        for (const QString &text : {QStringLiteral("koch"), QStringLiteral("Zyqx"),
                 QStringLiteral("ben \"Mo\""), QStringLiteral("x%4"), QStringLiteral("nowhere")}) {
            QList<Profile> found;
            for (const Profile &p : profiles) {
                const QStringList words = text.split(QLatin1Char(' '));
                if (std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
                        return p.handle.contains(word, Qt::CaseInsensitive)
                            || p.name.contains(word, Qt::CaseInsensitive)
                            || p.email.contains(word, Qt::CaseInsensitive);
                    }))
                    found << p;
            }
            AffiliateQuery query;
            query.filter.search = text;
            QCOMPARE(*query.count(*c), found.size());
            for (const Key key : {Key::Handle, Key::Name, Key::Email, Key::Tier}) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    QList<Profile> sorted = found;
                    std::sort(
                        sorted.begin(), sorted.end(), [&](const Profile &a, const Profile &b) {
                            const auto column = [&](const Profile &p) -> QVariant {
                                switch (key) {
                                case Key::Name:
                                    return p.name;
                                case Key::Email:
                                    return p.email;
                                case Key::Tier:
                                    return p.rate;
                                default:
                                    return p.handle;
                                }
                            };
                            const auto ordering = QVariant::compare(column(a), column(b))
                                    != QPartialOrdering::Equivalent
                                ? QVariant::compare(column(a), column(b))
                                : QVariant::compare(a.id, b.id);
                            return order == Qt::AscendingOrder
                                ? ordering == QPartialOrdering::Less
                                : ordering == QPartialOrdering::Greater;
                        });
                    query.sortKey = key;
                    query.order = order;
                    for (const bool summary : {false, true}) {
                        query.useSummary = summary;
                        for (const int offset : {0, 37, 190}) {
                            QStringList expected;
                            for (qsizetype i = offset;
                                 i < std::min<qsizetype>(sorted.size(), offset + 50); ++i)
                                expected << sorted.at(i).handle;
                            const QString where
                                = QStringLiteral("\"%1\" by %2 %3, summary %4, from %5")
                                      .arg(text)
                                      .arg(int(key))
                                      .arg(int(order))
                                      .arg(summary)
                                      .arg(offset);
                            for (const bool walk : {false, true}) {
                                query.indexWalk = walk;
                                auto page = query.page(*c, offset, 50);
                                QVERIFY2(page,
                                    qPrintable(where + QStringLiteral(": ") + Fixture::why(page)));
                                QVERIFY2(handles(page) == expected,
                                    qPrintable(where + QStringLiteral(", walk %1: ").arg(walk)
                                        + handles(page).join(QLatin1Char(','))));
                            }
                            query.indexWalk.reset();
                        }
                    }
                }
            }
            // The walk is chosen for what is found often, not for the rare.
            query.sortKey = Key::Handle;
            query.order = Qt::AscendingOrder;
            const bool sqlite = engine == QLatin1String("sqlite");
            if (text == QLatin1String("koch"))
                QCOMPARE(*query.walksIndex(*c, 20), sqlite);
            else if (text == QLatin1String("Zyqx") || text == QLatin1String("nowhere"))
                QCOMPARE(*query.walksIndex(*c, 20), false);
            query.counted = found.size();
            if (text == QLatin1String("koch"))
                QCOMPARE(*query.walksIndex(*c, 20), sqlite);
            query.counted = 1; // a count says how many, without asking the index
            QCOMPARE(*query.walksIndex(*c, 20), false);
        }
    }
};

QTEST_GUILESS_MAIN(TestAffiliateQuery)
#include "tst_affiliatequery.moc"
