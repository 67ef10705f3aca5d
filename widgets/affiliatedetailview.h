#pragma once

#include "../models/live/changefeed.h"

#include "../models/affiliates/affiliatedetail.h"
#include "../models/db/freshanswers.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLineEdit;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace TierDesk {

class BatchModel;
class CommissionModel;
class Session;
class TierChart;
class TierEventModel;
class ActivityModel;

// Why an affiliate has the tier it has: the header with the deciding numbers,
// the tier timeline chart, the tier events (superseded hidden unless asked,
// clusters banded), the commissions and the batches that touched it; and the
// actions on it.
class AffiliateDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffiliateDetailView)

public:
    explicit AffiliateDetailView(QWidget *parent = nullptr);

    void setSession(Session *session);
    void showAffiliate(const QString &affiliateId);
    void reload();
    void clear();

    QString affiliateId() const { return m_affiliateId; }
    bool hasDetail() const { return m_hasDetail; }
    bool isLoading() const { return m_loading; }
    const AffiliateDetail &detail() const { return m_detail; }
    TierEventModel *eventModel() const { return m_events; }
    TierChart *chart() const { return m_chart; }
    QCheckBox *showSupersededBox() const { return m_showSuperseded; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *batchTable() const { return m_batchTable; }
    QPushButton *undoBatchButton() const { return m_undoBatch; }
    // The actions on the shown affiliate, for the window's Affiliate menu; the
    // buttons trigger the same actions.
    QAction *reevaluateAction() const { return m_reevaluateAction; }
    QAction *cleanupAction() const { return m_cleanupAction; }
    QAction *resolveAction() const { return m_resolveAction; }
    QAction *copySummaryAction() const { return m_copy; }
    QAction *replyAction() const { return m_replyAction; }
    QAction *showSupersededAction() const { return m_supersededAction; }
    void updateActions();
    // Once the affiliate is shown: its Commissions tab, with this event's row selected.
    void revealCommission(const QString &stripeEventId);

signals:
    void loaded();
    void reevaluateRequested(const QString &affiliateId);
    void cleanupRequested(const AffiliateDetail &detail);
    void resolveRequested(const QString &affiliateId);
    void exportRequested(const AffiliateDetail &detail);
    void summaryCopied();
    void replyRequested(const AffiliateDetail &detail);
    void undoBatchRequested(qint64 batchId);
    // The affiliate shown changed (empty: none), for the other windows' presence.
    void shownAffiliateChanged(const QString &affiliateId);

protected:
    void changeEvent(QEvent *event) override;

public:
    // The other windows with an affiliate open; the header names those with this one.
    void setVisitors(const QList<Visitor> &visitors);
    QLabel *alsoOpenLabel() const { return m_alsoOpen; }

private:
    void updateVisitors();
    void setUpHeader();
    void setUpTables();
    QWidget *createBatchesPage();
    QWidget *createCommissionsPage();
    void setUpActions();
    void setDetail(const AffiliateDetail &detail);
    void retranslate();
    void updateHeader();

    Session *m_session = nullptr;
    QString m_affiliateId;
    AffiliateDetail m_detail;
    bool m_hasDetail = false;
    bool m_loading = false;
    FreshAnswers m_answers;
    QString m_error;
    QString m_revealEvent; // revealCommission() waiting for the detail to load

    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_numbers = nullptr;
    QLabel *m_alsoOpen = nullptr; // other agents with this affiliate open
    QList<Visitor> m_visitors;
    QLabel *m_rateAnswer = nullptr;
    QLabel *m_promotionAnswer = nullptr;
    QPushButton *m_reevaluate = nullptr;
    QPushButton *m_cleanup = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_report = nullptr; // a menu: export PDF, copy summary
    QPushButton *m_undoBatch = nullptr; // on the cleanup batches' tab
    QAction *m_export = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_reevaluateAction = nullptr;
    QAction *m_replyAction = nullptr;
    QAction *m_cleanupAction = nullptr;
    QAction *m_resolveAction = nullptr;
    QAction *m_supersededAction = nullptr;
    TierChart *m_chart = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_activityTable = nullptr;
    QLineEdit *m_commissionSearch = nullptr;
    QCheckBox *m_commissionDates = nullptr;
    QDateEdit *m_commissionFrom = nullptr;
    QDateEdit *m_commissionTo = nullptr;
    QCheckBox *m_showSuperseded = nullptr;
    QTableView *m_eventTable = nullptr;
    QTableView *m_commissionTable = nullptr;
    QTableView *m_batchTable = nullptr;
    TierEventModel *m_events = nullptr;
    CommissionModel *m_commissions = nullptr;
    BatchModel *m_batches = nullptr;
    ActivityModel *m_activity = nullptr;
};

} // namespace TierDesk
