#include "clicontext.h"

#include <QLoggingCategory>

#include <cstdio>

namespace TierDesk {

namespace {

QtMessageHandler s_previousHandler = nullptr;
Q_LOGGING_CATEGORY(lcDriver, "tierdesk.driver", QtInfoMsg)

void driverAwareHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool afterTheFact = type == QtWarningMsg && qstrcmp(context.category, "default") == 0
        && (message.startsWith(QLatin1String("QSqlQuery::"))
            || message.startsWith(QLatin1String("Unable to free statement")));
    if (afterTheFact) {
        if (lcDriver().isDebugEnabled())
            s_previousHandler(QtDebugMsg, context, message);
        return;
    }
    s_previousHandler(type, context, message);
}

} // namespace

void CliContext::quietenDriverWarnings()
{
    s_previousHandler = qInstallMessageHandler(driverAwareHandler);
}

int CliContext::exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Usage:
        return UsageError;
    case Error::Kind::Refused:
        return Refused;
    case Error::Kind::Connect:
        return CannotConnect;
    case Error::Kind::Internal:
        break;
    }
    return Failed;
}

int CliContext::fail(const Error &error)
{
    err() << error.message << Qt::endl;
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
    return Connection::open(*url, mode);
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
