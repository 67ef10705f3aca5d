#include "app/cli/commands.h"
#include "app/cli/options.h"
#include "models/db/schema.h"
#include "models/db/sqldialect.h"
#include "models/tier/beaconreport.h"

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
    auto connection = CliContext::open(parser.value(db), Connection::Mode::ReadOnly);
    if (!connection)
        return CliContext::fail(connection.error());
    if (auto schema = Schema::checkMigrated(**connection); !schema)
        return CliContext::fail(schema.error());
    auto hours = BeaconReport::perHour(**connection, from);
    if (!hours)
        return CliContext::fail(hours.error());
    int total = 0;
    int alerts = 0;
    for (const auto &hour : *hours) {
        total += hour.count;
        alerts += hour.alert() ? 1 : 0;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto &hour : *hours)
            list.append(QJsonObject{{QStringLiteral("hour"), SqlDialect::timeText(hour.start)},
                {QStringLiteral("count"), hour.count}, {QStringLiteral("alert"), hour.alert()}});
        CliContext::out() << QJsonDocument(
            QJsonObject{{QStringLiteral("name"), BeaconReport::RaceLostName},
                {QStringLiteral("alert_per_hour"), BeaconReport::AlertPerHour},
                {QStringLiteral("total"), total}, {QStringLiteral("alert_hours"), alerts},
                {QStringLiteral("hours"),
                    list}}).toJson(QJsonDocument::Compact)
                          << Qt::endl;
        return CliContext::Done;
    }
    QTextStream &out = CliContext::out();
    out << QCoreApplication::translate("tierdesk-cli",
        "Race-lost beacons per hour (UTC); the alert rule fires at %1 or more an hour.")
               .arg(BeaconReport::AlertPerHour)
        << '\n';
    for (const auto &hour : *hours)
        out << "  " << hour.start.toString(QStringLiteral("yyyy-MM-dd HH:00")) << "  "
            << QString::number(hour.count).rightJustified(4) << "  "
            << QString(qMin(hour.count, 40), QLatin1Char('#'))
            << (hour.alert()
                       ? QStringLiteral("  ") + QCoreApplication::translate("tierdesk-cli", "ALERT")
                       : QString())
            << '\n';
    out << QCoreApplication::translate(
        "tierdesk-cli", "%1 beacons in %2 hours; %3 hours at or over the alert rule.")
               .arg(total)
               .arg(hours->size())
               .arg(alerts)
        << Qt::endl;
    return CliContext::Done;
}

} // namespace TierDesk::Cli
