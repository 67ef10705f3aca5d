#include "stripereplay.h"
#include "../common/currency.h"
#include "../common/logging.h"
#include "../common/text.h"
#include "../figures/affiliatestats.h"
#include "../lookup/affiliatelookup.h"
#include "../schema/schema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace TierDesk {

namespace {

// The affiliate an invoice names, where Stripe puts the subscription's metadata:
// the invoice's own metadata, then subscription_details.metadata (invoices since
// 2023), then parent.subscription_details.metadata (API versions of 2025).
QString affiliateOf(const QJsonObject &invoice)
{
    const auto from = [](const QJsonObject &holder) {
        return holder.value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("affiliate_id"))
            .toString();
    };
    const QJsonObject subscription
        = invoice.value(QStringLiteral("subscription_details")).toObject();
    const QJsonObject parentSubscription = invoice.value(QStringLiteral("parent"))
                                               .toObject()
                                               .value(QStringLiteral("subscription_details"))
                                               .toObject();
    for (const QString &found : {from(invoice), from(subscription), from(parentSubscription)}) {
        if (!found.isEmpty())
            return found;
    }
    return {};
}

constexpr double MaxCreated = 32503680000.0; // year 3000
constexpr double MaxAmountCents = 1e11; // a billion dollars: anything above is not an invoice

// Stripe did not exist before 2011, and an event from the future is a broken
// clock or a forged file: either would write a tier event nobody can explain.
bool isPlausible(const QDateTime &time)
{
    static const QDateTime earliest(QDate(2011, 1, 1), QTime(0, 0), QTimeZone::utc());
    return time >= earliest && time <= QDateTime::currentDateTimeUtc().addDays(1);
}

std::optional<qint64> integral(const QJsonValue &value, double max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > max || std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

} // namespace

namespace {

// Before any thread writes: the schema, the sandbox for --unguarded, the policy,
// and that every affiliate the events name exists. Returns the policy to evaluate with.
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
    auto booked = StripeReplay::bookedCurrency(connection);
    if (!booked)
        return booked.error();
    auto sandbox = Schema::isSandbox(connection);
    if (!sandbox)
        return sandbox.error();
    const int digits = Currency::minorDigits(*booked);
    QSet<QString> paidInvoices;
    for (const StripeReplay::Event &event : events) {
        if (event.isInvoicePaid() && !event.invoiceId.isEmpty())
            paidInvoices.insert(event.invoiceId);
    }
    for (StripeReplay::Event event : events) {
        if (event.type == QLatin1String("invoice.payment_succeeded")
            && !paidInvoices.contains(event.invoiceId))
            ++checked.succeededAlone;
        if (event.isInvoicePaid() && event.affiliateId.isEmpty()) {
            if (options.requireAffiliate)
                return Error::refused(StripeReplay::tr(
                    "Line %1 names no affiliate (no affiliate_id in data.object.metadata, "
                    "subscription_details.metadata or parent.subscription_details.metadata); "
                    "nothing was written.")
                                          .arg(event.line));
            ++checked.unreferred;
            continue;
        }
        if (event.isInvoicePaid() && event.currency != *booked) {
            if (!options.skipOtherCurrencies)
                return Error::refused(
                    StripeReplay::tr("Line %1 is an invoice in %2 (%3), but this database books "
                                     "%4; nothing was written. Pass --skip-other-currencies to "
                                     "leave such invoices out; nothing is converted.")
                        .arg(Text::of(event.line), Text::of(event.currency),
                            Currency::format(event.amountMinor, event.currency),
                            Text::of(*booked)));
            ++checked.otherCurrency;
            continue;
        }
        if (event.isInvoicePaid() && !event.livemode && !*sandbox && !options.bookTestMode) {
            ++checked.testMode;
            continue;
        }
        event.amountPaidCents = Currency::toHundredths(event.amountMinor, digits);
        checked.events.append(event);
    }
    return {};
}

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
        if (!event.isInvoicePaid() || seen.contains(event.affiliateId))
            continue;
        seen.insert(event.affiliateId);
        exists->bindValue(0, event.affiliateId);
        if (auto done = Connection::exec(*exists); !done)
            return done.error();
        if (!exists->next())
            return Error::refused(
                StripeReplay::tr("Line %1: no affiliate has the id %2; nothing was written.")
                    .arg(Text::of(event.line), Text::of(event.affiliateId)));
        exists->finish();
    }
    return checked;
}

