#include "stripereplay.h"
#include "../common/currency.h"
#include "../common/logging.h"
#include "../common/text.h"
#include "../figures/affiliatestats.h"
#include "../schema/schema.h"
#include "stripeexport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace TierDesk {

namespace {

// What a replay books: the policy, the events (amounts in the database's currency),
// and what it leaves out and counts.
struct Checked
{
    TierPolicy policy;
    QList<StripeReplay::Event> events;
    int otherCurrency = 0;
    int testMode = 0;
    int unreferred = 0;
    int succeededAlone = 0;
};

// The invoices in the database's currency, or the first in another refused (or, if
// asked, left out and counted); test-mode events outside a sandbox left out unless
// asked for.
Result<void> sortOut(const Connection &connection, Checked &checked,
    const QList<StripeReplay::Event> &events, const StripeReplay::Options &options)
{
    const QString booked = checked.policy.currency();
    auto sandbox = Schema::isSandbox(connection);
    if (!sandbox)
        return sandbox.error();
    const int digits = Currency::minorDigits(booked);
    QSet<QString> paidInvoices;
    for (const StripeReplay::Event &event : events) {
        if (event.isInvoicePaid() && !event.invoiceId.isEmpty())
            paidInvoices.insert(event.invoiceId);
    }
    for (StripeReplay::Event event : events) {
        if (!event.isInvoicePaid()) {
            if (!paidInvoices.contains(event.invoiceId))
                ++checked.succeededAlone; // invoice.payment_succeeded alone
            continue;
        }
        const QString where = StripeExport::where(event.record, event.line);
        if (event.affiliateId.isEmpty()) {
            if (options.requireAffiliate)
                return Error::refused(StripeReplay::tr(
                    "%1 names no affiliate (no affiliate_id in data.object.metadata, "
                    "subscription_details.metadata or parent.subscription_details.metadata); "
                    "nothing was written.")
                                          .arg(where));
            ++checked.unreferred;
            continue;
        }
        if (event.currency != booked) {
            if (!options.skipOtherCurrencies)
                return Error::refused(
                    StripeReplay::tr("%1 is an invoice in %2 (%3), but this database books "
                                     "%4; nothing was written. Pass --skip-other-currencies to "
                                     "leave such invoices out; nothing is converted.")
                        .arg(where, Text::of(event.currency),
                            Currency::format(event.amountMinor, event.currency), Text::of(booked)));
            ++checked.otherCurrency;
            continue;
        }
        if (!event.livemode && !*sandbox && !options.bookTestMode) {
            ++checked.testMode;
            continue;
        }
        event.amountPaidCents = Currency::toHundredths(event.amountMinor, digits);
        checked.events.append(event);
    }
    return {};
}

// Before any thread writes: the schema, the sandbox for --unguarded, the policy, what
// is booked, and that every affiliate the events name exists.
Result<Checked> checkBeforeWriting(const DatabaseUrl &url, const QList<StripeReplay::Event> &events,
    const StripeReplay::Options &options)
{
    Checked checked;
    TierPolicy &policy = checked.policy;
    auto connection = Connection::open(url, Connection::Mode::ReadWrite);
    if (!connection)
        return connection.error();
    if (auto schema = Schema::checkMigrated(**connection); !schema)
        return schema.error();
    if (options.unguarded) {
        auto sandbox = Schema::isSandbox(**connection);
        if (!sandbox)
            return sandbox.error();
        if (!*sandbox)
            return Error::refused(StripeReplay::tr(
                "--unguarded replays the pre-fix evaluator and is refused on %1: it is not "
                "a sandbox made by \"tierdesk-cli init\".")
                                      .arg(url.toDisplayString()));
    }
    auto loaded = TierPolicy::load(**connection);
    if (!loaded)
        return loaded.error();
    policy = *loaded;
    if (auto sorted = sortOut(**connection, checked, events, options); !sorted)
        return sorted.error();
    // One look-up per distinct affiliate, before anything is written.
    QSet<QString> seen;
    auto exists
        = (*connection)->prepare(QStringLiteral("SELECT 1 FROM affiliate_profiles WHERE id = ?"));
    if (!exists)
        return exists.error();
    for (const StripeReplay::Event &event : std::as_const(checked.events)) {
        if (seen.contains(event.affiliateId))
            continue;
        seen.insert(event.affiliateId);
        exists->bindValue(0, event.affiliateId);
        if (auto done = Connection::exec(*exists); !done)
            return done.error();
        if (!exists->next())
            return Error::refused(
                StripeReplay::tr("%1: no affiliate has the id %2; nothing was written.")
                    .arg(StripeExport::where(event.record, event.line),
                        Text::of(event.affiliateId)));
        exists->finish();
    }
    return checked;
}

// The list's figures of every affiliate the events paid, in one transaction.
Result<void> refreshFigures(const DatabaseUrl &url, const QList<StripeReplay::Event> &events)
{
    QSet<QString> paid;
    for (const StripeReplay::Event &event : events)
        paid.insert(event.affiliateId);
    QStringList ids(paid.cbegin(), paid.cend());
    std::sort(ids.begin(), ids.end());
    auto connection = Connection::open(url, Connection::Mode::ReadWrite);
    if (!connection)
        return connection.error();
    Transaction transaction(**connection);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto done = AffiliateStats::refreshAffiliates(**connection, ids); !done)
        return done;
    return transaction.commit();
}

