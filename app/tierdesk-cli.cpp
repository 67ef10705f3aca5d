// tierdesk-cli: the headless side of TierDesk. Links tierdesk_models only.

#include "affiliatelookup.h"
#include "affiliatestats.h"
#include "audit.h"
#include "backfill.h"
#include "beaconreport.h"
#include "catalogue.h"
#include "clicontext.h"
#include "demodata.h"
#include "format.h"
#include "largedata.h"
#include "schema.h"
#include "stripereplay.h"
#include "tierevaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>
#include <functional>

using namespace TierDesk;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

// Parses a command's own options; returns an exit code if parsing ended the command.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
    const QString &command, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        CliContext::err() << parser.errorText() << Qt::endl;
        return CliContext::UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::applicationName() + QStringLiteral(" [options]"),
            QCoreApplication::applicationName() + QLatin1Char(' ') + command
                + QStringLiteral(" [options]"));
        CliContext::out() << help;
        CliContext::out().flush();
        return CliContext::Done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CliContext::err() << QCoreApplication::translate(
            "tierdesk-cli", "Unexpected argument \"%1\".")
                                 .arg(parser.positionalArguments().first())
                          << Qt::endl;
        return CliContext::UsageError;
    }
    return std::nullopt;
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
        QCoreApplication::translate(
            "tierdesk-cli", "The database: sqlite:PATH, PATH.db or a postgresql:// URI."),
        QStringLiteral("url")};
}

// An ISO-8601 time; without a zone it is taken as UTC.
std::optional<QDateTime> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

int init(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("tierdesk-cli", "Fill the new database with the demo data."));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("tierdesk-cli", "Seed for the demo data (default 621)."),
        QStringLiteral("n"), QString::number(DemoData::DefaultSeed));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("tierdesk-cli", "Print JSON."));
    const QCommandLineOption scale(QStringLiteral("scale"),
        QCoreApplication::translate("tierdesk-cli",
            "Demo size: small (the incident's story, default) or large (100,000 affiliates, 5 "
            "million commissions, 1 million tier events)."),
        QStringLiteral("size"), QStringLiteral("small"));
    const QCommandLineOption affiliates(QStringLiteral("affiliates"),
        QCoreApplication::translate(
            "tierdesk-cli", "With --scale large: how many affiliates (default 100000)."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption now(QStringLiteral("now"),
        QCoreApplication::translate("tierdesk-cli",
            "With --demo: create the demo as of this ISO-8601 time (default: now). Its "
            "subscriptions pay up to this moment."),
        QStringLiteral("iso"));
    parser.addOptions({db, demo, seed, json, scale, affiliates, now});
    if (auto exit = parse(parser, arguments, QStringLiteral("init"),
            QCoreApplication::translate("tierdesk-cli",
                "Create the production tables and TierDesk's additions in a "
                "new sandbox database, optionally with demo data.")))
        return *exit;
    bool seedOk = false;
    const uint seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--seed \"%1\" is not a non-negative number.")
                                                 .arg(parser.value(seed))));

    const QString size = parser.value(scale);
    if (size != QLatin1String("small") && size != QLatin1String("large"))
        return CliContext::fail(Error::usage(
            QCoreApplication::translate("tierdesk-cli", "--scale takes small or large, not \"%1\".")
                .arg(size)));
    const int affiliateCount = parser.value(affiliates).toInt(&seedOk);
    if (!seedOk || affiliateCount < 1 || affiliateCount > 10000000)
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--affiliates takes a number from 1 to 10000000.")));
    QDateTime createdAt;
    if (parser.isSet(now)) {
        const auto parsed = parseTime(parser.value(now));
        if (!parsed)
            return CliContext::fail(Error::usage(
                QCoreApplication::translate("tierdesk-cli", "--now \"%1\" is not an ISO-8601 time.")
                    .arg(parser.value(now))));
        createdAt = *parsed;
    }

    auto connection = CliContext::open(parser.value(db), Connection::Mode::Create);
    if (!connection)
        return CliContext::fail(connection.error());
    if (auto done = Schema::initialize(**connection); !done)
        return CliContext::fail(done.error());
    QJsonObject result{{QStringLiteral("database"), (*connection)->url().toDisplayString()},
        {QStringLiteral("schema_version"), Schema::CurrentVersion}};
    if (parser.isSet(demo) && size == QLatin1String("large")) {
        LargeData::Options options;
        options.seed = seedValue;
        options.affiliates = affiliateCount;
        auto summary = LargeData::generate(**connection, options);
        if (!summary)
            return CliContext::fail(summary.error());
        result.insert(QStringLiteral("large"),
            QJsonObject{{QStringLiteral("seed"), qint64(seedValue)},
                {QStringLiteral("affiliates"), summary->affiliates},
                {QStringLiteral("commissions"), summary->commissions},
                {QStringLiteral("tier_events"), summary->tierEvents},
                {QStringLiteral("redundant_events"), summary->redundant},
                {QStringLiteral("across_minute"), summary->acrossMinute},
                {QStringLiteral("conflicts"), summary->conflicts},
                {QStringLiteral("flip_flops"), summary->flipFlops},
                {QStringLiteral("drift"), summary->drift},
                {QStringLiteral("seconds"), summary->seconds}});
        if (!parser.isSet(json))
            CliContext::out() << QCoreApplication::translate("tierdesk-cli",
                "Large data: %1 affiliates, %2 commissions, %3 tier events (%4 injected race "
                "duplicates, %5 across a minute; %6 conflicts; %7 flip-flops; %8 drift) in %9 s.")
                                     .arg(summary->affiliates)
                                     .arg(summary->commissions)
                                     .arg(summary->tierEvents)
                                     .arg(summary->redundant)
                                     .arg(summary->acrossMinute)
                                     .arg(summary->conflicts)
                                     .arg(summary->flipFlops)
                                     .arg(summary->drift)
                                     .arg(summary->seconds, 0, 'f', 1)
                              << Qt::endl;
    } else if (parser.isSet(demo)) {
        auto summary = DemoData::generate(**connection, seedValue, createdAt);
        if (!summary)
            return CliContext::fail(summary.error());
        result.insert(QStringLiteral("demo"),
            QJsonObject{{QStringLiteral("seed"), qint64(seedValue)},
                {QStringLiteral("affiliates"), summary->affiliates},
                {QStringLiteral("commissions"), summary->commissions},
                {QStringLiteral("tier_events"), summary->tierEvents},
                {QStringLiteral("beacons"), summary->beacons},
                {QStringLiteral("affected_affiliates"), summary->affectedAffiliates},
                {QStringLiteral("redundant_events"), summary->redundantEvents}});
        if (!parser.isSet(json))
            CliContext::out() << QCoreApplication::translate("tierdesk-cli",
                "Demo data: %1 affiliates, %2 commissions, %3 tier events "
                "(%4 affiliates with race duplicates, %5 redundant rows), "
                "%6 race-lost beacons.")
                                     .arg(summary->affiliates)
                                     .arg(summary->commissions)
                                     .arg(summary->tierEvents)
                                     .arg(summary->affectedAffiliates)
                                     .arg(summary->redundantEvents)
                                     .arg(summary->beacons)
                              << Qt::endl;
    }
    if (parser.isSet(json))
        CliContext::out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        CliContext::out() << QCoreApplication::translate(
            "tierdesk-cli", "Initialised %1 (schema version %2).")
                                 .arg((*connection)->url().toDisplayString())
                                 .arg(Schema::CurrentVersion)
                          << Qt::endl;
    return CliContext::Done;
}

int migrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    if (auto exit = parse(parser, arguments, QStringLiteral("migrate"),
            QCoreApplication::translate("tierdesk-cli",
                "Add TierDesk's columns, tables and indexes to an existing "
                "production database. Additive and idempotent.")))
        return *exit;
    auto connection = CliContext::open(parser.value(db), Connection::Mode::ReadWrite);
    if (!connection)
        return CliContext::fail(connection.error());
    auto applied = Schema::migrate(**connection);
    if (!applied)
        return CliContext::fail(applied.error());
    if (*applied == 0)
        CliContext::out() << QCoreApplication::translate(
            "tierdesk-cli", "%1 is already at schema version %2; nothing to do.")
                                 .arg((*connection)->url().toDisplayString())
                                 .arg(Schema::CurrentVersion)
                          << Qt::endl;
    else
        CliContext::out() << QCoreApplication::translate(
            "tierdesk-cli", "Migrated %1 to schema version %2.")
                                 .arg((*connection)->url().toDisplayString())
                                 .arg(Schema::CurrentVersion)
                          << Qt::endl;
    return CliContext::Done;
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), QCoreApplication::translate("tierdesk-cli", "Print JSON.")};
}

QCommandLineOption windowOption()
{
    return {QStringLiteral("window-seconds"),
        QCoreApplication::translate(
            "tierdesk-cli", "Events closer than this count as one race (default 60)."),
        QStringLiteral("s"), QString::number(Audit::DefaultWindowSeconds)};
}

QCommandLineOption affiliateOption(const char *help)
{
    return {QStringLiteral("affiliate"), QCoreApplication::translate("tierdesk-cli", help),
        QStringLiteral("id")};
}

std::optional<int> parseWindow(const QString &text)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < 0 || seconds > 366 * 24 * 3600)
        return std::nullopt;
    return seconds;
}

// Resolves --affiliate (id, handle or evt_ id) to an affiliate id; empty when not given.
Result<QString> affiliateArgument(const Connection &connection, const QCommandLineParser &parser,
    const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QString();
    auto found = AffiliateLookup::find(connection, parser.value(option));
    if (!found)
        return found.error();
    return found->id;
}

QString handleOf(const QHash<QString, QString> &handles, const QString &id)
{
    const QString handle = handles.value(id);
    return handle.isEmpty() ? id : QLatin1Char('@') + handle;
}

QString idList(const QList<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << QLatin1Char('#') + QString::number(id);
    return list.join(QStringLiteral(", "));
}

QString clockText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

