#include "../../models/resolve/resolve.h"
#include "../../models/affiliates/affiliatelookup.h"
#include "../../models/common/text.h"
#include "commands.h"
#include "options.h"

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

} // namespace

int resolve(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption conflict(QStringLiteral("conflict"),
        QCoreApplication::translate(
            "tierdesk-cli", "Resolve the conflict this tier event belongs to (with --keep)."),
        QStringLiteral("event"));
    const QCommandLineOption keep(QStringLiteral("keep"),
        QCoreApplication::translate("tierdesk-cli",
            "With --conflict: the event that stays; the others are superseded, pointing at it."),
        QStringLiteral("event"));
    const QCommandLineOption drift(QStringLiteral("drift"),
        QCoreApplication::translate("tierdesk-cli",
            "Resolve the drift of this affiliate (id, handle or evt_ id; with --align or "
            "--record)."),
        QStringLiteral("affiliate"));
    const QCommandLineOption align(QStringLiteral("align"),
        QCoreApplication::translate("tierdesk-cli",
            "With --drift: set the profile's rate to where its history ends (compare-and-set)."));
    const QCommandLineOption record(QStringLiteral("record"),
        QCoreApplication::translate("tierdesk-cli",
            "With --drift: record the missing tier event that explains the profile's rate."));
    const QCommandLineOption chainBreak(QStringLiteral("chain-break"),
        QCoreApplication::translate("tierdesk-cli",
            "Mark the chain break at this tier event as reviewed (needs --reason)."),
        QStringLiteral("event"));
    const QCommandLineOption undo(QStringLiteral("undo"),
        QCoreApplication::translate("tierdesk-cli",
            "Undo this resolution (its id, from the dry run, the result or activity)."),
        QStringLiteral("resolution"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        QCoreApplication::translate(
            "tierdesk-cli", "Print what would change and its fingerprint; write nothing."));
    const QCommandLineOption yes(
        QStringLiteral("yes"), QCoreApplication::translate("tierdesk-cli", "Write it."));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
        QCoreApplication::translate("tierdesk-cli",
            "With --yes, required: write only if the finding is still the one the dry run "
            "printed (16 hex digits)."),
        QStringLiteral("f"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, conflict, keep, drift, align, record, chainBreak, undo, dryRun, yes,
        fingerprint, operatorOption(), ticketOption(), reasonOption(), json});
    if (auto exit = parse(parser, arguments, QStringLiteral("resolve"),
            QCoreApplication::translate("tierdesk-cli",
                "Decide what the audit leaves to a person, guarded like backfill: --dry-run "
                "first, then --yes --fingerprint F. One of --conflict EVENT --keep EVENT, "
                "--drift AFFILIATE --align|--record, --chain-break EVENT --reason TEXT, "
                "--undo RESOLUTION.")))
        return *exit;

    const int targets = int(parser.isSet(conflict)) + int(parser.isSet(drift))
        + int(parser.isSet(chainBreak)) + int(parser.isSet(undo));
    if (targets != 1)
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "Give exactly one of --conflict, --drift, --chain-break and --undo.")));
    if (parser.isSet(keep) != parser.isSet(conflict))
        return CliContext::fail(Error::usage(
            QCoreApplication::translate("tierdesk-cli", "--conflict and --keep go together.")));
    if ((parser.isSet(align) || parser.isSet(record)) && !parser.isSet(drift))
        return CliContext::fail(Error::usage(
            QCoreApplication::translate("tierdesk-cli", "--align and --record go with --drift.")));
    if (parser.isSet(drift) && parser.isSet(align) == parser.isSet(record))
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "With --drift, give either --align or --record.")));
    if (parser.isSet(dryRun) == parser.isSet(yes))
        return CliContext::fail(Error::usage(
            QCoreApplication::translate("tierdesk-cli", "Give either --dry-run or --yes.")));
    if (parser.isSet(dryRun) && parser.isSet(fingerprint))
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--fingerprint goes with --yes, not with --dry-run.")));
    if (auto checked = checkFingerprint(parser, yes, fingerprint, QStringLiteral("resolve"));
        !checked)
        return CliContext::fail(checked.error());
    auto who = whoOf(parser);
    if (!who)
        return CliContext::fail(who.error());
    if (parser.isSet(chainBreak) && parser.isSet(yes) && who->reason.isEmpty())
        return CliContext::fail(Error::usage(QCoreApplication::translate("tierdesk-cli",
            "Marking a chain break as reviewed needs --reason; nothing was written.")));

    Resolve::Request request;
    qint64 undoOf = 0;
    if (parser.isSet(conflict)) {
        auto event = idArgument(parser, conflict);
        auto kept = idArgument(parser, keep);
        if (!event || !kept)
            return CliContext::fail(event ? kept.error() : event.error());
        request.kind = Resolve::Kind::Conflict;
        request.eventId = *event;
        request.keepId = *kept;
    } else if (parser.isSet(chainBreak)) {
        auto event = idArgument(parser, chainBreak);
        if (!event)
            return CliContext::fail(event.error());
        request.kind = Resolve::Kind::ChainBreak;
        request.eventId = *event;
    } else if (parser.isSet(undo)) {
        auto id = idArgument(parser, undo);
        if (!id)
            return CliContext::fail(id.error());
        undoOf = *id;
    } else {
        request.kind = parser.isSet(align) ? Resolve::Kind::DriftAlign : Resolve::Kind::DriftRecord;
    }

    auto connection = CliContext::openMigrated(parser.value(db),
        parser.isSet(yes) ? Connection::Mode::ReadWrite : Connection::Mode::ReadOnly);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    QTextStream &out = CliContext::out();
    if (parser.isSet(drift)) {
        auto affiliate = affiliateArgument(c, parser, drift);
        if (!affiliate)
            return CliContext::fail(affiliate.error());
        request.affiliateId = *affiliate;
    }
    // Echoed so the next step can be pasted as it is.
    QStringList again{QStringLiteral("tierdesk-cli resolve --db URL")};
    for (const QCommandLineOption &option : {conflict, keep, drift, chainBreak, undo}) {
        if (parser.isSet(option))
            again << QStringLiteral("--%1 %2").arg(option.names().first(), parser.value(option));
    }
    for (const QCommandLineOption &option : {align, record}) {
        if (parser.isSet(option))
            again << QStringLiteral("--%1").arg(option.names().first());
    }
    if (parser.isSet(chainBreak))
        again << QStringLiteral("--reason TEXT");

    // A dry run's text: what would change, its fingerprint, and the command that writes it.
    const auto printDryRun = [&](const QString &change, const QString &print,
                                 const QString &nextStep) {
        out << QCoreApplication::translate("tierdesk-cli", "Dry run on %1: %2")
                   .arg(c.url().toDisplayString(), change)
            << '\n'
            << QCoreApplication::translate("tierdesk-cli", "Fingerprint: %1").arg(print) << '\n'
            << nextStep.arg(again.join(QLatin1Char(' ')), print) << Qt::endl;
    };

    if (undoOf) {
        if (parser.isSet(dryRun)) {
            auto plan = Resolve::undoPreview(c, undoOf);
            if (!plan)
                return CliContext::fail(plan.error());
            if (parser.isSet(json)) {
                out << QJsonDocument(plan->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
                return CliContext::Done;
            }
            printDryRun(plan->describe(handleText(c, plan->affiliateId)), plan->fingerprint,
                QCoreApplication::translate(
                    "tierdesk-cli", "To undo exactly this: %1 --yes --fingerprint %2"));
            return CliContext::Done;
        }
        auto outcome = Resolve::undo(c, undoOf, parser.value(fingerprint), *who);
        if (!outcome)
            return CliContext::fail(outcome.error());
        if (parser.isSet(json))
            out << QJsonDocument(outcome->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            out << QCoreApplication::translate("tierdesk-cli", "Resolution %1 undone (%2).")
                       .arg(Text::of(undoOf), Resolve::kindText(outcome->kind))
                << Qt::endl;
        return CliContext::Done;
    }

    if (parser.isSet(dryRun)) {
        auto plan = Resolve::preview(c, request);
        if (!plan)
            return CliContext::fail(plan.error());
        if (parser.isSet(json)) {
            out << QJsonDocument(plan->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
            return CliContext::Done;
        }
        printDryRun(plan->describe(handleText(c, plan->affiliateId)), plan->fingerprint,
            QCoreApplication::translate(
                "tierdesk-cli", "To write exactly this: %1 --yes --fingerprint %2"));
        return CliContext::Done;
    }
    auto outcome = Resolve::apply(c, request, parser.value(fingerprint), *who);
    if (!outcome)
        return CliContext::fail(outcome.error());
    if (parser.isSet(json)) {
        out << QJsonDocument(outcome->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out << QCoreApplication::translate("tierdesk-cli", "Resolution %1: %2.")
                   .arg(Text::of(outcome->resolutionId), Resolve::kindText(outcome->kind));
        if (outcome->tierEventId)
            out << ' '
                << QCoreApplication::translate("tierdesk-cli", "Tier event #%1 recorded.")
                       .arg(outcome->tierEventId);
        out << ' '
            << QCoreApplication::translate(
                   "tierdesk-cli", "To undo: tierdesk-cli resolve --db URL --undo %1 --dry-run")
                   .arg(outcome->resolutionId)
            << Qt::endl;
    }
    return CliContext::Done;
}

} // namespace TierDesk::Cli
