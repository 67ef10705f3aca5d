#include "../../models/common/text.h"
#include "../../models/schema/schema.h"
#include "commands.h"
#include "options.h"

#include <QCoreApplication>

namespace TierDesk::Cli {

int migrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    if (auto exit = parse(parser, arguments, QStringLiteral("migrate"),
            QCoreApplication::translate("tierdesk-cli",
                "Add TierDesk's columns, tables and indexes to an existing "
                "production database. Additive and idempotent.")))
        return *exit;
    auto connection = CliContext::open(parser.value(db), Connection::Mode::ReadWrite);
    if (!connection)
        return CliContext::fail(connection.error());
    auto applied = Schema::migrate(**connection);
    if (!applied)
        return CliContext::fail(applied.error());
    if (*applied == 0)
        CliContext::out() << QCoreApplication::translate(
            "tierdesk-cli", "%1 is already at schema version %2; nothing to do.")
                                 .arg(Text::of((*connection)->url().toDisplayString()),
                                     Text::of(Schema::CurrentVersion))
                          << Qt::endl;
    else
        CliContext::out() << QCoreApplication::translate(
            "tierdesk-cli", "Migrated %1 to schema version %2.")
                                 .arg(Text::of((*connection)->url().toDisplayString()),
                                     Text::of(Schema::CurrentVersion))
                          << Qt::endl;
    return CliContext::Done;
}

} // namespace TierDesk::Cli
