#pragma once

#include "../db/connection.h"
#include "tierevaluator.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <atomic>
#include <functional>

namespace TierDesk {

// Replays Stripe events from a JSON-lines file (docs/ARCHITECTURE.md §3): each
// invoice.paid inserts its commission (idempotent on stripe_event_id) and then
// evaluates the tier at the event's time, on N threads with a connection each.
class StripeReplay final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::StripeReplay)

public:
    struct Event
    {
        int line = 0;
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
        double seconds = 0;
        double eventsPerSecond() const { return seconds > 0 ? invoicesPaid / seconds : 0; }
        // Exactly what tierdesk-cli replay --json prints, for a run with `options`.
        QJsonObject toJson(const Options &options) const;
    };

    // Reads and validates the whole file; a bad line fails it with its number.
    static Result<QList<Event>> parseFile(const QString &path);
    static Result<QList<Event>> parse(const QByteArray &contents);
    // The currency the database books (tierdesk_meta's "currency"; USD when unset).
    static Result<QString> bookedCurrency(const Connection &connection);

    // Replays events against `url`, opening one read-write connection per thread.
    // Checks first that every affiliate exists and, for --unguarded, that the
    // database is a sandbox; either failure writes nothing.
    static Result<Summary> run(
        const DatabaseUrl &url, const QList<Event> &events, const Options &options);
};

} // namespace TierDesk
