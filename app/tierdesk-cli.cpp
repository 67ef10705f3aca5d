// tierdesk-cli: the headless side of TierDesk. Links tierdesk_models only.

#include "clicontext.h"
#include "demodata.h"
#include "schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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

const QList<Command> &commands()
{
    static const QList<Command> list = {
            {"init", QT_TRANSLATE_NOOP("tierdesk-cli", "create a sandbox database (with --demo: demo data)"), init},
            {"migrate", QT_TRANSLATE_NOOP("tierdesk-cli", "add TierDesk's tables to a production database"), migrate},
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