// A replay that stopped: what stopped it, and the truth about what is stored. Every
// counted commission was committed on its own, and a re-run skips them by event id.
Error stopped(
    const Error &failure, const StripeReplay::Event *at, const StripeReplay::Summary &total)
{
    if (failure.kind == Error::Kind::Usage)
        return failure;
    QString reason = failure.message.trimmed();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    const QString inserted = Text::of(total.commissionsInserted);
    const QString events = Text::of(total.events);
    return Error{failure.kind,
        at ? StripeReplay::tr("The replay stopped at record %1, line %2 (%3). %4 new commissions "
                              "of the file's %5 events were committed before that; running the "
                              "same replay again is safe, it skips the events already stored.")
                 .arg(Text::of(at->record), Text::of(at->line), reason, inserted, events)
           : StripeReplay::tr("The replay stopped (%1). %2 new commissions of the file's %3 events "
                              "were committed before that; running the same replay again is safe, "
                              "it skips the events already stored.")
                 .arg(reason, inserted, events),
        failure.reason};
}

// One thread's share of a replay: its connection's evaluator and insert statement, and
// what it booked.
class Booker final
{
public:
    Booker(const Connection &connection, const TierPolicy &policy,
        const StripeReplay::Options &options)
        : m_connection(connection)
        , m_evaluator(connection, policy, options.who)
        , m_unguarded(options.unguarded)
    {
    }

    StripeReplay::Summary booked;

    // The commission at the rate in effect at the invoice's time, then the tier evaluated
    // at that time, unless the affiliate already has something later.
    Result<void> book(const StripeReplay::Event &event)
    {
        ++booked.invoicesPaid;
        auto rate = m_evaluator.rateAt(event.affiliateId, event.created);
        if (!rate)
            return rate.error();
        if (!*rate)
            return Error::refused(StripeReplay::tr("the affiliate %1 disappeared during the replay")
                                      .arg(Text::of(event.affiliateId)));
        if (!m_insert) {
            // No RETURNING: SQLite commits an autocommit statement when it is stepped to
            // its end, so a row read back before then may still be lost (a full disk).
            // The statement runs to completion, and only then is its row counted.
            // No conflict target: a table partitioned by affiliate cannot have the event
            // id unique on its own, only with the partition key, and either stops a repeat.
            auto insert = m_connection.prepare(
                QStringLiteral("INSERT INTO affiliate_commissions (affiliate_id, stripe_event_id, "
                               "commission_amount, created_at) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT DO NOTHING"));
            if (!insert)
                return insert.error();
            m_insert.emplace(std::move(*insert));
        }
        const qint64 commission = (event.amountPaidCents * (*rate)->rate + 50) / 100;
        m_insert->bindValue(0, event.affiliateId);
        m_insert->bindValue(1, event.id);
        m_insert->bindValue(2, SqlDialect::moneyText(commission));
        m_insert->bindValue(3, SqlDialect::timeValue(event.created));
        if (auto done = Connection::exec(*m_insert); !done)
            return done.error();
        const bool inserted = m_insert->numRowsAffected() == 1;
        m_insert->finish();
        ++(inserted ? booked.commissionsInserted : booked.alreadySeen);
        // A tier change is never written before a later one, nor before commissions booked
        // at the rate a change would alter: an older invoice is booked, not evaluated.
        // (Unguarded is the pre-fix webhook, which evaluated every invoice.)
        if (!m_unguarded && ((*rate)->changedLater || (*rate)->paidLater)) {
            booked.late += inserted ? 1 : 0;
            return {};
        }
        // Evaluated even when already seen: the guard makes a repeat harmless and heals
        // a run that stopped between the insert and the evaluation.
        auto evaluation = m_unguarded
            ? m_evaluator.evaluateUnguarded(event.affiliateId, event.created)
            : m_evaluator.evaluate(event.affiliateId, event.created);
        if (!evaluation)
            return evaluation.error();
        switch (evaluation->outcome) {
        case TierEvaluator::Outcome::Promoted:
            ++booked.promotions;
            break;
        case TierEvaluator::Outcome::Demoted:
            ++booked.demotions;
            break;
        case TierEvaluator::Outcome::RaceLost:
            ++booked.raceLost;
            break;
        case TierEvaluator::Outcome::Unchanged:
        case TierEvaluator::Outcome::NotFound:
            ++booked.unchanged;
            break;
        }
        return {};
    }

private:
    const Connection &m_connection;
    const TierEvaluator m_evaluator;
    const bool m_unguarded;
    std::optional<QSqlQuery> m_insert;
};

