#include "changefeed.h"
#include "../common/logging.h"
#include "../db/connection.h"
#include "../write/guardedwrite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>

namespace TierDesk {

namespace {

const char ChangesChannel[] = "tierdesk_changes";
const char BeaconsChannel[] = "tierdesk_beacons";
const char PresenceChannel[] = "tierdesk_presence";

std::atomic<int> heartbeatMs{ChangeFeed::HeartbeatMs};
std::atomic<int> expiryMs{ChangeFeed::ExpiryMs};

PGconn *pgConnection(const Connection &connection)
{
    const QVariant handle = connection.database().driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// The write as one JSON object: what a NOTIFY carries and what the SQLite feed
// rebuilds from the audit log.
QJsonObject toJson(const DeskChange &change)
{
    QJsonArray ids;
    for (const QString &id : change.affiliateIds)
        ids.append(id);
    return {{QStringLiteral("desk"), change.desk},
        {QStringLiteral("operator"), change.operatorName},
        {QStringLiteral("user"), change.databaseUser}, {QStringLiteral("ticket"), change.ticket},
        {QStringLiteral("action"), change.action}, {QStringLiteral("batch"), change.batchId},
        {QStringLiteral("rows"), change.rows}, {QStringLiteral("approval"), change.approval},
        {QStringLiteral("affiliates"), change.affiliateCount}, {QStringLiteral("ids"), ids},
        {QStringLiteral("at"), change.at.toUTC().toString(Qt::ISODateWithMs)}};
}

DeskChange fromJson(const QJsonObject &object)
{
    DeskChange change;
    change.desk = object.value(QStringLiteral("desk")).toString();
    change.operatorName = object.value(QStringLiteral("operator")).toString();
    change.databaseUser = object.value(QStringLiteral("user")).toString();
    change.ticket = object.value(QStringLiteral("ticket")).toString();
    change.action = object.value(QStringLiteral("action")).toString();
    change.batchId = object.value(QStringLiteral("batch")).toInteger();
    change.rows = object.value(QStringLiteral("rows")).toInt();
    change.approval = object.value(QStringLiteral("approval")).toInteger();
    change.affiliateCount = object.value(QStringLiteral("affiliates")).toInt();
    for (const QJsonValue &id : object.value(QStringLiteral("ids")).toArray())
        change.affiliateIds << id.toString();
    change.at
        = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    return change;
}

// Adds one audit-log row to the change it belongs to.
void addEntry(DeskChange &change, const QString &action, const QString &affiliateId,
    const QJsonObject &details, qint64 batchId)
{
    if (change.action.isEmpty())
        change.action = action;
    if (!change.batchId)
        change.batchId = batchId;
    if (!change.rows)
        change.rows = details.value(QStringLiteral("rows_changed")).toInt();
    if (!change.approval)
        change.approval = details.value(QStringLiteral("approval_id")).toInteger();
    if (!affiliateId.isEmpty() && !change.affiliateIds.contains(affiliateId)) {
        ++change.affiliateCount;
        if (change.affiliateIds.size() < ChangeFeed::MaxIds)
            change.affiliateIds << affiliateId;
    }
}

} // namespace

bool DeskChange::touches(const QStringList &ids) const
{
    if (affiliateCount > affiliateIds.size())
        return true;
    return std::any_of(
        ids.cbegin(), ids.cend(), [this](const QString &id) { return affiliateIds.contains(id); });
}

Result<void> ChangeFeed::announce(
    const Connection &connection, const QList<AuditEntry> &entries, const OperatorInfo &who)
{
    if (connection.url().engine() != DatabaseUrl::Engine::Postgres || entries.isEmpty())
        return {};
    DeskChange change;
    change.desk = who.desk;
    change.operatorName = who.name.left(OperatorInfo::MaxNameLength);
    change.databaseUser = connection.databaseUser();
    change.ticket = who.ticket.left(OperatorInfo::MaxTicketLength);
    change.at = QDateTime::currentDateTimeUtc();
    change.approval = who.approval;
    for (const AuditEntry &entry : entries)
        addEntry(change, entry.action, entry.affiliateId, entry.details, entry.batchId);
    auto sent = connection.run(QStringLiteral("SELECT pg_notify(?, ?)"),
        {QString::fromLatin1(ChangesChannel), GuardedWrite::json(toJson(change))});
    if (!sent)
        return sent.error();
    return {};
}

// The feed's connection and its reading, on the feed's thread.
class ChangeFeed::Listener final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(TierDesk::ChangeFeed)

public:
    Listener(ChangeFeed *feed, const DatabaseUrl &url, const QString &ownDesk)
        : m_feed(feed)
        , m_url(url)
        , m_ownDesk(ownDesk)
    {
    }

