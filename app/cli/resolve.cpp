#include "../../models/resolve/resolve.h"
#include "../../models/common/text.h"
#include "../../models/lookup/affiliatelookup.h"
#include "commands.h"
#include "options.h"
#include "writedriver.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace TierDesk::Cli {

namespace {

// A positive id from `option`, or a usage error naming it.
Result<qint64> idArgument(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    if (!ok || id < 1)
        return Error::usage(
            QCoreApplication::translate("tierdesk-cli", "--%1 takes an id (a positive number).")
                .arg(option.names().first()));
    return id;
}

QString handleText(const Connection &connection, const QString &affiliateId)
{
    auto handles = AffiliateLookup::handles(connection, {affiliateId});
    return handles ? Text::printable(handles->value(affiliateId)) : QString();
}

// What resolve is asked to decide: its options, parsed into a request (or the
// resolution to undo), and the command that repeats it.
struct Target
{
    QCommandLineOption conflict{QStringLiteral("conflict"),
        QCoreApplication::translate(
            "tierdesk-cli", "Resolve the conflict this tier event belongs to (with --keep)."),
        QStringLiteral("event")};
    QCommandLineOption keep{QStringLiteral("keep"),
        QCoreApplication::translate("tierdesk-cli",
            "With --conflict: the event that stays; the others are superseded, pointing at it."),
        QStringLiteral("event")};
    QCommandLineOption drift{QStringLiteral("drift"),
        QCoreApplication::translate("tierdesk-cli",
            "Resolve the drift of this affiliate (id, handle or evt_ id; with --align or "
            "--record)."),
        QStringLiteral("affiliate")};
    QCommandLineOption align{QStringLiteral("align"),
        QCoreApplication::translate("tierdesk-cli",
            "With --drift: set the profile's rate to where its history ends (compare-and-set).")};
    QCommandLineOption record{QStringLiteral("record"),
        QCoreApplication::translate("tierdesk-cli",
            "With --drift: record the missing tier event that explains the profile's rate.")};
    QCommandLineOption chainBreak{QStringLiteral("chain-break"),
        QCoreApplication::translate("tierdesk-cli",
            "Mark the chain break at this tier event as reviewed (needs --reason)."),
        QStringLiteral("event")};
    QCommandLineOption undo{QStringLiteral("undo"),
        QCoreApplication::translate("tierdesk-cli",
            "Undo this resolution (its id, from the dry run, the result or activity)."),
        QStringLiteral("resolution")};

    Resolve::Request request;
    qint64 undoOf = 0;

    QList<QCommandLineOption> options() const
    {
        return {conflict, keep, drift, align, record, chainBreak, undo};
    }

    // Exactly one target, with what goes with it; ids well-formed.
    Result<void> read(const QCommandLineParser &parser)
    {
        const int targets = int(parser.isSet(conflict)) + int(parser.isSet(drift))
            + int(parser.isSet(chainBreak)) + int(parser.isSet(undo));
        if (targets != 1)
            return Error::usage(QCoreApplication::translate("tierdesk-cli",
                "Give exactly one of --conflict, --drift, --chain-break and --undo."));
        if (parser.isSet(keep) != parser.isSet(conflict))
            return Error::usage(
                QCoreApplication::translate("tierdesk-cli", "--conflict and --keep go together."));
        if ((parser.isSet(align) || parser.isSet(record)) && !parser.isSet(drift))
            return Error::usage(QCoreApplication::translate(
                "tierdesk-cli", "--align and --record go with --drift."));
        if (parser.isSet(drift) && parser.isSet(align) == parser.isSet(record))
            return Error::usage(QCoreApplication::translate(
                "tierdesk-cli", "With --drift, give either --align or --record."));
        return {};
    }

    Result<void> readIds(const QCommandLineParser &parser)
    {
        if (parser.isSet(conflict)) {
            auto event = idArgument(parser, conflict);
            auto kept = idArgument(parser, keep);
            if (!event || !kept)
                return event ? kept.error() : event.error();
            request.kind = Resolve::Kind::Conflict;
            request.eventId = *event;
            request.keepId = *kept;
        } else if (parser.isSet(chainBreak)) {
            auto event = idArgument(parser, chainBreak);
            if (!event)
                return event.error();
            request.kind = Resolve::Kind::ChainBreak;
            request.eventId = *event;
        } else if (parser.isSet(undo)) {
            auto id = idArgument(parser, undo);
            if (!id)
                return id.error();
            undoOf = *id;
        } else {
            request.kind
                = parser.isSet(align) ? Resolve::Kind::DriftAlign : Resolve::Kind::DriftRecord;
        }
        return {};
    }

