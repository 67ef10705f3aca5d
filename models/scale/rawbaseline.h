#pragma once

#include "../db/connection.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>

namespace TierDesk {

// The database's own queries that tierdesk-bench times TierDesk against (the
// incident's minute buckets, plain ORDER BY ... LIMIT pages, indexed look-ups,
// one big UPDATE), and the facts the bench picks its samples from. Kept here
// with the rest of TierDesk's SQL.
class RawBaseline final
{
public:
    // The plain columns of affiliate_profiles, and the figures' columns of
    // tierdesk_affiliate_stats (read descending, the way a person sorts by them).
    enum class ListColumn { Handle, Name, Tier, Commissions90, Events, Duplicates };
    // What a list page or a search returns: the columns TierDesk shows (the
    // profile and its five figures, a join of the summary), or only the profile's
    // (a sort by a figure still joins, for that figure). A list page sorted by a
    // profile column can join its figures before or after it picks the page: which
    // is faster depends on the engine and the offset, so the bench times both.
    enum class Columns { AsShown, AsShownPagedFirst, ProfileOnly };

    struct Facts
    {
        qint64 affiliates = 0;
        qint64 commissions = 0;
        qint64 events = 0;
        QString middleHandle; // a handle from the middle of the list
        QString someEmail;
        QString someSurname; // the last word of the middle affiliate's name
        QString someStripeEvent;
        QString busiestAffiliate; // the one with the most commissions
        QStringList replayTargets; // affiliates to replay events for
        QSet<qint64> injectedRedundant; // LargeData's truth, empty for the demo
    };

    static Result<qint64> affiliateCount(const Connection &connection);
    // Brings the tables to a settled state before timing (PostgreSQL: VACUUM ANALYZE, so
    // earlier backfill/undo runs do not leave the audit's index-only scan fetching heap pages).
    static Result<void> settle(const Connection &connection);
    static Result<Facts> facts(const Connection &connection, int replayTargets);

    // Each reads every row it returns, as a client would.
    static Result<void> incidentMinuteQuery(const Connection &connection);
    static Result<void> plainLagQuery(const Connection &connection);
    static Result<void> listPage(
        const Connection &connection, ListColumn column, int offset, Columns columns);
    // Any part of handle, name or e-mail through the trigram index (schema version 5).
    static Result<void> substringLookup(
        const Connection &connection, const QString &word, Columns columns);
    static Result<void> stripeEventLookup(
        const Connection &connection, const QString &eventId, Columns columns);
    static Result<void> openAffiliate(const Connection &connection, const QString &affiliateId);
    // One UPDATE of all `ids` inside the caller's transaction (which rolls it back).
    static Result<void> supersedeInOneUpdate(
        const Connection &connection, const QList<qint64> &ids);
    // `count` new tier events (20 % to 25 %, now) at as many affiliates picked at random,
    // committed as the production system would; their ids. removeEvents() deletes them.
    static Result<QList<qint64>> addEvents(const Connection &connection, int count);
    static Result<void> removeEvents(const Connection &connection, const QList<qint64> &ids);
    // The least a webhook does for each invoice.paid, one connection, each statement its
    // own commit: the affiliate's rate, the commission's insert (a repeat ignored), the
    // 90-day sum. Returns the seconds `invoices` took.
    struct Invoice
    {
        QString eventId;
        QString affiliateId;
        qint64 amountCents = 0;
        QDateTime at;
    };
    static Result<double> replayInvoices(
        const Connection &connection, const QList<Invoice> &invoices);
};

} // namespace TierDesk
