#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcTier)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcDriver)

// Qt's SQL module warns on the default category after an error TierDesk has
// already put into one sentence ("QSqlQuery::exec: database not open"); this
// demotes those to debug messages in tierdesk.driver, which QT_LOGGING_RULES can
// still show. Installed once by each program's main().
void routeDriverChatter();