    void start()
    {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(heartbeatMs.load());
        connect(m_heartbeat, &QTimer::timeout, this, [this] { sayPresence(); });
        m_heartbeat->start();
        m_prune = new QTimer(this);
        m_prune->setInterval(qBound(50, expiryMs.load() / 3, 1000));
        connect(m_prune, &QTimer::timeout, this, [this] { prune(); });
        m_prune->start();
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, [this] { open(); });
        m_poll = new QTimer(this);
        m_poll->setInterval(PollMs);
        connect(m_poll, &QTimer::timeout, this, [this] { poll(); });
        open();
    }

    void stop()
    {
        if (!m_vanish)
            leave();
        m_heartbeat->stop();
        m_prune->stop();
        m_retry->stop();
        m_poll->stop();
        m_notifier.reset();
        m_connection.reset();
    }

    void setOpen(const QString &affiliateId, const QString &operatorName)
    {
        if (affiliateId == m_affiliate && operatorName == m_operator)
            return;
        if (affiliateId.isEmpty()) {
            leave();
        } else {
            m_affiliate = affiliateId;
            m_operator = operatorName;
            m_since = QDateTime::currentDateTimeUtc();
            sayPresence();
        }
    }

    void vanish() { m_vanish = true; }

private:
    bool isPostgres() const { return m_url.engine() == DatabaseUrl::Engine::Postgres; }

    void open()
    {
        auto opened = Connection::open(m_url, Connection::Mode::ReadOnly);
        if (!opened) {
            lose(opened.error().message);
            return;
        }
        m_connection = std::move(*opened);
        if (isPostgres()) {
            PGconn *pg = pgConnection(*m_connection);
            for (const char *channel : {ChangesChannel, BeaconsChannel, PresenceChannel}) {
                if (auto listening
                    = m_connection->exec(QStringLiteral("LISTEN ") + QLatin1String(channel));
                    !listening || !pg) {
                    lose(listening ? QString() : listening.error().message);
                    return;
                }
            }
            m_notifier = std::make_unique<QSocketNotifier>(PQsocket(pg), QSocketNotifier::Read);
            connect(m_notifier.get(), &QSocketNotifier::activated, this,
                [this] { readNotifications(); });
        } else {
            if (auto version = dataVersion(); version)
                m_dataVersion = *version;
            if (auto last = lastAuditId(); last)
                m_lastAuditId = *last;
            m_poll->start();
        }
        // The count now, as the baseline of "new beacons" (and after a reconnection, what
        // arrived meanwhile).
        if (auto total = beaconCount(); total) {
            m_beacons = *total;
            ChangeFeed *feed = m_feed;
            const qint64 now = *total;
            QMetaObject::invokeMethod(
                feed, [feed, now] { emit feed->beaconsChanged(now); }, Qt::QueuedConnection);
        }
        const bool again = m_lost;
        m_lost = false;
        m_delayMs = 1000;
        report(
            true, again ? tr("Live updates are back; the window has been refreshed.") : QString());
        if (again)
            changedSinceLoss();
    }

    // A connection that failed or was lost: say so once, then try again later.
    void lose(const QString &reason)
    {
        m_notifier.reset();
        m_connection.reset();
        m_poll->stop();
        if (!m_lost) {
            m_lost = true;
            QString why = reason.trimmed();
            if (!why.isEmpty() && !why.endsWith(QLatin1Char('.')))
                why += QLatin1Char('.');
            report(false,
                why.isEmpty() ? tr("Live updates stopped: the connection to the database was lost. "
                                   "Reconnecting…")
                              : tr("Live updates stopped: %1 Reconnecting…").arg(why));
        }
        m_retry->start(m_delayMs);
        m_delayMs = qMin(m_delayMs * 2, 30000);
    }

    void report(bool listening, const QString &sentence)
    {
        ChangeFeed *feed = m_feed;
        QMetaObject::invokeMethod(
            feed,
            [feed, listening, sentence] {
                feed->m_listening = listening;
                emit feed->listeningChanged(listening, sentence);
            },
            Qt::QueuedConnection);
    }

