#include "changefeed.h"
#include "../common/logging.h"
#include "../db/connection.h"
#include "../write/guardedwrite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

#include <libpq-fe.h>

#include <algorithm>

namespace TierDesk {

namespace {

const char ChangesChannel[] = "tierdesk_changes";
const char BeaconsChannel[] = "tierdesk_beacons";

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
        {QStringLiteral("rows"), change.rows},
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
        m_retry->stop();
        m_poll->stop();
        m_notifier.reset();
        m_connection.reset();
    }

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
            for (const char *channel : {ChangesChannel, BeaconsChannel}) {
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
    m_thread.setObjectName(QStringLiteral("tierdesk-live"));
    m_listener = new Listener(this, url, ownDesk);
    m_listener->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener] { listener->start(); }, Qt::QueuedConnection);
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
