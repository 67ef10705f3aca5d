// tierdesk-bench: TierDesk's time for each operation beside the database's own
// time for the equivalent raw SQL, run in the same process on the same data,
// as a ratio. Links tierdesk_models only; needs no display.

#include "../models/affiliates/affiliatedetail.h"
#include "../models/affiliates/affiliatequery.h"
#include "../models/audit/audit.h"
#include "../models/audit/incrementalaudit.h"
#include "../models/backfill/backfill.h"
#include "../models/common/text.h"
#include "../models/demo/demodata.h"
#include "../models/figures/affiliatestats.h"
#include "../models/scale/largedata.h"
#include "../models/scale/rawbaseline.h"
#include "../models/schema/schema.h"
#include "../models/tier/stripereplay.h"
#include "benchexport.h"
#include "clicontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
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
    const auto timed = [&work](int repeats) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < repeats; ++i) {
            if (auto done = work(); !done) {
                CliContext::fail(done.error());
                std::exit(1);
            }
        }
        return double(timer.nsecsElapsed()) / 1e6 / repeats;
    };
    // A warm-up; an operation of microseconds is then timed in batches of about a
    // millisecond each, so the clock's own cost and one scheduler hiccup do not decide it.
    const double first = timed(1);
    const int repeats = first >= 1 ? 1 : int(qMin(1000.0, std::ceil(1 / qMax(first, 0.001))));
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times << timed(repeats);
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Milliseconds, sub-millisecond ones with three decimals, so a ratio can be read from
// the columns.
QString ms(double value)
{
    return QString::number(value, 'f', value < 1 ? 3 : value < 10 ? 2 : 1);
}

void row(const QString &name, double tierdesk, double raw, const QString &note = {})
{
    out() << name.leftJustified(44) << ms(tierdesk).rightJustified(12)
          << (raw > 0 ? ms(raw) : QStringLiteral("-")).rightJustified(12)
          << (raw > 0 ? QString::number(tierdesk / raw, 'f', 2) + QLatin1Char('x')
                      : QStringLiteral("-"))
                 .rightJustified(9)
          << QString::number(peakRssMb(), 'f', 0).rightJustified(9) << "  " << note << Qt::endl;
}

// The note beside a list or search row: the raw time of the profile's columns
// alone, without the figures TierDesk shows beside them.
QString narrower(double tierdesk, double profileOnly,
    const QString &what = QStringLiteral("raw without the figures"))
{
    return QStringLiteral("%1: %2 ms (%3x)")
        .arg(what, QString::number(profileOnly, 'f', 3),
            QString::number(tierdesk / profileOnly, 'f', 2));
}

// One sort of the list, with the raw query that reads the same order.
struct SortCase
{
    AffiliateQuery::SortKey key;
    const char *name;
    RawBaseline::ListColumn raw;
    bool figure;
};

// One bench run: the database, its facts, and a step per group of operations.
// Each step prints its rows; a failure ends the run with the CLI's exit code.
class Bench final
{
public:
    Bench(const Connection &connection, int runs, int replayCount)
        : c(connection)
        , n(runs)
        , replayCount(replayCount)
    {
    }

    Result<void> fillIfEmpty(bool large, int affiliates);
    Result<void> readFacts();
    void printHeader() const;
    Result<void> audit(bool timed);
    Result<void> incrementalAudit();
    Result<void> figures();
    Result<void> list();
    void search();
    void open();
    Result<void> backfill();
    Result<void> replay();
    Result<void> exportShapes();
    void accuracy() const;

private:
    void listPageRow(const SortCase &sort, int offset, bool summary);

    const Connection &c;
    const int n;
    const int replayCount;
    RawBaseline::Facts facts;
    Audit::Report chainReport;
    Audit::Report minuteReport;
};

// Data: fill an empty database, otherwise use what is there.
Result<void> Bench::fillIfEmpty(bool large, int affiliates)
{
    auto existing = RawBaseline::affiliateCount(c);
    if (existing && *existing > 0)
        return {};
    if (auto done = Schema::initialize(c); !done)
        return done.error();
    QElapsedTimer timer;
    timer.start();
    if (large) {
        LargeData::Options options;
        options.affiliates = affiliates;
        if (auto summary = LargeData::generate(c, options); !summary)
            return summary.error();
    } else if (auto summary = DemoData::generate(c); !summary) {
        return summary.error();
    }
    out() << "generated the "
          << (large ? QStringLiteral("large (%1 affiliates)").arg(affiliates)
                    : QStringLiteral("small"))
          << " data set in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s"
          << Qt::endl;
    return {};
}