    void deliver(const QList<DeskChange> &changes)
    {
        QList<DeskChange> others;
        for (const DeskChange &change : changes) {
            if (m_ownDesk.isEmpty() || change.desk != m_ownDesk)
                others << change;
        }
        if (others.isEmpty())
            return;
        ChangeFeed *feed = m_feed;
        QMetaObject::invokeMethod(
            feed, [feed, others] { emit feed->changed(others); }, Qt::QueuedConnection);
    }

    void beaconsMayHaveChanged()
    {
        auto total = beaconCount();
        if (!total || *total == m_beacons)
            return;
        m_beacons = *total;
        ChangeFeed *feed = m_feed;
        const qint64 now = *total;
        QMetaObject::invokeMethod(
            feed, [feed, now] { emit feed->beaconsChanged(now); }, Qt::QueuedConnection);
    }

    // After a reconnection nothing of the time between is known: a change of unknown
    // extent (every affiliate) so the window reads everything again.
    void changedSinceLoss()
    {
        DeskChange unknown;
        unknown.affiliateCount = 1; // names none: may touch any
        unknown.at = QDateTime::currentDateTimeUtc();
        deliver({unknown});
        beaconsMayHaveChanged();
    }

    void readNotifications()
    {
        PGconn *pg = m_connection ? pgConnection(*m_connection) : nullptr;
        if (!pg || !PQconsumeInput(pg) || PQstatus(pg) != CONNECTION_OK) {
            lose(pg ? QString::fromUtf8(PQerrorMessage(pg))
                          .trimmed()
                          .section(QLatin1Char('\n'), 0, 0)
                    : QString());
            return;
        }
        // The queries answering a notification (the beacon count) can read the next
        // ones into libpq's queue, where no socket activity announces them: drain
        // the queue until it stays empty.
        for (;;) {
            QList<DeskChange> changes;
            bool beacons = false;
            bool any = false;
            while (PGnotify *notification = PQnotifies(pg)) {
                any = true;
                if (qstrcmp(notification->relname, ChangesChannel) == 0) {
                    const QJsonObject object
                        = QJsonDocument::fromJson(QByteArray(notification->extra)).object();
                    if (!object.isEmpty())
                        changes << fromJson(object);
                } else if (qstrcmp(notification->relname, BeaconsChannel) == 0) {
                    beacons = true;
                } else if (qstrcmp(notification->relname, PresenceChannel) == 0) {
                    heard(QJsonDocument::fromJson(QByteArray(notification->extra)).object());
                }
                PQfreemem(notification);
            }
            if (!any)
                return;
            deliver(changes);
            if (beacons)
                beaconsMayHaveChanged();
        }
    }

    void poll()
    {
        auto version = dataVersion();
        if (!version) {
            lose(version.error().message);
            return;
        }
        if (*version == m_dataVersion)
            return;
        m_dataVersion = *version;
        auto changes = newAuditRows();
        if (changes)
            deliver(*changes);
        beaconsMayHaveChanged();
    }

    // Presence --------------------------------------------------------------------

    QJsonObject presence() const
    {
        return {{QStringLiteral("desk"), m_ownDesk}, {QStringLiteral("operator"), m_operator},
            {QStringLiteral("affiliate"), m_affiliate},
            {QStringLiteral("since"), m_since.toString(Qt::ISODateWithMs)},
            {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    }

    void notify(const char *channel, const QJsonObject &payload)
    {
        if (!m_connection)
            return;
        if (auto sent = m_connection->run(QStringLiteral("SELECT pg_notify(?, ?)"),
                {QString::fromLatin1(channel), GuardedWrite::json(payload)});
            !sent)
            qCWarning(lcDb) << "presence not sent:" << sent.error().message;
        // Its answer may have read notifications into libpq's queue.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_connection)
                    readNotifications();
            },
            Qt::QueuedConnection);
    }

