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
    return {m_dryRun, m_yes, m_fingerprint, m_operator, m_ticket, m_reason, m_json};
}

Result<void> WriteDriver::check(const QCommandLineParser &parser)
{
    if (parser.isSet(m_dryRun) == parser.isSet(m_yes))
        return Error::usage(
            QCoreApplication::translate("tierdesk-cli", "Give either --dry-run or --yes."));
    if (parser.isSet(m_dryRun) && parser.isSet(m_fingerprint))
        return Error::usage(QCoreApplication::translate(
            "tierdesk-cli", "--fingerprint goes with --yes, not with --dry-run."));
    if (auto checked = checkFingerprint(parser, m_yes, m_fingerprint, m_command); !checked)
        return checked;
    auto who = whoOf(parser);
    if (!who)
        return who.error();
    m_who = *who;
    m_dryRunSet = parser.isSet(m_dryRun);
    m_jsonSet = parser.isSet(m_json);
    m_fingerprintValue = parser.value(m_fingerprint);
    return {};
}

int WriteDriver::printJson(const QJsonObject &object)
{
    CliContext::out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    return CliContext::Done;
}

} // namespace TierDesk::Cli
