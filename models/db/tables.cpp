#include "tables.h"

namespace TierDesk::Tables {

const QList<RequiredTable> &productionTables()
{
    static const QList<RequiredTable> tables = {
        {"affiliate_profiles",
            {"id", "handle", "display_name", "email", "commission_rate", "created_at"}},
        {"affiliate_commissions",
            {"id", "affiliate_id", "stripe_event_id", "commission_amount", "created_at"}},
        {"tier_events", {"id", "affiliate_id", "from_rate", "to_rate", "created_at", "status"}},
    };
    return tables;
}

const QList<RequiredTable> &tierDeskTables()
{
    static const QList<RequiredTable> tables = {
        {"tier_events", {"superseded_by", "superseded_at", "backfill_batch_id"}},
        {"tier_policy", {"rate", "name", "threshold_amount"}},
        {"tierdesk_backfill_batches",
            {"id", "started_at", "finished_at", "operator", "host", "kind", "window_seconds",
                "rows_planned", "rows_changed", "status", "plan_fingerprint", "undo_of", "note",
                "ticket", "reason"}},
        {"tierdesk_audit_log",
            {"id", "at", "operator", "action", "affiliate_id", "details", "batch_id", "ticket",
                "reason"}},
        {"tier_beacons", {"id", "at", "name", "affiliate_id", "details"}},
        {"tierdesk_schema_version", {"version"}},
        {"tierdesk_affiliate_stats",
            {"affiliate_id", "commissions_90d_cents", "events", "duplicates", "conflicts", "drift",
                "computed_at"}},
        {"tierdesk_resolutions",
            {"id", "at", "kind", "affiliate_id", "event_id", "from_rate", "to_rate", "fingerprint",
                "operator", "host", "ticket", "reason", "details", "undone_at", "undone_by"}},
        {"tierdesk_audit_changes",
            {"id", "at", "affiliate_id", "events_delta", "affiliates_delta"}},
    };
    return tables;
}

QStringList names()
{
    QStringList list;
    for (const auto *tables : {&productionTables(), &tierDeskTables()}) {
        for (const RequiredTable &table : *tables)
            list << QString::fromLatin1(table.name);
    }
    list << QStringLiteral("tierdesk_meta");
    list.removeDuplicates();
    return list;
}

} // namespace TierDesk::Tables
