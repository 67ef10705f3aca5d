#include "approvaldialog.h"
#include "../models/common/format.h"
#include "../models/common/text.h"
#include "backfilldialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace TierDesk {

ApprovalDialog::ApprovalDialog(Decision decision, const Approvals::Request &request,
    const Backfill::Plan &now, const QHash<QString, QString> &handles, const QString &database,
    bool production, QWidget *parent)
    : WriteDialog(database, production, parent)
    , m_decision(decision)
    , m_request(request)
    , m_now(now)
    , m_summary(createPreviewLabel(QStringLiteral("approvalSummary"), 4))
    , m_sample(new QTableWidget(this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    m_sample->setObjectName(QStringLiteral("approvalSample"));
    BackfillDialog::fillSample(m_sample, now, handles);
    m_sample->setVisible(decision == Decision::Approve);
    confirmationEdit()->setObjectName(QStringLiteral("confirmDecision"));
    applyButton()->setObjectName(QStringLiteral("applyDecision"));
    body()->addWidget(m_summary);
    body()->addWidget(m_sample, 1);
    // The decision is recorded under the request's ticket.
    setTicket(request.ticket);
    resize(580, decision == Decision::Approve ? 520 : 380);
    ready(nullptr);
    reasonEdit()->setFocus();
}

bool ApprovalDialog::isConfirmed() const
{
    const QString typed = confirmationEdit()->text().trimmed();
    switch (m_decision) {
    case Decision::Approve:
        return planHolds() && !reason().trimmed().isEmpty()
            && BackfillDialog::confirms(typed, m_now.rows.size());
    case Decision::Reject:
        return !reason().trimmed().isEmpty()
            && (typed == QString::number(m_request.id)
                || typed == QLatin1Char('#') + QString::number(m_request.id));
    case Decision::Withdraw:
        return typed == QString::number(m_request.id)
            || typed == QLatin1Char('#') + QString::number(m_request.id);
    }
    return false;
}

QStringList ApprovalDialog::touchedAffiliates() const
{
    QStringList ids;
    for (const Backfill::Row &row : m_now.rows)
        ids << row.affiliateId;
    ids.removeDuplicates();
    return ids;
}

QString ApprovalDialog::unconfirmedHint() const
{
    if (m_decision == Decision::Approve && !planHolds())
        return tr("The plan has changed since the request; it cannot be approved. Enter does "
                  "not write.");
    if (m_decision != Decision::Withdraw && reason().trimmed().isEmpty())
        return m_decision == Decision::Approve
            ? tr("Give your justification as the reason first; Enter does not write.")
            : tr("Say why you reject it as the reason first; Enter does not write.");
    return m_decision == Decision::Approve
        ? tr("Type the number of rows first; Enter does not write.")
        : tr("Type the request's number first; Enter does not write.");
}

void ApprovalDialog::retranslate()
{
    const Approvals::Request &r = m_request;
    const int rows = int(m_now.rows.size());
    const QString typed
        = [](const QString &text) { return Text::isolated(Text::elided(text, 200)); }(r.reason);
    QString text = tr("Request %1 by %2, %3: %4. Ticket: %5. Reason: %6. Fingerprint %7.")
                       .arg(Text::of(r.id), Text::isolated(Text::elided(r.requestedBy, 100)),
                           Format::timeToMinutes(r.createdAt), r.what(),
                           r.ticket.isEmpty() ? tr("none") : Text::isolated(r.ticket),
                           r.reason.isEmpty() ? tr("none") : typed, Text::of(r.fingerprint));
    switch (m_decision) {
    case Decision::Approve:
        setWindowTitle(tr("Approve request %1").arg(r.id));
        text += QLatin1Char(' ')
            + (planHolds()
                    ? tr("The plan as it stands now is the one asked for. Approving writes it "
                         "in your session, in one transaction, re-checked under the write lock; "
                         "the batch is recorded as yours, under the request's ticket, with your "
                         "reason as the justification.")
                    : tr("The plan has changed since the request (it is now %1): it cannot be "
                         "approved. Ask %2 to preview and request again, or reject it.")
                          .arg(Text::of(m_now.fingerprint),
                              Text::isolated(Text::elided(r.requestedBy, 100))));
        applyButton()->setText(r.kind == Approvals::Kind::Undo
                ? tr("Approve and restore %Ln row(s)", nullptr, rows)
                : tr("Approve and supersede %Ln row(s)", nullptr, rows));
        confirmationLabel()->setText(tr("Type the number of rows (%1) to confirm:")
                                         .arg(QLocale().toString(qlonglong(rows))));
        confirmationEdit()->setAccessibleName(tr("Number of rows to confirm"));
        break;
    case Decision::Reject:
        setWindowTitle(tr("Reject request %1").arg(r.id));
        text += QLatin1Char(' ') + tr("Rejecting changes no data; the reason is recorded.");
        applyButton()->setText(tr("Reject request %1").arg(r.id));
        break;
    case Decision::Withdraw:
        setWindowTitle(tr("Withdraw request %1").arg(r.id));
        text += QLatin1Char(' ') + tr("Withdrawing changes no data.");
        applyButton()->setText(tr("Withdraw request %1").arg(r.id));
        break;
    }
    if (m_decision != Decision::Approve) {
        confirmationLabel()->setText(tr("Type the request's number (%1) to confirm:").arg(r.id));
        confirmationEdit()->setAccessibleName(tr("Request number to confirm"));
    }
    if (m_decision != Decision::Withdraw)
        reasonEdit()->setPlaceholderText(m_decision == Decision::Approve
                ? tr("Your justification (required)")
                : tr("Why you reject it (required)"));
    m_summary->setText(text);
    m_sample->setHorizontalHeaderLabels(r.kind == Approvals::Kind::Undo
            ? QStringList{tr("Affiliate"), tr("Restore"), tr("Superseded by")}
            : QStringList{tr("Affiliate"), tr("Supersede"), tr("Keep")});
    m_sample->setAccessibleName(tr("Sample of the rows the approval changes"));
    m_sample->resizeColumnsToContents();
}

} // namespace TierDesk
