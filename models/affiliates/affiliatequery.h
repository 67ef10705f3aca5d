#pragma once

#include "../db/connection.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace TierDesk {

// The affiliate browser's query: search, filters, sort and one page, all done
// by the database. Search text is only ever a bound value.
class AffiliateQuery final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::AffiliateQuery)

public:
    enum class SortKey { Handle, Name, Email, Tier, Commissions90, Events, Duplicates };

    struct Filter
    {
        QString search; // handle, name, e-mail, affiliate id or a Stripe event id
        std::optional<int> rate; // only this tier
        bool withDuplicates = false;
        bool withConflictsOrDrift = false;
    };

    struct Row
    {
        QString id;
        QString handle;
        QString name;
        QString email;
        int rate = 0;
        qint64 commissions90Cents = 0;
        int events = 0; // active tier events
        int duplicates = 0; // redundant race duplicates among them
        int conflicts = 0;
        bool drift = false;
    };

    Filter filter;
    SortKey sortKey = SortKey::Handle;
    Qt::SortOrder order = Qt::AscendingOrder;
    QDateTime asOf; // the end of the 90-day window; invalid: now
    int windowSeconds = 60;
    // Read the figures from tierdesk_affiliate_stats instead of computing them
    // (AffiliateStats::Status::usable(); only at the default window).
    bool useSummary = false;
    // Match any part of handle, name and e-mail (Schema::hasSubstringSearch());
    // unset: ask the database. Off, or for a word shorter than three letters,
    // a search matches the beginnings.
    std::optional<bool> substringSearch;
    // How a search text is matched.
    enum class Match { Id, StripeEvent, Ticket, Substring, Prefix };
    static Match matchFor(const QString &text, bool substringSearch);

    Result<QList<Row>> page(const Connection &connection, int offset, int limit) const;
    Result<qint64> count(const Connection &connection) const;

private:
    struct Sql
    {
        QString text;
        QVariantList values;
    };
    Sql build(const Connection &connection, bool counting) const;
    void searchCondition(
        const Connection &connection, QStringList &where, QVariantList &whereValues) const;
};

} // namespace TierDesk
