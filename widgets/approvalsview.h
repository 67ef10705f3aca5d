#pragma once

#include "../models/db/freshanswers.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace TierDesk {

class ApprovalFlow;
class ApprovalModel;
class Session;

// Four eyes in the window: the cleanups and undos waiting for a second agent (or every
// request), the policy in words, and Approve, Reject and Withdraw, each a guarded write
// through ApprovalFlow. The sidebar counts the requests waiting.
class ApprovalsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsView)

public:
    explicit ApprovalsView(QWidget *parent = nullptr);
    void setSession(Session *session, ApprovalFlow *flow);
    void refresh();
    bool isLoading() const { return m_loading; }
    int openCount() const { return m_open; }
    ApprovalModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCheckBox *showDecidedBox() const { return m_all; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QLabel *policyLabel() const { return m_policy; }
    void updateActions();

signals:
    void openCountChanged(int open);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();

    Session *m_session = nullptr;
    ApprovalFlow *m_flow = nullptr;
    bool m_loading = false;
    int m_open = 0;
    FreshAnswers m_answers;
    ApprovalModel *m_model = nullptr;
    QLabel *m_policy = nullptr;
    QCheckBox *m_all = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_withdraw = nullptr;
    QString m_policyText;
    QString m_strengthNote;
};

} // namespace TierDesk
