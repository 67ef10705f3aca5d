#pragma once

#include "../models/common/result.h"
#include "../models/db/connection.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace TierDesk {

// What every tierdesk-cli command shares: opening the database named by --db (and
// the standby named by --read-db, for Connection::Mode::Browse) and turning an Error
// into one sentence on stderr and an exit code.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::CliContext)

public:
    enum ExitCode {
        Done = 0,
        Failed = 1,
        UsageError = 2,
        Refused = 3,
        CannotConnect = 4,
        NeedsApproval = 5 // four eyes: nothing written; ask with --request-approval
    };

    static int exitCodeFor(const Error &error);
    static int fail(const Error &error);
    static Result<DatabaseUrl> parseUrl(const QString &dbArgument);
    static Result<std::unique_ptr<Connection>> open(
        const QString &dbArgument, Connection::Mode mode);
    // open(), then TierDesk's tables checked (Schema::checkMigrated): what every
    // command but init and migrate starts with.
    static Result<std::unique_ptr<Connection>> openMigrated(
        const QString &dbArgument, Connection::Mode mode);

    // --read-db and --max-lag: the standby the reading commands use, and how far behind
    // it may be before a line on stderr says so.
    static void setStandby(const QString &readDbArgument, int maxLagSeconds);

    static QTextStream &out();
    static QTextStream &err();
    // Standard output for bytes written as they are made (a large JSON report), after
    // what out() holds; flush it when done.
    static QFile &rawOut();

    // Errors reach stderr as one sentence each: Qt's own follow-up warnings about
    // a connection that is already gone ("QSqlQuery::exec: database not open")
    // are demoted to debug messages, which QT_LOGGING_RULES can still show.
    static void quietenDriverWarnings();
};

} // namespace TierDesk
