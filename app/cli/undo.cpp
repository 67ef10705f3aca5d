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

int undo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption batch(QStringLiteral("batch"),
        QCoreApplication::translate("tierdesk-cli", "The backfill batch to undo."),
        QStringLiteral("id"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        QCoreApplication::translate("tierdesk-cli",
            "Print what the undo would restore and its fingerprint; write nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"),
        QCoreApplication::translate("tierdesk-cli", "Restore the batch's rows."));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
        QCoreApplication::translate("tierdesk-cli",
            "With --yes, required: restore only if the rows are still the ones the dry run "
            "printed (16 hex digits)."),
        QStringLiteral("f"));
    const QCommandLineOption op = operatorOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions(
        {db, batch, dryRun, yes, fingerprint, op, ticketOption(), reasonOption(), json});
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
    if (parser.isSet(dryRun) == parser.isSet(yes))
        return CliContext::fail(Error::usage(
            QCoreApplication::translate("tierdesk-cli", "Give either --dry-run or --yes.")));
    if (parser.isSet(dryRun) && parser.isSet(fingerprint))
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--fingerprint goes with --yes, not with --dry-run.")));
    if (auto checked = checkFingerprint(parser, yes, fingerprint, QStringLiteral("undo")); !checked)
        return CliContext::fail(checked.error());
    auto connection = CliContext::openMigrated(parser.value(db),
        parser.isSet(yes) ? Connection::Mode::ReadWrite : Connection::Mode::ReadOnly);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    QTextStream &out = CliContext::out();

    if (parser.isSet(dryRun)) {
        auto plan = Backfill::undoPreview(c, batchId);
        if (!plan)
            return CliContext::fail(plan.error());
        if (parser.isSet(json)) {
            out << QJsonDocument(plan->toUndoJson(batchId)).toJson(QJsonDocument::Compact)
                << Qt::endl;
            return CliContext::Done;
        }
        return printDryRun(c, *plan,
            QCoreApplication::translate("tierdesk-cli",
                "Dry run on %1: restore %2 rows at %3 affiliates still superseded by batch %4.")
                .arg(Text::of(c.url().toDisplayString()), Text::of(plan->rows.size()),
                    Text::of(plan->affiliates), Text::of(batchId)),
            QCoreApplication::translate("tierdesk-cli", "restore #%1 (superseded by #%2)"),
            QCoreApplication::translate("tierdesk-cli",
                "To restore exactly these rows: tierdesk-cli undo --db URL --batch %1 --yes "
                "--fingerprint %2")
                .arg(Text::of(batchId), Text::of(plan->fingerprint)));
    }

    Backfill::UndoOptions options;
    options.batchId = batchId;
    options.expectedFingerprint = parser.value(fingerprint);
    auto who = whoOf(parser);
    if (!who)
        return CliContext::fail(who.error());
    options.who = *who;
    auto outcome = Backfill::undo(c, options);
    if (!outcome)
        return CliContext::fail(outcome.error());
    if (parser.isSet(json)) {
        QJsonObject object = outcome->toJson();
        object.insert(QStringLiteral("undo_of"), batchId);
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (!outcome->batchId) {
        out << QCoreApplication::translate(
            "tierdesk-cli", "No row is still superseded by batch %1; nothing to undo.")
                   .arg(batchId)
            << Qt::endl;
    } else {
        out << QCoreApplication::translate(
            "tierdesk-cli", "Batch %1 restored %2 rows superseded by batch %3.")
                   .arg(Text::of(outcome->batchId), Text::of(outcome->rowsChanged),
                       Text::of(batchId))
            << Qt::endl;
    }
    return CliContext::Done;
}

} // namespace TierDesk::Cli
