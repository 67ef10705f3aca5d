#pragma once

#include <QString>

namespace TierDesk {

// Who is acting and from where, for the audit trail.
struct OperatorInfo
{
    QString name;
    QString host;

    // The OS user and host name; `name` overrides the user when not empty.
    static OperatorInfo current(const QString &name = {});
};

} // namespace TierDesk