// The list's figures of every affiliate the events paid, in one transaction.
Result<void> refreshFigures(const DatabaseUrl &url, const QList<StripeReplay::Event> &events)
{
    QSet<QString> paid;
    for (const StripeReplay::Event &event : events) {
        if (event.isInvoicePaid())
            paid.insert(event.affiliateId);
    }
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
Error stopped(const Error &failure, int line, const StripeReplay::Summary &total)
{
    const int stoppedAt = line;
    if (failure.kind == Error::Kind::Usage)
        return failure;
    // Say what is stored: every counted commission was committed on its own, and a
    // re-run skips them by their event id.
    QString reason = failure.message.trimmed();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    const QString inserted = Text::of(total.commissionsInserted);
    const QString events = Text::of(total.events);
    return Error{failure.kind,
        stoppedAt ? StripeReplay::tr(
            "The replay stopped at line %1 (%2). %3 new commissions of the file's "
            "%4 events were committed before that; running the same replay again "
            "is safe, it skips the events already stored.")
                        .arg(Text::of(stoppedAt), reason, inserted, events)
                  : StripeReplay::tr(
                      "The replay stopped (%1). %2 new commissions of the file's %3 events "
                      "were committed before that; running the same replay again is safe, "
                      "it skips the events already stored.")
                        .arg(reason, inserted, events),
        failure.reason};
}

// What an invoice.paid books: its amount in the currency's smallest unit, the
// affiliate it names (if any), its currency and whether it is live.
Result<void> readInvoice(
    int number, const QJsonObject &object, const QJsonObject &invoice, StripeReplay::Event &event)
{
    const auto amount = integral(invoice.value(QStringLiteral("amount_paid")), MaxAmountCents);
    if (!amount)
        return Error::refused(
            StripeReplay::tr("Line %1: \"data.object.amount_paid\" must be a whole number of the "
                             "currency's smallest unit between 0 and 100000000000; nothing was "
                             "written.")
                .arg(number));
    event.amountMinor = *amount;
    const QString affiliate = affiliateOf(invoice);
    event.affiliateId = AffiliateLookup::exactId(affiliate);
    if (!affiliate.isEmpty() && event.affiliateId.isEmpty())
        return Error::refused(
            StripeReplay::tr("Line %1: affiliate_id \"%2\" is not a UUID; nothing was written.")
                .arg(Text::of(number), Error::quoted(affiliate)));
    event.currency = invoice.value(QStringLiteral("currency")).toString().toUpper();
    if (!Currency::isCode(event.currency))
        return Error::refused(StripeReplay::tr(
            "Line %1: \"data.object.currency\" is not a three-letter currency code; "
            "nothing was written.")
                                  .arg(number));
    event.livemode = object.value(QStringLiteral("livemode")).toBool(true);
    return {};
}

} // namespace

Result<QList<StripeReplay::Event>> StripeReplay::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(
            tr("Cannot read the event file %1: %2.").arg(path, file.errorString()));
    return parse(file.readAll());
}

