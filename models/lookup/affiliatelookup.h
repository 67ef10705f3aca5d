#pragma once

#include "../db/connection.h"

#include <QHash>
#include <QStringList>

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
    // `text` as an affiliate id (a UUID, with or without braces, any case) in the
    // database's form; empty unless the whole text is one. QUuid::fromString alone
    // reads the first 36 characters and ignores what follows.
    static QString exactId(const QString &text);
    // Handles of the given affiliate ids (ids without a profile are left out).
    static Result<QHash<QString, QString>> handles(
        const Connection &connection, const QStringList &ids);
};

} // namespace TierDesk
