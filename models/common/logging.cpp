#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "tierdesk.db", QtWarningMsg)
// The server's NOTICE and WARNING messages: off unless asked for
// (QT_LOGGING_RULES="tierdesk.db.server.info=true").
Q_LOGGING_CATEGORY(lcServer, "tierdesk.db.server", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTier, "tierdesk.tier", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "tierdesk.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "tierdesk.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDriver, "tierdesk.driver", QtInfoMsg)

namespace {

QtMessageHandler s_previousHandler = nullptr;

void driverAwareHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool afterTheFact = type == QtWarningMsg && qstrcmp(context.category, "default") == 0
        && (message.startsWith(QLatin1String("QSqlQuery::"))
            || message.startsWith(QLatin1String("QSqlDatabasePrivate::"))
            || message.startsWith(QLatin1String("Unable to free statement"))
            // The offscreen platform the CLI's case report runs on, without a session.
            || message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")));
    if (afterTheFact) {
        if (lcDriver().isDebugEnabled())
            s_previousHandler(QtDebugMsg, context, message);
        return;
    }
    s_previousHandler(type, context, message);
}

} // namespace

void routeDriverChatter()
{
    if (!s_previousHandler)
        s_previousHandler = qInstallMessageHandler(driverAwareHandler);
}
