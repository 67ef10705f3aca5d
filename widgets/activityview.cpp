#include "activityview.h"
#include "../models/activity/activity.h"
#include "../models/common/format.h"
#include "../models/itemmodels/activitymodel.h"
#include "../models/session/session.h"
#include "notice.h"
#include "tableexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace TierDesk {

namespace {

const char *const Actions[] = {"", "backfill_apply", "supersede_events", "backfill_undo",
    "restore_events", "evaluate_tier", "backfill_rolled_back", "resolve_conflict",
    "resolve_drift_align", "resolve_drift_record", "resolve_chain_break", "resolve_undo",
    "resolve_refused", "approval_request", "approval_approve", "approval_reject",
    "approval_withdraw", "approval_stale", "approval_policy"};

} // namespace

ActivityView::ActivityView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ActivityModel(this))
    , m_ticket(new QLineEdit(this))
    , m_operator(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_actionLabel(new QLabel(this))
    , m_days(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_undoResolution(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    m_ticket->setObjectName(QStringLiteral("activityTicket"));
    m_ticket->setClearButtonEnabled(true);
    m_operator->setObjectName(QStringLiteral("activityOperator"));
    m_operator->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("activityAction"));
    // A screen reader on Linux names a combo box by the label whose buddy it is.
    m_actionLabel->setBuddy(m_action);
    for (const char *action : Actions)
        m_action->addItem(QString(), QString::fromLatin1(action));
    m_days->setObjectName(QStringLiteral("activityDays"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDate(QDate::currentDate());
    }
    m_from->setDate(QDate::currentDate().addDays(-30));
    m_undoResolution->setObjectName(QStringLiteral("undoResolutionButton"));
    m_table->setObjectName(QStringLiteral("activityLog"));
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // The view lists the newest entries; its export reads every entry of the filters.
    TableExport::attach(
        m_table, QStringLiteral("activity"), [this](const TableExport::Ready &ready) {
            if (!m_session) {
                ready(m_model, QString());
                return;
            }
            ActivityModel::readAll(m_session->reader(), this, this->filter(), ready);
        });
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_ticket, 1);
    filters->addWidget(m_operator, 1);
    filters->addWidget(m_actionLabel);
    filters->addWidget(m_action);
    filters->addWidget(m_days);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_undoResolution);
    layout->addLayout(footer);

    for (QLineEdit *edit : {m_ticket, m_operator})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::currentIndexChanged, this, &ActivityView::refresh);
    connect(m_days, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ActivityView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ActivityView::refresh);
    connect(m_debounce, &QTimer::timeout, this, &ActivityView::refresh);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_affiliateIds.value(index.row());
        if (!id.isEmpty())
            emit affiliateActivated(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ActivityView::updateActions);
    connect(m_undoResolution, &QPushButton::clicked, this, [this] {
        const Activity::Entry *entry = m_model->entryAt(m_table->currentIndex().row());
        if (entry && entry->resolutionId())
            emit undoResolutionRequested(entry->resolutionId());
    });
    Notice::plainLabels(this);
    retranslate();
    updateActions();
}

void ActivityView::updateActions()
{
    const Activity::Entry *entry = m_model->entryAt(m_table->currentIndex().row());
    m_undoResolution->setEnabled(
        m_session && m_session->writesEnabled() && entry && entry->resolutionId() > 0);
}

void ActivityView::setSession(Session *session)
{
    m_answers.invalidate();
    m_session = session;
    m_model->setEntries({});
    m_affiliateIds.clear();
    refresh();
}

Activity::Filter ActivityView::filter() const
{
    Activity::Filter filter;
    filter.ticket = m_ticket->text().trimmed();
    filter.operatorName = m_operator->text().trimmed();
    filter.action = m_action->currentData().toString();
    filter.limit = Shown;
    if (m_days->isChecked()) {
        filter.since = m_from->date().startOfDay(QTimeZone::utc());
        filter.until = m_to->date().addDays(1).startOfDay(QTimeZone::utc());
    }
    return filter;
}

void ActivityView::refresh()
{
    m_debounce->stop();
    if (!m_session)
        return;
    const Activity::Filter filter = this->filter();
    m_loading = true;
    m_session->reader()->run(
        this, [filter](const Connection &c) { return Activity::list(c, filter); },
        m_answers.latest([this](Result<QList<Activity::Entry>> entries) {
            m_loading = false;
            if (!entries) {
                m_count->setText(entries.error().message);
                emit loaded();
                return;
            }
            m_affiliateIds.clear();
            for (const Activity::Entry &entry : std::as_const(*entries))
                m_affiliateIds << entry.affiliateId;
            m_model->setEntries(*entries);
            m_table->resizeColumnsToContents();
            m_count->setText(entries->size() < Shown
                    ? tr("%Ln entry(s)", nullptr, int(entries->size()))
                    : tr("The newest %Ln entries; narrow the filters to see older ones. An "
                         "export holds every entry.",
                        nullptr, int(entries->size())));
            updateActions();
            emit loaded();
        }));
}

void ActivityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_table->resizeColumnsToContents();
    }
    QWidget::changeEvent(event);
}

void ActivityView::retranslate()
{
    m_ticket->setPlaceholderText(tr("Ticket, e.g. SUP-4821"));
    m_ticket->setAccessibleName(tr("Filter by ticket"));
    m_operator->setPlaceholderText(tr("Operator"));
    m_operator->setAccessibleName(tr("Filter by operator"));
    m_action->setItemText(0, tr("All actions"));
    for (int i = 1; i < m_action->count(); ++i)
        m_action->setItemText(i, Activity::actionText(m_action->itemData(i).toString()));
    m_action->setAccessibleName(tr("Filter by action"));
    m_actionLabel->setText(tr("Action:"));
    m_days->setText(tr("Days fr&om"));
    m_from->setDisplayFormat(Format::tr("yyyy-MM-dd"));
    m_to->setDisplayFormat(Format::tr("yyyy-MM-dd"));
    m_from->setAccessibleName(tr("Days from"));
    m_to->setAccessibleName(tr("to"));
    m_table->setAccessibleName(tr("Activity"));
    m_undoResolution->setText(tr("&Undo resolution…"));
    m_undoResolution->setToolTip(
        tr("Undo the resolution of the selected entry: preview first, then confirm."));
    m_model->retranslate();
}

} // namespace TierDesk
