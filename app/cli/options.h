#pragma once

#include "../../models/affiliates/affiliatedetail.h"
#include "../../models/backfill/backfill.h"
#include "../clicontext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>

// What the tierdesk-cli commands share: their common options, parsing and the
// small pieces of text and JSON more than one command prints.
namespace TierDesk::Cli {

// Parses a command's own options; returns an exit code if parsing ended the command.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
    const QString &command, const QString &description);

QCommandLineOption dbOption();

// The time given with `option` (such as --now); an invalid QDateTime when it is
// not given, a usage error when it is not an ISO-8601 time.
Result<QDateTime> timeArgument(const QCommandLineParser &parser, const QCommandLineOption &option);

QCommandLineOption jsonOption();

// --operator NAME: the name the audit log records (default: the user's).
// --ticket and --reason, on every command that writes.
QCommandLineOption ticketOption();
QCommandLineOption reasonOption();
// --operator, --ticket and --reason as the audit trail records them, checked.
Result<OperatorInfo> whoOf(const QCommandLineParser &parser);
QCommandLineOption operatorOption();

QCommandLineOption windowOption();

QCommandLineOption affiliateOption(const char *help);

std::optional<int> parseWindow(const QString &text);

// Resolves --affiliate (id, handle or evt_ id) to an affiliate id; empty when not given.
Result<QString> affiliateArgument(const Connection &connection, const QCommandLineParser &parser,
    const QCommandLineOption &option);

// The affiliate --affiliate names (id, handle or evt_ id), loaded as the window shows it.
Result<AffiliateDetail> affiliateDetail(const Connection &connection,
    const QCommandLineParser &parser, const QCommandLineOption &option);

QString handleOf(const QHash<QString, QString> &handles, const QString &id);
// A line on stderr when `handle` holds invisible characters or mixes scripts
// (grеtaeats with a Cyrillic е prints exactly like gretaeats).
void warnIfLookalike(const QString &handle);

QString idList(const QList<qint64> &ids);

QString clockText(const QDateTime &time);

// --yes needs the fingerprint its dry run printed, well-formed: an empty or
// mistyped one (a failed "$FP" capture) is a usage error before anything is opened.
Result<void> checkFingerprint(const QCommandLineParser &parser, const QCommandLineOption &yes,
    const QCommandLineOption &fingerprint, const QString &command);

// A dry run's text: `headline`, one line per row (`rowText` with %1 the row, %2 the
// row it points at), its fingerprint, and `nextStep` (the command that applies
// exactly this plan) unless the plan is empty. Writes nothing.
int printDryRun(const Connection &connection, const Backfill::Plan &plan, const QString &headline,
    const QString &rowText, const QString &nextStep);

} // namespace TierDesk::Cli
