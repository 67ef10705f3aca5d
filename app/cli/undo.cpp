#include "../../models/backfill/backfill.h"
#include "../../models/common/operatorinfo.h"
#include "../../models/common/text.h"
#include "commands.h"
#include "options.h"
#include "writedriver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TierDesk::Cli {

namespace {

int printPlan(
    const Connection &c, const WriteDriver &driver, const Backfill::Plan &plan, qint64 batchId)
{
    if (driver.wantsJson())
        return WriteDriver::printJson(plan.toUndoJson(batchId));
    return printDryRun(c, plan,
        QCoreApplication::translate("tierdesk-cli",
            "Dry run on %1: restore %2 rows at %3 affiliates still superseded by batch %4.")
            .arg(Text::of(c.url().toDisplayString()), Text::of(plan.rows.size()),
                Text::of(plan.affiliates), Text::of(batchId)),
        QCoreApplication::translate("tierdesk-cli", "restore #%1 (superseded by #%2)"),
        QCoreApplication::translate("tierdesk-cli",
            "To restore exactly these rows: tierdesk-cli undo --db URL --batch %1 --yes "
            "--fingerprint %2")
            .arg(Text::of(batchId), Text::of(plan.fingerprint)));
}

int printOutcome(const WriteDriver &driver, const Backfill::Outcome &outcome, qint64 batchId)
{
    if (driver.wantsJson()) {
        QJsonObject object = outcome.toJson();
        object.insert(QStringLiteral("undo_of"), batchId);
        return WriteDriver::printJson(object);
    }
    QTextStream &out = CliContext::out();
    if (!outcome.batchId)
        out << QCoreApplication::translate(
            "tierdesk-cli", "No row is still superseded by batch %1; nothing to undo.")
                   .arg(batchId)
            << Qt::endl;
    else
        out << QCoreApplication::translate(
            "tierdesk-cli", "Batch %1 restored %2 rows superseded by batch %3.")
                   .arg(Text::of(outcome.batchId), Text::of(outcome.rowsChanged), Text::of(batchId))
            << Qt::endl;
    return CliContext::Done;
}

} // namespace

int undo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption batch(QStringLiteral("batch"),
        QCoreApplication::translate("tierdesk-cli", "The backfill batch to undo."),
        QStringLiteral("id"));
    WriteDriver driver(QStringLiteral("undo"),
        {QT_TRANSLATE_NOOP("tierdesk-cli",
             "Print what the undo would restore and its fingerprint; write nothing."),
            QT_TRANSLATE_NOOP("tierdesk-cli", "Restore the batch's rows."),
            QT_TRANSLATE_NOOP("tierdesk-cli",
                "With --yes, required: restore only if the rows are still the ones the dry run "
                "printed (16 hex digits).")});
    parser.addOptions({db, batch});
    parser.addOptions(driver.options());
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
    if (auto checked = driver.check(parser); !checked)
        return CliContext::fail(checked.error());
    auto connection = CliContext::openMigrated(parser.value(db), driver.mode());
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    if (driver.isDryRun()) {
        auto plan = Backfill::undoPreview(c, batchId);
        return plan ? printPlan(c, driver, *plan, batchId) : CliContext::fail(plan.error());
    }
    Backfill::UndoOptions options;
    options.batchId = batchId;
    options.expectedFingerprint = driver.fingerprint();
    options.who = driver.who();
    if (driver.requestsApproval())
        return requestApproval(
            driver, {Approvals::Kind::Undo, 0, {}, batchId, driver.fingerprint(), driver.who()}, c);
    auto outcome = Backfill::undo(c, options);
    return outcome ? printOutcome(driver, *outcome, batchId) : driver.fail(outcome.error());
}

} // namespace TierDesk::Cli
