#pragma once

#include "../common/operatorinfo.h"
#include "../common/result.h"
#include "../db/databaseurl.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>

namespace TierDesk {

class Connection;
struct AuditEntry;

// One committed write as another window hears of it: who, what, under which
// ticket, and which affiliates it touched.
struct DeskChange
{
    QString desk; // the window that wrote it (Session::deskId); empty from the CLI
    QString operatorName;
    QString databaseUser; // PostgreSQL's session_user of the writer
    QString ticket;
    QString action; // the write's first audit-log action: backfill_apply, evaluate_tier, ...
    qint64 batchId = 0;
    qint64 approval = 0; // the four-eyes request the write carried out, if any
    int rows = 0; // rows changed, where the write says (a cleanup, an undo)
    int affiliateCount = 0;
    QStringList affiliateIds; // all of them, or the first MaxIds
    QDateTime at;

    // Whether the write may have touched any of `ids` (a write over more affiliates
    // than it names may touch any).
    bool touches(const QStringList &ids) const;
};

// Another window with an affiliate open: who, which one, since when.
struct Visitor
{
    QString desk;
    QString operatorName;
    QString affiliateId;
    QDateTime since;
};

// Tells a window about the writes other windows and the CLI commit, and about new
// race-lost beacons, without polling PostgreSQL: every GuardedWrite announces
// itself with NOTIFY inside its own transaction (only committed writes are
// heard), and schema version 8's trigger announces inserts into tier_beacons. On
// SQLite, which has no notifications, a connection of its own asks
// `PRAGMA data_version` once a second and reads the audit log's new rows when it
// moved. The feed's connection lives on a thread of its own; a lost PostgreSQL
// connection is reported and reopened (after 1, 2, 4 … 30 s).
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    static constexpr int MaxIds = 100; // affiliate ids in a notification (payload ≤ 8000 bytes)
    static constexpr int PollMs = 1000; // SQLite's data_version

    // Listens on `url`; the changes of `ownDesk` (this window's own writes) are not reported.
    ChangeFeed(const DatabaseUrl &url, const QString &ownDesk, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Inside GuardedWrite's transaction, after the trail: PostgreSQL's NOTIFY with what
    // the write did (delivered only if it commits). Nothing on SQLite (its audit-log
    // rows are what the feed reads).
    static Result<void> announce(
        const Connection &connection, const QList<AuditEntry> &entries, const OperatorInfo &who);

    bool isListening() const { return m_listening; }

    // Presence: this window has `affiliateId` open (empty: none) as `operatorName`.
    // Said at once and every HeartbeatMs; the other windows forget a window they have
    // not heard from for ExpiryMs (a crash), and at once when it closes. PostgreSQL:
    // NOTIFY on tierdesk_presence, allowed in a read-only session, nothing stored.
    // SQLite: a small file per window in the temporary folder of this machine
    // (tierdesk-presence/<hash of the database's path>/), deleted on close.
    void setOpenAffiliate(const QString &affiliateId, const QString &operatorName);
    // Tests: timing, and a window that vanishes without a word (a crash).
    static void setPresenceTiming(int heartbeatMs, int expiryMs);
    void vanishOnClose();

    static constexpr int HeartbeatMs = 10000;
    static constexpr int ExpiryMs = 30000;

signals:
    void changed(const QList<TierDesk::DeskChange> &changes);
    // The number of race-lost beacons: once when listening starts, then after each change.
    void beaconsChanged(qint64 total);
    // The other windows with an affiliate open, whenever that changes.
    void visitorsChanged(const QList<TierDesk::Visitor> &visitors);
    // Listening started, stopped or started again; `sentence` says which (empty at first start).
    void listeningChanged(bool listening, const QString &sentence);

private:
    class Listener;
    QThread m_thread;
    Listener *m_listener = nullptr; // lives in m_thread
    bool m_listening = false;
};

} // namespace TierDesk

Q_DECLARE_METATYPE(TierDesk::DeskChange)
Q_DECLARE_METATYPE(TierDesk::Visitor)
