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
    // Amber: the duplicates' colour, here, in the window's chart and its table bands.
    static QColor duplicateColor() { return QColor(0xe0, 0x7b, 0x00); }
    static QColor conflictColor() { return QColor(0xd3, 0x2f, 0x2f); }
};

} // namespace TierDesk
