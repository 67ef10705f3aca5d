#pragma once

#include "../models/approvals/approvals.h"
#include "approvaldialog.h"
#include "writeflow.h"

#include <QPointer>

namespace TierDesk {

// A four-eyes decision through the window: the request and its plan read again, the
// ApprovalDialog, the decision on the writer (Approvals::approve, reject, withdraw:
// guarded writes like every other), and the result box.
class ApprovalFlow final : public WriteFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalFlow)

public:
    ApprovalFlow(Session *session, QWidget *window);
    ~ApprovalFlow() override;

    void start(ApprovalDialog::Decision decision, qint64 requestId);
    ApprovalDialog *dialog() const { return m_dialog; }

private:
    void decide(ApprovalDialog::Decision decision, const Approvals::Request &request,
        const OperatorInfo &who);

    QPointer<ApprovalDialog> m_dialog;
};

} // namespace TierDesk
