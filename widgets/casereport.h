#pragma once

#include "../models/affiliates/affiliatedetail.h"

#include <QCoreApplication>

namespace TierDesk {

// The case report for a ticket: a PDF with the affiliate's header, the tier
// timeline chart, the events with their clusters marked, what the audit says
// and the batches that touched it, in the UI language.
class CaseReport final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::CaseReport)

public:
    static QString html(const AffiliateDetail &detail, const QString &database);
    // Writes the PDF; an error sentence if it could not.
    static Result<void> writePdf(
        const AffiliateDetail &detail, const QString &database, const QString &file);
};

} // namespace TierDesk
