#include "../../models/common/text.h"
#include "../../models/db/sqldialect.h"
#include "../../models/tier/beaconreport.h"
#include "commands.h"
#include "options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TierDesk::Cli {

int beacons(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption since(QStringLiteral("since"),
        QCoreApplication::translate("tierdesk-cli", "Only beacons at or after this ISO-8601 time."),
        QStringLiteral("iso"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, since, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("beacons"),
            QCoreApplication::translate("tierdesk-cli",
                "Race-lost beacons per hour, with hours at the alert rule (5 or more) marked.")))
        return *exit;
    auto given = timeArgument(parser, since); // invalid: every beacon
    if (!given)
        return CliContext::fail(given.error());
    const QDateTime from = *given;
    auto connection = CliContext::openMigrated(parser.value(db), Connection::Mode::Browse);
    if (!connection)
        return CliContext::fail(connection.error());
    auto overview = BeaconReport::overview(**connection, from, 0);
    if (!overview)
        return CliContext::fail(overview.error());
    const QList<BeaconReport::Hour> &hours = overview->hours;
    if (parser.isSet(json)) {
        CliContext::out() << QJsonDocument(overview->toJson()).toJson(QJsonDocument::Compact)
                          << Qt::endl;
        return CliContext::Done;
    }
    QTextStream &out = CliContext::out();
    out << QCoreApplication::translate("tierdesk-cli",
        "Race-lost beacons per hour (UTC); the alert rule fires at %1 or more an hour.")
               .arg(BeaconReport::AlertPerHour)
        << '\n';
    for (const auto &hour : hours)
        out << "  " << hour.start.toString(QStringLiteral("yyyy-MM-dd HH:00")) << "  "
            << QString::number(hour.count).rightJustified(4) << "  "
            << QString(qMin(hour.count, 40), QLatin1Char('#'))
            << (hour.alert()
                       ? QStringLiteral("  ") + QCoreApplication::translate("tierdesk-cli", "ALERT")
                       : QString())
            << '\n';
    out << QCoreApplication::translate(
        "tierdesk-cli", "%1 beacons in %2 hours; %3 hours at or over the alert rule.")
               .arg(Text::of(overview->total()), Text::of(hours.size()),
                   Text::of(overview->alertHours()))
        << Qt::endl;
    return CliContext::Done;
}

} // namespace TierDesk::Cli