// What each thread takes at a time. Guarded: all of one affiliate's invoices, oldest
// first (ties by event id), so neither the file's order nor the threads change what is
// stored. Unguarded: one invoice at a time in the file's order, the way the webhooks raced.
QList<QList<const StripeReplay::Event *>> queues(
    const QList<StripeReplay::Event> &events, bool unguarded)
{
    QList<QList<const StripeReplay::Event *>> queues;
    QHash<QString, qsizetype> byAffiliate;
    for (const StripeReplay::Event &event : events) {
        if (unguarded) {
            queues.append({&event});
            continue;
        }
        const auto found = byAffiliate.constFind(event.affiliateId);
        if (found != byAffiliate.cend()) {
            queues[*found].append(&event);
        } else {
            byAffiliate.insert(event.affiliateId, queues.size());
            queues.append({&event});
        }
    }
    for (auto &queue : queues)
        std::stable_sort(queue.begin(), queue.end(), [](const auto *a, const auto *b) {
            return a->created != b->created ? a->created < b->created : a->id < b->id;
        });
    return queues;
}

void add(StripeReplay::Summary &total, const StripeReplay::Summary &part)
{
    total.invoicesPaid += part.invoicesPaid;
    total.commissionsInserted += part.commissionsInserted;
    total.alreadySeen += part.alreadySeen;
    total.promotions += part.promotions;
    total.demotions += part.demotions;
    total.unchanged += part.unchanged;
    total.raceLost += part.raceLost;
    total.late += part.late;
}

} // namespace

Result<StripeReplay::Summary> StripeReplay::run(
    const DatabaseUrl &url, const Export &file, const Options &options)
{
    if (options.concurrency < 1 || options.concurrency > 64)
        return Error::usage(tr("Concurrency must be between 1 and 64."));

    // Checks on one connection before any thread writes.
    auto checked = checkBeforeWriting(url, file.events, options);
    if (!checked)
        return checked.error();
    const TierPolicy policy = checked->policy;
    const QList<Event> &events = checked->events;
    const auto work = queues(events, options.unguarded);

    QElapsedTimer timer;
    timer.start();
    std::atomic<qsizetype> next{0};
    QMutex mutex;
    Summary total;
    total.events = file.records;
    // Every type but invoice.paid, invoice.payment_succeeded included, is skipped.
    total.otherTypes = file.otherTypes
        + int(std::count_if(file.events.cbegin(), file.events.cend(),
            [](const Event &event) { return !event.isInvoicePaid(); }));
    total.otherCurrencySkipped = checked->otherCurrency;
    total.testModeSkipped = checked->testMode;
    total.unreferredSkipped = checked->unreferred;
    total.succeededWithoutPaid = checked->succeededAlone;
    std::optional<Error> failure;
    const Event *stoppedAt = nullptr; // whose insert or evaluation failed first
    std::atomic<bool> failed{false};

    auto worker = [&]() {
        auto connection = Connection::open(url, Connection::Mode::ReadWrite);
        if (!connection) {
            QMutexLocker lock(&mutex);
            failure = failure ? failure : connection.error();
            failed = true;
            return;
        }
        Booker booker(**connection, policy, options);
        std::optional<Error> error;
        const Event *at = nullptr;
        for (qsizetype i = next++; !error && !failed && i < work.size(); i = next++) {
            for (const Event *event : work.at(i)) {
                if (auto done = booker.book(*event); !done) {
                    error = done.error();
                    at = event;
                    break;
                }
            }
        }
        QMutexLocker lock(&mutex);
        if (error && !failure) {
            failure = error;
            stoppedAt = at;
            failed = true;
        }
        add(total, booker.booked);
    };

    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < options.concurrency; ++i) {
        threads.emplace_back(QThread::create(worker));
        threads.back()->start();
    }
    for (auto &thread : threads)
        thread->wait();
    total.seconds = timer.nsecsElapsed() / 1e9;

    // The list's figures of every affiliate the replay paid, once, after the run.
    if (total.commissionsInserted > 0 || total.promotions > 0 || total.demotions > 0) {
        if (auto refreshed = refreshFigures(url, events); !refreshed && !failure)
            failure = refreshed.error();
    }
    if (failure)
        return stopped(*failure, stoppedAt, total);
    return total;
}

QJsonObject StripeReplay::Summary::toJson(const Options &options) const
{
    return {{QStringLiteral("events"), events}, {QStringLiteral("invoice_paid"), invoicesPaid},
        {QStringLiteral("other_types_skipped"), otherTypes},
        {QStringLiteral("other_currency_skipped"), otherCurrencySkipped},
        {QStringLiteral("test_mode_skipped"), testModeSkipped},
        {QStringLiteral("unreferred_skipped"), unreferredSkipped},
        {QStringLiteral("payment_succeeded_without_paid"), succeededWithoutPaid},
        {QStringLiteral("commissions_inserted"), commissionsInserted},
        {QStringLiteral("already_seen"), alreadySeen}, {QStringLiteral("promotions"), promotions},
        {QStringLiteral("demotions"), demotions}, {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("race_lost"), raceLost}, {QStringLiteral("late_not_evaluated"), late},
        {QStringLiteral("concurrency"), options.concurrency},
        {QStringLiteral("guarded"), !options.unguarded}, {QStringLiteral("seconds"), seconds},
        {QStringLiteral("events_per_second"), eventsPerSecond()}};
}

} // namespace TierDesk