Result<QList<StripeReplay::Event>> StripeReplay::parse(const QByteArray &contents)
{
    QList<Event> events;
    const QList<QByteArray> lines = contents.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return Error::refused(
                tr("Line %1 is not valid JSON (%2 at character %3); nothing was written.")
                    .arg(Text::of(number), Text::of(parseError.errorString()),
                        Text::of(parseError.offset + 1)));
        if (!document.isObject())
            return Error::refused(
                tr("Line %1 is not a JSON object; nothing was written.").arg(number));
        const QJsonObject object = document.object();
        Event event;
        event.line = number;
        event.id = object.value(QStringLiteral("id")).toString();
        event.type = object.value(QStringLiteral("type")).toString();
        if (event.id.isEmpty() || event.id.size() > 255)
            return Error::refused(
                tr("Line %1 has no event \"id\" string; nothing was written.").arg(number));
        if (std::any_of(event.id.cbegin(), event.id.cend(),
                [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
            return Error::refused(
                tr("Line %1: the event id \"%2\" holds control characters; nothing was written.")
                    .arg(Text::of(number), Error::quoted(event.id)));
        if (event.type.isEmpty())
            return Error::refused(
                tr("Line %1 has no event \"type\" string; nothing was written.").arg(number));
        const auto created = integral(object.value(QStringLiteral("created")), MaxCreated);
        if (!created)
            return Error::refused(
                tr("Line %1: \"created\" must be Unix seconds as a whole number; nothing was "
                   "written.")
                    .arg(number));
        event.created = QDateTime::fromSecsSinceEpoch(*created, QTimeZone::utc());
        if (!isPlausible(event.created))
            return Error::refused(
                tr("Line %1: \"created\" is %2, outside the plausible range (2011-01-01 to a "
                   "day from now); nothing was written.")
                    .arg(Text::of(number), Text::of(SqlDialect::timeText(event.created))));
        const QJsonObject invoice = object.value(QStringLiteral("data"))
                                        .toObject()
                                        .value(QStringLiteral("object"))
                                        .toObject();
        event.invoiceId = invoice.value(QStringLiteral("id")).toString();
        if (event.isInvoicePaid()) {
            if (auto read = readInvoice(number, object, invoice, event); !read)
                return read.error();
        }
        events.append(event);
    }
    if (events.isEmpty())
        return Error::refused(tr("The event file holds no events."));
    return events;
}

Result<StripeReplay::Summary> StripeReplay::run(
    const DatabaseUrl &url, const QList<Event> &all, const Options &options)
{
    if (options.concurrency < 1 || options.concurrency > 64)
        return Error::usage(tr("Concurrency must be between 1 and 64."));

    // Checks on one connection before any thread writes.
    auto checked = checkBeforeWriting(url, all, options);
    if (!checked)
        return checked.error();
    const TierPolicy policy = checked->policy;
    const QList<Event> &events = checked->events;

    QElapsedTimer timer;
    timer.start();
    std::atomic<int> next{0};
    QMutex mutex;
    Summary total;
    total.events = int(all.size());
    total.otherCurrencySkipped = checked->otherCurrency;
    total.testModeSkipped = checked->testMode;
    total.unreferredSkipped = checked->unreferred;
    total.succeededWithoutPaid = checked->succeededAlone;
    std::optional<Error> failure;
    int stoppedAt = 0; // the line whose insert or evaluation failed first

    auto worker = [&]() {
        Summary mine;
        auto connection = Connection::open(url, Connection::Mode::ReadWrite);
        if (!connection) {
            QMutexLocker lock(&mutex);
            failure = connection.error();
            return;
        }
        const Connection &c = **connection;
        const TierEvaluator evaluator(c, policy, options.who);
        int failedLine = 0;
        // No RETURNING: SQLite commits an autocommit statement when it is stepped to
        // its end, so a row read back before then may still be lost (a full disk). The
        // statement runs to completion, and only then is its row counted.
        auto insert = c.prepare(QStringLiteral(
            "INSERT INTO affiliate_commissions (affiliate_id, stripe_event_id, commission_amount, "
            "created_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (stripe_event_id) DO NOTHING"));
        std::optional<Error> error = insert ? std::nullopt : std::optional(insert.error());
        for (int i = next++; !error && i < events.size(); i = next++) {
            {
                QMutexLocker lock(&mutex);
                if (failure)
                    break;
            }
            const Event &event = events.at(i);
            if (!event.isInvoicePaid()) {
                ++mine.otherTypes;
                continue;
            }
            ++mine.invoicesPaid;
            auto rate = evaluator.currentRate(event.affiliateId);
            if (!rate || !*rate) {
                error = rate
                    ? Error::refused(tr("Line %1: the affiliate %2 disappeared during the replay.")
                                         .arg(Text::of(event.line), Text::of(event.affiliateId)))
                    : rate.error();
                break;
            }
            const qint64 commission = (event.amountPaidCents * **rate + 50) / 100;
            insert->bindValue(0, event.affiliateId);
            insert->bindValue(1, event.id);
            insert->bindValue(2, SqlDialect::moneyText(commission));
            insert->bindValue(3, SqlDialect::timeValue(event.created));
            if (auto done = Connection::exec(*insert); !done) {
                error = done.error();
                failedLine = event.line;
                break;
            }
            if (insert->numRowsAffected() == 1)
                ++mine.commissionsInserted;
            else
                ++mine.alreadySeen;
            insert->finish();
            // Evaluated either way: the guard makes a repeat harmless and heals a
            // run that stopped between the insert and the evaluation.
            auto evaluation = options.unguarded
                ? evaluator.evaluateUnguarded(event.affiliateId, event.created)
                : evaluator.evaluate(event.affiliateId, event.created);
            if (!evaluation) {
                error = evaluation.error();
                failedLine = event.line;
                break;
            }
            switch (evaluation->outcome) {
            case TierEvaluator::Outcome::Promoted:
                ++mine.promotions;
                break;
            case TierEvaluator::Outcome::Demoted:
                ++mine.demotions;
                break;
            case TierEvaluator::Outcome::RaceLost:
                ++mine.raceLost;
                break;
            case TierEvaluator::Outcome::Unchanged:
            case TierEvaluator::Outcome::NotFound:
                ++mine.unchanged;
                break;
            }
        }
        QMutexLocker lock(&mutex);
        if (error && !failure) {
            failure = error;
            stoppedAt = failedLine;
        }
        total.invoicesPaid += mine.invoicesPaid;
        total.otherTypes += mine.otherTypes;
        total.commissionsInserted += mine.commissionsInserted;
        total.alreadySeen += mine.alreadySeen;
        total.promotions += mine.promotions;
        total.demotions += mine.demotions;
        total.unchanged += mine.unchanged;
        total.raceLost += mine.raceLost;
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

Result<QString> StripeReplay::bookedCurrency(const Connection &connection)
{
    auto query
        = connection.run(QStringLiteral("SELECT value FROM tierdesk_meta WHERE key = 'currency'"));
    if (!query)
        return query.error();
    const QString code = query->next() ? query->value(0).toString().trimmed().toUpper() : QString();
    query->finish();
    if (code.isEmpty())
        return QStringLiteral("USD");
    if (!Currency::isCode(code))
        return Error::refused(tr("tierdesk_meta names the currency \"%1\", which is not a "
                                 "three-letter code; fix it first; nothing was written.")
                                  .arg(Error::quoted(code)));
    return code;
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
        {QStringLiteral("race_lost"), raceLost},
        {QStringLiteral("concurrency"), options.concurrency},
        {QStringLiteral("guarded"), !options.unguarded}, {QStringLiteral("seconds"), seconds},
        {QStringLiteral("events_per_second"), eventsPerSecond()}};
}

} // namespace TierDesk
