// tierdesk-cli: the headless side of TierDesk. Links tierdesk_models only.

#include "affiliatelookup.h"
#include "beaconreport.h"
#include "clicontext.h"
#include "demodata.h"
#include "schema.h"
#include "stripereplay.h"
#include "tierevaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonArray>
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
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                         const QString &description)
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
                     QCoreApplication::applicationName() + QLatin1Char(' ') + command + QStringLiteral(" [options]"));
        CliContext::out() << help;
        CliContext::out().flush();
        return CliContext::Done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CliContext::err() << QCoreApplication::translate("tierdesk-cli", "Unexpected argument \"%1\".")
                                     .arg(parser.positionalArguments().first())
                          << Qt::endl;
        return CliContext::UsageError;
    }
    return std::nullopt;
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            QCoreApplication::translate("tierdesk-cli", "The database: sqlite:PATH, PATH.db or a postgresql:// URI."),
            QStringLiteral("url")};
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
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("tierdesk-cli", "Print JSON."));
    parser.addOptions({db, demo, seed, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("init"),
                          QCoreApplication::translate("tierdesk-cli",
                                                      "Create the production tables and TierDesk's additions in a "
                                                      "new sandbox database, optionally with demo data.")))
        return *exit;
    bool seedOk = false;
    const uint seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return CliContext::fail(Error::usage(
                QCoreApplication::translate("tierdesk-cli", "--seed \"%1\" is not a non-negative number.").arg(parser.value(seed))));

    auto connection = CliContext::open(parser.value(db), Connection::Mode::Create);
    if (!connection)
        return CliContext::fail(connection.error());
    if (auto done = Schema::initialize(**connection); !done)
        return CliContext::fail(done.error());
    QJsonObject result{{QStringLiteral("database"), (*connection)->url().toDisplayString()},
                       {QStringLiteral("schema_version"), Schema::CurrentVersion}};
    if (parser.isSet(demo)) {
        auto summary = DemoData::generate(**connection, seedValue);
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
        CliContext::out() << QCoreApplication::translate("tierdesk-cli", "Initialised %1 (schema version %2).")
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
        CliContext::out() << QCoreApplication::translate("tierdesk-cli", "%1 is already at schema version %2; nothing to do.")
                                     .arg((*connection)->url().toDisplayString())
                                     .arg(Schema::CurrentVersion)
                          << Qt::endl;
    else
        CliContext::out() << QCoreApplication::translate("tierdesk-cli", "Migrated %1 to schema version %2.")
                                     .arg((*connection)->url().toDisplayString())
                                     .arg(Schema::CurrentVersion)
                          << Qt::endl;
    return CliContext::Done;
}



QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), QCoreApplication::translate("tierdesk-cli", "Print JSON.")};
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

QString dollars(qint64 cents)
{
    return QStringLiteral("$%1.%2").arg(cents / 100).arg(std::abs(cents) % 100, 2, 10, QLatin1Char('0'));
}

int evaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption affiliate(QStringLiteral("affiliate"), QCoreApplication::translate("tierdesk-cli", "The affiliate: id, handle or a Stripe event id."),
                                       QStringLiteral("id"));
    const QCommandLineOption now(QStringLiteral("now"), QCoreApplication::translate("tierdesk-cli", "Evaluate as of this ISO-8601 time (default: now)."),
                                 QStringLiteral("iso"));
    const QCommandLineOption op(QStringLiteral("operator"), QCoreApplication::translate("tierdesk-cli", "Name for the audit log (default: your user name)."),
                                QStringLiteral("name"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, affiliate, now, op, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("evaluate"),
                          QCoreApplication::translate("tierdesk-cli", "Re-evaluate one affiliate's tier with the race-guarded evaluator.")))
        return *exit;
    if (!parser.isSet(affiliate))
        return CliContext::fail(Error::usage(QCoreApplication::translate("tierdesk-cli", "Missing --affiliate.")));
    QDateTime when = QDateTime::currentDateTimeUtc();
    if (parser.isSet(now)) {
        const auto parsed = parseTime(parser.value(now));
        if (!parsed)
            return CliContext::fail(Error::usage(QCoreApplication::translate("tierdesk-cli", "--now \"%1\" is not an ISO-8601 time.").arg(parser.value(now))));
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
        CliContext::out() << QCoreApplication::translate("tierdesk-cli", "@%1: %2 (rate %3 %, target %4 %, 90-day commissions %5).")
                                     .arg(found->handle, TierEvaluator::outcomeText(result->outcome))
                                     .arg(result->prior)
                                     .arg(result->target)
                                     .arg(dollars(result->sumCents))
                          << Qt::endl;
    }
    return CliContext::Done;
}

