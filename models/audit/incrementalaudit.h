#pragma once

#include "audit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace TierDesk {

// The audit again, reading only the affiliates that changed since the last run.
//
// Schema version 10's triggers write a row to tierdesk_audit_changes for every
// affiliate whose tier events, commission rate or reviewed chain breaks change, with
// how its active events and the affiliate count moved. A run keeps a watermark of
// where its snapshot stood in that log: on PostgreSQL the snapshot itself
// (pg_current_snapshot()), so a transaction that was still open then and commits
// later is read next time, whatever order ids were handed out in; on SQLite, whose
// writers commit one after another, the log's last id. The next run reads the log
// past the watermark, audits those affiliates alone (Audit::scan in the same
// snapshot), and puts their findings in place of the old ones; the counts move by
// the log's sums. The report is the one a full audit would give: tst_incrementalaudit
// compares both at random points of a randomized history on both engines.
class IncrementalAudit final
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::IncrementalAudit)

public:
    // What a run keeps for the next one.
    struct State
    {
        QString database; // the primary's storable URL: a state is never used elsewhere
        int windowSeconds = -1;
        QString watermark;
        Audit::Report report; // reviewed chain breaks included, flagged

        QByteArray toBytes() const;
        // Nothing when the bytes are not a state this version wrote.
        static std::optional<State> fromBytes(const QByteArray &bytes);
    };

    struct Outcome
    {
        Audit::Report report; // as Audit::run with the same options gives it
        State state; // for the next run
        bool incremental = false; // false: everything was read
        qint64 changedAffiliates = 0; // read again (incremental runs)
    };

    // The chain audit of every affiliate (a window; reviewed breaks as asked), from
    // `previous` where it can be used, else in full. More than FullFromChanges
    // changed affiliates are read in full: at that point one pass is cheaper.
    static Result<Outcome> run(const Connection &connection, const Audit::Options &options,
        const std::optional<State> &previous, const WorkControl &control = {});

    static constexpr qint64 FullFromChanges = 50000;

    // Where the CLI keeps the state of a database and window: the user's cache folder.
    static QString stateFile(const DatabaseUrl &url, int windowSeconds);
    static std::optional<State> load(const QString &file);
    // Written to a temporary file and renamed over the old one.
    static Result<void> save(const State &state, const QString &file);
};

} // namespace TierDesk
