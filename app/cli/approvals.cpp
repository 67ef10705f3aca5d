#include "../../models/approvals/approvals.h"
#include "../../models/common/format.h"
#include "../../models/common/text.h"
#include "commands.h"
#include "options.h"
#include "writedriver.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace TierDesk::Cli {

namespace {

// One request in a line or two, everything typed by people escaped for the terminal.
QString requestLine(const Approvals::Request &r)
{
    QString line = QStringLiteral("#%1  %2  %3  %4")
                       .arg(Text::of(r.id), Format::timeToMinutes(r.createdAt),
                           Approvals::statusText(r.status), r.what());
    line += QStringLiteral("  ")
        + QCoreApplication::translate("tierdesk-cli", "by %1").arg(Text::printable(r.requestedBy));
    if (!r.ticket.isEmpty())
        line += QStringLiteral("  [") + Text::printable(r.ticket) + QLatin1Char(']');
    if (!r.reason.isEmpty())
        line += QStringLiteral(" — ") + Text::printable(r.reason);
    return line;
}

void printRequest(const Approvals::Request &r)
{
    QTextStream &out = CliContext::out();
    out << requestLine(r) << '\n';
    out << QCoreApplication::translate("tierdesk-cli", "Fingerprint %1; expires %2.")
               .arg(r.fingerprint, Format::timeToMinutes(r.expiresAt))
        << '\n';
    if (r.decidedAt.isValid()) {
        QString decided = QCoreApplication::translate("tierdesk-cli", "%1 by %2 at %3")
                              .arg(Approvals::statusText(r.status), Text::printable(r.decidedBy),
                                  Format::timeToMinutes(r.decidedAt));
        if (!r.decisionNote.isEmpty())
            decided += QStringLiteral(" — ") + Text::printable(r.decisionNote);
        if (r.batchId)
            decided += QStringLiteral(" ")
                + QCoreApplication::translate("tierdesk-cli", "(batch %1)").arg(r.batchId);
        out << decided << '\n';
    }
    out.flush();
}

Result<qint64> idArgument(const QStringList &positional)
{
    bool ok = false;
    const qint64 id = positional.value(0).toLongLong(&ok);
    if (positional.size() != 1 || !ok || id < 1)
        return Error::usage(QCoreApplication::translate("tierdesk-cli",
            "Name one request by its number (tierdesk-cli approvals list "
            "shows them)."));
    return id;
}

} // namespace

int requestApproval(
    const WriteDriver &driver, const Approvals::NewRequest &request, const Connection &connection)
{
    auto made = Approvals::request(connection, request);
    if (!made)
        return CliContext::fail(made.error());
    if (driver.wantsJson())
        return WriteDriver::printJson(made->toJson());
    CliContext::out() << QCoreApplication::translate("tierdesk-cli",
        "Request %1 recorded: %2 (fingerprint %3). Another agent reviews it "
        "with tierdesk-cli approvals show %1 and approves it with "
        "tierdesk-cli approvals approve %1 --fingerprint %3 --reason R; it "
        "expires %4.")
                             .arg(Text::of(made->id), made->what(), made->fingerprint,
                                 Format::timeToMinutes(made->expiresAt))
                      << Qt::endl;
    return CliContext::Done;
}

