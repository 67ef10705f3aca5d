#include "backfillflow.h"
#include "../models/common/format.h"
#include "../models/common/logging.h"
#include "../models/common/operatorinfo.h"
#include "../models/common/text.h"
#include "../models/lookup/affiliatelookup.h"
#include "../models/session/session.h"
#include "backfilldialog.h"
#include "notice.h"
#include "settings.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace TierDesk {

BackfillFlow::BackfillFlow(Session *session, QWidget *window)
    : WriteFlow(session, window)
{
}

BackfillFlow::~BackfillFlow() = default;

void BackfillFlow::start(const Backfill::Plan &plan, const QHash<QString, QString> &handles)
{
    if (plan.isEmpty()) {
        message(tr("Nothing to clean up"), tr("The audit found no race duplicates to supersede."),
            false);
        return;
    }
    if (!m_session->writesEnabled()) {
        message(tr("Read-only session"),
            tr("Turn on write actions (Session menu) before cleaning up."), true);
        return;
    }
    if (!m_session->url().standby()) {
        confirm(plan, handles, {});
        return;
    }
    Backfill::Options options;
    options.windowSeconds = plan.windowSeconds;
    options.affiliateId = plan.affiliateId;
    emit busyChanged(true);
    m_session->writer()->run(
        this, [options](const Connection &c) { return Backfill::preview(c, options); },
        [this, plan, handles](Result<Backfill::Plan> primary) {
            emit busyChanged(false);
            if (!primary) {
                message(tr("Cleanup not previewed"), primary.error().message, true);
                return;
            }
            if (primary->isEmpty()) {
                message(tr("Nothing to clean up"),
                    tr("The primary has no race duplicates to supersede: the standby the "
                       "audit read is behind it."),
                    false);
                return;
            }
            confirm(*primary, handles,
                primary->fingerprint == plan.fingerprint
                    ? QString()
                    : tr("The standby the audit read is behind: this preview is the "
                         "primary's, %n row(s), not the audit's %1.",
                        nullptr, int(primary->rows.size()))
                          .arg(plan.rows.size()));
        });
}

