#include "reevaluatedialog.h"
#include "../models/common/format.h"
#include "../models/common/text.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace TierDesk {

ReevaluateDialog::ReevaluateDialog(const QString &affiliateId, const QString &handle,
    const QString &database, bool production, QWidget *parent)
    : WriteDialog(database, production, parent)
    , m_affiliateId(affiliateId)
    , m_handle(handle)
    , m_preview(createPreviewLabel(QStringLiteral("reevaluatePreview"), 4))
{
    setObjectName(QStringLiteral("reevaluateDialog"));
    confirmationEdit()->setObjectName(QStringLiteral("confirmHandle"));
    applyButton()->setObjectName(QStringLiteral("reevaluateGo"));
    body()->addWidget(m_preview, 1);
    resize(540, 340);
    ready(nullptr);
    ticketEdit()->setFocus();
}

void ReevaluateDialog::setPreview(const Result<TierEvaluator::Plan> &plan)
{
    if (plan && plan->found) {
        m_plan = *plan;
        m_previewError.clear();
    } else {
        m_plan.reset();
        m_previewError
            = plan ? tr("The affiliate is no longer in the database.") : plan.error().message;
    }
    retranslate();
    updateButtons();
}

bool ReevaluateDialog::isConfirmed() const
{
    if (!m_plan)
        return false;
    QString typed = confirmationEdit()->text().trimmed();
    if (typed.startsWith(QLatin1Char('@')))
        typed.remove(0, 1);
    const QString expected = m_handle.isEmpty() ? m_affiliateId : m_handle;
    return typed.compare(expected, Qt::CaseInsensitive) == 0;
}

QString ReevaluateDialog::unconfirmedHint() const
{
    return tr("Type the handle to confirm; Enter does not write.");
}

void ReevaluateDialog::retranslate()
{
    setWindowTitle(tr("Re-evaluate tier"));
    // The handle is the affiliate's own text: isolated and elided.
    const QString shown = Text::isolated(Text::elided(m_handle, 60));
    const QString who = m_handle.isEmpty() ? m_affiliateId : QLatin1Char('@') + shown;
    if (!m_previewError.isEmpty()) {
        m_preview->setText(m_previewError);
    } else if (!m_plan) {
        m_preview->setText(tr("Reading the 90-day commissions of %1…").arg(who));
    } else if (m_plan->target == m_plan->prior) {
        m_preview->setText(
            tr("The 90-day commissions of %1 are %2: the rate stays at %3, and "
               "nothing is written.")
                .arg(who, Format::money(m_plan->sumCents), Format::rate(m_plan->prior)));
    } else {
        m_preview->setText(
            tr("The 90-day commissions of %1 are %2: the rate goes from %3 to %4, with one tier "
               "event and an audit-log row in one transaction. If the rate or the commissions "
               "change before it writes, nothing is written.")
                .arg(who, Format::money(m_plan->sumCents), Format::rate(m_plan->prior),
                    Format::rate(m_plan->target)));
    }
    confirmationLabel()->setText(tr("Type the affiliate's handle (%1) to confirm:")
                                     .arg(m_handle.isEmpty() ? m_affiliateId : shown));
    confirmationEdit()->setAccessibleName(tr("Handle to confirm"));
    applyButton()->setText(tr("&Re-evaluate"));
}

} // namespace TierDesk
