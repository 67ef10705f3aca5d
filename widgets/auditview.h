#pragma once

#include "../models/audit/incrementalaudit.h"
#include "../models/db/freshanswers.h"

#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeView;

namespace TierDesk {

class AuditModel;
class BackfillFlow;
class BatchModel;
class Session;

// The backfill audit over everything: run it on the worker (progress,
// cancel), see the findings grouped by affiliate, compare with the incident's
// minute buckets, preview and apply the cleanup, and undo batches.
class AuditView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditView)

public:
    explicit AuditView(QWidget *parent = nullptr);

    void setSession(Session *session, BackfillFlow *flow);
    void runAudit();
    void cancelAudit();
    void preview();
    void refreshBatches();
    void updateActions();

    bool isRunning() const { return m_running; }
    AuditModel *model() const { return m_model; }
    BatchModel *batchModel() const { return m_batches; }
    QTreeView *tree() const { return m_tree; }
    QTableView *batchTable() const { return m_batchTable; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *resolveButton() const { return m_resolve; }
    QSpinBox *windowBox() const { return m_window; }
    QCheckBox *minuteBox() const { return m_minutes; }
    QCheckBox *reviewedBox() const { return m_reviewed; }

signals:
    void affiliateActivated(const QString &affiliateId);
    // Resolve the selected conflict, drift or chain break (kind: Resolve::Kind).
    void resolveRequested(const QString &affiliateId, int kind, qint64 eventId);
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpWidgets();
    void layOut();
    void connectActions();
    void retranslate();
    void showSummary();

    Session *m_session = nullptr;
    BackfillFlow *m_flow = nullptr;
    AuditModel *m_model = nullptr;
    BatchModel *m_batches = nullptr;
    QHash<QString, QString> m_handles;
    bool m_running = false;
    bool m_batchesLoading = false;
    FreshAnswers m_answers; // answers about another session are dropped
    std::optional<IncrementalAudit::State> m_kept; // the last chain audit's, for the next
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_error;

    QLabel *m_windowLabel = nullptr;
    QSpinBox *m_window = nullptr;
    QCheckBox *m_minutes = nullptr;
    QCheckBox *m_reviewed = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_resolve = nullptr;
    QLabel *m_batchTitle = nullptr;
    QTableView *m_batchTable = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace TierDesk
