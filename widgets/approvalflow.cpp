#include "approvalflow.h"
#include "../models/common/text.h"
#include "../models/db/databaseworker.h"
#include "../models/lookup/affiliatelookup.h"
#include "../models/session/session.h"

namespace TierDesk {

namespace {

struct Review
{
    Approvals::Request request;
    Backfill::Plan now;
    QHash<QString, QString> handles;
};

} // namespace

ApprovalFlow::ApprovalFlow(Session *session, QWidget *window)
    : WriteFlow(session, window)
{
}

ApprovalFlow::~ApprovalFlow()
{
    delete m_dialog;
}

void ApprovalFlow::start(ApprovalDialog::Decision decision, qint64 requestId)
{
    DatabaseWorker *writer = m_session->writer();
    if (!writer) {
        message(tr("Read-only session"),
            tr("Turn on write actions (Session menu) to decide a request."), true);
        return;
    }
    emit busyChanged(true);
    writer->run(
        this,
        [requestId](const Connection &c) -> Result<Review> {
            auto request = Approvals::find(c, requestId);
            if (!request)
                return request.error();
            auto now = Approvals::preview(c, *request);
            if (!now)
                return now.error();
            auto handles = AffiliateLookup::handles(c, now->affiliateIds());
            if (!handles)
                return handles.error();
            return Review{*request, *now, *handles};
        },
        [this, decision](Result<Review> review) {
            emit busyChanged(false);
            if (!review) {
                emit dataChanged();
                message(tr("Request not decided"), review.error().message, true);
                return;
            }
            delete m_dialog;
            m_dialog = new ApprovalDialog(decision, review->request, review->now, review->handles,
                m_session->url().toDisplayString(), m_session->isProduction(), m_window);
            m_dialog->setAttribute(Qt::WA_DeleteOnClose);
            const Approvals::Request request = review->request;
            const QStringList touched = review->now.affiliateIds();
            connect(m_dialog, &QDialog::accepted, this, [this, decision, request, touched] {
                if (const auto who = whoFrom(*m_dialog, touched, tr("Request not decided")))
                    decide(decision, request, *who);
            });
            m_dialog->open();
        });
}

void ApprovalFlow::decide(
    ApprovalDialog::Decision decision, const Approvals::Request &request, const OperatorInfo &who)
{
    DatabaseWorker *writer = m_session->writer();
    if (!writer)
        return;
    emit busyChanged(true);
    const qint64 id = request.id;
    if (decision == ApprovalDialog::Decision::Approve) {
        writer->run(
            this,
            [id, fingerprint = request.fingerprint, who](const Connection &c) {
                auto approved = Approvals::approve(c, id, fingerprint, who);
                if (!approved)
                    return Result<Backfill::Outcome>(
                        Connection::withLockHolders(c.url(), approved.error()));
                return approved;
            },
            [this, id](Result<Backfill::Outcome> outcome) {
                emit busyChanged(false);
                emit dataChanged();
                if (!outcome) {
                    message(tr("Request not approved"), outcome.error().message, true)
                        ->setObjectName(QStringLiteral("approvalRefused"));
                    return;
                }
                message(tr("Request approved"),
                    tr("Request %1 approved: batch %2 changed %Ln row(s).", nullptr,
                        outcome->rowsChanged)
                        .arg(Text::of(id), Text::of(outcome->batchId)),
                    false)
                    ->setObjectName(QStringLiteral("approvalResult"));
            });
        return;
    }
    const bool reject = decision == ApprovalDialog::Decision::Reject;
    writer->run(
        this,
        [id, who, reject](const Connection &c) {
            return reject ? Approvals::reject(c, id, who) : Approvals::withdraw(c, id, who);
        },
        [this, id, reject](Result<Approvals::Request> decided) {
            emit busyChanged(false);
            emit dataChanged();
            if (!decided) {
                message(tr("Request not decided"), decided.error().message, true)
                    ->setObjectName(QStringLiteral("approvalRefused"));
                return;
            }
            message(reject ? tr("Request rejected") : tr("Request withdrawn"),
                reject ? tr("Request %1 is rejected; nothing was changed in the data.").arg(id)
                       : tr("Request %1 is withdrawn; nothing was changed in the data.").arg(id),
                false)
                ->setObjectName(QStringLiteral("approvalResult"));
        });
}

} // namespace TierDesk
