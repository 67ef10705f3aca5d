-- TierDesk's PostgreSQL roles: run as the owner of the tables, after
-- "tierdesk-cli migrate". Re-runnable. Give people LOGIN roles that are members
-- of one of these (GRANT tierdesk_support TO alice;) rather than using them directly.

-- Support: reads everything TierDesk shows (browse, audit, dry runs, beacons,
-- case reports); writes nothing.
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tierdesk_support') THEN
        CREATE ROLE tierdesk_support LOGIN;
    END IF;
END $$;
GRANT USAGE ON SCHEMA public TO tierdesk_support;
GRANT SELECT ON affiliate_profiles, affiliate_commissions, tier_events, tier_policy,
    tier_beacons, tierdesk_backfill_batches, tierdesk_audit_log, tierdesk_affiliate_stats,
    tierdesk_schema_version, tierdesk_meta, tierdesk_resolutions, tierdesk_approval_policy,
    tierdesk_approval_requests, tierdesk_audit_changes TO tierdesk_support;

-- Cleanup: also supersedes and restores duplicates (backfill, undo), resolves
-- conflicts, drift and chain breaks, re-evaluates tiers and replays Stripe
-- events, each guarded and logged. Only the columns
-- those writes touch.
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tierdesk_cleanup') THEN
        CREATE ROLE tierdesk_cleanup LOGIN;
    END IF;
END $$;
GRANT tierdesk_support TO tierdesk_cleanup;
GRANT UPDATE (status, superseded_by, superseded_at, backfill_batch_id) ON tier_events
    TO tierdesk_cleanup;
GRANT UPDATE (commission_rate) ON affiliate_profiles TO tierdesk_cleanup;
GRANT INSERT ON tier_events, affiliate_commissions, tier_beacons, tierdesk_backfill_batches,
    tierdesk_audit_log TO tierdesk_cleanup;
GRANT UPDATE (finished_at, rows_changed) ON tierdesk_backfill_batches TO tierdesk_cleanup;
GRANT INSERT, UPDATE, DELETE ON tierdesk_affiliate_stats TO tierdesk_cleanup;
GRANT INSERT ON tierdesk_resolutions TO tierdesk_cleanup;
GRANT UPDATE (undone_at, undone_by) ON tierdesk_resolutions TO tierdesk_cleanup;
-- Four eyes: request, approve, reject and withdraw. The policy
-- (tierdesk_approval_policy) stays the owner's to change.
GRANT INSERT ON tierdesk_approval_requests TO tierdesk_cleanup;
GRANT UPDATE (status, decided_at, decided_by, decided_login, decision_note, batch_id)
    ON tierdesk_approval_requests TO tierdesk_cleanup;

-- People: one LOGIN role each, a member of one of the roles above, so that four
-- eyes tells them apart by their login (session_user), whatever name they type:
--   CREATE ROLE ana LOGIN PASSWORD '...' IN ROLE tierdesk_cleanup;
--   CREATE ROLE bea LOGIN PASSWORD '...' IN ROLE tierdesk_cleanup;
