#include "../../models/audit/audit.h"
#include "../../models/audit/auditfindings.h"
#include "../../models/audit/incrementalaudit.h"
#include "../../models/common/format.h"
#include "../../models/common/text.h"
#include "commands.h"
#include "options.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace TierDesk::Cli {

namespace {

using Handles = QHash<QString, QString>;

QString handleColumn(const Handles &handles, const QString &affiliateId)
{
    return QStringLiteral("  ") + handleOf(handles, affiliateId).leftJustified(22)
        + QLatin1Char(' ');
}

void printDuplicates(QTextStream &out, const Audit::Report &report, const Handles &handles)
{
    bool any = false;
    for (const auto &cluster : std::as_const(report.clusters)) {
        if (cluster.kind != Audit::Cluster::Kind::Duplicate)
            continue;
        if (!any)
            out << '\n'
                << QCoreApplication::translate(
                       "tierdesk-cli", "Race duplicates (keep the first, supersede the rest):")
                << '\n';
        any = true;
        out << handleColumn(handles, cluster.affiliateId)
            << QStringLiteral("%1 → %2")
                   .arg(Format::rate(cluster.fromRate), Format::rate(cluster.toRate))
                   .leftJustified(12)
            << ' '
            << QCoreApplication::translate("tierdesk-cli", "keep #%1, supersede %2")
                   .arg(Text::of(cluster.keepId), Text::of(idList(cluster.redundantIds)))
            << "  " << clockText(cluster.firstAt) << " … "
            << cluster.lastAt.toUTC().toString(QStringLiteral("HH:mm:ss.zzz")) << '\n';
    }
}

void printConflicts(QTextStream &out, const Audit::Report &report, const Handles &handles)
{
    bool any = false;
    for (const auto &cluster : std::as_const(report.clusters)) {
        if (cluster.kind != Audit::Cluster::Kind::Conflict)
            continue;
        if (!any)
            out << '\n'
                << QCoreApplication::translate("tierdesk-cli",
                       "Conflicts (concurrent evaluations chose different tiers; decide by hand):")
                << '\n';
        any = true;
        QStringList parts;
        for (qsizetype i = 0; i < cluster.eventIds.size(); ++i)
            parts << QStringLiteral("#%1 → %2")
                         .arg(
                             Text::of(cluster.eventIds.at(i)), Format::rate(cluster.toRates.at(i)));
        out << handleColumn(handles, cluster.affiliateId)
            << QCoreApplication::translate("tierdesk-cli", "from %1: %2")
                   .arg(Format::rate(cluster.fromRate), parts.join(QStringLiteral(", ")))
            << "  " << clockText(cluster.firstAt) << '\n';
    }
}

void printChainBreaksAndDrift(QTextStream &out, const Audit::Report &report, const Handles &handles)
{
    if (!report.chainBreaks.isEmpty()) {
        out << '\n'
            << QCoreApplication::translate("tierdesk-cli",
                   "Chain breaks (an event does not start where the previous one ended):")
            << '\n';
        for (const auto &item : std::as_const(report.chainBreaks))
            out << handleColumn(handles, item.affiliateId)
                << QCoreApplication::translate(
                       "tierdesk-cli", "event #%1 starts at %2, expected %3")
                       .arg(Text::of(item.eventId), Format::rate(item.fromRate),
                           Format::rate(item.expectedFromRate))
                << "  " << clockText(item.at)
                << (item.reviewed ? QStringLiteral("  ")
                               + QCoreApplication::translate("tierdesk-cli", "(reviewed)")
                                  : QString())
                << '\n';
    }
    if (!report.drift.isEmpty()) {
        out << '\n'
            << QCoreApplication::translate(
                   "tierdesk-cli", "Drift (the profile's rate is not where its history ends):")
            << '\n';
        for (const auto &item : std::as_const(report.drift))
            out << handleColumn(handles, item.affiliateId)
                << QCoreApplication::translate("tierdesk-cli", "profile %1, history %2")
                       .arg(Format::rate(item.profileRate), Format::rate(item.historyRate))
                << '\n';
    }
}

void printSummary(QTextStream &out, const Audit::Summary &sum, bool includeReviewed)
{
    out << '\n'
        << QCoreApplication::translate("tierdesk-cli",
               "Scanned: %1 affiliates, %2 active events. Duplicate clusters: %3 at %4 affiliates "
               "(%5 redundant rows). Conflicts: %6. Chain breaks: %7. Drift: %8.")
               .arg(Text::of(sum.affiliatesScanned), Text::of(sum.eventsScanned),
                   Text::of(sum.duplicateClusters), Text::of(sum.affectedAffiliates),
                   Text::of(sum.redundantRows), Text::of(sum.conflicts), Text::of(sum.chainBreaks),
                   Text::of(sum.drift));
    if (sum.reviewedChainBreaks > 0 && !includeReviewed)
        out << ' '
            << QCoreApplication::translate("tierdesk-cli",
                   "%Ln chain break(s) marked as reviewed not listed (--include-reviewed).",
                   nullptr, sum.reviewedChainBreaks);
    out << Qt::endl;
}

// The report as text, naming affiliates by handle as the window does.
int printFindings(const Connection &c, const Audit::Options &options,
    const std::optional<Audit::Report> &made = std::nullopt)
{
    auto findings = made ? AuditFindings::of(c, *made) : AuditFindings::run(c, options);
    if (!findings)
        return CliContext::fail(findings.error());
    QTextStream &out = CliContext::out();
    out << (options.mode == Audit::Mode::Chain
            ? QCoreApplication::translate(
                "tierdesk-cli", "Audit of %1 (chain rules, window %2 s; times UTC)")
                  .arg(Text::of(c.url().toDisplayString()), Text::of(options.windowSeconds))
            : QCoreApplication::translate("tierdesk-cli",
                "Audit of %1 (the incident's minute buckets, for comparison; times UTC)")
                  .arg(c.url().toDisplayString()))
        << '\n';
    printDuplicates(out, findings->report, findings->handles);
    printConflicts(out, findings->report, findings->handles);
    printChainBreaksAndDrift(out, findings->report, findings->handles);
    printSummary(out, findings->report.summary, options.includeReviewed);
    return CliContext::Done;
}

// The report as one line of JSON, written as it is made.
int printJson(const Audit::Report &report, const QJsonObject &more = {})
{
    QFile &out = CliContext::rawOut();
    const bool written = report.writeJson(&out, more) && out.write("\n", 1) == 1;
    if (!out.flush() || !written)
        return CliContext::fail(Error::internal(QCoreApplication::translate(
            "tierdesk-cli", "Standard output took only part of the report (%1); it is incomplete.")
                                                    .arg(out.errorString())));
    return CliContext::Done;
}

// audit --incremental: the kept state, the run, the state kept again (a state that
// cannot be written is said on stderr: the findings stand, the next run reads all).
int incrementalAudit(
    const Connection &c, const Audit::Options &options, const QString &stateFile, bool json)
{
    const QString file = stateFile.isEmpty()
        ? IncrementalAudit::stateFile(c.url(), options.windowSeconds)
        : stateFile;
    auto outcome = IncrementalAudit::run(c, options, IncrementalAudit::load(file));
    if (!outcome)
        return CliContext::fail(outcome.error());
    if (auto saved = IncrementalAudit::save(outcome->state, file); !saved)
        CliContext::err() << Text::printable(saved.error().message) << Qt::endl;
    if (json)
        return printJson(outcome->report,
            QJsonObject{{QStringLiteral("incremental"),
                QJsonObject{{QStringLiteral("full"), !outcome->incremental},
                    {QStringLiteral("affiliates_read_again"), outcome->changedAffiliates}}}});
    const int done = printFindings(c, options, outcome->report);
    if (done == CliContext::Done)
        CliContext::out() << (outcome->incremental
                ? QCoreApplication::translate("tierdesk-cli",
                    "Incremental: %Ln affiliate(s) changed since the last run and were read "
                    "again.",
                    nullptr, int(outcome->changedAffiliates))
                : QCoreApplication::translate(
                    "tierdesk-cli", "Read in full; the next --incremental run reads what changes."))
                          << Qt::endl;
    return done;
}

} // namespace