void BackfillFlow::confirm(
    const Backfill::Plan &plan, const QHash<QString, QString> &handles, const QString &note)
{
    delete m_dialog;
    m_dialog = new BackfillDialog(BackfillDialog::Action::Supersede, plan, handles,
        m_session->url().toDisplayString(), m_session->isProduction(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setTicket(m_session->suggestedTicket(plan.affiliateIds()));
    if (!note.isEmpty())
        m_dialog->showNotice(note);
    connect(m_dialog, &QDialog::accepted, this, [this, plan] {
        if (const auto who = whoFrom(*m_dialog, plan.affiliateIds(), tr("Cleanup not applied")))
            apply(plan, *who);
    });
    m_dialog->open();
}

void BackfillFlow::apply(const Backfill::Plan &plan, const OperatorInfo &who)
{
    DatabaseWorker *writer = m_session->writer();
    if (!writer)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    delete m_progress;
    m_progress = new QProgressDialog(tr("Superseding %Ln row(s)…", nullptr, int(plan.rows.size())),
        tr("Cancel"), 0, int(plan.rows.size()), m_window);
    m_progress->setObjectName(QStringLiteral("backfillProgress"));
    m_progress->setWindowTitle(tr("Cleaning up"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { *cancel = true; });
    emit busyChanged(true);

    Backfill::Options options;
    options.windowSeconds = plan.windowSeconds;
    options.affiliateId = plan.affiliateId;
    options.expectedFingerprint = plan.fingerprint;
    options.previewed = plan;
    options.who = who;
    QPointer<QProgressDialog> progress = m_progress;
    auto cancel = m_cancel;
    writer->run(
        this,
        [options, cancel, progress](const Connection &c) {
            WorkControl control;
            control.cancel = cancel.get();
            control.progress = [progress](WorkControl::Phase phase, qint64 done, qint64) {
                if (phase != WorkControl::Phase::Writing)
                    return;
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [progress, done] {
                        if (progress)
                            progress->setValue(int(done));
                    },
                    Qt::QueuedConnection);
            };
            auto applied = Backfill::apply(c, options, control);
            if (!applied)
                return Result<Backfill::Outcome>(
                    Connection::withLockHolders(c.url(), applied.error()));
            return applied;
        },
        [this, options](Result<Backfill::Outcome> outcome) {
            if (m_progress)
                m_progress->deleteLater();
            emit busyChanged(false);
            // Written or refused, the rows on screen may no longer be the truth.
            emit dataChanged();
            if (!outcome && outcome.error().reason == Error::Reason::NeedsApproval) {
                offerRequest({Approvals::Kind::Backfill, options.windowSeconds, options.affiliateId,
                                 0, options.expectedFingerprint, options.who},
                    outcome.error());
                return;
            }
            if (!outcome) {
                showRefusal(outcome.error());
                return;
            }
            showResult(*outcome);
        });
}

void BackfillFlow::showResult(const Backfill::Outcome &outcome)
{
    m_lastBatch = outcome.batchId;
    if (!outcome.batchId) {
        message(tr("Nothing to clean up"),
            tr("Nothing needed superseding any more; no batch was written."), false);
        return;
    }
    auto *box = Notice::create(QMessageBox::Information, tr("Cleanup committed"),
        //: %2 is "1 affiliate" or "3 affiliates"
        tr("Batch %1 superseded %Ln row(s) at %2 (fingerprint %3).", nullptr, outcome.rowsChanged)
            .arg(Text::of(outcome.batchId), tr("%n affiliate(s)", nullptr, int(outcome.affiliates)),
                Text::of(outcome.fingerprint)),
        m_window);
    box->setObjectName(QStringLiteral("backfillResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    // Close stays the default: Enter dismisses the message, and Undo first shows
    // what it would restore.
    QPushButton *undoButton
        = box->addButton(tr("Undo batch %1…").arg(outcome.batchId), QMessageBox::ActionRole);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setAutoDefault(false);
    box->setDefaultButton(QMessageBox::Close);
    const qint64 batch = outcome.batchId;
    connect(undoButton, &QPushButton::clicked, this, [this, batch] { undo(batch); });
    box->open();
    m_result = box;
}

void BackfillFlow::undo(qint64 batchId)
{
    DatabaseWorker *writer = m_session->writer();
    if (!writer) {
        message(tr("Read-only session"),
            tr("Turn on write actions (Session menu) to undo a batch."), true);
        return;
    }
    // First the preview: what the undo would restore, and its fingerprint.
    emit busyChanged(true);
    writer->run(
        this,
        [batchId](
            const Connection &c) -> Result<std::pair<Backfill::Plan, QHash<QString, QString>>> {
            auto plan = Backfill::undoPreview(c, batchId);
            if (!plan)
                return plan.error();
            auto handles = AffiliateLookup::handles(c, plan->affiliateIds());
            if (!handles)
                return handles.error();
            return std::pair{*plan, *handles};
        },
        [this, batchId](Result<std::pair<Backfill::Plan, QHash<QString, QString>>> preview) {
            emit busyChanged(false);
            if (!preview) {
                emit dataChanged();
                message(tr("Undo refused"), preview.error().message, true);
                return;
            }
            const auto &[plan, handles] = *preview;
            if (plan.isEmpty()) {
                message(tr("Nothing to undo"),
                    tr("No row is still superseded by batch %1.").arg(batchId), false);
                return;
            }
            delete m_dialog;
            m_dialog = new BackfillDialog(BackfillDialog::Action::Restore, plan, handles,
                m_session->url().toDisplayString(), m_session->isProduction(), m_window, batchId);
            m_dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_dialog->setTicket(m_session->suggestedTicket(plan.affiliateIds()));
            connect(m_dialog, &QDialog::accepted, this, [this, plan, batchId] {
                if (const auto who
                    = whoFrom(*m_dialog, plan.affiliateIds(), tr("Cleanup not applied")))
                    applyUndo(plan, batchId, *who);
            });
            m_dialog->open();
        });
}

void BackfillFlow::applyUndo(const Backfill::Plan &plan, qint64 batchId, const OperatorInfo &who)
{
    DatabaseWorker *writer = m_session->writer();
    if (!writer)
        return;
    emit busyChanged(true);
    Backfill::UndoOptions options;
    options.batchId = batchId;
    options.expectedFingerprint = plan.fingerprint;
    options.who = who;
    writer->run(
        this,
        [options](const Connection &c) {
            auto undone = Backfill::undo(c, options);
            if (!undone)
                return Result<Backfill::Outcome>(
                    Connection::withLockHolders(c.url(), undone.error()));
            return undone;
        },
        [this, batchId, options](Result<Backfill::Outcome> outcome) {
            emit busyChanged(false);
            if (!outcome && outcome.error().reason == Error::Reason::NeedsApproval) {
                emit dataChanged();
                offerRequest({Approvals::Kind::Undo, 0, {}, batchId, options.expectedFingerprint,
                                 options.who},
                    outcome.error());
                return;
            }
            showUndoResult(std::move(outcome), batchId);
        });
}

void BackfillFlow::showUndoResult(Result<Backfill::Outcome> outcome, qint64 batchId)
{
    emit dataChanged();
    if (!outcome) {
        message(tr("Undo refused"), outcome.error().message, true)
            ->setObjectName(QStringLiteral("undoRefused"));
        return;
    }
    if (!outcome->batchId)
        message(tr("Nothing to undo"), tr("No row is still superseded by batch %1.").arg(batchId),
            false);
    else
        message(tr("Undo committed"),
            tr("Batch %1 restored %Ln row(s) superseded by batch %2.", nullptr,
                outcome->rowsChanged)
                .arg(Text::of(outcome->batchId), Text::of(batchId)),
            false)
            ->setObjectName(QStringLiteral("undoResult"));
}

void BackfillFlow::offerRequest(const Approvals::NewRequest &ask, const Error &error)
{
    auto *box = Notice::create(
        QMessageBox::Information, tr("A second agent must approve this"), error.message, m_window);
    box->setObjectName(QStringLiteral("needsApproval"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    // Close stays the default: Enter only dismisses; asking is a choice.
    QPushButton *askButton = box->addButton(tr("&Ask for approval"), QMessageBox::ActionRole);
    askButton->setObjectName(QStringLiteral("requestApprovalButton"));
    askButton->setAutoDefault(false);
    box->setDefaultButton(QMessageBox::Close);
    connect(askButton, &QPushButton::clicked, this, [this, ask] {
        DatabaseWorker *writer = m_session ? m_session->writer() : nullptr;
        if (!writer)
            return;
        emit busyChanged(true);
        writer->run(
            this, [ask](const Connection &c) { return Approvals::request(c, ask); },
            [this](Result<Approvals::Request> made) {
                emit busyChanged(false);
                emit dataChanged();
                if (!made) {
                    message(tr("No approval requested"), made.error().message, true);
                    return;
                }
                message(tr("Approval requested"),
                    tr("Request %1 is recorded: %2, under %3. Another agent reviews and approves "
                       "it in their Approvals view (Ctrl+5) or with tierdesk-cli approvals approve "
                       "%1 --fingerprint %4; it expires %5.")
                        .arg(Text::of(made->id), made->what(),
                            made->ticket.isEmpty() ? tr("no ticket") : Text::of(made->ticket),
                            made->fingerprint, Format::timeToMinutes(made->expiresAt)),
                    false)
                    ->setObjectName(QStringLiteral("approvalRequested"));
            });
    });
    box->open();
    m_result = box;
}

void BackfillFlow::showRefusal(const Error &error)
{
    if (error.reason != Error::Reason::StalePlan) {
        message(tr("Cleanup not applied"), error.message, true);
        return;
    }
    auto *box = Notice::create(QMessageBox::Warning, tr("Data changed since the preview"),
        tr("The tier events changed after the audit you confirmed, so nothing was written. "
           "Run the audit again and review the new plan."),
        m_window);
    box->setObjectName(QStringLiteral("dataChanged"));
    box->setDetailedText(error.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *again = box->addButton(tr("Run the audit again"), QMessageBox::AcceptRole);
    again->setObjectName(QStringLiteral("auditAgainButton"));
    connect(again, &QPushButton::clicked, this, &BackfillFlow::auditAgainRequested);
    box->open();
    m_result = box;
}

} // namespace TierDesk
