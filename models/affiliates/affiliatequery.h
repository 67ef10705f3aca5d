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
    // SQLite, a search of any part (the trigram index) and nothing else: read the page
    // by walking the sort's index and keeping the rows the search found, instead of
    // reading every row the search found and sorting them. The same rows either way;
    // unset: whichever reads fewer rows (walksIndex()). Tests set it.
    std::optional<bool> indexWalk;
    // What count() gave for this query, when known (the list counts before it reads
    // a page): spares page() asking the search index how many rows it finds.
    std::optional<qint64> counted;

    Result<QList<Row>> page(const Connection &connection, int offset, int limit) const;
    Result<qint64> count(const Connection &connection) const;
    // Whether page() walks the sort's index for the rows up to `rows`: when the
    // search finds so many that its rows' share of the index pays for the walk.
    Result<bool> walksIndex(const Connection &connection, int rows) const;

private:
    struct Sql
    {
        QString text;
        QVariantList values;
        // The trigram search's phrase when it is the only condition and the page may
        // walk an index (SQLite, a plain sort); else empty.
        QString walkablePhrase;
    };
    Sql build(const Connection &connection, bool counting, bool walk = false) const;
    // The search's condition on the profile `p`; returns the trigram phrase when the
    // condition is SQLite's trigram search (`walk`: written so no rowid lookup drives
    // the plan), else an empty string.
    QString searchCondition(const Connection &connection, QStringList &where,
        QVariantList &whereValues, bool walk) const;
};

} // namespace TierDesk
