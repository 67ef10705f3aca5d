#pragma once

#include "audit.h"

#include <QHash>

namespace TierDesk {

// The audit as a person reads it, for the window and the CLI alike: the report
// and the handle of every affiliate it names, read in one call on a worker. A
// lock timeout names who holds the lock.
struct AuditFindings
{
    Audit::Report report;
    QHash<QString, QString> handles; // affiliate id -> handle

    static Result<AuditFindings> run(const Connection &connection, const Audit::Options &options,
        const WorkControl &control = {});
    // A report made already (the incremental audit's), with its handles.
    static Result<AuditFindings> of(const Connection &connection, Audit::Report report);
};

} // namespace TierDesk