int audit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption window = windowOption();
    const QCommandLineOption minutes(QStringLiteral("minute-buckets"),
        QCoreApplication::translate("tierdesk-cli",
            "Run the incident's original GROUP BY minute query instead, for comparison."));
    const QCommandLineOption affiliate = affiliateOption(
        QT_TRANSLATE_NOOP("tierdesk-cli", "Only this affiliate: id, handle or a Stripe event id."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, window, minutes, affiliate, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("audit"),
            QCoreApplication::translate("tierdesk-cli",
                "Find race duplicates, conflicts, chain breaks and drift in the tier events. "
                "Read-only.")))
        return *exit;
    const auto seconds = parseWindow(parser.value(window));
    if (!seconds)
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--window-seconds takes a number of seconds from 0 to one year.")));
    auto connection = CliContext::open(parser.value(db), Connection::Mode::ReadOnly);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    if (auto schema = Schema::checkMigrated(c); !schema)
        return CliContext::fail(schema.error());
    Audit::Options options;
    options.windowSeconds = *seconds;
    options.mode = parser.isSet(minutes) ? Audit::Mode::MinuteBuckets : Audit::Mode::Chain;
    auto only = affiliateArgument(c, parser, affiliate);
    if (!only)
        return CliContext::fail(only.error());
    options.affiliateId = *only;
    auto report = Audit::run(c, options);
    if (!report)
        return CliContext::fail(report.error());
    if (parser.isSet(json)) {
        CliContext::out() << QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact)
                          << Qt::endl;
        return CliContext::Done;
    }

    auto handles = AffiliateLookup::handles(c, report->affiliateIds());
    if (!handles)
        return CliContext::fail(handles.error());

    QTextStream &out = CliContext::out();
    out << (options.mode == Audit::Mode::Chain
            ? QCoreApplication::translate(
                "tierdesk-cli", "Audit of %1 (chain rules, window %2 s; times UTC)")
                  .arg(c.url().toDisplayString())
                  .arg(options.windowSeconds)
            : QCoreApplication::translate("tierdesk-cli",
                "Audit of %1 (the incident's minute buckets, for comparison; times UTC)")
                  .arg(c.url().toDisplayString()))
        << '\n';
    bool anyDuplicate = false;
    for (const auto &cluster : std::as_const(report->clusters)) {
        if (cluster.kind != Audit::Cluster::Kind::Duplicate)
            continue;
        if (!anyDuplicate)
            out << '\n'
                << QCoreApplication::translate(
                       "tierdesk-cli", "Race duplicates (keep the first, supersede the rest):")
                << '\n';
        anyDuplicate = true;
        out << "  " << handleOf(*handles, cluster.affiliateId).leftJustified(22) << ' '
            << QStringLiteral("%1 → %2")
                   .arg(Format::rate(cluster.fromRate), Format::rate(cluster.toRate))
                   .leftJustified(12)
            << ' '
            << QCoreApplication::translate("tierdesk-cli", "keep #%1, supersede %2")
                   .arg(cluster.keepId)
                   .arg(idList(cluster.redundantIds))
            << "  " << clockText(cluster.firstAt) << " … "
            << cluster.lastAt.toUTC().toString(QStringLiteral("HH:mm:ss.zzz")) << '\n';
    }
    bool anyConflict = false;
    for (const auto &cluster : std::as_const(report->clusters)) {
        if (cluster.kind != Audit::Cluster::Kind::Conflict)
            continue;
        if (!anyConflict)
            out << '\n'
                << QCoreApplication::translate("tierdesk-cli",
                       "Conflicts (concurrent evaluations chose different tiers; decide by hand):")
                << '\n';
        anyConflict = true;
        QStringList parts;
        for (qsizetype i = 0; i < cluster.eventIds.size(); ++i)
            parts << QStringLiteral("#%1 → %2")
                         .arg(cluster.eventIds.at(i))
                         .arg(Format::rate(cluster.toRates.at(i)));
        out << "  " << handleOf(*handles, cluster.affiliateId).leftJustified(22) << ' '
            << QCoreApplication::translate("tierdesk-cli", "from %1: %2")
                   .arg(Format::rate(cluster.fromRate), parts.join(QStringLiteral(", ")))
            << "  " << clockText(cluster.firstAt) << '\n';
    }
    if (!report->chainBreaks.isEmpty()) {
        out << '\n'
            << QCoreApplication::translate("tierdesk-cli",
                   "Chain breaks (an event does not start where the previous one ended):")
            << '\n';
        for (const auto &item : std::as_const(report->chainBreaks))
            out << "  " << handleOf(*handles, item.affiliateId).leftJustified(22) << ' '
                << QCoreApplication::translate(
                       "tierdesk-cli", "event #%1 starts at %2, expected %3")
                       .arg(item.eventId)
                       .arg(Format::rate(item.fromRate), Format::rate(item.expectedFromRate))
                << "  " << clockText(item.at) << '\n';
    }
    if (!report->drift.isEmpty()) {
        out << '\n'
            << QCoreApplication::translate(
                   "tierdesk-cli", "Drift (the profile's rate is not where its history ends):")
            << '\n';
        for (const auto &item : std::as_const(report->drift))
            out << "  " << handleOf(*handles, item.affiliateId).leftJustified(22) << ' '
                << QCoreApplication::translate("tierdesk-cli", "profile %1, history %2")
                       .arg(Format::rate(item.profileRate), Format::rate(item.historyRate))
                << '\n';
    }
    const Audit::Summary &sum = report->summary;
    out << '\n'
        << QCoreApplication::translate("tierdesk-cli",
               "Scanned: %1 affiliates, %2 active events. Duplicate clusters: %3 at %4 affiliates "
               "(%5 redundant rows). Conflicts: %6. Chain breaks: %7. Drift: %8.")
               .arg(sum.affiliatesScanned)
               .arg(sum.eventsScanned)
               .arg(sum.duplicateClusters)
               .arg(sum.affectedAffiliates)
               .arg(sum.redundantRows)
               .arg(sum.conflicts)
               .arg(sum.chainBreaks)
               .arg(sum.drift)
        << Qt::endl;
    return CliContext::Done;
}

// --yes needs the fingerprint its dry run printed, well-formed: an empty or
// mistyped one (a failed "$FP" capture) is a usage error before anything is opened.
Result<void> checkFingerprint(const QCommandLineParser &parser, const QCommandLineOption &yes,
    const QCommandLineOption &fingerprint, const QString &command)
{
    if (!parser.isSet(yes))
        return {};
    if (!parser.isSet(fingerprint))
        return Error::usage(QCoreApplication::translate("tierdesk-cli",
            "--yes needs --fingerprint F from \"tierdesk-cli %1 --dry-run\", so that only the "
            "plan you saw is written.")
                                .arg(command));
    const QString value = parser.value(fingerprint);
    if (value.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("tierdesk-cli",
            "--fingerprint is empty (did capturing the dry run's fingerprint fail?); nothing was "
            "written."));
    if (!Backfill::isFingerprint(value))
        return Error::usage(QCoreApplication::translate("tierdesk-cli",
            "--fingerprint \"%1\" is not a plan fingerprint (16 hex digits from the dry run); "
            "nothing was written.")
                                .arg(Error::quoted(value)));
    return {};
}

