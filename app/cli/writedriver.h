#pragma once

#include "../../models/approvals/approvals.h"
#include "../../models/common/operatorinfo.h"
#include "../../models/db/connection.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>

namespace TierDesk::Cli {

// What every command that writes shares, parsed and checked once: --dry-run, or
// --yes with the dry run's --fingerprint; --operator, --ticket and --reason; --json.
// A command adds these options to its parser, calls check() after parsing, opens
// the database in mode(), and then only names its plan and prints its own words.
class WriteDriver final
{
public:
    // The help texts of the three options whose words depend on the command
    // (QT_TRANSLATE_NOOP in the "tierdesk-cli" context).
    struct Help
    {
        const char *dryRun;
        const char *yes;
        const char *fingerprint;
    };

    WriteDriver(QString command, Help help);

    QList<QCommandLineOption> options() const;
    // After parsing: the mode given once, a well-formed fingerprint with --yes only, and
    // the operator, ticket and reason checked. Usage errors, before anything is opened.
    Result<void> check(const QCommandLineParser &parser);

    bool isDryRun() const { return m_dryRunSet; }
    // --request-approval: ask a second agent to approve exactly the dry run's plan.
    bool requestsApproval() const { return m_requestSet; }
    bool wantsJson() const { return m_jsonSet; }
    QString fingerprint() const { return m_fingerprintValue; }
    const OperatorInfo &who() const { return m_who; }
    // Read-only for a dry run: it cannot write even by mistake.
    Connection::Mode mode() const
    {
        return m_dryRunSet ? Connection::Mode::ReadOnly : Connection::Mode::ReadWrite;
    }

    // A plan or an outcome as one compact JSON line; the command's exit code.
    static int printJson(const QJsonObject &object);
    // A refused write's sentence; when it needs a second agent, the command that asks one.
    int fail(const Error &error) const;

private:
    QString m_command;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_yes;
    QCommandLineOption m_request;
    QCommandLineOption m_fingerprint;
    QCommandLineOption m_operator;
    QCommandLineOption m_ticket;
    QCommandLineOption m_reason;
    QCommandLineOption m_json;
    bool m_dryRunSet = false;
    bool m_jsonSet = false;
    bool m_requestSet = false;
    QString m_fingerprintValue;
    OperatorInfo m_who;
};

// Records a four-eyes request for the plan the driver's fingerprint names and says how
// another agent approves it.
int requestApproval(
    const WriteDriver &driver, const Approvals::NewRequest &request, const Connection &connection);

} // namespace TierDesk::Cli
