#include "../../models/activity/activity.h"
#include "../../models/common/format.h"
#include "../../models/common/text.h"
#include "commands.h"
#include "options.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace TierDesk::Cli {

int activity(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption affiliate = affiliateOption(
        QT_TRANSLATE_NOOP("tierdesk-cli", "Only this affiliate: id, handle or a Stripe event id."));
    const QCommandLineOption ticket(QStringLiteral("ticket"),
        QCoreApplication::translate("tierdesk-cli", "Only work under this ticket reference."),
        QStringLiteral("ref"));
    const QCommandLineOption since(QStringLiteral("since"),
        QCoreApplication::translate("tierdesk-cli", "Only entries at or after this ISO-8601 time."),
        QStringLiteral("iso"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, affiliate, ticket, since, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("activity"),
            QCoreApplication::translate("tierdesk-cli",
                "Who did what, when, under which ticket and why: cleanups, undos and "
                "re-evaluations, newest first.")))
        return *exit;
    auto from = timeArgument(parser, since);
    if (!from)
        return CliContext::fail(from.error());
    auto connection = CliContext::openMigrated(parser.value(db), Connection::Mode::Browse);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    auto only = affiliateArgument(c, parser, affiliate);
    if (!only)
        return CliContext::fail(only.error());
    Activity::Filter filter;
    filter.affiliateId = *only;
    filter.ticket = parser.value(ticket);
    filter.since = *from;
    auto entries = Activity::list(c, filter);
    if (!entries)
        return CliContext::fail(entries.error());
    QTextStream &out = CliContext::out();
    if (parser.isSet(json)) {
        out << QJsonDocument(Activity::toJson(*entries)).toJson(QJsonDocument::Compact) << Qt::endl;
        return CliContext::Done;
    }
    if (entries->isEmpty()) {
        out << QCoreApplication::translate("tierdesk-cli", "No activity.") << Qt::endl;
        return CliContext::Done;
    }
    for (const Activity::Entry &entry : std::as_const(*entries)) {
        // Names, tickets and reasons are typed by people: escaped for the terminal,
        // so none of them starts a line, colours it or turns it around.
        QString line = Format::timeToSeconds(entry.at) + QStringLiteral("  ")
            + Text::printable(entry.operatorName);
        if (!entry.ticket.isEmpty())
            line += QStringLiteral("  [") + Text::printable(entry.ticket) + QLatin1Char(']');
        if (!entry.handle.isEmpty())
            line += QStringLiteral("  @") + Text::printable(entry.handle);
        line += QStringLiteral("  ") + entry.change();
        if (!entry.reason.isEmpty())
            line += QStringLiteral(" — ") + Text::printable(entry.reason);
        out << line << '\n';
    }
    out.flush();
    return CliContext::Done;
}

} // namespace TierDesk::Cli
