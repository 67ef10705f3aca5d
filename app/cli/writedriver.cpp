#include "writedriver.h"
#include "../clicontext.h"
#include "options.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace TierDesk::Cli {

WriteDriver::WriteDriver(QString command, Help help)
    : m_command(std::move(command))
    , m_dryRun(QStringLiteral("dry-run"), QCoreApplication::translate("tierdesk-cli", help.dryRun))
    , m_yes(QStringLiteral("yes"), QCoreApplication::translate("tierdesk-cli", help.yes))
    , m_request(QStringLiteral("request-approval"),
          QCoreApplication::translate("tierdesk-cli",
              "With --fingerprint: ask a second agent to approve exactly this plan (four eyes); "
              "changes nothing until they do."))
    , m_fingerprint(QStringLiteral("fingerprint"),
          QCoreApplication::translate("tierdesk-cli", help.fingerprint), QStringLiteral("f"))
    , m_operator(operatorOption())
    , m_ticket(ticketOption())
    , m_reason(reasonOption())
    , m_json(jsonOption())
{
}

QList<QCommandLineOption> WriteDriver::options() const
{
    return {m_dryRun, m_yes, m_request, m_fingerprint, m_operator, m_ticket, m_reason, m_json};
}

Result<void> WriteDriver::check(const QCommandLineParser &parser)
{
    if (int(parser.isSet(m_dryRun)) + int(parser.isSet(m_yes)) + int(parser.isSet(m_request)) != 1)
        return Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "Give one of --dry-run, --yes or --request-approval."));
    if (parser.isSet(m_dryRun) && parser.isSet(m_fingerprint))
        return Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--fingerprint goes with --yes, not with --dry-run."));
    if (auto checked = checkFingerprint(
            parser, parser.isSet(m_request) ? m_request : m_yes, m_fingerprint, m_command);
        !checked)
        return checked;
    m_requestSet = parser.isSet(m_request);
    auto who = whoOf(parser);
    if (!who)
        return who.error();
    m_who = *who;
    m_dryRunSet = parser.isSet(m_dryRun);
    m_jsonSet = parser.isSet(m_json);
    m_fingerprintValue = parser.value(m_fingerprint);
    return {};
}

int WriteDriver::fail(const Error &error) const
{
    const int code = CliContext::fail(error);
    if (error.reason == Error::Reason::NeedsApproval)
        CliContext::err() << QCoreApplication::translate("tierdesk-cli",
            "To ask for it: tierdesk-cli %1 ... --request-approval --fingerprint %2 --ticket T "
            "--reason R; another agent approves with tierdesk-cli approvals approve ID.")
                                 .arg(m_command, m_fingerprintValue)
                          << Qt::endl;
    return code;
}

int WriteDriver::printJson(const QJsonObject &object)
{
    CliContext::out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    return CliContext::Done;
}

} // namespace TierDesk::Cli