QJsonObject outcomeJson(const Backfill::Outcome &outcome)
{
    return {{QStringLiteral("batch_id"),
                outcome.batchId ? QJsonValue(outcome.batchId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"),
            outcome.batchId ? QStringLiteral("committed") : QStringLiteral("nothing_to_do")},
        {QStringLiteral("rows_planned"), outcome.rowsPlanned},
        {QStringLiteral("rows_changed"), outcome.rowsChanged},
        {QStringLiteral("affiliates"), outcome.affiliates},
        {QStringLiteral("fingerprint"), outcome.fingerprint}};
}

int backfill(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        QCoreApplication::translate(
            "tierdesk-cli", "Print the plan and its fingerprint; write nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"),
        QCoreApplication::translate(
            "tierdesk-cli", "Apply the plan (supersede the redundant rows)."));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
        QCoreApplication::translate("tierdesk-cli",
            "With --yes, required: apply only if the plan is still the one the dry run printed "
            "(16 hex digits)."),
        QStringLiteral("f"));
    const QCommandLineOption window = windowOption();
    const QCommandLineOption affiliate = affiliateOption(QT_TRANSLATE_NOOP(
        "tierdesk-cli", "Only this affiliate's duplicates: id, handle or a Stripe event id."));
    const QCommandLineOption op(QStringLiteral("operator"),
        QCoreApplication::translate(
            "tierdesk-cli", "Name for the audit log (default: your user name)."),
        QStringLiteral("name"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, dryRun, yes, fingerprint, window, affiliate, op, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("backfill"),
            QCoreApplication::translate("tierdesk-cli",
                "Supersede the redundant rows of every race-duplicate cluster, guarded: one "
                "transaction, only if the plan has not changed.")))
        return *exit;
    if (parser.isSet(dryRun) == parser.isSet(yes))
        return CliContext::fail(Error::usage(
            QCoreApplication::translate("tierdesk-cli", "Give either --dry-run or --yes.")));
    if (parser.isSet(dryRun) && parser.isSet(fingerprint))
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--fingerprint goes with --yes, not with --dry-run.")));
    if (auto checked = checkFingerprint(parser, yes, fingerprint, QStringLiteral("backfill"));
        !checked)
        return CliContext::fail(checked.error());
    const auto seconds = parseWindow(parser.value(window));
    if (!seconds)
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--window-seconds takes a number of seconds from 0 to one year.")));
    auto connection = CliContext::open(parser.value(db),
        parser.isSet(yes) ? Connection::Mode::ReadWrite : Connection::Mode::ReadOnly);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    if (auto schema = Schema::checkMigrated(c); !schema)
        return CliContext::fail(schema.error());
    auto only = affiliateArgument(c, parser, affiliate);
    if (!only)
        return CliContext::fail(only.error());
    Backfill::Options options;
    options.windowSeconds = *seconds;
    options.affiliateId = *only;
    options.expectedFingerprint = parser.value(fingerprint);
    options.who = OperatorInfo::current(parser.value(op));
    QTextStream &out = CliContext::out();

    if (parser.isSet(dryRun)) {
        auto plan = Backfill::preview(c, options);
        if (!plan)
            return CliContext::fail(plan.error());
        if (parser.isSet(json)) {
            QJsonArray rows;
            for (const auto &row : std::as_const(plan->rows))
                rows.append(QJsonObject{{QStringLiteral("id"), row.id},
                    {QStringLiteral("keep_id"), row.keepId},
                    {QStringLiteral("affiliate_id"), row.affiliateId}});
            out << QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), true},
                                     {QStringLiteral("window_seconds"), plan->windowSeconds},
                                     {QStringLiteral("fingerprint"), plan->fingerprint},
                                     {QStringLiteral("rows_planned"), int(plan->rows.size())},
                                     {QStringLiteral("clusters"), plan->clusters},
                                     {QStringLiteral("affiliates"), plan->affiliates},
                                     {QStringLiteral("rows"), rows}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
            return CliContext::Done;
        }
        auto handles = AffiliateLookup::handles(c, plan->affiliateIds());
        if (!handles)
            return CliContext::fail(handles.error());
        out << QCoreApplication::translate("tierdesk-cli",
            "Dry run on %1: supersede %2 rows in %3 clusters at %4 affiliates (window %5 s).")
                   .arg(c.url().toDisplayString())
                   .arg(plan->rows.size())
                   .arg(plan->clusters)
                   .arg(plan->affiliates)
                   .arg(plan->windowSeconds)
            << '\n';
        for (const auto &row : std::as_const(plan->rows))
            out << "  " << handleOf(*handles, row.affiliateId).leftJustified(22) << ' '
                << QCoreApplication::translate("tierdesk-cli", "supersede #%1, keep #%2")
                       .arg(row.id)
                       .arg(row.keepId)
                << '\n';
        out << QCoreApplication::translate("tierdesk-cli", "Fingerprint: %1. Nothing was written.")
                   .arg(plan->fingerprint)
            << '\n';
        if (!plan->isEmpty())
            out << QCoreApplication::translate("tierdesk-cli",
                "To apply exactly this plan: tierdesk-cli backfill --db URL --yes --fingerprint %1")
                       .arg(plan->fingerprint)
                << '\n';
        out.flush();
        return CliContext::Done;
    }

    auto outcome = Backfill::apply(c, options);
    if (!outcome)
        return CliContext::fail(outcome.error());
    if (parser.isSet(json)) {
        out << QJsonDocument(outcomeJson(*outcome)).toJson(QJsonDocument::Compact) << Qt::endl;
        return CliContext::Done;
    }
    if (!outcome->batchId)
        out << QCoreApplication::translate(
            "tierdesk-cli", "Nothing to supersede; no batch was written.")
            << Qt::endl;
    else
        out << QCoreApplication::translate("tierdesk-cli",
            "Batch %1: superseded %2 rows at %3 affiliates (fingerprint %4). To undo it, "
            "preview first: tierdesk-cli undo --db URL --batch %1 --dry-run")
                   .arg(outcome->batchId)
                   .arg(outcome->rowsChanged)
                   .arg(outcome->affiliates)
                   .arg(outcome->fingerprint)
            << Qt::endl;
    return CliContext::Done;
}