    // Where this window's presence files are: one folder per database file.
    QString presenceFolder() const
    {
        const QByteArray key = QCryptographicHash::hash(
            QFileInfo(m_url.filePath()).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(16);
        return QDir::tempPath() + QStringLiteral("/tierdesk-presence/") + QString::fromLatin1(key);
    }

    void sayPresence()
    {
        if (m_affiliate.isEmpty() || m_ownDesk.isEmpty())
            return;
        if (isPostgres()) {
            notify(PresenceChannel, presence());
            return;
        }
        const QString folder = presenceFolder();
        if (!QDir().mkpath(folder))
            return;
        QSaveFile file(folder + QLatin1Char('/') + m_ownDesk + QStringLiteral(".json"));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(presence()).toJson(QJsonDocument::Compact));
            file.commit();
        }
    }

    void leave()
    {
        if (m_affiliate.isEmpty())
            return;
        m_affiliate.clear();
        if (isPostgres()) {
            notify(PresenceChannel,
                {{QStringLiteral("desk"), m_ownDesk}, {QStringLiteral("left"), true}});
            return;
        }
        QFile::remove(presenceFolder() + QLatin1Char('/') + m_ownDesk + QStringLiteral(".json"));
        QDir().rmdir(presenceFolder()); // when this was the last window there
    }

    // A presence message from another window (PostgreSQL).
    void heard(const QJsonObject &message)
    {
        const QString desk = message.value(QStringLiteral("desk")).toString();
        if (desk.isEmpty() || desk == m_ownDesk)
            return;
        if (message.value(QStringLiteral("hello")).toBool()) {
            sayPresence();
            return;
        }
        const QString affiliate = message.value(QStringLiteral("affiliate")).toString();
        if (message.value(QStringLiteral("left")).toBool() || affiliate.isEmpty()) {
            if (m_visitors.remove(desk))
                visitorsChanged();
            return;
        }
        Visitor visitor{desk,
            message.value(QStringLiteral("operator")).toString().left(OperatorInfo::MaxNameLength),
            affiliate,
            QDateTime::fromString(
                message.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs)};
        const bool news = !m_visitors.contains(desk)
            || m_visitors.value(desk).affiliateId != affiliate
            || m_visitors.value(desk).operatorName != visitor.operatorName;
        m_visitors.insert(desk, visitor);
        m_seen[desk].start();
        if (news)
            visitorsChanged();
    }

    // Forgets the windows not heard from for ExpiryMs; on SQLite reads their files.
    void prune()
    {
        const qint64 expiry = expiryMs.load();
        if (!isPostgres() && !m_url.filePath().isEmpty()) {
            QHash<QString, Visitor> now;
            const QDir folder(presenceFolder());
            const QDateTime current = QDateTime::currentDateTimeUtc();
            for (const QFileInfo &info :
                folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
                if (info.completeBaseName() == m_ownDesk)
                    continue;
                QFile file(info.absoluteFilePath());
                if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
                    continue;
                const QJsonObject message = QJsonDocument::fromJson(file.readAll()).object();
                // The age is the writer's clock against ours (the file's time is the file
                // system's, which need not agree with the processes').
                const QDateTime at = QDateTime::fromString(
                    message.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
                const qint64 age = at.isValid() ? at.msecsTo(current) : 0;
                if (!at.isValid() || age > 10 * expiry) {
                    file.close();
                    QFile::remove(info.absoluteFilePath()); // a window that crashed long ago
                    continue;
                }
                if (age > expiry)
                    continue;
                const QString desk = message.value(QStringLiteral("desk")).toString();
                const QString affiliate = message.value(QStringLiteral("affiliate")).toString();
                if (desk.isEmpty() || affiliate.isEmpty())
                    continue;
                now.insert(desk,
                    {desk,
                        message.value(QStringLiteral("operator"))
                            .toString()
                            .left(OperatorInfo::MaxNameLength),
                        affiliate,
                        QDateTime::fromString(
                            message.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs)});
            }
            if (!sameVisitors(now, m_visitors)) {
                m_visitors = now;
                visitorsChanged();
            }
            return;
        }
        bool gone = false;
        for (auto it = m_seen.begin(); it != m_seen.end();) {
            if (it->hasExpired(expiry)) {
                m_visitors.remove(it.key());
                it = m_seen.erase(it);
                gone = true;
            } else {
                ++it;
            }
        }
        if (gone)
            visitorsChanged();
    }

    static bool sameVisitors(const QHash<QString, Visitor> &a, const QHash<QString, Visitor> &b)
    {
        if (a.size() != b.size())
            return false;
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            const auto other = b.constFind(it.key());
            if (other == b.cend() || other->affiliateId != it->affiliateId
                || other->operatorName != it->operatorName || other->since != it->since)
                return false;
        }
        return true;
    }

    void visitorsChanged()
    {
        QList<Visitor> visitors = m_visitors.values();
        std::sort(visitors.begin(), visitors.end(),
            [](const Visitor &a, const Visitor &b) { return a.since < b.since; });
        ChangeFeed *feed = m_feed;
        QMetaObject::invokeMethod(
            feed, [feed, visitors] { emit feed->visitorsChanged(visitors); }, Qt::QueuedConnection);
    }

    Result<qint64> dataVersion() const
    {
        auto query = m_connection->run(QStringLiteral("PRAGMA data_version"));
        if (!query)
            return query.error();
        return query->next() ? query->value(0).toLongLong() : 0;
    }

    Result<qint64> lastAuditId() const
    {
        auto query = m_connection->run(QStringLiteral("SELECT max(id) FROM tierdesk_audit_log"));
        if (!query)
            return query.error();
        return query->next() ? query->value(0).toLongLong() : 0;
    }

    Result<qint64> beaconCount() const
    {
        auto query = m_connection->run(QStringLiteral("SELECT count(*) FROM tier_beacons"));
        if (!query)
            return query.error();
        return query->next() ? query->value(0).toLongLong() : 0;
    }

    // SQLite commits one write at a time, so the audit log's ids grow in commit order:
    // the rows after the last one read are the writes since. One write's rows share
    // their time, operator and window.
    Result<QList<DeskChange>> newAuditRows()
    {
        auto query = m_connection->run(
            QStringLiteral(
                "SELECT id, %1, operator, action, affiliate_id, batch_id, ticket, details "
                "FROM tierdesk_audit_log WHERE id > ? ORDER BY id")
                .arg(m_connection->dialect().isoTime(QStringLiteral("at"))),
            {m_lastAuditId});
        if (!query)
            return query.error();
        QList<DeskChange> changes;
        while (query->next()) {
            m_lastAuditId = query->value(0).toLongLong();
            const QDateTime at = SqlDialect::toDateTime(query->value(1));
            const QString operatorName = query->value(2).toString();
            const QJsonObject details
                = QJsonDocument::fromJson(query->value(7).toString().toUtf8()).object();
            const QString desk = details.value(QStringLiteral("desk")).toString();
            if (changes.isEmpty() || changes.last().at != at
                || changes.last().operatorName != operatorName || changes.last().desk != desk) {
                DeskChange change;
                change.at = at;
                change.operatorName = operatorName;
                change.desk = desk;
                change.ticket = query->value(6).toString();
                changes << change;
            }
            addEntry(changes.last(), query->value(3).toString(), query->value(4).toString(),
                details, query->value(5).toLongLong());
        }
        return changes;
    }

    ChangeFeed *m_feed;
    DatabaseUrl m_url;
    QString m_ownDesk;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer *m_retry = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_prune = nullptr;
    QString m_affiliate; // presence: what this window has open, as whom, since when
    QString m_operator;
    QDateTime m_since;
    bool m_vanish = false;
    QHash<QString, Visitor> m_visitors; // by desk
    QHash<QString, QElapsedTimer> m_seen; // PostgreSQL: when each was last heard
    qint64 m_dataVersion = 0;
    qint64 m_lastAuditId = 0;
    qint64 m_beacons = 0;
    bool m_lost = false;
    int m_delayMs = 1000;
};

ChangeFeed::ChangeFeed(const DatabaseUrl &url, const QString &ownDesk, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<DeskChange>>();
    qRegisterMetaType<QList<Visitor>>();
    m_thread.setObjectName(QStringLiteral("tierdesk-live"));
    m_listener = new Listener(this, url, ownDesk);
    m_listener->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener] { listener->start(); }, Qt::QueuedConnection);
}

void ChangeFeed::setOpenAffiliate(const QString &affiliateId, const QString &operatorName)
{
    QMetaObject::invokeMethod(
        m_listener,
        [listener = m_listener, affiliateId, operatorName] {
            listener->setOpen(affiliateId, operatorName);
        },
        Qt::QueuedConnection);
}

void ChangeFeed::setPresenceTiming(int heartbeat, int expiry)
{
    heartbeatMs = heartbeat;
    expiryMs = expiry;
}

void ChangeFeed::vanishOnClose()
{
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener] { listener->vanish(); }, Qt::BlockingQueuedConnection);
}

ChangeFeed::~ChangeFeed()
{
    // The connection closes on the thread that opened it.
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener] { listener->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_listener;
}

} // namespace TierDesk