Result<void> Bench::readFacts()
{
    if (auto schema = Schema::checkMigrated(c); !schema)
        return schema.error();
    if (auto settled = RawBaseline::settle(c); !settled)
        return settled.error();
    auto read = RawBaseline::facts(c, replayCount);
    if (!read)
        return read.error();
    facts = *read;
    return {};
}

void Bench::printHeader() const
{
    out() << "database: " << c.url().toDisplayString() << "; " << facts.affiliates
          << " affiliates, " << facts.commissions << " commissions, " << facts.events
          << " tier events; median of " << n << " runs after a warm-up" << Qt::endl;
    out() << QStringLiteral("operation").leftJustified(44)
          << QStringLiteral("tierdesk ms").rightJustified(12)
          << QStringLiteral("raw ms").rightJustified(12)
          << QStringLiteral("ratio").rightJustified(9)
          << QStringLiteral("RSS MiB").rightJustified(9) << Qt::endl;
}

// The audit against the incident's own query. Untimed, it only gives the backfill
// and the accuracy score their report.
Result<void> Bench::audit(bool timed)
{
    if (!timed) {
        auto report = Audit::run(c, {});
        if (!report)
            return report.error();
        chainReport = *report;
        return {};
    }
    const double ours = medianMs(n, [&]() -> Result<void> {
        auto report = Audit::run(c, {});
        if (!report)
            return report.error();
        chainReport = *report;
        return {};
    });
    const double rawMinute = medianMs(n, [&] { return RawBaseline::incidentMinuteQuery(c); });
    row(QStringLiteral("audit, chain rules (vs minute GROUP BY)"), ours, rawMinute,
        QStringLiteral("%1 clusters, %2 redundant")
            .arg(Text::of(chainReport.summary.duplicateClusters),
                Text::of(chainReport.summary.redundantRows)));
    const double rawLag = medianMs(n, [&] { return RawBaseline::plainLagQuery(c); });
    row(QStringLiteral("  (info) raw LAG chain query"), rawLag, rawMinute,
        QStringLiteral("a plain 3-LAG window query"));
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
    return incrementalAudit();
}

// The audit again after 1,000 new events (at as many affiliates), from the state of the
// run before: what a periodic audit costs when little has changed. The events are
// removed again, untimed, and the state brought up to date before the next run.
Result<void> Bench::incrementalAudit()
{
    auto first = IncrementalAudit::run(c, {}, std::nullopt);
    if (!first)
        return first.error();
    IncrementalAudit::State state = first->state;
    qint64 readAgain = 0;
    QList<double> times;
    for (int i = 0; i < n; ++i) {
        auto added = RawBaseline::addEvents(c, 1000);
        if (!added)
            return added.error();
        QElapsedTimer timer;
        timer.start();
        auto again = IncrementalAudit::run(c, {}, state);
        if (!again)
            return again.error();
        times << double(timer.nsecsElapsed()) / 1e6;
        readAgain = again->changedAffiliates;
        if (auto removed = RawBaseline::removeEvents(c, *added); !removed)
            return removed.error();
        auto settled = IncrementalAudit::run(c, {}, again->state);
        if (!settled)
            return settled.error();
        state = settled->state;
    }
    std::sort(times.begin(), times.end());
    row(QStringLiteral("audit again, 1,000 new events (incremental)"), times.at(times.size() / 2),
        0,
        QStringLiteral("%1 affiliates read again; findings as a full audit's")
            .arg(Text::of(readAgain)));
    return {};
}

// The list's figures: recomputing the summary the list sorts by.
Result<void> Bench::figures()
{
    const double ours = medianMs(qMin(n, 3), [&]() -> Result<void> {
        auto status = AffiliateStats::refresh(c);
        return status ? Result<void>() : Result<void>(status.error());
    });
    row(QStringLiteral("refresh the list's figures (all affiliates)"), ours, 0,
        QStringLiteral("90-day sums, events, duplicates, conflicts, drift; one transaction"));
    // Each refresh rewrote the summary: let it settle as autovacuum would.
    return RawBaseline::settle(c);
}

