// tierdesk-bench: TierDesk's time for each operation beside the database's own
// time for the equivalent raw SQL, run in the same process on the same data,
// as a ratio. Links tierdesk_models only; needs no display.

#include "affiliatedetail.h"
#include "affiliatequery.h"
#include "audit.h"
#include "backfill.h"
#include "clicontext.h"
#include "demodata.h"
#include "largedata.h"
#include "schema.h"
#include "stripereplay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

using namespace TierDesk;

namespace {

QTextStream &out()
{
    return CliContext::out();
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Median milliseconds of `runs` calls after one warm-up; a failure stops the bench.
double medianMs(int runs, const std::function<Result<void>()> &work)
{
    if (auto warm = work(); !warm) {
        CliContext::fail(warm.error());
        std::exit(1);
    }
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (auto done = work(); !done) {
            CliContext::fail(done.error());
            std::exit(1);
        }
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Runs `sql` with `values` and reads every row, as a client of the database would.
Result<void> rawQuery(const Connection &c, const QString &sql, const QVariantList &values = {}, qint64 *rows = nullptr)
{
    auto query = c.prepare(sql);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (auto done = Connection::exec(*query); !done)
        return done;
    qint64 count = 0;
    while (query->next()) {
        for (int i = 0; i < query->record().count(); ++i)
            query->value(i);
        ++count;
    }
    if (rows)
        *rows = count;
    return {};
}

void row(const QString &name, double tierdesk, double raw, const QString &note = {})
{
    out() << name.leftJustified(44) << QString::number(tierdesk, 'f', 1).rightJustified(12)
          << (raw > 0 ? QString::number(raw, 'f', 1) : QStringLiteral("-")).rightJustified(12)
          << (raw > 0 ? QString::number(tierdesk / raw, 'f', 2) + QLatin1Char('x') : QStringLiteral("-")).rightJustified(9)
          << QString::number(peakRssMb(), 'f', 0).rightJustified(9) << "  " << note << Qt::endl;
}

qint64 scalar(const Connection &c, const QString &sql, const QVariantList &values = {})
{
    auto query = c.prepare(sql);
    if (!query)
        return -1;
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (!Connection::exec(*query) || !query->next())
        return -1;
    const qint64 value = query->value(0).toLongLong();
    query->finish();
    return value;
}

QString scalarText(const Connection &c, const QString &sql)
{
    QSqlQuery query(c.database());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tierdesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Times TierDesk's operations beside the database's own raw SQL on the same data, as ratios."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database (created and filled when empty)."),
                                QStringLiteral("url"));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("small (the demo) or large (100,000 affiliates)."),
                                   QStringLiteral("size"), QStringLiteral("small"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per operation (median; default 5)."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption affiliates(QStringLiteral("affiliates"),
                                        QStringLiteral("With --scale large: affiliates to generate (default 100000)."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption replayEvents(QStringLiteral("replay-events"),
                                          QStringLiteral("invoice.paid events per replay run (default 2000)."),
                                          QStringLiteral("n"), QStringLiteral("2000"));
    parser.addOptions({db, scale, runs, affiliates, replayEvents});
    parser.process(app);
    const bool large = parser.value(scale) == QLatin1String("large");
    if (!large && parser.value(scale) != QLatin1String("small"))
        return CliContext::fail(Error::usage(QStringLiteral("--scale takes small or large.")));
    const int n = qMax(1, parser.value(runs).toInt());
    const int replayCount = qMax(10, parser.value(replayEvents).toInt());

    auto url = CliContext::parseUrl(parser.value(db));
    if (!url)
        return CliContext::fail(url.error());
    auto opened = Connection::open(*url, Connection::Mode::Create);
    if (!opened)
        return CliContext::fail(opened.error());
    const Connection &c = **opened;

    // Data: fill an empty database, otherwise use what is there.
    if (scalar(c, QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles")) <= 0) {
        if (auto done = Schema::initialize(c); !done)
            return CliContext::fail(done.error());
        QElapsedTimer timer;
        timer.start();
        if (large) {
            LargeData::Options options;
            options.affiliates = parser.value(affiliates).toInt();
            auto summary = LargeData::generate(c, options);
            if (!summary)
                return CliContext::fail(summary.error());
        } else if (auto summary = DemoData::generate(c); !summary) {
            return CliContext::fail(summary.error());
        }
        out() << "generated the " << (large ? "large" : "small") << " data set in "
              << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s" << Qt::endl;
    }
    if (auto schema = Schema::checkMigrated(c); !schema)
        return CliContext::fail(schema.error());
    const qint64 profileCount = scalar(c, QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles"));
    const qint64 commissionCount = scalar(c, QStringLiteral("SELECT COUNT(*) FROM affiliate_commissions"));
    const qint64 eventCount = scalar(c, QStringLiteral("SELECT COUNT(*) FROM tier_events"));
    out() << "database: " << c.url().toDisplayString() << "; " << profileCount << " affiliates, " << commissionCount
          << " commissions, " << eventCount << " tier events; median of " << n << " runs after a warm-up" << Qt::endl;
    out() << QStringLiteral("operation").leftJustified(44) << QStringLiteral("tierdesk ms").rightJustified(12)
          << QStringLiteral("raw ms").rightJustified(12) << QStringLiteral("ratio").rightJustified(9)
          << QStringLiteral("RSS MiB").rightJustified(9) << Qt::endl;

    const SqlDialect &d = c.dialect();
    // --- The audit against the incident's own query.
    Audit::Report chainReport;
    const double audit = medianMs(n, [&]() -> Result<void> {
        auto report = Audit::run(c, {});
        if (!report)
            return report.error();
        chainReport = *report;
        return {};
    });
    const QString minuteSql =
            QStringLiteral("SELECT affiliate_id, from_rate, to_rate, %1 AS minute, COUNT(*) FROM tier_events "
                           "WHERE status = 'active' GROUP BY affiliate_id, from_rate, to_rate, minute HAVING COUNT(*) > 1")
                    .arg(d.isPostgres() ? QStringLiteral("date_trunc('minute', created_at)")
                                        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:00Z', created_at)"));
    const double rawMinute = medianMs(n, [&] { return rawQuery(c, minuteSql); });
    row(QStringLiteral("audit, chain rules (vs minute GROUP BY)"), audit, rawMinute,
        QStringLiteral("%1 clusters, %2 redundant").arg(chainReport.summary.duplicateClusters).arg(chainReport.summary.redundantRows));
    const double rawLag = medianMs(n, [&] {
        return rawQuery(c, QStringLiteral("SELECT * FROM (SELECT affiliate_id, id, from_rate, to_rate, created_at, "
                                          "LAG(from_rate) OVER w AS pf, LAG(to_rate) OVER w AS pt, LAG(created_at) OVER w AS pa "
                                          "FROM tier_events WHERE status = 'active' WINDOW w AS (PARTITION BY affiliate_id "
                                          "ORDER BY created_at, id)) x WHERE from_rate = pf AND to_rate = pt"));
    });
    row(QStringLiteral("  (info) raw LAG chain query"), rawLag, rawMinute, QStringLiteral("a plain 3-LAG window query"));
    Audit::Report minuteReport;
    const double minuteMode = medianMs(n, [&]() -> Result<void> {
        Audit::Options options;
        options.mode = Audit::Mode::MinuteBuckets;
        auto report = Audit::run(c, options);
        if (!report)
            return report.error();
        minuteReport = *report;
        return {};
    });
    row(QStringLiteral("audit, --minute-buckets mode"), minuteMode, rawMinute);

    // --- The affiliate list: first page at each sort, then the next page.
    const struct
    {
        AffiliateQuery::SortKey key;
        const char *name;
        const char *raw; // ORDER BY of the raw query, or null when there is no plain column
    } sorts[] = {{AffiliateQuery::SortKey::Handle, "handle", "handle"},
                 {AffiliateQuery::SortKey::Name, "name", "display_name"},
                 {AffiliateQuery::SortKey::Tier, "tier", "commission_rate"},
                 {AffiliateQuery::SortKey::Commissions90, "90-day commissions", nullptr},
                 {AffiliateQuery::SortKey::Events, "events", nullptr},
                 {AffiliateQuery::SortKey::Duplicates, "duplicates", nullptr}};
    const QString rawPage = QStringLiteral("SELECT id, handle, display_name, email, commission_rate FROM affiliate_profiles "
                                           "ORDER BY %1, id LIMIT 100 OFFSET %2");
    for (const auto &sort : sorts) {
        AffiliateQuery query;
        query.sortKey = sort.key;
        const double ours = medianMs(n, [&]() -> Result<void> {
            auto page = query.page(c, 0, 100);
            return page ? Result<void>() : Result<void>(page.error());
        });
        const double raw = sort.raw ? medianMs(n, [&] { return rawQuery(c, rawPage.arg(QString::fromLatin1(sort.raw)).arg(0)); })
                                    : 0;
        row(QStringLiteral("list, first page by %1").arg(QString::fromLatin1(sort.name)), ours, raw,
            sort.raw ? QString() : QStringLiteral("computed column: no plain raw equivalent"));
    }
    {
        AffiliateQuery query;
        const double ours = medianMs(n, [&]() -> Result<void> {
            auto page = query.page(c, 100, 100);
            return page ? Result<void>() : Result<void>(page.error());
        });
        row(QStringLiteral("list, next page by handle"), ours,
            medianMs(n, [&] { return rawQuery(c, rawPage.arg(QStringLiteral("handle")).arg(100)); }));
    }

    // --- Search: handle prefix, e-mail, Stripe event id.
    const QString someHandle = scalarText(c, QStringLiteral("SELECT handle FROM affiliate_profiles ORDER BY handle LIMIT 1 OFFSET %1")
                                                     .arg(profileCount / 2));
    const QString someEmail = scalarText(c, QStringLiteral("SELECT email FROM affiliate_profiles ORDER BY handle LIMIT 1 OFFSET %1")
                                                    .arg(profileCount / 3));
    const QString someEvent = scalarText(c, QStringLiteral("SELECT stripe_event_id FROM affiliate_commissions ORDER BY id LIMIT 1 OFFSET %1")
                                                    .arg(commissionCount / 2));
    const auto searchRow = [&](const QString &name, const QString &text, const QString &rawSql, const QVariantList &values) {
        AffiliateQuery query;
        query.filter.search = text;
        qint64 found = 0;
        const double ours = medianMs(n, [&]() -> Result<void> {
            auto page = query.page(c, 0, 100);
            if (!page)
                return page.error();
            found = page->size();
            return {};
        });
        row(name, ours, medianMs(n, [&] { return rawQuery(c, rawSql, values); }),
            QStringLiteral("\"%1\": %2 found").arg(text).arg(found));
    };
    const QString prefix = someHandle.left(qMax(4, int(someHandle.size()) - 2));
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
    searchRow(QStringLiteral("search, handle prefix"), prefix,
              QStringLiteral("SELECT id, handle, display_name, email, commission_rate FROM affiliate_profiles "
                             "WHERE handle >= ? AND handle < ? ORDER BY handle LIMIT 100"),
              {prefix, upper});
    searchRow(QStringLiteral("search, e-mail"), someEmail,
              QStringLiteral("SELECT id, handle, display_name, email, commission_rate FROM affiliate_profiles "
                             "WHERE lower(email)%1 = ?").arg(d.bytewiseCollation()),
              {someEmail.toLower()});
    searchRow(QStringLiteral("search, Stripe event id"), someEvent,
              QStringLiteral("SELECT p.id, p.handle, p.display_name, p.email, p.commission_rate FROM affiliate_profiles p "
                             "JOIN affiliate_commissions c ON c.affiliate_id = p.id WHERE c.stripe_event_id = ?"),
              {someEvent});

    // --- Opening the affiliate with the most commissions.
    {
        const QString whale = scalarText(c, QStringLiteral("SELECT affiliate_id FROM affiliate_commissions GROUP BY affiliate_id "
                                                           "ORDER BY COUNT(*) DESC LIMIT 1"));
        qint64 commissions = 0;
        const double ours = medianMs(n, [&]() -> Result<void> {
            auto detail = AffiliateDetail::load(c, whale);
            if (!detail)
                return detail.error();
            commissions = detail->commissions.size();
            return {};
        });
        const double raw = medianMs(n, [&]() -> Result<void> {
            for (const char *sql : {"SELECT id, handle, display_name, email, commission_rate, created_at FROM affiliate_profiles WHERE id = ?",
                                    "SELECT id, from_rate, to_rate, created_at, status, superseded_by FROM tier_events WHERE affiliate_id = ? ORDER BY created_at, id",
                                    "SELECT id, stripe_event_id, commission_amount, created_at FROM affiliate_commissions WHERE affiliate_id = ? ORDER BY created_at DESC, id DESC"}) {
                if (auto done = rawQuery(c, QString::fromLatin1(sql), {whale}); !done)
                    return done;
            }
            return {};
        });
        row(QStringLiteral("open affiliate (%1 commissions)").arg(commissions), ours, raw,
            QStringLiteral("profile, events, commissions, 90-day series, audit, batches"));
    }

    // --- Backfill: apply (then undo, untimed) against one raw UPDATE rolled back.
    {
        const Backfill::Plan plan = Backfill::planFrom(chainReport);
        QVariantList ids;
        for (const auto &r : plan.rows)
            ids << r.id;
        QList<double> ours;
        QList<double> raws;
        for (int i = 0; i < qMax(1, n / 2 + 1); ++i) {
            QElapsedTimer timer;
            timer.start();
            Backfill::Options options;
            options.previewed = plan; // as the GUI applies what the person confirmed
            auto applied = Backfill::apply(c, options);
            if (!applied)
                return CliContext::fail(applied.error());
            ours << double(timer.nsecsElapsed()) / 1e6;
            if (auto undone = Backfill::undo(c, applied->batchId, OperatorInfo::current()); !undone)
                return CliContext::fail(undone.error());
            if (ids.isEmpty())
                continue;
            Transaction transaction(c);
            if (auto begun = transaction.begin(); !begun)
                return CliContext::fail(begun.error());
            timer.restart();
            auto update = c.prepare(QStringLiteral("UPDATE tier_events SET status = 'superseded', superseded_at = ?, "
                                                   "backfill_batch_id = 0 WHERE id IN (%1) AND status = 'active'")
                                            .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','))));
            if (!update)
                return CliContext::fail(update.error());
            update->addBindValue(SqlDialect::timeValue(QDateTime::currentDateTimeUtc()));
            for (const QVariant &id : std::as_const(ids))
                update->addBindValue(id);
            if (auto done = Connection::exec(*update); !done)
                return CliContext::fail(done.error());
            raws << double(timer.nsecsElapsed()) / 1e6;
            transaction.rollback();
        }
        std::sort(ours.begin(), ours.end());
        std::sort(raws.begin(), raws.end());
        row(QStringLiteral("backfill apply, %1 rows (vs one raw UPDATE)").arg(plan.rows.size()), ours.at(ours.size() / 2),
            raws.isEmpty() ? 0 : raws.at(raws.size() / 2), QStringLiteral("includes re-checking the previewed plan under the write lock"));
    }

    // --- Replay throughput (new events each run, spread over all affiliates).
    for (int threads : {1, 8}) {
        QList<StripeReplay::Event> events;
        QSqlQuery pick(c.database());
        pick.setForwardOnly(true);
        pick.exec(QStringLiteral("SELECT id FROM affiliate_profiles ORDER BY id LIMIT %1").arg(replayCount));
        QStringList targets;
        while (pick.next())
            targets << pick.value(0).toString();
        pick.finish();
        const QString run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
        for (int i = 0; i < replayCount; ++i)
            events.append({i + 1, QStringLiteral("evt_bench_%1_%2_%3").arg(run).arg(threads).arg(i),
                           QStringLiteral("invoice.paid"), QDateTime::currentDateTimeUtc(), 2900,
                           targets.at(i % targets.size())});
        StripeReplay::Options options;
        options.concurrency = threads;
        auto summary = StripeReplay::run(c.url(), events, options);
        if (!summary)
            return CliContext::fail(summary.error());
        out() << QStringLiteral("replay, concurrency %1").arg(threads).leftJustified(44)
              << QString::number(summary->invoicesPaid / summary->seconds, 'f', 0).rightJustified(12)
              << QStringLiteral("-").rightJustified(12) << QStringLiteral("-").rightJustified(9)
              << QString::number(peakRssMb(), 'f', 0).rightJustified(9) << "  events/s (" << summary->invoicesPaid
              << " events, " << summary->raceLost << " lost races)" << Qt::endl;
    }

    // --- How right each mode is, against what the generator injected.
    const qint64 truthRows = scalar(c, QStringLiteral("SELECT COUNT(*) FROM tierdesk_bench_truth WHERE kind = 'redundant'"));
    if (truthRows > 0) {
        QSet<qint64> truth;
        QSqlQuery q(c.database());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT event_id FROM tierdesk_bench_truth WHERE kind = 'redundant'"));
        while (q.next())
            truth.insert(q.value(0).toLongLong());
        q.finish();
        const auto score = [&](const Audit::Report &report, const char *mode) {
            QSet<qint64> found;
            for (const auto &cluster : report.clusters)
                if (cluster.kind == Audit::Cluster::Kind::Duplicate)
                    for (qint64 id : cluster.redundantIds)
                        found.insert(id);
            const qint64 hits = QSet<qint64>(found).intersect(truth).size();
            out() << "accuracy, " << mode << ": precision " << QString::number(found.isEmpty() ? 1.0 : double(hits) / found.size(), 'f', 4)
                  << ", recall " << QString::number(double(hits) / truth.size(), 'f', 4) << " (" << found.size()
                  << " reported, " << truth.size() << " injected)" << Qt::endl;
        };
        score(chainReport, "chain rules");
        score(minuteReport, "minute buckets");
    } else {
        out() << "accuracy: no injected truth in this database (the large data set has it)" << Qt::endl;
    }
    out() << "peak RSS " << QString::number(peakRssMb(), 'f', 0) << " MiB" << Qt::endl;
    return 0;
}
