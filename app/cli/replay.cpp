#include "../../models/common/operatorinfo.h"
#include "../../models/common/text.h"
#include "../../models/db/sqlitefiles.h"
#include "../../models/tier/stripereplay.h"
#include "commands.h"
#include "options.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace TierDesk::Cli {

namespace {

// The summary as a sentence, and what was left out, each only when it happened.
void printSummary(const StripeReplay::Summary &summary)
{
    CliContext::out() << QCoreApplication::translate("tierdesk-cli",
        "%1 events (%2 invoice.paid, %3 other types skipped): %4 commissions inserted, %5 "
        "skipped as already seen; %6 promotions, %7 demotions, %8 race-lost; %9 events/s.")
                             .arg(Text::of(summary.events), Text::of(summary.invoicesPaid),
                                 Text::of(summary.otherTypes),
                                 Text::of(summary.commissionsInserted),
                                 Text::of(summary.alreadySeen), Text::of(summary.promotions),
                                 Text::of(summary.demotions), Text::of(summary.raceLost),
                                 QLocale().toString(summary.eventsPerSecond(), 'f', 0));
    if (summary.otherCurrencySkipped > 0)
        CliContext::out() << ' '
                          << QCoreApplication::translate("tierdesk-cli",
                                 "%n invoice(s) in another currency left out.", nullptr,
                                 summary.otherCurrencySkipped);
    if (summary.testModeSkipped > 0)
        CliContext::out() << ' '
                          << QCoreApplication::translate("tierdesk-cli",
                                 "%n test-mode invoice(s) left out (--test-mode books them).",
                                 nullptr, summary.testModeSkipped);
    if (summary.unreferredSkipped > 0)
        CliContext::out() << ' '
                          << QCoreApplication::translate("tierdesk-cli",
                                 "%n invoice(s) naming no affiliate left out.", nullptr,
                                 summary.unreferredSkipped);
    if (summary.late > 0)
        CliContext::out() << ' '
                          << QCoreApplication::translate("tierdesk-cli",
                                 "%n invoice(s) older than the affiliate's latest tier change or "
                                 "commission booked at the rate of their time, the tier not "
                                 "re-evaluated for them.",
                                 nullptr, summary.late);
    if (summary.succeededWithoutPaid > 0)
        CliContext::out() << ' '
                          << QCoreApplication::translate("tierdesk-cli",
                                 "%n invoice.payment_succeeded event(s) had no invoice.paid "
                                 "beside them and were not booked.",
                                 nullptr, summary.succeededWithoutPaid);
    CliContext::out() << Qt::endl;
}

} // namespace

int replay(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption events(QStringLiteral("events"),
        QCoreApplication::translate("tierdesk-cli",
            "Stripe events: JSON lines, a JSON array, the events API's list object or "
            "pretty-printed events."),
        QStringLiteral("file"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
        QCoreApplication::translate(
            "tierdesk-cli", "Worker threads, each with its own connection."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption unguarded(QStringLiteral("unguarded"),
        QCoreApplication::translate(
            "tierdesk-cli", "Use the pre-fix read-then-write evaluator (sandbox databases only)."));
    const QCommandLineOption otherCurrencies(QStringLiteral("skip-other-currencies"),
        QCoreApplication::translate("tierdesk-cli",
            "Leave out and count invoices in another currency than the database's, instead of "
            "refusing the file (nothing is ever converted)."));
    const QCommandLineOption testMode(QStringLiteral("test-mode"),
        QCoreApplication::translate("tierdesk-cli",
            "Book test-mode events (livemode false) into a database that is not a sandbox too."));
    const QCommandLineOption requireAffiliate(QStringLiteral("require-affiliate"),
        QCoreApplication::translate("tierdesk-cli",
            "Refuse the file when an invoice names no affiliate, instead of leaving it out."));
    const QCommandLineOption op = operatorOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, events, concurrency, unguarded, otherCurrencies, testMode,
        requireAffiliate, op, json});
    if (auto exit = parse(parser, arguments, QStringLiteral("replay"),
            QCoreApplication::translate("tierdesk-cli",
                "Replay Stripe invoice.paid events: insert each commission once at the rate of "
                "its time, then evaluate the tier at that time, each affiliate's events oldest "
                "first.")))
        return *exit;
    if (!parser.isSet(events))
        return CliContext::fail(
            Error::usage(QCoreApplication::translate("tierdesk-cli", "Missing --events FILE.")));
    bool ok = false;
    const int threads = parser.value(concurrency).toInt(&ok);
    if (!ok || threads < 1 || threads > 64)
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--concurrency takes a number from 1 to 64.")));
    auto url = CliContext::parseUrl(parser.value(db));
    if (!url)
        return CliContext::fail(url.error());
    // Reading the database's own files here would drop the locks SQLite takes later.
    if (url->isSqlite() && SqliteFiles::isDatabaseFile(url->filePath(), parser.value(events)))
        return CliContext::fail(Error::usage(QCoreApplication::translate("tierdesk-cli",
            "--events names the database itself or one of its journal files; nothing was read.")));
    auto parsed = StripeReplay::parseFile(parser.value(events));
    if (!parsed)
        return CliContext::fail(parsed.error());
    StripeReplay::Options options;
    options.concurrency = threads;
    options.unguarded = parser.isSet(unguarded);
    options.skipOtherCurrencies = parser.isSet(otherCurrencies);
    options.bookTestMode = parser.isSet(testMode);
    options.requireAffiliate = parser.isSet(requireAffiliate);
    options.who = OperatorInfo::current(parser.value(op));
    auto summary = StripeReplay::run(*url, *parsed, options);
    if (!summary)
        return CliContext::fail(summary.error());
    if (parser.isSet(json))
        CliContext::out() << QJsonDocument(summary->toJson(options)).toJson(QJsonDocument::Compact)
                          << Qt::endl;
    else
        printSummary(*summary);
    return CliContext::Done;
}

} // namespace TierDesk::Cli