void Bench::listPageRow(const SortCase &sort, int offset, bool summary)
{
    AffiliateQuery query;
    query.sortKey = sort.key;
    query.order = sort.figure ? Qt::DescendingOrder : Qt::AscendingOrder;
    query.useSummary = summary;
    const double ours = medianMs(n, [&]() -> Result<void> {
        auto page = query.page(c, offset, 100);
        return page ? Result<void>() : Result<void>(page.error());
    });
    // The raw page returns what the list shows, the profile and its figures, when
    // the summary holds them (joined before or after picking the page, whichever
    // is faster); beside it, the profile's columns alone (a sort by a figure also
    // reads that figure).
    const auto rawPage = [&](RawBaseline::Columns columns) {
        return medianMs(n, [&] { return RawBaseline::listPage(c, sort.raw, offset, columns); });
    };
    double raw = 0;
    if (summary) {
        raw = rawPage(RawBaseline::Columns::AsShown);
        if (!sort.figure)
            raw = qMin(raw, rawPage(RawBaseline::Columns::AsShownPagedFirst));
    } else if (!sort.figure) {
        raw = rawPage(RawBaseline::Columns::ProfileOnly);
    }
    row(QStringLiteral("list, %1 page by %2")
            .arg(offset ? QStringLiteral("next") : QStringLiteral("first"),
                QString::fromLatin1(sort.name)),
        ours, raw,
        summary ? narrower(ours, rawPage(RawBaseline::Columns::ProfileOnly),
            sort.figure ? QStringLiteral("raw with only the sorted figure")
                        : QStringLiteral("raw without the figures"))
                : QString());
}

// The affiliate list: first page at each sort, then the next page, reading the
// figures the way the GUI does (from the summary when it covers every affiliate).
Result<void> Bench::list()
{
    auto stats = AffiliateStats::status(c);
    if (!stats)
        return stats.error();
    const bool summary = stats->usable();
    out() << "list figures: "
          << (summary ? QStringLiteral("summary as of %1").arg(SqlDialect::timeText(stats->asOf))
                      : QStringLiteral("computed live (no usable summary)"))
          << Qt::endl;
    using Column = RawBaseline::ListColumn;
    const SortCase sorts[] = {{AffiliateQuery::SortKey::Handle, "handle", Column::Handle, false},
        {AffiliateQuery::SortKey::Name, "name", Column::Name, false},
        {AffiliateQuery::SortKey::Tier, "tier", Column::Tier, false},
        {AffiliateQuery::SortKey::Commissions90, "90-day commissions", Column::Commissions90, true},
        {AffiliateQuery::SortKey::Events, "events", Column::Events, true},
        {AffiliateQuery::SortKey::Duplicates, "duplicates", Column::Duplicates, true}};
    for (const auto &sort : sorts)
        listPageRow(sort, 0, summary);
    listPageRow(sorts[0], 100, summary);
    listPageRow(sorts[3], 100, summary);
    if (!summary)
        return {};
    // What the summary saves: the same first page with every figure computed live.
    for (int i : {3, 5}) {
        AffiliateQuery live;
        live.sortKey = sorts[i].key;
        live.order = Qt::DescendingOrder;
        const double ms = medianMs(1, [&]() -> Result<void> {
            auto page = live.page(c, 0, 100);
            return page ? Result<void>() : Result<void>(page.error());
        });
        row(QStringLiteral("  (info) by %1, live").arg(QString::fromLatin1(sorts[i].name)), ms, 0,
            QStringLiteral("the figures computed for every affiliate"));
    }
    return {};
}

