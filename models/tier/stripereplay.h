#pragma once

#include "../db/connection.h"
#include "tierevaluator.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <atomic>
#include <functional>

class QIODevice;

namespace TierDesk {

// Replays Stripe events from an export (docs/ARCHITECTURE.md §3): each invoice.paid
// inserts its commission at the rate in effect at the event's time (idempotent on
// stripe_event_id) and then evaluates the tier at that time, each affiliate's events in
// time order, on N threads with a connection each.
class StripeReplay final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::StripeReplay)

public:
    struct Event
    {
        int record = 0; // its number in the file
        int line = 0; // where it starts
        QString id;
        QString type;
        QDateTime created;
        qint64 amountPaidCents = 0; // in the database's currency, hundredths of its unit
        qint64 amountMinor = 0; // data.object.amount_paid: the currency's minor units
        QString currency; // data.object.currency, upper case
        QString invoiceId; // data.object.id
        bool livemode = true;
        QString affiliateId; // empty: the invoice names no affiliate (not a referral)
        bool isInvoicePaid() const { return type == QLatin1String("invoice.paid"); }

        // A live invoice.paid of `amountMinor` smallest units of `currency`, as parse()
        // reads one (the bench and tests make them in memory).
        static Event invoicePaid(int line, const QString &id, const QDateTime &created,
            qint64 amountMinor, const QString &affiliateId,
            const QString &currency = QStringLiteral("USD"))
        {
            Event event;
            event.record = line;
            event.line = line;
            event.id = id;
            event.type = QStringLiteral("invoice.paid");
            event.created = created;
            event.amountMinor = amountMinor;
            event.currency = currency;
            event.affiliateId = affiliateId;
            return event;
        }
    };

    // What a replay needs of a file: the invoice.paid and invoice.payment_succeeded
    // events, and how many records of other types it held.
    struct Export
    {
        QList<Event> events;
        int records = 0;
        int otherTypes = 0;
        Export() = default;
        Export(QList<Event> list) // events made in memory (tests, the bench)
            : events(std::move(list))
            , records(int(events.size()))
        {
        }
    };

    struct Options
    {
        int concurrency = 1;
        bool unguarded = false;
        // Invoices in another currency than the database's are skipped and counted
        // instead of refusing the file. Nothing is ever converted.
        bool skipOtherCurrencies = false;
        // Test-mode events (livemode false) are booked outside a sandbox too.
        bool bookTestMode = false;
        // An invoice.paid that names no affiliate refuses the file instead of being
        // left out and counted (most of a real export is customers nobody referred).
        bool requireAffiliate = false;
        OperatorInfo who = OperatorInfo::current();
    };

    struct Summary
    {
        int events = 0;
        int invoicesPaid = 0;
        int otherTypes = 0;
        int otherCurrencySkipped = 0;
        int testModeSkipped = 0;
        int unreferredSkipped = 0;
        // invoice.payment_succeeded events whose invoice has no invoice.paid in the file:
        // not booked (Stripe sends both for a paid invoice; invoice.paid is booked).
        int succeededWithoutPaid = 0;
        int commissionsInserted = 0;
        int alreadySeen = 0;
        int promotions = 0;
        int demotions = 0;
        int unchanged = 0;
        int raceLost = 0;
        // New invoices older than the affiliate's latest tier change or commission: booked
        // at the rate of their time, the tier not evaluated (the history is not rewritten).
        int late = 0;
        double seconds = 0;
        double eventsPerSecond() const { return seconds > 0 ? invoicesPaid / seconds : 0; }
        // Exactly what tierdesk-cli replay --json prints, for a run with `options`.
        QJsonObject toJson(const Options &options) const;
    };

    // Reads and validates a whole export, streamed record by record (StripeExport); a bad
    // record fails it with its number and line.
    static Result<Export> read(QIODevice &device);
    static Result<Export> parseFile(const QString &path);
    static Result<Export> parse(const QByteArray &contents);

    // Replays events against `url`, opening one read-write connection per thread.
    // Checks first that every affiliate exists and, for --unguarded, that the
    // database is a sandbox; either failure writes nothing.
    static Result<Summary> run(const DatabaseUrl &url, const Export &file, const Options &options);
};

} // namespace TierDesk