int approvals(const QStringList &arguments)
{
    const QStringList verbs = {QStringLiteral("list"), QStringLiteral("show"),
        QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("withdraw")};
    const QString verb = arguments.value(1);
    if (!verbs.contains(verb)) {
        CliContext::err() << QCoreApplication::translate("tierdesk-cli",
            "Usage: tierdesk-cli approvals list|show|approve|reject|withdraw "
            "[ID] --db URL [options]")
                          << Qt::endl;
        return verb == QLatin1String("--help") ? CliContext::Done : CliContext::UsageError;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("id"), QCoreApplication::translate("tierdesk-cli", "The request's number."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption all(QStringLiteral("all"),
        QCoreApplication::translate(
            "tierdesk-cli", "With list: every request, not only those waiting for approval."));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
        QCoreApplication::translate("tierdesk-cli",
            "With approve, required: the request's fingerprint, as approvals show prints it."),
        QStringLiteral("f"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions(
        {db, all, fingerprint, operatorOption(), ticketOption(), reasonOption(), json});
    parser.setApplicationDescription(QCoreApplication::translate("tierdesk-cli",
        "Four eyes: a cleanup or undo larger than the policy allows one agent waits here "
        "until a second agent approves it (the write then runs in their session, re-checked "
        "under the lock), rejects it, or its author withdraws it."));
    parser.addHelpOption();
    if (!parser.parse(rest)) {
        CliContext::err() << parser.errorText() << Qt::endl;
        return CliContext::UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliContext::out() << parser.helpText();
        CliContext::out().flush();
        return CliContext::Done;
    }
    const bool writes = verb != QLatin1String("list") && verb != QLatin1String("show");
    qint64 id = 0;
    if (verb != QLatin1String("list")) {
        auto given = idArgument(parser.positionalArguments());
        if (!given)
            return CliContext::fail(given.error());
        id = *given;
    } else if (!parser.positionalArguments().isEmpty()) {
        return CliContext::fail(
            Error::usage(QCoreApplication::translate("tierdesk-cli", "Unexpected argument \"%1\".")
                             .arg(parser.positionalArguments().first())));
    }
    auto who = whoOf(parser);
    if (!who)
        return CliContext::fail(who.error());
    if (verb == QLatin1String("approve")) {
        if (auto checked
            = checkFingerprint(parser, fingerprint, fingerprint, QStringLiteral("approvals show"));
            !checked)
            return CliContext::fail(checked.error());
        if (!parser.isSet(fingerprint))
            return CliContext::fail(Error::usage(QCoreApplication::translate("tierdesk-cli",
                "approve needs --fingerprint F from tierdesk-cli approvals show, so that only "
                "the plan you reviewed is written.")));
    }
    auto connection = CliContext::openMigrated(
        parser.value(db), writes ? Connection::Mode::ReadWrite : Connection::Mode::ReadOnly);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    QTextStream &out = CliContext::out();

    if (verb == QLatin1String("list")) {
        auto requests = Approvals::list(c, !parser.isSet(all));
        if (!requests)
            return CliContext::fail(requests.error());
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const Approvals::Request &r : std::as_const(*requests))
                list.append(r.toJson());
            return WriteDriver::printJson(
                {{QStringLiteral("requests"), list}, {QStringLiteral("count"), list.size()}});
        }
        if (requests->isEmpty())
            out << (parser.isSet(all)
                    ? QCoreApplication::translate("tierdesk-cli", "No approval requests.")
                    : QCoreApplication::translate(
                        "tierdesk-cli", "No request is waiting for approval."))
                << Qt::endl;
        for (const Approvals::Request &r : std::as_const(*requests))
            out << requestLine(r) << '\n';
        out.flush();
        return CliContext::Done;
    }
    if (verb == QLatin1String("show")) {
        auto request = Approvals::find(c, id);
        if (!request)
            return CliContext::fail(request.error());
        auto plan = Approvals::preview(c, *request);
        if (!plan)
            return CliContext::fail(plan.error());
        const bool holds = plan->fingerprint == request->fingerprint;
        if (parser.isSet(json)) {
            QJsonObject shown = request->toJson();
            shown.insert(QStringLiteral("plan_now"), plan->toJson());
            shown.insert(QStringLiteral("plan_holds"), holds);
            return WriteDriver::printJson(shown);
        }
        printRequest(*request);
        return printDryRun(c, *plan,
            holds ? QCoreApplication::translate(
                "tierdesk-cli", "The plan as it stands now (the same as requested):")
                  : QCoreApplication::translate("tierdesk-cli",
                      "The plan has changed since the request (now %1): approving it will be "
                      "refused and mark it stale.")
                        .arg(plan->fingerprint),
            request->kind == Approvals::Kind::Undo
                ? QCoreApplication::translate("tierdesk-cli", "restore #%1 (superseded by #%2)")
                : QCoreApplication::translate("tierdesk-cli", "supersede #%1, keep #%2"),
            request->isOpen() && holds ? QCoreApplication::translate("tierdesk-cli",
                "To approve exactly this plan: tierdesk-cli approvals approve %1 "
                "--fingerprint %2 --reason R")
                                             .arg(Text::of(id), request->fingerprint)
                                       : QString());
    }
    if (verb == QLatin1String("approve")) {
        auto outcome = Approvals::approve(c, id, parser.value(fingerprint), *who);
        if (!outcome)
            return CliContext::fail(outcome.error());
        if (parser.isSet(json))
            return WriteDriver::printJson(outcome->toJson());
        out << QCoreApplication::translate(
            "tierdesk-cli", "Request %1 approved: batch %2 changed %3 rows at %4 affiliates.")
                   .arg(Text::of(id), Text::of(outcome->batchId), Text::of(outcome->rowsChanged),
                       Text::of(outcome->affiliates))
            << Qt::endl;
        return CliContext::Done;
    }
    auto decided = verb == QLatin1String("reject") ? Approvals::reject(c, id, *who)
                                                   : Approvals::withdraw(c, id, *who);
    if (!decided)
        return CliContext::fail(decided.error());
    if (parser.isSet(json))
        return WriteDriver::printJson(decided->toJson());
    printRequest(*decided);
    return CliContext::Done;
}

int policy(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption rows(QStringLiteral("max-rows"),
        QCoreApplication::translate("tierdesk-cli",
            "A cleanup or undo changing more rows needs a second agent (a number, or \"none\")."),
        QStringLiteral("n"));
    const QCommandLineOption affiliates(QStringLiteral("max-affiliates"),
        QCoreApplication::translate(
            "tierdesk-cli", "... or touching more affiliates (a number, or \"none\")."),
        QStringLiteral("n"));
    const QCommandLineOption identity(QStringLiteral("identity"),
        QCoreApplication::translate("tierdesk-cli",
            "Who counts as the same agent: \"login\" (the database login, PostgreSQL) or \"name\" "
            "(the operator name, when agents share a login)."),
        QStringLiteral("login|name"));
    const QCommandLineOption expiry(QStringLiteral("expiry-hours"),
        QCoreApplication::translate(
            "tierdesk-cli", "Requests expire after this many hours (1 to 720)."),
        QStringLiteral("h"));
    const QCommandLineOption off(
        QStringLiteral("off"), QCoreApplication::translate("tierdesk-cli", "Turn four eyes off."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, rows, affiliates, identity, expiry, off, operatorOption(),
        ticketOption(), reasonOption(), json});
    if (auto exit = parse(parser, arguments, QStringLiteral("policy"),
            QCoreApplication::translate("tierdesk-cli",
                "Show the four-eyes policy, or set it (on PostgreSQL only the owner of "
                "tierdesk_approval_policy may).")))
        return *exit;
    const bool sets = parser.isSet(rows) || parser.isSet(affiliates) || parser.isSet(identity)
        || parser.isSet(expiry) || parser.isSet(off);
    const auto limit
        = [&](const QCommandLineOption &option, std::optional<int> &value) -> Result<void> {
        if (!parser.isSet(option))
            return {};
        const QString text = parser.value(option).trimmed();
        if (text == QLatin1String("none")) {
            value.reset();
            return {};
        }
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < 0)
            return Error::usage(QCoreApplication::translate("tierdesk-cli",
                "--%1 takes a number from 0 up, or \"none\"; nothing was "
                "changed.")
                                    .arg(option.names().constFirst()));
        value = n;
        return {};
    };
    if (parser.isSet(identity) && parser.value(identity) != QLatin1String("login")
        && parser.value(identity) != QLatin1String("name"))
        return CliContext::fail(Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--identity is \"login\" or \"name\"; nothing was changed.")));
    auto who = whoOf(parser);
    if (!who)
        return CliContext::fail(who.error());
    auto connection = CliContext::openMigrated(
        parser.value(db), sets ? Connection::Mode::ReadWrite : Connection::Mode::ReadOnly);
    if (!connection)
        return CliContext::fail(connection.error());
    const Connection &c = **connection;
    auto current = Approvals::policy(c);
    if (!current)
        return CliContext::fail(current.error());
    if (sets) {
        Approvals::Policy wanted = *current;
        if (parser.isSet(off)) {
            wanted.maxRows.reset();
            wanted.maxAffiliates.reset();
        }
        if (auto given = limit(rows, wanted.maxRows); !given)
            return CliContext::fail(given.error());
        if (auto given = limit(affiliates, wanted.maxAffiliates); !given)
            return CliContext::fail(given.error());
        if (parser.isSet(identity))
            wanted.identity = parser.value(identity) == QLatin1String("login")
                ? Approvals::Identity::Login
                : Approvals::Identity::Name;
        if (parser.isSet(expiry)) {
            bool ok = false;
            wanted.expiryHours = parser.value(expiry).toInt(&ok);
            if (!ok)
                wanted.expiryHours = 0; // refused below with the range
        }
        if (auto set = Approvals::setPolicy(c, wanted, *who); !set)
            return CliContext::fail(set.error());
        current = Approvals::policy(c);
        if (!current)
            return CliContext::fail(current.error());
    }
    if (parser.isSet(json))
        return WriteDriver::printJson(current->toJson());
    CliContext::out() << current->text() << Qt::endl;
    if (const QString note = Approvals::strengthNote(c, *current); !note.isEmpty())
        CliContext::out() << note << Qt::endl;
    return CliContext::Done;
}

} // namespace TierDesk::Cli