    // The command again, so that the next step can be pasted as it is.
    QString again(const QCommandLineParser &parser) const
    {
        QStringList words{QStringLiteral("tierdesk-cli resolve --db URL")};
        for (const QCommandLineOption &option : {conflict, keep, drift, chainBreak, undo}) {
            if (parser.isSet(option))
                words << QStringLiteral("--%1 %2").arg(
                    option.names().first(), parser.value(option));
        }
        for (const QCommandLineOption &option : {align, record}) {
            if (parser.isSet(option))
                words << QStringLiteral("--%1").arg(option.names().first());
        }
        if (parser.isSet(chainBreak))
            words << QStringLiteral("--reason TEXT");
        return words.join(QLatin1Char(' '));
    }
};

// A dry run's text: what would change, its fingerprint, and the command that writes it.
template <typename Plan>
int printPlan(const Connection &c, const WriteDriver &driver, const Plan &plan,
    const QString &again, const char *nextStep)
{
    if (driver.wantsJson())
        return WriteDriver::printJson(plan.toJson());
    CliContext::out()
        << QCoreApplication::translate("tierdesk-cli", "Dry run on %1: %2")
               .arg(c.url().toDisplayString(), plan.describe(handleText(c, plan.affiliateId)))
        << '\n'
        << QCoreApplication::translate("tierdesk-cli", "Fingerprint: %1").arg(plan.fingerprint)
        << '\n'
        << QCoreApplication::translate("tierdesk-cli", nextStep).arg(again, plan.fingerprint)
        << Qt::endl;
    return CliContext::Done;
}

int printOutcome(const WriteDriver &driver, const Resolve::Outcome &outcome, qint64 undoOf)
{
    if (driver.wantsJson())
        return WriteDriver::printJson(outcome.toJson());
    QTextStream &out = CliContext::out();
    if (undoOf) {
        out << QCoreApplication::translate("tierdesk-cli", "Resolution %1 undone (%2).")
                   .arg(Text::of(undoOf), Resolve::kindText(outcome.kind))
            << Qt::endl;
        return CliContext::Done;
    }
    out << QCoreApplication::translate("tierdesk-cli", "Resolution %1: %2.")
               .arg(Text::of(outcome.resolutionId), Resolve::kindText(outcome.kind));
    if (outcome.tierEventId)
        out << ' '
            << QCoreApplication::translate("tierdesk-cli", "Tier event #%1 recorded.")
                   .arg(outcome.tierEventId);
    out << ' '
        << QCoreApplication::translate(
               "tierdesk-cli", "To undo: tierdesk-cli resolve --db URL --undo %1 --dry-run")
               .arg(outcome.resolutionId)
        << Qt::endl;
    return CliContext::Done;
}

} // namespace

int resolve(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    Target target;
    WriteDriver driver(QStringLiteral("resolve"),
        {QT_TRANSLATE_NOOP(
             "tierdesk-cli", "Print what would change and its fingerprint; write nothing."),
            QT_TRANSLATE_NOOP("tierdesk-cli", "Write it."),
            QT_TRANSLATE_NOOP("tierdesk-cli",
                "With --yes, required: write only if the finding is still the one the dry run "
                "printed (16 hex digits).")});
    parser.addOption(db);
    parser.addOptions(target.options());
    parser.addOptions(driver.options());
    if (auto exit = parse(parser, arguments, QStringLiteral("resolve"),
            QCoreApplication::translate("tierdesk-cli",
                "Decide what the audit leaves to a person, guarded like backfill: --dry-run "
                "first, then --yes --fingerprint F. One of --conflict EVENT --keep EVENT, "
                "--drift AFFILIATE --align|--record, --chain-break EVENT --reason TEXT, "
                "--undo RESOLUTION.")))
        return *exit;
    if (auto read = target.read(parser); !read)
        return CliContext::fail(read.error());
    if (auto checked = driver.check(parser); !checked)
        return CliContext::fail(checked.error());
    if (parser.isSet(target.chainBreak) && !driver.isDryRun() && driver.who().reason.isEmpty())
        return CliContext::fail(Error::usage(QCoreApplication::translate("tierdesk-cli",
            "Marking a chain break as reviewed needs --reason; nothing was written.")));
    if (auto ids = target.readIds(parser); !ids)
        return CliContext::fail(ids.error());
    auto connection = CliContext::openMigrated(parser.value(db), driver.mode());
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    if (parser.isSet(target.drift)) {
        auto affiliate = affiliateArgument(c, parser, target.drift);
        if (!affiliate)
            return CliContext::fail(affiliate.error());
        target.request.affiliateId = *affiliate;
    }
    const QString again = target.again(parser);
    if (target.undoOf && driver.isDryRun()) {
        auto plan = Resolve::undoPreview(c, target.undoOf);
        return plan ? printPlan(c, driver, *plan, again,
                   QT_TRANSLATE_NOOP(
                       "tierdesk-cli", "To undo exactly this: %1 --yes --fingerprint %2"))
                    : CliContext::fail(plan.error());
    }
    if (driver.isDryRun()) {
        auto plan = Resolve::preview(c, target.request);
        return plan ? printPlan(c, driver, *plan, again,
                   QT_TRANSLATE_NOOP(
                       "tierdesk-cli", "To write exactly this: %1 --yes --fingerprint %2"))
                    : CliContext::fail(plan.error());
    }
    auto outcome = target.undoOf
        ? Resolve::undo(c, target.undoOf, driver.fingerprint(), driver.who())
        : Resolve::apply(c, target.request, driver.fingerprint(), driver.who());
    return outcome ? printOutcome(driver, *outcome, target.undoOf)
                   : CliContext::fail(outcome.error());
}

} // namespace TierDesk::Cli
