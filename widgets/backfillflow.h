#pragma once

#include "../models/approvals/approvals.h"
#include "../models/backfill/backfill.h"

#include "backfilldialog.h"
#include "writeflow.h"

#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>

namespace TierDesk {

class Session;

// The guarded cleanup as the GUI walks through it: confirmation dialog →
// apply on the writable worker with progress and cancel → the result with the
// batch id and Undo, or "data changed since the preview" with an offer to
// audit again. Undo walks the same way: preview → typed confirmation → the
// fingerprint re-checked under the write lock. After any write or refusal the
// views reload. Dialogs are window-modal and non-blocking.
class BackfillFlow final : public WriteFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackfillFlow)

public:
    BackfillFlow(Session *session, QWidget *window);
    ~BackfillFlow() override;

    // Shows the confirmation for `plan` (computed from the audit the person is looking at).
    // A session that reads a standby previews the plan again on the primary first: the
    // confirmation shows what will be written, not what a lagging replica showed.
    void start(const Backfill::Plan &plan, const QHash<QString, QString> &handles);
    // Previews the undo of `batchId` and shows its confirmation; the dialog applies it.
    void undo(qint64 batchId);
    // Restores a previewed undo the person has confirmed (the dialog calls this).
    void applyUndo(const Backfill::Plan &plan, qint64 batchId, const OperatorInfo &who);
    // Applies a plan the person has already confirmed (the dialog calls this).
    void apply(const Backfill::Plan &plan, const OperatorInfo &who);

    BackfillDialog *dialog() const { return m_dialog; }
    qint64 lastBatchId() const { return m_lastBatch; }

signals:
    void auditAgainRequested(); // the person asked to re-run the audit

private:
    // The confirmation for `plan`, with `note` above it when there is one.
    void confirm(
        const Backfill::Plan &plan, const QHash<QString, QString> &handles, const QString &note);
    void showResult(const Backfill::Outcome &outcome);
    void showUndoResult(Result<Backfill::Outcome> outcome, qint64 batchId);
    void showRefusal(const Error &error);
    // Four eyes: the write is larger than one agent may make; offers to ask another.
    void offerRequest(const Approvals::NewRequest &ask, const Error &error);

    QPointer<BackfillDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    qint64 m_lastBatch = 0;
};

} // namespace TierDesk
