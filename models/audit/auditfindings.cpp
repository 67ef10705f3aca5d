#include "auditfindings.h"
#include "../lookup/affiliatelookup.h"

namespace TierDesk {

Result<AuditFindings> AuditFindings::run(
    const Connection &connection, const Audit::Options &options, const WorkControl &control)
{
    auto report = Audit::run(connection, options, control);
    if (!report)
        return Connection::withLockHolders(connection.url(), report.error());
    return of(connection, std::move(*report));
}

Result<AuditFindings> AuditFindings::of(const Connection &connection, Audit::Report report)
{
    auto handles = AffiliateLookup::handles(connection, report.affiliateIds());
    if (!handles)
        return handles.error();
    return AuditFindings{std::move(report), std::move(*handles)};
}

} // namespace TierDesk
