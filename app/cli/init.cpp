#include "../../models/common/text.h"
#include "../../models/demo/demodata.h"
#include "../../models/scale/largedata.h"
#include "../../models/schema/schema.h"
#include "commands.h"
#include "options.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace TierDesk::Cli {

namespace {

using Filled = std::pair<QString, QJsonObject>;

Result<Filled> fillLarge(const Connection &c, uint seed, int affiliates, bool text)
{
    LargeData::Options options;
    options.seed = seed;
    options.affiliates = affiliates;
    auto summary = LargeData::generate(c, options);
    if (!summary)
        return summary.error();
    if (text)
        CliContext::out() << QCoreApplication::translate("tierdesk-cli",
            "Large data: %1 affiliates, %2 commissions, %3 tier events (%4 injected race "
            "duplicates, %5 across a minute; %6 conflicts; %7 flip-flops; %8 drift) in %9 s.")
                                 .arg(Text::of(summary->affiliates), Text::of(summary->commissions),
                                     Text::of(summary->tierEvents), Text::of(summary->redundant),
                                     Text::of(summary->acrossMinute), Text::of(summary->conflicts),
                                     Text::of(summary->flipFlops), Text::of(summary->drift),
                                     QLocale().toString(summary->seconds, 'f', 1))
                          << Qt::endl;
    return Filled{QStringLiteral("large"), summary->toJson(seed)};
}

Result<Filled> fillDemo(const Connection &c, uint seed, const QDateTime &createdAt, bool text)
{
    auto summary = DemoData::generate(c, seed, createdAt);
    if (!summary)
        return summary.error();
    if (text)
        CliContext::out() << QCoreApplication::translate("tierdesk-cli",
            "Demo data: %1 affiliates, %2 commissions, %3 tier events "
            "(%4 affiliates with race duplicates, %5 redundant rows), "
            "%6 race-lost beacons.")
                                 .arg(Text::of(summary->affiliates), Text::of(summary->commissions),
                                     Text::of(summary->tierEvents),
                                     Text::of(summary->affectedAffiliates),
                                     Text::of(summary->redundantEvents), Text::of(summary->beacons))
                          << Qt::endl;
    return Filled{QStringLiteral("demo"), summary->toJson(seed)};
}

} // namespace

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
            "Demo size: small (the incident's story, default), large (100,000 affiliates, 5 "
            "million commissions, 1 million tier events) or xl (ten times large)."),
        QStringLiteral("size"), QStringLiteral("small"));
    const QCommandLineOption affiliates(QStringLiteral("affiliates"),
        QCoreApplication::translate("tierdesk-cli",
            "With --scale large or xl: how many affiliates (default 100000 or "
            "1000000)."),
        QStringLiteral("n"));
    const QCommandLineOption now(QStringLiteral("now"),
        QCoreApplication::translate("tierdesk-cli",
            "With --demo: create the demo as of this ISO-8601 time (default: now). Its "
            "subscriptions pay up to this moment."),
        QStringLiteral("iso"));
    const QCommandLineOption partition(QStringLiteral("partition"),
        QCoreApplication::translate("tierdesk-cli",
            "PostgreSQL: partition tier_events and affiliate_commissions as large production "
            "databases do, by hash of affiliate_id (hash) or by year of created_at (range)."),
        QStringLiteral("layout"));
    parser.addOptions({db, demo, seed, json, scale, affiliates, now, partition});
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
    if (size != QLatin1String("small") && size != QLatin1String("large")
        && size != QLatin1String("xl"))
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--scale takes small, large or xl, not \"%1\".")
                                                 .arg(size)));
    const std::optional<int> scaleAffiliates = LargeData::affiliatesAt(size);
    const bool large = scaleAffiliates.has_value();
    int affiliateCount = scaleAffiliates.value_or(LargeData::Options().affiliates);
    if (parser.isSet(affiliates))
        affiliateCount = parser.value(affiliates).toInt(&seedOk);
    if (!seedOk || affiliateCount < 1 || affiliateCount > LargeData::MaxAffiliates)
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--affiliates takes a number from 1 to 10000000.")));
    auto createdAt = timeArgument(parser, now); // invalid: the current time
    if (!createdAt)
        return CliContext::fail(createdAt.error());

    const auto layout = Schema::layoutNamed(parser.value(partition));
    if (!layout)
        return CliContext::fail(Error::usage(
            QCoreApplication::translate("tierdesk-cli", "--partition takes hash or range.")));
    if (*layout != Schema::Layout::Plain) {
        // Checked before anything is opened: a SQLite file is not created for nothing.
        auto url = DatabaseUrl::parse(parser.value(db));
        if (url && !url->isPostgres())
            return CliContext::fail(Error::usage(QCoreApplication::translate("tierdesk-cli",
                "--partition is for PostgreSQL; a SQLite database has no partitions.")));
    }

    auto connection = CliContext::open(parser.value(db), Connection::Mode::Create);
    if (!connection)
        return CliContext::fail(connection.error());
    if (auto done = Schema::initialize(**connection, *layout); !done)
        return CliContext::fail(done.error());
    QJsonObject result{{QStringLiteral("database"), (*connection)->url().toDisplayString()},
        {QStringLiteral("schema_version"), Schema::CurrentVersion}};
    if (parser.isSet(demo)) {
        auto filled = large
            ? fillLarge(**connection, seedValue, affiliateCount, !parser.isSet(json))
            : fillDemo(**connection, seedValue, *createdAt, !parser.isSet(json));
        if (!filled)
            return CliContext::fail(filled.error());
        result.insert(filled->first, filled->second);
    }
    if (parser.isSet(json))
        CliContext::out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        CliContext::out() << QCoreApplication::translate(
            "tierdesk-cli", "Initialised %1 (schema version %2).")
                                 .arg(Text::of((*connection)->url().toDisplayString()),
                                     Text::of(Schema::CurrentVersion))
                          << Qt::endl;
    return CliContext::Done;
}

} // namespace TierDesk::Cli
