#include "../../models/common/format.h"
#include "../../models/common/text.h"
#include "../../models/db/sqldialect.h"
#include "../../models/figures/affiliatestats.h"
#include "commands.h"
#include "options.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace TierDesk::Cli {

int stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption refresh(QStringLiteral("refresh"),
        QCoreApplication::translate("tierdesk-cli",
            "Recompute every affiliate's figures now (a write; run it from cron)."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, refresh, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("stats"),
            QCoreApplication::translate("tierdesk-cli",
                "The affiliate list's figures (90-day commissions, events, duplicates): when "
                "they were last computed, and --refresh to compute them again.")))
        return *exit;
    const bool writing = parser.isSet(refresh);
    auto connection = CliContext::openMigrated(
        parser.value(db), writing ? Connection::Mode::ReadWrite : Connection::Mode::Browse);
    if (!connection)
        return CliContext::fail(connection.error());
    QElapsedTimer timer;
    timer.start();
    auto status
        = writing ? AffiliateStats::refresh(**connection) : AffiliateStats::status(**connection);
    if (!status)
        return CliContext::fail(status.error());
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (parser.isSet(json)) {
        QJsonObject object = status->toJson();
        if (writing)
            object.insert(QStringLiteral("seconds"), seconds);
        CliContext::out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return CliContext::Done;
    }
    QTextStream &out = CliContext::out();
    if (writing)
        out << QCoreApplication::translate(
            "tierdesk-cli", "Recomputed the figures of %1 affiliates in %2 s.")
                   .arg(Text::of(status->summarised), QLocale().toString(seconds, 'f', 1))
            << '\n';
    if (!status->asOf.isValid())
        out << QCoreApplication::translate("tierdesk-cli",
            "The figures have never been computed; the list computes them live (slow to sort "
            "on a large database). Run \"tierdesk-cli stats --refresh\".")
            << Qt::endl;
    else if (!status->usable())
        out << QCoreApplication::translate("tierdesk-cli",
            "The figures are as of %1 and miss %2 of %3 affiliates added since, so the "
            "list computes them live until the next --refresh.")
                   .arg(Format::timeToMinutes(status->asOf),
                       Text::of(status->affiliates - status->summarised),
                       Text::of(status->affiliates))
            << Qt::endl;
    else
        out << QCoreApplication::translate(
            "tierdesk-cli", "The list's figures are as of %1 and cover all %2 affiliates.")
                   .arg(Format::timeToMinutes(status->asOf), Text::of(status->affiliates))
            << Qt::endl;
    return CliContext::Done;
}

} // namespace TierDesk::Cli
