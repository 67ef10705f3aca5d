#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "tierdesk.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTier, "tierdesk.tier", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "tierdesk.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "tierdesk.ui", QtWarningMsg)
