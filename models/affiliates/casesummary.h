#pragma once

#include "affiliatedetail.h"

namespace TierDesk {

// The short plain-text account of one affiliate's case, for a ticket reply:
// tier and the numbers behind it, what the audit says, what was cleaned up.
class CaseSummary final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::CaseSummary)

public:
    static QString text(const AffiliateDetail &detail, const QString &database);
    // The audit's findings for this affiliate, one sentence each.
    static QStringList findings(const AffiliateDetail &detail);
    // One line per batch that touched the affiliate.
    static QStringList batches(const AffiliateDetail &detail);
};

} // namespace TierDesk