int undo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption batch(QStringLiteral("batch"),
        QCoreApplication::translate("tierdesk-cli", "The backfill batch to undo."),
        QStringLiteral("id"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        QCoreApplication::translate(
            "tierdesk-cli", "Print what the undo would restore and its fingerprint; write nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"),
        QCoreApplication::translate("tierdesk-cli", "Restore the batch's rows."));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
        QCoreApplication::translate("tierdesk-cli",
            "With --yes, required: restore only if the rows are still the ones the dry run "
            "printed (16 hex digits)."),
        QStringLiteral("f"));
    const QCommandLineOption op(QStringLiteral("operator"),
        QCoreApplication::translate(
            "tierdesk-cli", "Name for the audit log (default: your user name)."),
        QStringLiteral("name"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, batch, dryRun, yes, fingerprint, op, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("undo"),
            QCoreApplication::translate("tierdesk-cli",
                "Restore the rows a backfill batch superseded and that are still superseded by "
                "it, guarded like backfill: --dry-run first, then --yes --fingerprint F.")))
        return *exit;
    bool ok = false;
    const qint64 batchId = parser.value(batch).toLongLong(&ok);
    if (!parser.isSet(batch) || !ok || batchId < 1)
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--batch takes a batch id (a positive number).")));
    if (parser.isSet(dryRun) == parser.isSet(yes))
        return CliContext::fail(Error::usage(
            QCoreApplication::translate("tierdesk-cli", "Give either --dry-run or --yes.")));
    if (parser.isSet(dryRun) && parser.isSet(fingerprint))
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--fingerprint goes with --yes, not with --dry-run.")));
    if (auto checked = checkFingerprint(parser, yes, fingerprint, QStringLiteral("undo"));
        !checked)
        return CliContext::fail(checked.error());
    auto connection = CliContext::open(parser.value(db),
        parser.isSet(yes) ? Connection::Mode::ReadWrite : Connection::Mode::ReadOnly);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    if (auto schema = Schema::checkMigrated(c); !schema)
        return CliContext::fail(schema.error());
    QTextStream &out = CliContext::out();

    if (parser.isSet(dryRun)) {
        auto plan = Backfill::undoPreview(c, batchId);
        if (!plan)
            return CliContext::fail(plan.error());
        if (parser.isSet(json)) {
            QJsonArray rows;
            for (const auto &row : std::as_const(plan->rows))
                rows.append(QJsonObject{{QStringLiteral("id"), row.id},
                    {QStringLiteral("superseded_by"), row.keepId},
                    {QStringLiteral("affiliate_id"), row.affiliateId}});
            out << QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), true},
                                     {QStringLiteral("undo_of"), batchId},
                                     {QStringLiteral("fingerprint"), plan->fingerprint},
                                     {QStringLiteral("rows_planned"), int(plan->rows.size())},
                                     {QStringLiteral("affiliates"), plan->affiliates},
                                     {QStringLiteral("rows"), rows}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
            return CliContext::Done;
        }
        auto handles = AffiliateLookup::handles(c, plan->affiliateIds());
        if (!handles)
            return CliContext::fail(handles.error());
        out << QCoreApplication::translate("tierdesk-cli",
            "Dry run on %1: restore %2 rows at %3 affiliates still superseded by batch %4.")
                   .arg(c.url().toDisplayString())
                   .arg(plan->rows.size())
                   .arg(plan->affiliates)
                   .arg(batchId)
            << '\n';
        for (const auto &row : std::as_const(plan->rows))
            out << "  " << handleOf(*handles, row.affiliateId).leftJustified(22) << ' '
                << QCoreApplication::translate("tierdesk-cli", "restore #%1 (superseded by #%2)")
                       .arg(row.id)
                       .arg(row.keepId)
                << '\n';
        out << QCoreApplication::translate("tierdesk-cli", "Fingerprint: %1. Nothing was written.")
                   .arg(plan->fingerprint)
            << '\n';
        if (!plan->isEmpty())
            out << QCoreApplication::translate("tierdesk-cli",
                "To restore exactly these rows: tierdesk-cli undo --db URL --batch %1 --yes "
                "--fingerprint %2")
                       .arg(batchId)
                       .arg(plan->fingerprint)
                << '\n';
        out.flush();
        return CliContext::Done;
    }

    Backfill::UndoOptions options;
    options.batchId = batchId;
    options.expectedFingerprint = parser.value(fingerprint);
    options.who = OperatorInfo::current(parser.value(op));
    auto outcome = Backfill::undo(c, options);
    if (!outcome)
        return CliContext::fail(outcome.error());
    if (parser.isSet(json)) {
        QJsonObject object = outcomeJson(*outcome);
        object.insert(QStringLiteral("undo_of"), batchId);
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (!outcome->batchId) {
        out << QCoreApplication::translate(
            "tierdesk-cli", "No row is still superseded by batch %1; nothing to undo.")
                   .arg(batchId)
            << Qt::endl;
    } else {
        out << QCoreApplication::translate(
            "tierdesk-cli", "Batch %1 restored %2 rows superseded by batch %3.")
                   .arg(outcome->batchId)
                   .arg(outcome->rowsChanged)
                   .arg(batchId)
            << Qt::endl;
    }
    return CliContext::Done;
}

int evaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption affiliate(QStringLiteral("affiliate"),
        QCoreApplication::translate(
            "tierdesk-cli", "The affiliate: id, handle or a Stripe event id."),
        QStringLiteral("id"));
    const QCommandLineOption now(QStringLiteral("now"),
        QCoreApplication::translate(
            "tierdesk-cli", "Evaluate as of this ISO-8601 time (default: now)."),
        QStringLiteral("iso"));
    const QCommandLineOption op(QStringLiteral("operator"),
        QCoreApplication::translate(
            "tierdesk-cli", "Name for the audit log (default: your user name)."),
        QStringLiteral("name"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, affiliate, now, op, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("evaluate"),
            QCoreApplication::translate("tierdesk-cli",
                "Re-evaluate one affiliate's tier with the race-guarded evaluator.")))
        return *exit;
    if (!parser.isSet(affiliate))
        return CliContext::fail(
            Error::usage(QCoreApplication::translate("tierdesk-cli", "Missing --affiliate.")));
    QDateTime when = QDateTime::currentDateTimeUtc();
    if (parser.isSet(now)) {
        const auto parsed = parseTime(parser.value(now));
        if (!parsed)
            return CliContext::fail(Error::usage(
                QCoreApplication::translate("tierdesk-cli", "--now \"%1\" is not an ISO-8601 time.")
                    .arg(parser.value(now))));
        when = *parsed;
    }
    auto connection = CliContext::open(parser.value(db), Connection::Mode::ReadWrite);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    if (auto schema = Schema::checkMigrated(c); !schema)
        return CliContext::fail(schema.error());
    auto found = AffiliateLookup::find(c, parser.value(affiliate));
    if (!found)
        return CliContext::fail(found.error());
    auto policy = TierPolicy::load(c);
    if (!policy)
        return CliContext::fail(policy.error());
    const TierEvaluator evaluator(c, *policy, OperatorInfo::current(parser.value(op)));
    auto result = evaluator.evaluate(found->id, when);
    if (!result)
        return CliContext::fail(result.error());
    if (parser.isSet(json)) {
        QJsonObject object{{QStringLiteral("affiliate_id"), found->id},
            {QStringLiteral("handle"), found->handle},
            {QStringLiteral("outcome"), TierEvaluator::outcomeName(result->outcome)},
            {QStringLiteral("prior_rate"), result->prior},
            {QStringLiteral("target_rate"), result->target},
            {QStringLiteral("sum_90d"), double(result->sumCents) / 100.0},
            {QStringLiteral("now"), SqlDialect::timeText(when)}};
        if (result->tierEventId)
            object.insert(QStringLiteral("tier_event_id"), result->tierEventId);
        if (result->outcome == TierEvaluator::Outcome::RaceLost)
            object.insert(QStringLiteral("observed_rate"), result->observed);
        CliContext::out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        CliContext::out() << QCoreApplication::translate(
            "tierdesk-cli", "@%1: %2 (rate %3 %, target %4 %, 90-day commissions %5).")
                                 .arg(found->handle, TierEvaluator::outcomeText(result->outcome))
                                 .arg(result->prior)
                                 .arg(result->target)
                                 .arg(Format::money(result->sumCents))
                          << Qt::endl;
    }
    return CliContext::Done;
}