// Search: parts of a handle, a surname, e-mail, Stripe event id.
void Bench::search()
{
    const QString someHandle = facts.middleHandle;
    auto stats = AffiliateStats::status(c);
    const bool summary = stats && stats->usable();
    const bool substring = Schema::hasSubstringSearch(c);
    const auto searchRow = [&](const QString &name, const QString &text,
                               const std::function<Result<void>(RawBaseline::Columns)> &raw) {
        AffiliateQuery query;
        query.filter.search = text;
        query.useSummary = summary;
        query.substringSearch = substring; // as the list knows it after its first count
        // The list reads its first page, then counts every match for the count it
        // shows: the page is what the person waits for.
        qint64 found = 0;
        const double ours = medianMs(n, [&]() -> Result<void> {
            auto page = query.page(c, 0, 100);
            if (!page)
                return page.error();
            found = page->size();
            return {};
        });
        qint64 total = 0;
        const double counting = medianMs(n, [&]() -> Result<void> {
            auto counted = query.count(c);
            if (!counted)
                return counted.error();
            total = *counted;
            return {};
        });
        const auto rawTime = [&](RawBaseline::Columns columns) {
            return medianMs(n, [&] { return raw(columns); });
        };
        row(name, ours,
            rawTime(summary ? RawBaseline::Columns::AsShown : RawBaseline::Columns::ProfileOnly),
            QStringLiteral("\"%1\": %2 of %3 (counted in %4 ms)")
                    .arg(text, Text::of(found), Text::of(total), ms(counting))
                + (summary ? QStringLiteral("; ")
                            + narrower(ours, rawTime(RawBaseline::Columns::ProfileOnly))
                           : QString()));
    };
    // Any part of handle, name and e-mail (schema version 5's trigram index), beside
    // the raw index query finding the same rows.
    const auto anyPart = [&](const char *name, const QString &text) {
        searchRow(QString::fromLatin1(name), text, [&](RawBaseline::Columns columns) {
            return RawBaseline::substringLookup(c, text, columns);
        });
    };
    anyPart("search, part of a handle", someHandle.mid(2, 5));
    anyPart("search, surname", facts.someSurname.section(QLatin1Char(' '), -1));
    anyPart("search, whole e-mail", facts.someEmail);
    anyPart("search, e-mail fragment", facts.someEmail.section(QLatin1Char('@'), 0, 0).mid(2));
    searchRow(QStringLiteral("search, Stripe event id"), facts.someStripeEvent,
        [&](RawBaseline::Columns columns) {
            return RawBaseline::stripeEventLookup(c, facts.someStripeEvent, columns);
        });
}

// Opening the affiliate with the most commissions.
void Bench::open()
{
    const QString whale = facts.busiestAffiliate;
    qint64 commissions = 0;
    const double ours = medianMs(n, [&]() -> Result<void> {
        auto detail = AffiliateDetail::load(c, whale);
        if (!detail)
            return detail.error();
        commissions = detail->commissionCount;
        return {};
    });
    const double raw = medianMs(n, [&] { return RawBaseline::openAffiliate(c, whale); });
    row(QStringLiteral("open affiliate (%1 commissions)").arg(commissions), ours, raw,
        QStringLiteral("profile, events, newest commissions, daily series, audit, batches"));
}

// Backfill: apply (then undo, untimed) against one raw UPDATE rolled back.
Result<void> Bench::backfill()
{
    const Backfill::Plan plan = Backfill::planFrom(chainReport);
    QList<qint64> ids;
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
            return applied.error();
        ours << double(timer.nsecsElapsed()) / 1e6;
        Backfill::UndoOptions undo;
        undo.batchId = applied->batchId;
        undo.anyPlan = true; // the bench's own batch, just written
        if (auto undone = Backfill::undo(c, undo); !undone)
            return undone.error();
        if (ids.isEmpty())
            continue;
        Transaction transaction(c);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        timer.restart();
        if (auto done = RawBaseline::supersedeInOneUpdate(c, ids); !done)
            return done.error();
        raws << double(timer.nsecsElapsed()) / 1e6;
        transaction.rollback();
    }
    std::sort(ours.begin(), ours.end());
    std::sort(raws.begin(), raws.end());
    row(QStringLiteral("backfill apply, %1 rows (vs one raw UPDATE)").arg(plan.rows.size()),
        ours.at(ours.size() / 2), raws.isEmpty() ? 0 : raws.at(raws.size() / 2),
        QStringLiteral("includes re-checking the previewed plan under the write lock"));
    return {};
}

