#include "clicontext.h"
#include "../models/common/format.h"
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
    s_lastUrl = *url;
    return Connection::open(*url, mode);
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

QTextStream &CliContext::err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace TierDesk
