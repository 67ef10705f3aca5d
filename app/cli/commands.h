#pragma once

#include <QStringList>

// The tierdesk-cli commands, one file each in app/cli/; main() dispatches to
// them from its command table. Each returns the process's exit code.
namespace TierDesk::Cli {

int init(const QStringList &arguments);
int migrate(const QStringList &arguments);
int audit(const QStringList &arguments);
int backfill(const QStringList &arguments);
int undo(const QStringList &arguments);
int resolve(const QStringList &arguments);
int evaluate(const QStringList &arguments);
int replay(const QStringList &arguments);
int stats(const QStringList &arguments);
int beacons(const QStringList &arguments);
int activity(const QStringList &arguments);
int reply(const QStringList &arguments);
int caseReport(const QStringList &arguments);
int approvals(const QStringList &arguments);
int policy(const QStringList &arguments);

} // namespace TierDesk::Cli