// Replay throughput (new events each run, spread over all affiliates).
Result<void> Bench::replay()
{
    for (int threads : {1, 8}) {
        QList<StripeReplay::Event> events;
        const QStringList &targets = facts.replayTargets;
        const QString run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
        for (int i = 0; i < replayCount; ++i)
            events.append(StripeReplay::Event::invoicePaid(i + 1,
                QStringLiteral("evt_bench_%1_%2_%3")
                    .arg(Text::of(run), Text::of(threads), Text::of(i)),
                QDateTime::currentDateTimeUtc(), 2900, targets.at(i % targets.size())));
        StripeReplay::Options options;
        options.concurrency = threads;
        auto summary = StripeReplay::run(c.url(), events, options);
        if (!summary)
            return summary.error();
        const double ours = summary->invoicesPaid / summary->seconds;
        // Beside one connection, the least a webhook does per invoice (its rate, the
        // insert, the 90-day sum): TierDesk's time per event over the raw one's.
        double raw = 0;
        if (threads == 1) {
            // The same invoices under new event ids (the replay stored these ones).
            QList<RawBaseline::Invoice> invoices;
            for (const StripeReplay::Event &event : std::as_const(events))
                invoices.append({event.id + QStringLiteral("_raw"), event.affiliateId,
                    event.amountMinor, event.created});
            auto seconds = RawBaseline::replayInvoices(c, invoices);
            if (!seconds)
                return seconds.error();
            raw = invoices.size() / *seconds;
        }
        out() << QStringLiteral("replay, concurrency %1").arg(threads).leftJustified(44)
              << QString::number(ours, 'f', 0).rightJustified(12)
              << (raw > 0 ? QString::number(raw, 'f', 0) : QStringLiteral("-")).rightJustified(12)
              << (raw > 0 ? QString::number(raw / ours, 'f', 2) + QLatin1Char('x')
                          : QStringLiteral("-"))
                     .rightJustified(9)
              << QString::number(peakRssMb(), 'f', 0).rightJustified(9) << "  events/s ("
              << summary->invoicesPaid << " events, " << summary->raceLost << " lost races"
              << (raw > 0 ? QStringLiteral("; raw: rate, insert and 90-day sum per invoice")
                          : QString())
              << ")" << Qt::endl;
    }
    return {};
}

// Reading an export: TierDesk's reader beside reading the file's bytes alone, and the
// memory the read takes (it streams: the figure does not follow the file's size).
Result<void> Bench::exportShapes()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::refused(QStringLiteral("No temporary folder for the export."));
    const QString affiliate = facts.replayTargets.value(0);
    for (const auto &[megabytes, lines] :
        {std::pair(64, false), std::pair(256, false), std::pair(256, true)}) {
        const QString path = dir.filePath(QStringLiteral("export.json"));
        if (!BenchExport::write(path, megabytes, lines, affiliate))
            return Error::refused(QStringLiteral("Cannot write the export %1.").arg(path));
        int records = 0;
        double peakMb = 0;
        const double ours = medianMs(n, [&]() -> Result<void> {
            const double before = BenchExport::statusMb("VmRSS:");
            BenchExport::resetPeakRss();
            auto read = StripeReplay::parseFile(path);
            if (!read)
                return read.error();
            records = read->records;
            peakMb = qMax(peakMb, BenchExport::statusMb("VmHWM:") - before);
            return {};
        });
        const double raw = medianMs(n, [&]() -> Result<void> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error::refused(file.errorString());
            QByteArray chunk(1024 * 1024, Qt::Uninitialized);
            while (file.read(chunk.data(), chunk.size()) > 0) { }
            return {};
        });
        row(QStringLiteral("read a %1 MB export (%2)")
                .arg(Text::of(megabytes),
                    lines ? QStringLiteral("JSON lines") : QStringLiteral("list object")),
            ours, raw,
            QStringLiteral("%1 records; reading took %2 MiB at its peak (raw: the bytes alone)")
                .arg(Text::of(records), QString::number(peakMb, 'f', 1)));
        QFile::remove(path);
    }
    return {};
}