int replay(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption events(QStringLiteral("events"), QCoreApplication::translate("tierdesk-cli", "JSON-lines file of Stripe events."),
                                    QStringLiteral("file"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QCoreApplication::translate("tierdesk-cli", "Worker threads, each with its own connection."),
                                         QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption unguarded(QStringLiteral("unguarded"),
                                       QCoreApplication::translate("tierdesk-cli", "Use the pre-fix read-then-write evaluator (sandbox databases only)."));
    const QCommandLineOption op(QStringLiteral("operator"), QCoreApplication::translate("tierdesk-cli", "Name for the audit log (default: your user name)."),
                                QStringLiteral("name"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, events, concurrency, unguarded, op, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("replay"),
                          QCoreApplication::translate("tierdesk-cli", "Replay Stripe invoice.paid events: insert each commission once, then evaluate the "
                                 "tier at the event's time.")))
        return *exit;
    if (!parser.isSet(events))
        return CliContext::fail(Error::usage(QCoreApplication::translate("tierdesk-cli", "Missing --events FILE.")));
    bool ok = false;
    const int threads = parser.value(concurrency).toInt(&ok);
    if (!ok || threads < 1 || threads > 64)
        return CliContext::fail(Error::usage(QCoreApplication::translate("tierdesk-cli", "--concurrency takes a number from 1 to 64.")));
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
        CliContext::out() << QJsonDocument(QJsonObject{{QStringLiteral("events"), summary->events},
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
                                                       {QStringLiteral("events_per_second"), rate}})
                                     .toJson(QJsonDocument::Compact)
                          << Qt::endl;
    } else {
        CliContext::out() << QCoreApplication::translate("tierdesk-cli", "%1 events (%2 invoice.paid, %3 other types skipped): %4 commissions inserted, %5 "
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

int beacons(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption since(QStringLiteral("since"), QCoreApplication::translate("tierdesk-cli", "Only beacons at or after this ISO-8601 time."),
                                   QStringLiteral("iso"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, since, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("beacons"),
                          QCoreApplication::translate("tierdesk-cli", "Race-lost beacons per hour, with hours at the alert rule (5 or more) marked.")))
        return *exit;
    QDateTime from;
    if (parser.isSet(since)) {
        const auto parsed = parseTime(parser.value(since));
        if (!parsed)
            return CliContext::fail(Error::usage(QCoreApplication::translate("tierdesk-cli", "--since \"%1\" is not an ISO-8601 time.").arg(parser.value(since))));
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
                                    {QStringLiteral("count"), hour.count},
                                    {QStringLiteral("alert"), hour.alert()}});
        CliContext::out() << QJsonDocument(QJsonObject{{QStringLiteral("name"), BeaconReport::RaceLostName},
                                                       {QStringLiteral("alert_per_hour"), BeaconReport::AlertPerHour},
                                                       {QStringLiteral("total"), total},
                                                       {QStringLiteral("alert_hours"), alerts},
                                                       {QStringLiteral("hours"), list}})
                                     .toJson(QJsonDocument::Compact)
                          << Qt::endl;
        return CliContext::Done;
    }
    QTextStream &out = CliContext::out();
    out << QCoreApplication::translate("tierdesk-cli", "Race-lost beacons per hour (UTC); the alert rule fires at %1 or more an hour.").arg(BeaconReport::AlertPerHour)
        << '\n';
    for (const auto &hour : *hours)
        out << "  " << hour.start.toString(QStringLiteral("yyyy-MM-dd HH:00")) << "  " << QString::number(hour.count).rightJustified(4)
            << "  " << QString(qMin(hour.count, 40), QLatin1Char('#'))
            << (hour.alert() ? QStringLiteral("  ") + QCoreApplication::translate("tierdesk-cli", "ALERT") : QString()) << '\n';
    out << QCoreApplication::translate("tierdesk-cli", "%1 beacons in %2 hours; %3 hours at or over the alert rule.").arg(total).arg(hours->size()).arg(alerts)
        << Qt::endl;
    return CliContext::Done;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
            {"init", QT_TRANSLATE_NOOP("tierdesk-cli", "create a sandbox database (with --demo: demo data)"), init},
            {"migrate", QT_TRANSLATE_NOOP("tierdesk-cli", "add TierDesk's tables to a production database"), migrate},
            {"evaluate", QT_TRANSLATE_NOOP("tierdesk-cli", "re-evaluate one affiliate's tier (race-guarded)"), evaluate},
            {"replay", QT_TRANSLATE_NOOP("tierdesk-cli", "replay Stripe events from a JSON-lines file"), replay},
            {"beacons", QT_TRANSLATE_NOOP("tierdesk-cli", "race-lost beacons per hour against the alert rule"), beacons},
    };
    return list;
}

int usage(QTextStream &stream)
{
    stream << QCoreApplication::translate("tierdesk-cli", "Usage: tierdesk-cli COMMAND --db URL [options]") << "\n\n"
           << QCoreApplication::translate("tierdesk-cli", "Commands:") << '\n';
    for (const Command &command : commands())
        stream << "  " << QString::fromLatin1(command.name).leftJustified(10)
               << QCoreApplication::translate("tierdesk-cli", command.summary) << '\n';
    stream << '\n'
           << QCoreApplication::translate("tierdesk-cli",
                                          "Run \"tierdesk-cli COMMAND --help\" for a command's options. Exit codes: 0 "
                                          "done, 2 usage error, 3 refused by a guard or bad data (nothing written), 4 "
                                          "cannot connect or open.")
           << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tierdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("TierDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERDESK_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return usage(CliContext::err()) + CliContext::UsageError;
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
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
    CliContext::err() << QCoreApplication::translate("tierdesk-cli", "Unknown command \"%1\"; run tierdesk-cli --help.")
                                 .arg(name)
                      << Qt::endl;
    return CliContext::UsageError;
}
