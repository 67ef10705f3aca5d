#include "livebar.h"
#include "../models/activity/activity.h"
#include "../models/common/format.h"
#include "../models/common/text.h"
#include "../models/session/session.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace TierDesk {

LiveBar::LiveBar(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_dismiss(new QToolButton(this))
    , m_beacons(new QLabel)
{
    setObjectName(QStringLiteral("liveBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_message->setObjectName(QStringLiteral("liveMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss->setObjectName(QStringLiteral("liveDismiss"));
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_dismiss->setAutoRaise(true);
    m_beacons->setObjectName(QStringLiteral("newBeaconsLabel"));
    m_beacons->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_dismiss);
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        m_shown.clear();
        hide();
    });
    changeEvent(nullptr);
    hide();
}

LiveBar::~LiveBar()
{
    if (!m_beacons->parent())
        delete m_beacons;
}

void LiveBar::setSession(Session *session)
{
    m_feed.reset();
    emit visitorsChanged({});
    m_shown.clear();
    m_beaconsAtStart = -1;
    m_beaconsNow = 0;
    updateBeacons();
    QFrame::hide();
    if (!session)
        return;
    m_feed = std::make_unique<ChangeFeed>(session->url(), session->deskId());
    connect(m_feed.get(), &ChangeFeed::changed, this, [this](const QList<DeskChange> &changes) {
        QList<DeskChange> known;
        for (const DeskChange &change : changes) {
            if (!change.action.isEmpty())
                known << change;
        }
        if (!known.isEmpty()) {
            m_shown = known;
            say(describe(known.last()));
        }
        emit othersChanged(changes);
    });
    connect(m_feed.get(), &ChangeFeed::beaconsChanged, this, [this](qint64 total) {
        if (m_beaconsAtStart < 0)
            m_beaconsAtStart = total;
        m_beaconsNow = total;
        updateBeacons();
        emit beaconsChanged();
    });
    connect(m_feed.get(), &ChangeFeed::visitorsChanged, this, &LiveBar::visitorsChanged);
    if (!m_openAffiliate.isEmpty())
        m_feed->setOpenAffiliate(m_openAffiliate, m_operatorName);
    connect(
        m_feed.get(), &ChangeFeed::listeningChanged, this, [this](bool, const QString &sentence) {
            if (sentence.isEmpty())
                return;
            m_shown.clear();
            say(sentence);
        });
}

void LiveBar::setOpenAffiliate(const QString &affiliateId, const QString &operatorName)
{
    m_openAffiliate = affiliateId;
    m_operatorName = operatorName;
    if (m_feed)
        m_feed->setOpenAffiliate(affiliateId, operatorName);
}

QString LiveBar::describe(const DeskChange &change)
{
    const QString who = change.operatorName.isEmpty()
        ? tr("Another agent")
        : Text::isolated(Text::elided(Text::printable(change.operatorName), 60));
    const QString login
        = change.databaseUser.isEmpty() || change.databaseUser == change.operatorName
        ? who
        : tr("%1 (login %2)").arg(who, Text::isolated(Text::printable(change.databaseUser)));
    QStringList what{Activity::actionText(change.action)};
    if (change.rows > 0)
        what << tr("%n row(s)", nullptr, change.rows);
    if (change.affiliateCount > 0)
        what << tr("%n affiliate(s)", nullptr, change.affiliateCount);
    if (!change.ticket.isEmpty())
        what << tr("ticket %1")
                    .arg(Text::isolated(Text::elided(Text::printable(change.ticket), 60)));
    if (change.approval)
        what << tr("approving request %1").arg(change.approval);
    return tr("%1 — %2: %3.")
        .arg(change.at.isValid() ? Format::timeToMinutes(change.at) : QString(), login,
            what.join(QStringLiteral(", ")));
}

void LiveBar::say(const QString &text)
{
    m_message->setText(text);
    QFrame::show();
    // A screen reader hears it without the focus moving.
    QAccessibleEvent event(m_message, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void LiveBar::updateBeacons()
{
    const qint64 fresh = m_beaconsAtStart < 0 ? 0 : m_beaconsNow - m_beaconsAtStart;
    m_beacons->setVisible(fresh > 0);
    m_beacons->setText(
        tr("%n new race-lost beacon(s)", nullptr, int(qMin<qint64>(fresh, 1 << 30))));
}

void LiveBar::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_dismiss->setToolTip(tr("Dismiss"));
        m_dismiss->setAccessibleName(tr("Dismiss the line"));
        setAccessibleName(tr("What other agents changed"));
        updateBeacons();
        if (!m_shown.isEmpty())
            m_message->setText(describe(m_shown.last()));
    }
    if (event)
        QFrame::changeEvent(event);
}

} // namespace TierDesk