// How right each mode is, against what the generator injected.
void Bench::accuracy() const
{
    if (!facts.injectedRedundant.isEmpty()) {
        const QSet<qint64> &truth = facts.injectedRedundant;
        const auto score = [&](const Audit::Report &report, const char *mode) {
            QSet<qint64> found;
            for (const auto &cluster : report.clusters)
                if (cluster.kind == Audit::Cluster::Kind::Duplicate)
                    for (qint64 id : cluster.redundantIds)
                        found.insert(id);
            const qint64 hits = QSet<qint64>(found).intersect(truth).size();
            out() << "accuracy, " << mode << ": precision "
                  << QString::number(found.isEmpty() ? 1.0 : double(hits) / found.size(), 'f', 4)
                  << ", recall " << QString::number(double(hits) / truth.size(), 'f', 4) << " ("
                  << found.size() << " reported, " << truth.size() << " injected)" << Qt::endl;
        };
        score(chainReport, "chain rules");
        score(minuteReport, "minute buckets");
    } else {
        out() << "accuracy: no injected truth in this database (the large data set has it)"
              << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tierdesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times TierDesk's operations beside the database's own raw SQL on the same "
                       "data, as ratios."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral("The database (created and filled when empty)."), QStringLiteral("url"));
    const QCommandLineOption scale(QStringLiteral("scale"),
        QStringLiteral("small (the demo), large (100,000 affiliates) or xl (1,000,000)."),
        QStringLiteral("size"), QStringLiteral("small"));
    const QCommandLineOption runs(QStringLiteral("runs"),
        QStringLiteral("Timed runs per operation (median; default 5)."), QStringLiteral("n"),
        QStringLiteral("5"));
    const QCommandLineOption affiliates(QStringLiteral("affiliates"),
        QStringLiteral("With --scale large or xl: affiliates to generate (default 100000 or "
                       "1000000)."),
        QStringLiteral("n"));
    const QCommandLineOption replayEvents(QStringLiteral("replay-events"),
        QStringLiteral("invoice.paid events per replay run (default 2000)."), QStringLiteral("n"),
        QStringLiteral("2000"));
    const QCommandLineOption only(QStringLiteral("only"),
        QStringLiteral(
            "Only these groups, comma-separated: audit, incremental (part of audit), figures, "
            "list, search, open, backfill, replay, export."),
        QStringLiteral("groups"));
    parser.addOptions({db, scale, runs, affiliates, replayEvents, only});
    parser.process(app);
    const QString size = parser.value(scale);
    if (size != QLatin1String("small") && size != QLatin1String("large")
        && size != QLatin1String("xl"))
        return CliContext::fail(Error::usage(QStringLiteral("--scale takes small, large or xl.")));
    const std::optional<int> scaleAffiliates = LargeData::affiliatesAt(size);
    const bool large = scaleAffiliates.has_value();
    int affiliateCount = scaleAffiliates.value_or(0);
    if (parser.isSet(affiliates)) {
        bool ok = false;
        affiliateCount = parser.value(affiliates).toInt(&ok);
        if (!ok || affiliateCount < 1 || affiliateCount > LargeData::MaxAffiliates)
            return CliContext::fail(
                Error::usage(QStringLiteral("--affiliates takes a number from 1 to 10000000.")));
    }
    const int n = qMax(1, parser.value(runs).toInt());
    const int replayCount = qMax(10, parser.value(replayEvents).toInt());
    const QStringList groups = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&groups](const char *group) {
        return groups.isEmpty() || groups.contains(QLatin1String(group));
    };

    auto url = CliContext::parseUrl(parser.value(db));
    if (!url)
        return CliContext::fail(url.error());
    auto opened = Connection::open(*url, Connection::Mode::Create);
    if (!opened)
        return CliContext::fail(opened.error());

    Bench bench(**opened, n, replayCount);
    const auto step = [](const Result<void> &done) {
        if (!done)
            std::exit(CliContext::fail(done.error()));
    };
    step(bench.fillIfEmpty(large, affiliateCount));
    step(bench.readFacts());
    bench.printHeader();
    step(bench.audit(wanted("audit")));
    if (!wanted("audit") && wanted("incremental")) // the full audit's rows include it
        step(bench.incrementalAudit());
    if (wanted("figures"))
        step(bench.figures());
    if (wanted("list"))
        step(bench.list());
    if (wanted("search"))
        bench.search();
    if (wanted("open"))
        bench.open();
    if (wanted("backfill"))
        step(bench.backfill());
    if (wanted("replay"))
        step(bench.replay());
    if (wanted("export"))
        step(bench.exportShapes());
    bench.accuracy();
    out() << "peak RSS " << QString::number(peakRssMb(), 'f', 0) << " MiB" << Qt::endl;
    return 0;
}
