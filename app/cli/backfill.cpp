#include "../../models/backfill/backfill.h"
#include "../../models/common/operatorinfo.h"
#include "../../models/common/text.h"
#include "commands.h"
#include "options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TierDesk::Cli {

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
    const QCommandLineOption op = operatorOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, dryRun, yes, fingerprint, window, affiliate, op, ticketOption(),
        reasonOption(), json});
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
    auto connection = CliContext::openMigrated(parser.value(db),
        parser.isSet(yes) ? Connection::Mode::ReadWrite : Connection::Mode::ReadOnly);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    auto only = affiliateArgument(c, parser, affiliate);
    if (!only)
        return CliContext::fail(only.error());
    Backfill::Options options;
    options.windowSeconds = *seconds;
    options.affiliateId = *only;
    options.expectedFingerprint = parser.value(fingerprint);
    auto who = whoOf(parser);
    if (!who)
        return CliContext::fail(who.error());
    options.who = *who;
    QTextStream &out = CliContext::out();

    if (parser.isSet(dryRun)) {
        auto plan = Backfill::preview(c, options);
        if (!plan)
            return CliContext::fail(plan.error());
        if (parser.isSet(json)) {
            out << QJsonDocument(plan->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
            return CliContext::Done;
        }
        return printDryRun(c, *plan,
            QCoreApplication::translate("tierdesk-cli",
                "Dry run on %1: supersede %2 rows in %3 clusters at %4 affiliates (window %5 s).")
                .arg(Text::of(c.url().toDisplayString()), Text::of(plan->rows.size()),
                    Text::of(plan->clusters), Text::of(plan->affiliates),
                    Text::of(plan->windowSeconds)),
            QCoreApplication::translate("tierdesk-cli", "supersede #%1, keep #%2"),
            QCoreApplication::translate("tierdesk-cli",
                "To apply exactly this plan: tierdesk-cli backfill --db URL --yes --fingerprint %1")
                .arg(plan->fingerprint));
    }

    auto outcome = Backfill::apply(c, options);
    if (!outcome)
        return CliContext::fail(outcome.error());
    if (parser.isSet(json)) {
        out << QJsonDocument(outcome->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
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
                   .arg(Text::of(outcome->batchId), Text::of(outcome->rowsChanged),
                       Text::of(outcome->affiliates), Text::of(outcome->fingerprint))
            << Qt::endl;
    return CliContext::Done;
}

} // namespace TierDesk::Cli
