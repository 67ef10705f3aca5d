#include "../../models/backfill/backfill.h"
#include "../../models/common/operatorinfo.h"
#include "../../models/common/text.h"
#include "commands.h"
#include "options.h"
#include "writedriver.h"

#include <QCoreApplication>

namespace TierDesk::Cli {

namespace {

int printPlan(const Connection &c, const WriteDriver &driver, const Backfill::Plan &plan)
{
    if (driver.wantsJson())
        return WriteDriver::printJson(plan.toJson());
    return printDryRun(c, plan,
        QCoreApplication::translate("tierdesk-cli",
            "Dry run on %1: supersede %2 rows in %3 clusters at %4 affiliates (window %5 s).")
            .arg(Text::of(c.url().toDisplayString()), Text::of(plan.rows.size()),
                Text::of(plan.clusters), Text::of(plan.affiliates), Text::of(plan.windowSeconds)),
        QCoreApplication::translate("tierdesk-cli", "supersede #%1, keep #%2"),
        QCoreApplication::translate("tierdesk-cli",
            "To apply exactly this plan: tierdesk-cli backfill --db URL --yes --fingerprint %1")
            .arg(plan.fingerprint));
}

int printOutcome(const WriteDriver &driver, const Backfill::Outcome &outcome)
{
    if (driver.wantsJson())
        return WriteDriver::printJson(outcome.toJson());
    QTextStream &out = CliContext::out();
    if (!outcome.batchId)
        out << QCoreApplication::translate(
            "tierdesk-cli", "Nothing to supersede; no batch was written.")
            << Qt::endl;
    else
        out << QCoreApplication::translate("tierdesk-cli",
            "Batch %1: superseded %2 rows at %3 affiliates (fingerprint %4). To undo it, "
            "preview first: tierdesk-cli undo --db URL --batch %1 --dry-run")
                   .arg(Text::of(outcome.batchId), Text::of(outcome.rowsChanged),
                       Text::of(outcome.affiliates), Text::of(outcome.fingerprint))
            << Qt::endl;
    return CliContext::Done;
}

} // namespace

int backfill(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    WriteDriver driver(QStringLiteral("backfill"),
        {QT_TRANSLATE_NOOP("tierdesk-cli", "Print the plan and its fingerprint; write nothing."),
            QT_TRANSLATE_NOOP("tierdesk-cli", "Apply the plan (supersede the redundant rows)."),
            QT_TRANSLATE_NOOP("tierdesk-cli",
                "With --yes, required: apply only if the plan is still the one the dry run "
                "printed (16 hex digits).")});
    const QCommandLineOption window = windowOption();
    const QCommandLineOption affiliate = affiliateOption(QT_TRANSLATE_NOOP(
        "tierdesk-cli", "Only this affiliate's duplicates: id, handle or a Stripe event id."));
    parser.addOptions({db, window, affiliate});
    parser.addOptions(driver.options());
    if (auto exit = parse(parser, arguments, QStringLiteral("backfill"),
            QCoreApplication::translate("tierdesk-cli",
                "Supersede the redundant rows of every race-duplicate cluster, guarded: one "
                "transaction, only if the plan has not changed.")))
        return *exit;
    if (auto checked = driver.check(parser); !checked)
        return CliContext::fail(checked.error());
    const auto seconds = parseWindow(parser.value(window));
    if (!seconds)
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--window-seconds takes a number of seconds from 0 to one year.")));
    auto connection = CliContext::openMigrated(parser.value(db), driver.mode());
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    auto only = affiliateArgument(c, parser, affiliate);
    if (!only)
        return CliContext::fail(only.error());
    Backfill::Options options;
    options.windowSeconds = *seconds;
    options.affiliateId = *only;
    options.expectedFingerprint = driver.fingerprint();
    options.who = driver.who();
    if (driver.isDryRun()) {
        auto plan = Backfill::preview(c, options);
        return plan ? printPlan(c, driver, *plan) : CliContext::fail(plan.error());
    }
    if (driver.requestsApproval())
        return requestApproval(driver,
            {Approvals::Kind::Backfill, options.windowSeconds, options.affiliateId, 0,
                driver.fingerprint(), driver.who()},
            c);
    auto outcome = Backfill::apply(c, options);
    return outcome ? printOutcome(driver, *outcome) : driver.fail(outcome.error());
}

} // namespace TierDesk::Cli
