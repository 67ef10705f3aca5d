#pragma once

#include "affiliatedetail.h"

#include <QString>

namespace TierDesk {

// A short reply the affiliate can read, in German or English whatever the
// window's language: what happened to their tier history, whether money was
// affected (from their commissions), what was done and when. No database
// names, ids or other affiliates' figures: only what is theirs to know.
class ReplyDraft final
{
public:
    // `language` "de" or "en"; `agent` signs it.
    static Result<QString> write(const Connection &connection, const AffiliateDetail &detail,
        const QString &language, const QString &agent);
};

} // namespace TierDesk
