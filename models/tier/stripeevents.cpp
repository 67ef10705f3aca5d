#include "../common/currency.h"
#include "../common/text.h"
#include "../lookup/affiliatelookup.h"
#include "stripeexport.h"
#include "stripereplay.h"

#include <QBuffer>
#include <QFile>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace TierDesk {

// Reading an export into the events a replay books (the writing is in stripereplay.cpp).

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

// What an invoice.paid books: its amount in the currency's smallest unit, the
// affiliate it names (if any), its currency and whether it is live.
Result<void> readInvoice(const QString &where, const QJsonObject &object,
    const QJsonObject &invoice, StripeReplay::Event &event)
{
    const auto amount = integral(invoice.value(QStringLiteral("amount_paid")), MaxAmountCents);
    if (!amount)
        return Error::refused(
            StripeReplay::tr("%1: \"data.object.amount_paid\" must be a whole number of the "
                             "currency's smallest unit between 0 and 100000000000; nothing was "
                             "written.")
                .arg(where));
    event.amountMinor = *amount;
    const QString affiliate = affiliateOf(invoice);
    event.affiliateId = AffiliateLookup::exactId(affiliate);
    if (!affiliate.isEmpty() && event.affiliateId.isEmpty())
        return Error::refused(
            StripeReplay::tr("%1: affiliate_id \"%2\" is not a UUID; nothing was written.")
                .arg(where, Error::quoted(affiliate)));
    event.currency = invoice.value(QStringLiteral("currency")).toString().toUpper();
    if (!Currency::isCode(event.currency))
        return Error::refused(
            StripeReplay::tr("%1: \"data.object.currency\" is not a three-letter currency code; "
                             "nothing was written.")
                .arg(where));
    event.livemode = object.value(QStringLiteral("livemode")).toBool(true);
    return {};
}

// The envelope every event has: id, type, created.
Result<StripeReplay::Event> readEnvelope(const StripeExport::Record &record)
{
    const QString where = StripeExport::where(record.number, record.line);
    const QJsonObject &object = record.object;
    StripeReplay::Event event;
    event.record = record.number;
    event.line = record.line;
    event.id = object.value(QStringLiteral("id")).toString();
    event.type = object.value(QStringLiteral("type")).toString();
    if (event.id.isEmpty() || event.id.size() > 255)
        return Error::refused(
            StripeReplay::tr("%1 has no event \"id\" string; nothing was written.").arg(where));
    if (std::any_of(event.id.cbegin(), event.id.cend(),
            [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        return Error::refused(
            StripeReplay::tr("%1: the event id \"%2\" holds control characters; nothing was "
                             "written.")
                .arg(where, Error::quoted(event.id)));
    if (event.type.isEmpty())
        return Error::refused(
            StripeReplay::tr("%1 has no event \"type\" string; nothing was written.").arg(where));
    const auto created = integral(object.value(QStringLiteral("created")), MaxCreated);
    if (!created)
        return Error::refused(
            StripeReplay::tr("%1: \"created\" must be Unix seconds as a whole number; nothing was "
                             "written.")
                .arg(where));
    event.created = QDateTime::fromSecsSinceEpoch(*created, QTimeZone::utc());
    if (!isPlausible(event.created))
        return Error::refused(
            StripeReplay::tr("%1: \"created\" is %2, outside the plausible range (2011-01-01 to "
                             "a day from now); nothing was written.")
                .arg(where, Text::of(SqlDialect::timeText(event.created))));
    return event;
}

} // namespace

Result<StripeReplay::Export> StripeReplay::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(
            tr("Cannot read the event file %1: %2.").arg(path, file.errorString()));
    return read(file);
}

Result<StripeReplay::Export> StripeReplay::parse(const QByteArray &contents)
{
    QBuffer buffer;
    buffer.setData(contents);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer);
}

Result<StripeReplay::Export> StripeReplay::read(QIODevice &device)
{
    Export file;
    StripeExport reader(device);
    for (;;) {
        auto record = reader.next();
        if (!record)
            return record.error();
        if (!*record)
            break;
        auto event = readEnvelope(**record);
        if (!event)
            return event.error();
        ++file.records;
        const bool succeeded = event->type == QLatin1String("invoice.payment_succeeded");
        if (!event->isInvoicePaid() && !succeeded) {
            ++file.otherTypes; // not kept: a real export is mostly other types
            continue;
        }
        const QJsonObject invoice = (*record)
                                        ->object.value(QStringLiteral("data"))
                                        .toObject()
                                        .value(QStringLiteral("object"))
                                        .toObject();
        event->invoiceId = invoice.value(QStringLiteral("id")).toString();
        if (event->isInvoicePaid()) {
            const QString where = StripeExport::where(event->record, event->line);
            if (auto read = readInvoice(where, (*record)->object, invoice, *event); !read)
                return read.error();
        }
        file.events.append(*event);
    }
    if (file.records == 0)
        return Error::refused(tr("The event file holds no events."));
    return file;
}

} // namespace TierDesk
