// tierdesk-cli: the headless side of TierDesk. Links tierdesk_models only.

#include "../models/common/catalogue.h"
#include "cli/commands.h"
#include "clicontext.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <functional>
#include <memory>

using namespace TierDesk;

namespace {

// The command table: adding a command is one file in app/cli/ and one line here.
struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"init",
            QT_TRANSLATE_NOOP("tierdesk-cli", "create a sandbox database (with --demo: demo data)"),
            Cli::init},
        {"migrate",
            QT_TRANSLATE_NOOP("tierdesk-cli", "add TierDesk's tables to a production database"),
            Cli::migrate},
        {"audit",
            QT_TRANSLATE_NOOP(
                "tierdesk-cli", "find race duplicates, conflicts, chain breaks and drift"),
            Cli::audit},
        {"backfill",
            QT_TRANSLATE_NOOP(
                "tierdesk-cli", "supersede redundant duplicates (guarded; --dry-run first)"),
            Cli::backfill},
        {"undo", QT_TRANSLATE_NOOP("tierdesk-cli", "restore the rows of a backfill batch"),
            Cli::undo},
        {"resolve",
            QT_TRANSLATE_NOOP("tierdesk-cli",
                "decide a conflict, drift or chain break (guarded; --dry-run first)"),
            Cli::resolve},
        {"evaluate",
            QT_TRANSLATE_NOOP("tierdesk-cli", "re-evaluate one affiliate's tier (race-guarded)"),
            Cli::evaluate},
        {"replay", QT_TRANSLATE_NOOP("tierdesk-cli", "replay Stripe events from a JSON-lines file"),
            Cli::replay},
        {"beacons",
            QT_TRANSLATE_NOOP("tierdesk-cli", "race-lost beacons per hour against the alert rule"),
            Cli::beacons},
        {"activity",
            QT_TRANSLATE_NOOP("tierdesk-cli", "who did what, when, under which ticket and why"),
            Cli::activity},
        {"reply", QT_TRANSLATE_NOOP("tierdesk-cli", "draft a reply to an affiliate (--lang de|en)"),
            Cli::reply},
        {"stats",
            QT_TRANSLATE_NOOP("tierdesk-cli", "when the list's figures were computed; --refresh"),
            Cli::stats},
        {"case-report",
            QT_TRANSLATE_NOOP("tierdesk-cli",
                "an affiliate's case report as PDF or HTML, as the window writes it"),
            Cli::caseReport},
        {"approvals",
            QT_TRANSLATE_NOOP("tierdesk-cli",
                "four eyes: list, show, approve, reject or withdraw approval requests"),
            Cli::approvals},
        {"policy",
            QT_TRANSLATE_NOOP(
                "tierdesk-cli", "show or set the four-eyes policy (its owner, on PostgreSQL)"),
            Cli::policy},
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
        stream << "  " << QString::fromLatin1(command.name).leftJustified(12)
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
    // No display, ever: the case report's fonts and PDF need a QGuiApplication, which
    // runs on the offscreen platform; every other command is a core application.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    CliContext::quietenDriverWarnings();
    const bool report = argc > 1 && qstrcmp(argv[1], "case-report") == 0;
    const std::unique_ptr<QCoreApplication> app = report
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
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
