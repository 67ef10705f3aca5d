#pragma once

#include "../models/live/changefeed.h"

#include <QFrame>

#include <memory>

class QLabel;
class QToolButton;

namespace TierDesk {

class Session;

// The window's ear for the other agents: owns the session's ChangeFeed, says in one
// dismissable line above the views who did what under which ticket, counts the new
// race-lost beacons for the status bar, and says when live updates stop and come back.
class LiveBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveBar)

public:
    explicit LiveBar(QWidget *parent = nullptr);
    ~LiveBar() override;

    // Listens on `session`'s database, leaving its own writes out; null stops.
    void setSession(Session *session);
    // The status bar's "2 new race-lost beacons" (hidden while there are none).
    QLabel *beaconLabel() const { return m_beacons; }
    QLabel *messageLabel() const { return m_message; }
    QToolButton *dismissButton() const { return m_dismiss; }
    bool isListening() const { return m_feed && m_feed->isListening(); }
    // Presence: the affiliate this window shows (empty: none), as `operatorName`.
    void setOpenAffiliate(const QString &affiliateId, const QString &operatorName);

    // "14:02 — Bea Agent: Cleanup, 24 rows, 23 affiliates, ticket SUP-4821."
    static QString describe(const DeskChange &change);

signals:
    // Others' committed writes: the window reads again what they touched.
    void othersChanged(const QList<TierDesk::DeskChange> &changes);
    void beaconsChanged();
    void visitorsChanged(const QList<TierDesk::Visitor> &visitors);

protected:
    void changeEvent(QEvent *event) override;

private:
    void say(const QString &text);
    void updateBeacons();

    std::unique_ptr<ChangeFeed> m_feed;
    QLabel *m_message = nullptr;
    QToolButton *m_dismiss = nullptr;
    QLabel *m_beacons = nullptr;
    qint64 m_beaconsAtStart = -1;
    qint64 m_beaconsNow = 0;
    QList<DeskChange> m_shown; // what the line says, for a language change
    QString m_openAffiliate; // said again to a new session's feed
    QString m_operatorName;
};

} // namespace TierDesk
