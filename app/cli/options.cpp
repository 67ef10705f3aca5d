#include "options.h"
#include "../../models/audit/audit.h"
#include "../../models/common/text.h"
#include "../../models/lookup/affiliatelookup.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace TierDesk::Cli {

namespace {

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

} // namespace

// Parses a command's own options; returns an exit code if parsing ended the command.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
    const QString &command, const QString &description)
{
    parser.setApplicationDescription(description);
    // Every command may be given the standby its reads should use: only the commands
    // that merely read go there (Connection::Mode::Browse); the rest ignore it.
    const QCommandLineOption readDb(QStringLiteral("read-db"),
        QCoreApplication::translate("tierdesk-cli",
            "A hot standby of --db to read from (postgresql:// URI or ?service=NAME): audit, "
            "case-report, reply, activity, beacons and stats read there; previews, re-checks "
            "and writes stay on --db."),
        QStringLiteral("url"));
    const QCommandLineOption maxLag(QStringLiteral("max-lag"),
        QCoreApplication::translate("tierdesk-cli",
            "Warn on stderr when the --read-db standby is more than this many seconds behind "
            "(default 60)."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    parser.addOptions({readDb, maxLag});
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        CliContext::err() << parser.errorText() << Qt::endl;
        return CliContext::UsageError;
    }
    bool lagOk = false;
    const int lagSeconds = parser.value(maxLag).toInt(&lagOk);
    if (!lagOk || lagSeconds < 0) {
        CliContext::err() << QCoreApplication::translate(
            "tierdesk-cli", "--max-lag takes a number of seconds.")
                          << Qt::endl;
        return CliContext::UsageError;
    }
    CliContext::setStandby(parser.value(readDb), lagSeconds);
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

Result<QDateTime> timeArgument(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QDateTime();
    const auto parsed = parseTime(parser.value(option));
    if (!parsed)
        return Error::usage(
            QCoreApplication::translate("tierdesk-cli", "--%1 \"%2\" is not an ISO-8601 time.")
                .arg(option.names().constFirst(), Error::quoted(parser.value(option))));
    return *parsed;
}

QCommandLineOption operatorOption()
{
    return {QStringLiteral("operator"),
        QCoreApplication::translate(
            "tierdesk-cli", "Name for the audit log (default: your user name)."),
        QStringLiteral("name")};
}

QCommandLineOption ticketOption()
{
    return {QStringLiteral("ticket"),
        QCoreApplication::translate("tierdesk-cli",
            "The ticket this write is for (e.g. SUP-4821 or a URL), kept with the batch and "
            "in the audit log."),
        QStringLiteral("ref")};
}

QCommandLineOption reasonOption()
{
    return {QStringLiteral("reason"),
        QCoreApplication::translate(
            "tierdesk-cli", "Why, in one line, kept with the batch and in the audit log."),
        QStringLiteral("text")};
}

Result<OperatorInfo> whoOf(const QCommandLineParser &parser)
{
    return OperatorInfo::withTicket(parser.value(QStringLiteral("operator")),
        parser.value(QStringLiteral("ticket")), parser.value(QStringLiteral("reason")));
}

int printDryRun(const Connection &connection, const Backfill::Plan &plan, const QString &headline,
    const QString &rowText, const QString &nextStep)
{
    auto handles = AffiliateLookup::handles(connection, plan.affiliateIds());
    if (!handles)
        return CliContext::fail(handles.error());
    QTextStream &out = CliContext::out();
    out << headline << '\n';
    for (const auto &row : std::as_const(plan.rows))
        out << "  " << handleOf(*handles, row.affiliateId).leftJustified(22) << ' '
            << rowText.arg(Text::of(row.id), Text::of(row.keepId)) << '\n';
    out << QCoreApplication::translate("tierdesk-cli", "Fingerprint: %1. Nothing was written.")
               .arg(plan.fingerprint)
        << '\n';
    if (!plan.isEmpty())
        out << nextStep << '\n';
    out.flush();
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
    warnIfLookalike(found->handle);
    return found->id;
}

void warnIfLookalike(const QString &handle)
{
    const QStringList odd = Text::suspiciousCodePoints(handle);
    if (odd.isEmpty())
        return;
    CliContext::err() << QCoreApplication::translate("tierdesk-cli",
        "Note: the handle @%1 contains %2, which make it look like another "
        "handle; check that it is the affiliate you mean.")
                             .arg(Text::printable(handle), odd.join(QStringLiteral(", ")))
                      << Qt::endl;
}

Result<AffiliateDetail> affiliateDetail(const Connection &connection,
    const QCommandLineParser &parser, const QCommandLineOption &option)
{
    auto id = affiliateArgument(connection, parser, option);
    if (!id)
        return id.error();
    return AffiliateDetail::load(connection, *id);
}

QString handleOf(const QHash<QString, QString> &handles, const QString &id)
{
    const QString handle = handles.value(id);
    return handle.isEmpty() ? id : QLatin1Char('@') + Text::printable(handle);
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

} // namespace TierDesk::Cli