int audit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption window = windowOption();
    const QCommandLineOption minutes(QStringLiteral("minute-buckets"),
        QCoreApplication::translate("tierdesk-cli",
            "Run the incident's original GROUP BY minute query instead, for comparison."));
    const QCommandLineOption affiliate = affiliateOption(
        QT_TRANSLATE_NOOP("tierdesk-cli", "Only this affiliate: id, handle or a Stripe event id."));
    const QCommandLineOption reviewed(QStringLiteral("include-reviewed"),
        QCoreApplication::translate("tierdesk-cli",
            "Also list the chain breaks marked as reviewed (tierdesk-cli resolve), flagged."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption incremental(QStringLiteral("incremental"),
        QCoreApplication::translate("tierdesk-cli",
            "Read only the affiliates that changed since the last --incremental audit of this "
            "database and window (the first reads everything); the findings are a full "
            "audit's."));
    const QCommandLineOption state(QStringLiteral("state"),
        QCoreApplication::translate("tierdesk-cli",
            "With --incremental: keep what it read in this file (default: in the user's cache "
            "folder)."),
        QStringLiteral("file"));
    parser.addOptions({db, window, minutes, affiliate, reviewed, json, incremental, state});
    if (auto exit = parse(parser, arguments, QStringLiteral("audit"),
            QCoreApplication::translate("tierdesk-cli",
                "Find race duplicates, conflicts, chain breaks and drift in the tier events. "
                "Read-only.")))
        return *exit;
    const auto seconds = parseWindow(parser.value(window));
    if (!seconds)
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--window-seconds takes a number of seconds from 0 to one year.")));
    auto connection = CliContext::openMigrated(parser.value(db), Connection::Mode::Browse);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    Audit::Options options;
    options.windowSeconds = *seconds;
    options.mode = parser.isSet(minutes) ? Audit::Mode::MinuteBuckets : Audit::Mode::Chain;
    options.includeReviewed = parser.isSet(reviewed);
    auto only = affiliateArgument(c, parser, affiliate);
    if (!only)
        return CliContext::fail(only.error());
    options.affiliateId = *only;
    if (parser.isSet(incremental))
        return incrementalAudit(c, options, parser.value(state), parser.isSet(json));
    if (!parser.isSet(json))
        return printFindings(c, options);
    auto report = Audit::run(c, options);
    if (!report)
        return CliContext::fail(report.error());
    return printJson(*report);
}

} // namespace TierDesk::Cli
