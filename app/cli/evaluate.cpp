#include "../../models/common/format.h"
#include "../../models/common/operatorinfo.h"
#include "../../models/common/text.h"
#include "../../models/db/sqldialect.h"
#include "../../models/lookup/affiliatelookup.h"
#include "../../models/policy/tierpolicy.h"
#include "../../models/tier/tierevaluator.h"
#include "commands.h"
#include "options.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace TierDesk::Cli {

int evaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption affiliate(QStringLiteral("affiliate"),
        QCoreApplication::translate(
            "tierdesk-cli", "The affiliate: id, handle or a Stripe event id."),
        QStringLiteral("id"));
    const QCommandLineOption now(QStringLiteral("now"),
        QCoreApplication::translate(
            "tierdesk-cli", "Evaluate as of this ISO-8601 time (default: now)."),
        QStringLiteral("iso"));
    const QCommandLineOption op = operatorOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, affiliate, now, op, ticketOption(), reasonOption(), json});
    if (auto exit = parse(parser, arguments, QStringLiteral("evaluate"),
            QCoreApplication::translate("tierdesk-cli",
                "Re-evaluate one affiliate's tier with the race-guarded evaluator.")))
        return *exit;
    if (!parser.isSet(affiliate))
        return CliContext::fail(
            Error::usage(QCoreApplication::translate("tierdesk-cli", "Missing --affiliate.")));
    auto given = timeArgument(parser, now);
    if (!given)
        return CliContext::fail(given.error());
    const QDateTime when = given->isValid() ? *given : QDateTime::currentDateTimeUtc();
    auto connection = CliContext::openMigrated(parser.value(db), Connection::Mode::ReadWrite);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    auto found = AffiliateLookup::find(c, parser.value(affiliate));
    if (!found)
        return CliContext::fail(found.error());
    warnIfLookalike(found->handle);
    auto policy = TierPolicy::load(c);
    if (!policy)
        return CliContext::fail(policy.error());
    auto who = whoOf(parser);
    if (!who)
        return CliContext::fail(who.error());
    const TierEvaluator evaluator(c, *policy, *who);
    auto result = evaluator.evaluate(found->id, when);
    if (!result)
        return CliContext::fail(result.error());
    if (parser.isSet(json)) {
        CliContext::out()
            << QJsonDocument(result->toJson(found->handle, when)).toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else {
        CliContext::out() << QCoreApplication::translate(
            "tierdesk-cli", "@%1: %2 (rate %3%, target %4%, 90-day commissions %5).")
                                 .arg(Text::printable(found->handle),
                                     TierEvaluator::outcomeText(result->outcome),
                                     Text::of(result->prior), Text::of(result->target),
                                     Format::money(result->sumCents))
                          << Qt::endl;
    }
    return CliContext::Done;
}

} // namespace TierDesk::Cli