int replay(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption events(QStringLiteral("events"),
        QCoreApplication::translate("tierdesk-cli", "JSON-lines file of Stripe events."),
        QStringLiteral("file"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
        QCoreApplication::translate(
            "tierdesk-cli", "Worker threads, each with its own connection."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption unguarded(QStringLiteral("unguarded"),
        QCoreApplication::translate(
            "tierdesk-cli", "Use the pre-fix read-then-write evaluator (sandbox databases only)."));
    const QCommandLineOption op(QStringLiteral("operator"),
        QCoreApplication::translate(
            "tierdesk-cli", "Name for the audit log (default: your user name)."),
        QStringLiteral("name"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, events, concurrency, unguarded, op, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("replay"),
            QCoreApplication::translate("tierdesk-cli",
                "Replay Stripe invoice.paid events: insert each commission once, then evaluate the "
                "tier at the event's time.")))
        return *exit;
    if (!parser.isSet(events))
        return CliContext::fail(
            Error::usage(QCoreApplication::translate("tierdesk-cli", "Missing --events FILE.")));
    bool ok = false;
    const int threads = parser.value(concurrency).toInt(&ok);
    if (!ok || threads < 1 || threads > 64)
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--concurrency takes a number from 1 to 64.")));
    auto url = CliContext::parseUrl(parser.value(db));
    if (!url)
        return CliContext::fail(url.error());
    auto parsed = StripeReplay::parseFile(parser.value(events));
    if (!parsed)
        return CliContext::fail(parsed.error());
    StripeReplay::Options options;
    options.concurrency = threads;
    options.unguarded = parser.isSet(unguarded);
    options.who = OperatorInfo::current(parser.value(op));
    auto summary = StripeReplay::run(*url, *parsed, options);
    if (!summary)
        return CliContext::fail(summary.error());
    const double rate = summary->seconds > 0 ? summary->invoicesPaid / summary->seconds : 0;
    if (parser.isSet(json)) {
        CliContext::out() << QJsonDocument(
            QJsonObject{{QStringLiteral("events"), summary->events},
                {QStringLiteral("invoice_paid"), summary->invoicesPaid},
                {QStringLiteral("other_types_skipped"), summary->otherTypes},
                {QStringLiteral("commissions_inserted"), summary->commissionsInserted},
                {QStringLiteral("already_seen"), summary->alreadySeen},
                {QStringLiteral("promotions"), summary->promotions},
                {QStringLiteral("demotions"), summary->demotions},
                {QStringLiteral("unchanged"), summary->unchanged},
                {QStringLiteral("race_lost"), summary->raceLost},
                {QStringLiteral("concurrency"), threads},
                {QStringLiteral("guarded"), !options.unguarded},
                {QStringLiteral("seconds"), summary->seconds},
                {QStringLiteral("events_per_second"),
                    rate}}).toJson(QJsonDocument::Compact)
                          << Qt::endl;
    } else {
        CliContext::out() << QCoreApplication::translate("tierdesk-cli",
            "%1 events (%2 invoice.paid, %3 other types skipped): %4 commissions inserted, %5 "
            "skipped as already seen; %6 promotions, %7 demotions, %8 race-lost; %9 events/s.")
                                 .arg(summary->events)
                                 .arg(summary->invoicesPaid)
                                 .arg(summary->otherTypes)
                                 .arg(summary->commissionsInserted)
                                 .arg(summary->alreadySeen)
                                 .arg(summary->promotions)
                                 .arg(summary->demotions)
                                 .arg(summary->raceLost)
                                 .arg(rate, 0, 'f', 0)
                          << Qt::endl;
    }
    return CliContext::Done;
}

int stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption refresh(QStringLiteral("refresh"),
        QCoreApplication::translate("tierdesk-cli",
            "Recompute every affiliate's figures now (a write; run it from cron)."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, refresh, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("stats"),
            QCoreApplication::translate("tierdesk-cli",
                "The affiliate list's figures (90-day commissions, events, duplicates): when "
                "they were last computed, and --refresh to compute them again.")))
        return *exit;
    const bool writing = parser.isSet(refresh);
    auto connection = CliContext::open(
        parser.value(db), writing ? Connection::Mode::ReadWrite : Connection::Mode::ReadOnly);
    if (!connection)
        return CliContext::fail(connection.error());
    if (auto schema = Schema::checkMigrated(**connection); !schema)
        return CliContext::fail(schema.error());
    QElapsedTimer timer;
    timer.start();
    auto status
        = writing ? AffiliateStats::refresh(**connection) : AffiliateStats::status(**connection);
    if (!status)
        return CliContext::fail(status.error());
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (parser.isSet(json)) {
        QJsonObject object{
            {QStringLiteral("as_of"),
                status->asOf.isValid() ? QJsonValue(SqlDialect::timeText(status->asOf))
                                       : QJsonValue()},
            {QStringLiteral("affiliates"), status->affiliates},
            {QStringLiteral("summarised"), status->summarised},
            {QStringLiteral("usable"), status->usable()}};
        if (writing)
            object.insert(QStringLiteral("seconds"), seconds);
        CliContext::out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return CliContext::Done;
    }
    QTextStream &out = CliContext::out();
    if (writing)
        out << QCoreApplication::translate(
            "tierdesk-cli", "Recomputed the figures of %1 affiliates in %2 s.")
                   .arg(status->summarised)
                   .arg(seconds, 0, 'f', 1)
            << '\n';
    if (!status->asOf.isValid())
        out << QCoreApplication::translate("tierdesk-cli",
            "The figures have never been computed; the list computes them live (slow to sort "
            "on a large database). Run \"tierdesk-cli stats --refresh\".")
            << Qt::endl;
    else if (!status->usable())
        out << QCoreApplication::translate("tierdesk-cli",
            "The figures are as of %1 UTC and miss %2 of %3 affiliates added since, so the "
            "list computes them live until the next --refresh.")
                   .arg(status->asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(status->affiliates - status->summarised)
                   .arg(status->affiliates)
            << Qt::endl;
    else
        out << QCoreApplication::translate(
            "tierdesk-cli", "The list's figures are as of %1 UTC and cover all %2 affiliates.")
                   .arg(status->asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(status->affiliates)
            << Qt::endl;
    return CliContext::Done;
}

int beacons(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption since(QStringLiteral("since"),
        QCoreApplication::translate("tierdesk-cli", "Only beacons at or after this ISO-8601 time."),
        QStringLiteral("iso"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, since, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("beacons"),
            QCoreApplication::translate("tierdesk-cli",
                "Race-lost beacons per hour, with hours at the alert rule (5 or more) marked.")))
        return *exit;
    QDateTime from;
    if (parser.isSet(since)) {
        const auto parsed = parseTime(parser.value(since));
        if (!parsed)
            return CliContext::fail(Error::usage(QCoreApplication::translate(
                "tierdesk-cli", "--since \"%1\" is not an ISO-8601 time.")
                                                     .arg(parser.value(since))));
        from = *parsed;
    }
    auto connection = CliContext::open(parser.value(db), Connection::Mode::ReadOnly);
    if (!connection)
        return CliContext::fail(connection.error());
    if (auto schema = Schema::checkMigrated(**connection); !schema)
        return CliContext::fail(schema.error());
    auto hours = BeaconReport::perHour(**connection, from);
    if (!hours)
        return CliContext::fail(hours.error());
    int total = 0;
    int alerts = 0;
    for (const auto &hour : *hours) {
        total += hour.count;
        alerts += hour.alert() ? 1 : 0;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto &hour : *hours)
            list.append(QJsonObject{{QStringLiteral("hour"), SqlDialect::timeText(hour.start)},
                {QStringLiteral("count"), hour.count}, {QStringLiteral("alert"), hour.alert()}});
        CliContext::out() << QJsonDocument(
            QJsonObject{{QStringLiteral("name"), BeaconReport::RaceLostName},
                {QStringLiteral("alert_per_hour"), BeaconReport::AlertPerHour},
                {QStringLiteral("total"), total}, {QStringLiteral("alert_hours"), alerts},
                {QStringLiteral("hours"),
                    list}}).toJson(QJsonDocument::Compact)
                          << Qt::endl;
        return CliContext::Done;
    }
    QTextStream &out = CliContext::out();
    out << QCoreApplication::translate("tierdesk-cli",
        "Race-lost beacons per hour (UTC); the alert rule fires at %1 or more an hour.")
               .arg(BeaconReport::AlertPerHour)
        << '\n';
    for (const auto &hour : *hours)
        out << "  " << hour.start.toString(QStringLiteral("yyyy-MM-dd HH:00")) << "  "
            << QString::number(hour.count).rightJustified(4) << "  "
            << QString(qMin(hour.count, 40), QLatin1Char('#'))
            << (hour.alert()
                       ? QStringLiteral("  ") + QCoreApplication::translate("tierdesk-cli", "ALERT")
                       : QString())
            << '\n';
    out << QCoreApplication::translate(
        "tierdesk-cli", "%1 beacons in %2 hours; %3 hours at or over the alert rule.")
               .arg(total)
               .arg(hours->size())
               .arg(alerts)
        << Qt::endl;
    return CliContext::Done;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"init",
            QT_TRANSLATE_NOOP("tierdesk-cli", "create a sandbox database (with --demo: demo data)"),
            init},
        {"migrate",
            QT_TRANSLATE_NOOP("tierdesk-cli", "add TierDesk's tables to a production database"),
            migrate},
        {"audit",
            QT_TRANSLATE_NOOP(
                "tierdesk-cli", "find race duplicates, conflicts, chain breaks and drift"),
            audit},
        {"backfill",
            QT_TRANSLATE_NOOP(
                "tierdesk-cli", "supersede redundant duplicates (guarded; --dry-run first)"),
            backfill},
        {"undo", QT_TRANSLATE_NOOP("tierdesk-cli", "restore the rows of a backfill batch"), undo},
        {"evaluate",
            QT_TRANSLATE_NOOP("tierdesk-cli", "re-evaluate one affiliate's tier (race-guarded)"),
            evaluate},
        {"replay", QT_TRANSLATE_NOOP("tierdesk-cli", "replay Stripe events from a JSON-lines file"),
            replay},
        {"beacons",
            QT_TRANSLATE_NOOP("tierdesk-cli", "race-lost beacons per hour against the alert rule"),
            beacons},
        {"stats",
            QT_TRANSLATE_NOOP("tierdesk-cli", "when the list's figures were computed; --refresh"),
            stats},
    };
    return list;
}

int usage(QTextStream &stream)
{
    stream << QCoreApplication::translate(
        "tierdesk-cli", "Usage: tierdesk-cli COMMAND --db URL [options]")
           << "\n\n"
           << QCoreApplication::translate("tierdesk-cli", "Commands:") << '\n';
    for (const Command &command : commands())
        stream << "  " << QString::fromLatin1(command.name).leftJustified(10)
               << QCoreApplication::translate("tierdesk-cli", command.summary) << '\n';
    stream << '\n'
           << QCoreApplication::translate("tierdesk-cli",
                  "Run \"tierdesk-cli COMMAND --help\" for a command's options. Exit codes: 0 "
                  "done; 2 usage error (nothing opened); 3 refused by a guard or bad data "
                  "(nothing written); 4 the database is unavailable: cannot connect or open, "
                  "connection lost, locked, disk full, read-only storage or a missing privilege "
                  "(the sentence says what, if anything, was written); 1 a bug.")
           << '\n'
           << QCoreApplication::translate("tierdesk-cli",
                  "Every command takes --lang de|en; the default follows LANG. JSON stays "
                  "English.")
           << Qt::endl;
    return 0;
}

// Takes --lang CODE (or --lang=CODE) out of the arguments, wherever it stands,
// and returns CODE; empty when absent. An unknown code is a usage error.
Result<QString> takeLanguage(QStringList &arguments)
{
    QString code;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") || argument == QLatin1String("-lang")) {
            code = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
            if (code.isEmpty())
                return Error::usage(
                    QCoreApplication::translate("tierdesk-cli", "--lang takes de or en."));
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            code = argument.mid(7);
            arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    if (!code.isEmpty() && code != QLatin1String("de") && code != QLatin1String("en"))
        return Error::usage(
            QCoreApplication::translate("tierdesk-cli", "--lang takes de or en, not \"%1\".")
                .arg(code));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CliContext::quietenDriverWarnings();
    QCoreApplication::setApplicationName(QStringLiteral("tierdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("TierDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    Catalogue catalogue;
    auto language = takeLanguage(arguments);
    catalogue.install(Catalogue::resolve(language ? *language : QString()));
    if (!language)
        return CliContext::fail(language.error());
    if (arguments.size() < 2)
        return usage(CliContext::err()) + CliContext::UsageError;
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        usage(CliContext::out());
        return CliContext::Done;
    }
    if (name == QLatin1String("--version")) {
        CliContext::out() << "tierdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return CliContext::Done;
    }
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name)) {
            arguments.removeAt(1);
            return command.run(arguments);
        }
    }
    CliContext::err() << QCoreApplication::translate(
        "tierdesk-cli", "Unknown command \"%1\"; run tierdesk-cli --help.")
                             .arg(name)
                      << Qt::endl;
    return CliContext::UsageError;
}
