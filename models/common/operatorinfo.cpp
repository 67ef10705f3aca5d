#include "models/common/operatorinfo.h"

#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace TierDesk {

OperatorInfo OperatorInfo::current(const QString &name)
{
    OperatorInfo info;
    info.name = name;
    if (info.name.isEmpty())
        info.name = qEnvironmentVariable(
            "USER", qEnvironmentVariable("LOGNAME", qEnvironmentVariable("USERNAME")));
#ifdef Q_OS_UNIX
    if (info.name.isEmpty()) {
        if (const passwd *entry = ::getpwuid(::getuid()))
            info.name = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    if (info.name.isEmpty())
        info.name = QStringLiteral("unknown");
    info.host = QSysInfo::machineHostName();
    return info;
}

} // namespace TierDesk
