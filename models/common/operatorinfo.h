#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace TierDesk {

// Who is acting, from where, for which ticket and why: what every write
// records in its batch and the audit log.
struct OperatorInfo
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::OperatorInfo)

public:
    QString name; // a person: the chosen name, else the OS user's full name
    QString host;
    QString ticket; // free text: "SUP-4821" or a URL; may be empty
    QString reason; // one line; may be empty
    QString desk; // the window that acts (Session::deskId); empty from the CLI
    // The four-eyes request this write carries out (Approvals::approve); 0: none.
    qint64 approval = 0;

    static constexpr int MaxTicketLength = 200;
    static constexpr int MaxReasonLength = 500;
    static constexpr int MaxNameLength = 100;

    // `name` when not empty, else the OS user's full name (or login name); the host name.
    static OperatorInfo current(const QString &name = {});
    // The same with a ticket and a reason, checked: name, ticket and reason are one
    // line each (no control characters) and not too long.
    static Result<OperatorInfo> withTicket(
        const QString &name, const QString &ticket, const QString &reason);
    // `name` trimmed, or a usage error when it is not one line of at most
    // MaxNameLength characters (an empty name stands for the OS user's).
    static Result<QString> checkedName(const QString &name);
    // The OS user's full name, or the login name where there is none.
    static QString fullUserName();
};

} // namespace TierDesk
