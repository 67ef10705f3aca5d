#include "clicontext.h"
#include "../models/common/format.h"
#include "../models/db/standby.h"
#include "../models/policy/tierpolicy.h"
#include "../models/schema/schema.h"

#include "../models/common/logging.h"

#include <cstdio>

namespace TierDesk {

void CliContext::quietenDriverWarnings()
{
    routeDriverChatter();
}

int CliContext::exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Usage:
        return UsageError;
    case Error::Kind::Refused:
        return error.reason == Error::Reason::NeedsApproval ? NeedsApproval : Refused;
    case Error::Kind::Connect:
        return CannotConnect;
    case Error::Kind::Internal:
        break;
    }
    return Failed;
}

namespace {
DatabaseUrl s_lastUrl; // the database the command opened, for a lock timeout's holders
QString s_readDb; // --read-db
int s_maxLagSeconds = 60; // --max-lag
} // namespace

void CliContext::setStandby(const QString &readDbArgument, int maxLagSeconds)
{
    s_readDb = readDbArgument.trimmed();
    s_maxLagSeconds = maxLagSeconds;
}

int CliContext::fail(const Error &error)
{
    const QString message = Connection::withLockHolders(s_lastUrl, error).message;
    // A safety net: no sentence reaches the terminal with a password in it.
    err() << DatabaseUrl::redacted(message) << Qt::endl;
    return exitCodeFor(error);
}

Result<DatabaseUrl> CliContext::parseUrl(const QString &dbArgument)
{
    if (dbArgument.isEmpty())
        return Error::usage(
            tr("Missing --db: name the database (sqlite:PATH or a postgresql:// URI)."));
    return DatabaseUrl::parse(dbArgument);
}

Result<std::unique_ptr<Connection>> CliContext::open(
    const QString &dbArgument, Connection::Mode mode)
{
    auto url = parseUrl(dbArgument);
    if (!url)
        return url.error();
    url = DatabaseUrl::parse(dbArgument, s_readDb);
    if (!url)
        return url.error();
    s_lastUrl = *url;
    auto connection = Connection::open(*url, mode);
    if (!connection || !(*connection)->readsStandby())
        return connection;
    // What follows was read on a replica: say so when it is behind.
    auto state = Standby::state(**connection);
    if (!state)
        return state.error();
    if (state->isLate(s_maxLagSeconds))
        err() << QCoreApplication::translate("tierdesk-cli",
            "Reading from the standby %1, which is %2: what follows may not show the "
            "primary's latest changes.")
                     .arg((*connection)->serverUrl().toDisplayString(), state->text())
              << Qt::endl;
    return connection;
}

Result<std::unique_ptr<Connection>> CliContext::openMigrated(
    const QString &dbArgument, Connection::Mode mode)
{
    auto connection = open(dbArgument, mode);
    if (!connection)
        return connection.error();
    if (auto schema = Schema::checkMigrated(**connection); !schema)
        return schema.error();
    // Every amount a command prints is in the database's currency.
    auto currency = TierPolicy::readCurrency(**connection);
    if (!currency)
        return currency.error();
    Format::setCurrency(*currency);
    return connection;
}

QTextStream &CliContext::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QFile &CliContext::rawOut()
{
    static QFile file;
    out().flush();
    if (!file.isOpen())
        file.open(stdout, QIODevice::WriteOnly);
    return file;
}

QTextStream &CliContext::err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace TierDesk
