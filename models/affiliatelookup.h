#pragma once

#include "connection.h"

namespace TierDesk {

// Finds one affiliate from what a ticket names: its id, its handle (with or
// without @), or a Stripe event id of one of its commissions.
class AffiliateLookup final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::AffiliateLookup)

public:
    struct Affiliate
    {
        QString id;
        QString handle;
        QString name;
        int rate = 0;
    };

    static Result<Affiliate> find(const Connection &connection, const QString &text);
};

} // namespace TierDesk
