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
        qint64 amountPaidCents = 0;
        QString affiliateId;
        bool isInvoicePaid() const { return type == QLatin1String("invoice.paid"); }
    };

    struct Options
    {
        int concurrency = 1;
        bool unguarded = false;
        OperatorInfo who = OperatorInfo::current();
    };

    struct Summary
    {
        int events = 0;
        int invoicesPaid = 0;
        int otherTypes = 0;
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

    // Replays events against `url`, opening one read-write connection per thread.
    // Checks first that every affiliate exists and, for --unguarded, that the
    // database is a sandbox; either failure writes nothing.
    static Result<Summary> run(
        const DatabaseUrl &url, const QList<Event> &events, const Options &options);
};

} // namespace TierDesk
