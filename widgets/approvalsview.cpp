#include "approvalsview.h"
#include "../models/approvals/approvals.h"
#include "../models/common/format.h"
#include "../models/common/text.h"
#include "../models/db/databaseworker.h"
#include "../models/itemmodels/approvalmodel.h"
#include "../models/session/session.h"
#include "approvalflow.h"
#include "notice.h"
#include "settings.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace TierDesk {

namespace {

} // namespace

ApprovalsView::ApprovalsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ApprovalModel(this))
    , m_policy(new QLabel(this))
    , m_all(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_withdraw(new QPushButton(this))
{
    m_policy->setObjectName(QStringLiteral("approvalPolicy"));
    m_policy->setWordWrap(true);
    m_all->setObjectName(QStringLiteral("approvalsShowDecided"));
    m_table->setObjectName(QStringLiteral("approvalList"));
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_detail->setObjectName(QStringLiteral("approvalDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_policy);
    layout->addWidget(m_all);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_withdraw);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    layout->addLayout(buttons);

    connect(m_all, &QCheckBox::toggled, this, &ApprovalsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelected();
        updateActions();
    });
    const auto decide = [this](ApprovalDialog::Decision decision) {
        const Approvals::Request *r = m_model->requestAt(m_table->currentIndex().row());
        if (r && m_flow)
            m_flow->start(decision, r->id);
    };
    connect(m_approve, &QPushButton::clicked, this,
        [decide] { decide(ApprovalDialog::Decision::Approve); });
    connect(m_reject, &QPushButton::clicked, this,
        [decide] { decide(ApprovalDialog::Decision::Reject); });
    connect(m_withdraw, &QPushButton::clicked, this,
        [decide] { decide(ApprovalDialog::Decision::Withdraw); });
    Notice::plainLabels(this);
    retranslate();
    updateActions();
}

void ApprovalsView::setSession(Session *session, ApprovalFlow *flow)
{
    m_answers.invalidate();
    m_session = session;
    m_flow = flow;
    m_model->setRequests({}, {});
    m_open = 0;
    emit openCountChanged(0);
    refresh();
}

void ApprovalsView::refresh()
{
    if (!m_session)
        return;
    m_loading = true;
    const bool openOnly = !m_all->isChecked();
    const QString me = Settings().operatorName(); // the name writes are recorded under
    const qint64 selected = [this] {
        const Approvals::Request *r = m_model->requestAt(m_table->currentIndex().row());
        return r ? r->id : 0;
    }();
    m_session->latest()->run(
        this, [openOnly, me](const Connection &c) { return Approvals::desk(c, openOnly, me); },
        m_answers.latest([this, selected](Result<Approvals::Desk> desk) {
            m_loading = false;
            if (!desk) {
                m_policy->setText(desk.error().message);
                emit loaded();
                return;
            }
            m_policyText = desk->policy.text();
            m_strengthNote = desk->strengthNote;
            m_model->setRequests(desk->requests, desk->own);
            m_table->resizeColumnsToContents();
            // The selection stays on the request it was on.
            const int row = selected ? m_model->rowOf(selected) : -1;
            if (row >= 0 || m_model->rowCount() > 0)
                m_table->selectRow(row >= 0 ? row : 0);
            retranslate();
            showSelected();
            updateActions();
            if (desk->open != m_open) {
                m_open = desk->open;
                emit openCountChanged(m_open);
            }
            emit loaded();
        }));
}

void ApprovalsView::showSelected()
{
    const Approvals::Request *r = m_model->requestAt(m_table->currentIndex().row());
    if (!r) {
        m_detail->setText(m_model->rowCount() == 0
                ? (m_all->isChecked() ? tr("No approval requests yet.")
                                      : tr("No request is waiting for approval."))
                : QString());
        return;
    }
    const auto typed = [](const QString &text) { return Text::isolated(Text::elided(text, 200)); };
    QString text
        = tr("Request %1 by %2 at %3: %4, ticket %5, reason: %6.")
              .arg(Text::of(r->id), typed(r->requestedBy), Format::timeToMinutes(r->createdAt),
                  r->what(), r->ticket.isEmpty() ? tr("none") : typed(r->ticket),
                  r->reason.isEmpty() ? tr("none") : typed(r->reason));
    if (r->isOpen())
        text += QLatin1Char(' ')
            + (m_model->isOwn(r->id)
                    ? tr("It is yours: another agent approves or rejects it; you can withdraw it. "
                         "It expires %1.")
                          .arg(Format::timeToMinutes(r->expiresAt))
                    : tr("It expires %1.").arg(Format::timeToMinutes(r->expiresAt)));
    else if (r->decidedAt.isValid())
        text += QLatin1Char(' ')
            + tr("%1 by %2 at %3: %4")
                  .arg(Approvals::statusText(r->status), typed(r->decidedBy),
                      Format::timeToMinutes(r->decidedAt),
                      r->decisionNote.isEmpty() ? tr("no note") : typed(r->decisionNote))
            + (r->batchId ? QStringLiteral(" ") + tr("(batch %1).").arg(r->batchId)
                          : QStringLiteral("."));
    m_detail->setText(text);
}

void ApprovalsView::updateActions()
{
    const Approvals::Request *r = m_model->requestAt(m_table->currentIndex().row());
    const bool writes = m_session && m_session->writesEnabled() && m_flow;
    const bool open = r && r->isOpen();
    const bool own = r && m_model->isOwn(r->id);
    m_approve->setEnabled(writes && open && !own);
    m_reject->setEnabled(writes && open && !own);
    m_withdraw->setEnabled(writes && open && own);
    const QString why = !m_session || !m_session->writesEnabled()
        ? tr("Turn on write actions (Session menu) to decide requests.")
        : own ? tr("Your own request: a second agent approves or rejects it.")
              : QString();
    for (QPushButton *button : {m_approve, m_reject})
        button->setToolTip(why);
}

void ApprovalsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showSelected();
        m_table->resizeColumnsToContents();
        refresh(); // the policy's sentence is the model's, in the new language
    }
    QWidget::changeEvent(event);
}

void ApprovalsView::retranslate()
{
    m_policy->setText(
        m_strengthNote.isEmpty() ? m_policyText : m_policyText + QLatin1Char(' ') + m_strengthNote);
    m_all->setText(tr("Show &decided requests too"));
    m_table->setAccessibleName(tr("Approval requests"));
    m_detail->setAccessibleName(tr("Selected request"));
    m_approve->setText(tr("Ap&prove…"));
    m_approve->setAccessibleDescription(
        tr("Review the plan as it stands now and approve it with a justification."));
    m_reject->setText(tr("&Reject…"));
    m_withdraw->setText(tr("&Withdraw…"));
    m_model->retranslate();
}

} // namespace TierDesk
