#include "operatorinfo.h"

#include <QSysInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace TierDesk {

QString OperatorInfo::fullUserName()
{
#ifdef Q_OS_UNIX
    // The GECOS field's first part is the person's name ("Ada Lovelace,,,").
    if (const passwd *entry = ::getpwuid(::getuid())) {
        const QString full
            = QString::fromLocal8Bit(entry->pw_gecos).section(QLatin1Char(','), 0, 0);
        if (!full.trimmed().isEmpty())
            return full.trimmed();
    }
#endif
    QString login = qEnvironmentVariable(
        "USER", qEnvironmentVariable("LOGNAME", qEnvironmentVariable("USERNAME")));
#ifdef Q_OS_UNIX
    if (login.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::getuid()))
            login = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return login.isEmpty() ? QStringLiteral("unknown") : login;
}

OperatorInfo OperatorInfo::current(const QString &name)
{
    OperatorInfo info;
    info.name = name.trimmed().isEmpty() ? fullUserName() : name.trimmed();
    info.host = QSysInfo::machineHostName();
    return info;
}

namespace {

bool oneLine(const QString &text)
{
    return std::none_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

Result<QString> OperatorInfo::checkedName(const QString &name)
{
    const QString n = name.trimmed();
    if (!oneLine(n) || n.size() > MaxNameLength)
        return Error::usage(
            tr("An operator name is one line of at most %1 characters; nothing was written.")
                .arg(MaxNameLength));
    return n;
}

Result<OperatorInfo> OperatorInfo::withTicket(
    const QString &name, const QString &ticket, const QString &reason)
{
    auto checked = checkedName(name);
    if (!checked)
        return checked.error();
    const QString t = ticket.trimmed();
    const QString r = reason.trimmed();
    if (!oneLine(t) || t.size() > MaxTicketLength)
        return Error::usage(tr("A ticket reference is one line of at most %1 characters; "
                               "nothing was written.")
                                .arg(MaxTicketLength));
    if (!oneLine(r) || r.size() > MaxReasonLength)
        return Error::usage(
            tr("A reason is one line of at most %1 characters; nothing was written.")
                .arg(MaxReasonLength));
    OperatorInfo info = current(*checked);
    info.ticket = t;
    info.reason = r;
    return info;
}

} // namespace TierDesk
