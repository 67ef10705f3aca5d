#pragma once

#include "../models/approvals/approvals.h"
#include "writedialog.h"

#include <QHash>

class QLabel;
class QTableWidget;

namespace TierDesk {

// The last look before a four-eyes decision (a WriteDialog): the request (who asked,
// what, under which ticket, why), the plan as it stands now and whether it is still the
// one asked for, and the typed confirmation: the row count to approve, the request's
// number to reject or withdraw. Approving and rejecting need a reason.
class ApprovalDialog final : public WriteDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalDialog)

public:
    enum class Decision { Approve, Reject, Withdraw };

    ApprovalDialog(Decision decision, const Approvals::Request &request, const Backfill::Plan &now,
        const QHash<QString, QString> &handles, const QString &database, bool production,
        QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }
    const Approvals::Request &request() const { return m_request; }
    bool planHolds() const { return m_now.fingerprint == m_request.fingerprint; }
    bool isConfirmed() const override;
    QStringList touchedAffiliates() const override;

protected:
    QString unconfirmedHint() const override;
    void retranslate() override;

private:
    Decision m_decision;
    Approvals::Request m_request;
    Backfill::Plan m_now;
    QLabel *m_summary = nullptr;
    QTableWidget *m_sample = nullptr;
};

} // namespace TierDesk
