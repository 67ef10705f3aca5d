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
    // Each promotion the data explains, in words: the payments that arrived in the
    // minute before it (the race's, when there was one), which one took the 90-day
    // commissions over the threshold, and how often the promotion was written.
    // Oldest first.
    static QStringList promotions(const AffiliateDetail &detail);
    // Which rate the commissions were paid in, in one sentence: how many in each period
    // of the tier history (superseded rows left out), with the dates it changed.
    static QString rates(const AffiliateDetail &detail);
    // One line per batch that touched the affiliate.
    static QStringList batches(const AffiliateDetail &detail);
};

} // namespace TierDesk
