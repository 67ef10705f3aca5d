#pragma once

#include "../affiliates/affiliatedetail.h"

#include <QCoreApplication>
#include <QImage>

namespace TierDesk {

// The affiliate's tier timeline drawn for a report, without widgets: the rate as a
// step line (left axis), the rolling 90-day commissions and the tier thresholds
// (right axis), each active event as a dot and each redundant duplicate in amber.
class Timeline final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::Timeline)

public:
    static QImage render(const AffiliateDetail &detail, const QSize &size);
    // The finding kinds' colours (FindingKind), here as in the window.
    static QColor duplicateColor();
    static QColor conflictColor();
};

} // namespace TierDesk
