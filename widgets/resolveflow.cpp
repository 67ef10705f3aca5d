#include "resolveflow.h"
#include "../models/common/text.h"
#include "../models/lookup/affiliatelookup.h"
#include "../models/session/session.h"
#include "notice.h"
#include "resolvedialog.h"
#include "settings.h"

#include <QPushButton>

namespace TierDesk {

namespace {

struct Findings
{
    Audit::Report report;
    QString handle;
};

} // namespace

ResolveFlow::ResolveFlow(Session *session, QWidget *window)
    : WriteFlow(session, window)
{
}

bool ResolveFlow::writable()
{
    if (m_session && m_session->writer())
        return true;
    message(tr("Read-only session"),
        tr("Turn on write actions (Session menu) before resolving a finding."), true);
    return false;
}

void ResolveFlow::start(const QString &affiliateId, Resolve::Kind kind, qint64 eventId)
{
    if (!writable())
        return;
    emit busyChanged(true);
    m_session->writer()->run(
        this,
        [affiliateId](const Connection &c) -> Result<Findings> {
            Audit::Options options;
            options.affiliateId = affiliateId;
            auto report = Audit::run(c, options);
            if (!report)
                return report.error();
            auto handles = AffiliateLookup::handles(c, {affiliateId});
            if (!handles)
                return handles.error();
            return Findings{*report, handles->value(affiliateId)};
        },
        [this, affiliateId, kind, eventId](Result<Findings> findings) {
            emit busyChanged(false);
            if (!findings) {
                message(tr("Resolve"), findings.error().message, true);
                return;
            }
            const Audit::Summary &open = findings->report.summary;
            if (open.conflicts + open.chainBreaks + open.drift == 0) {
                message(tr("Nothing to resolve"),
                    tr("The audit finds no open conflict, drift or chain break here."), false);
                return;
            }
            m_handle = findings->handle;
            m_affiliateId = affiliateId;
            delete m_dialog;
            m_dialog = new ResolveDialog(m_handle, findings->report, kind, eventId,
                m_session->url().toDisplayString(), m_session->isProduction(), m_window);
            m_dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_dialog->setTicket(m_session->suggestedTicket({m_affiliateId}));
            connect(m_dialog, &ResolveDialog::requestChanged, this, &ResolveFlow::preview);
            connect(m_dialog, &QDialog::accepted, this, [this] {
                if (!m_dialog || !m_dialog->plan())
                    return;
                const Resolve::Plan plan = *m_dialog->plan();
                if (const auto who = whoFrom(*m_dialog, {m_affiliateId}, tr("Not resolved")))
                    apply(plan.request, plan.fingerprint, *who);
            });
            m_dialog->open();
            preview();
        });
}

void ResolveFlow::preview()
{
    if (!m_dialog || !m_session || !m_session->writer())
        return;
    const auto request = m_dialog->request();
    if (!request)
        return;
    QPointer<ResolveDialog> dialog = m_dialog;
    m_session->writer()->run(
        this, [request = *request](const Connection &c) { return Resolve::preview(c, request); },
        [dialog](Result<Resolve::Plan> plan) {
            if (dialog)
                dialog->setPreview(plan);
        });
}

void ResolveFlow::apply(
    const Resolve::Request &request, const QString &fingerprint, const OperatorInfo &who)
{
    if (!writable())
        return;
    emit busyChanged(true);
    m_session->writer()->run(
        this,
        [request, fingerprint, who](const Connection &c) {
            auto done = Resolve::apply(c, request, fingerprint, who);
            if (!done)
                return Result<Resolve::Outcome>(Connection::withLockHolders(c.url(), done.error()));
            return done;
        },
        [this](Result<Resolve::Outcome> outcome) {
            emit busyChanged(false);
            emit dataChanged(); // written or refused, the screen may no longer be the truth
            showOutcome(outcome);
        });
}

void ResolveFlow::undo(qint64 resolutionId)
{
    if (!writable())
        return;
    emit busyChanged(true);
    m_session->writer()->run(
        this,
        [resolutionId](const Connection &c) -> Result<std::pair<Resolve::UndoPlan, QString>> {
            auto plan = Resolve::undoPreview(c, resolutionId);
            if (!plan)
                return plan.error();
            auto handles = AffiliateLookup::handles(c, {plan->affiliateId});
            if (!handles)
                return handles.error();
            return std::pair{*plan, handles->value(plan->affiliateId)};
        },
        [this, resolutionId](Result<std::pair<Resolve::UndoPlan, QString>> preview) {
            emit busyChanged(false);
            if (!preview) {
                message(tr("Undo refused"), preview.error().message, true)
                    ->setObjectName(QStringLiteral("resolveUndoRefused"));
                return;
            }
            const auto &[plan, handle] = *preview;
            m_handle = handle;
            m_affiliateId = plan.affiliateId;
            delete m_dialog;
            m_dialog = new ResolveDialog(plan, handle, m_session->url().toDisplayString(),
                m_session->isProduction(), m_window);
            m_dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_dialog->setTicket(m_session->suggestedTicket({m_affiliateId}));
            const QString fingerprint = plan.fingerprint;
            connect(m_dialog, &QDialog::accepted, this, [this, resolutionId, fingerprint] {
                if (const auto who = whoFrom(*m_dialog, {m_affiliateId}, tr("Not resolved")))
                    applyUndo(resolutionId, fingerprint, *who);
            });
            m_dialog->open();
        });
}

void ResolveFlow::applyUndo(
    qint64 resolutionId, const QString &fingerprint, const OperatorInfo &who)
{
    if (!writable())
        return;
    emit busyChanged(true);
    m_session->writer()->run(
        this,
        [resolutionId, fingerprint, who](const Connection &c) {
            auto done = Resolve::undo(c, resolutionId, fingerprint, who);
            if (!done)
                return Result<Resolve::Outcome>(Connection::withLockHolders(c.url(), done.error()));
            return done;
        },
        [this](Result<Resolve::Outcome> outcome) {
            emit busyChanged(false);
            emit dataChanged();
            showOutcome(outcome);
        });
}

void ResolveFlow::showOutcome(const Result<Resolve::Outcome> &outcome)
{
    if (!outcome) {
        const bool stale = outcome.error().reason == Error::Reason::StalePlan;
        message(stale ? tr("Changed since the preview") : tr("Not resolved"),
            outcome.error().message, true)
            ->setObjectName(QStringLiteral("resolveRefused"));
        return;
    }
    if (outcome->undo) {
        message(tr("Undo committed"),
            tr("Resolution %1 is undone (%2).")
                .arg(Text::of(outcome->resolutionId), Resolve::kindText(outcome->kind)),
            false)
            ->setObjectName(QStringLiteral("resolveUndoResult"));
        return;
    }
    QString text = tr("Resolution %1: %2.")
                       .arg(Text::of(outcome->resolutionId), Resolve::kindText(outcome->kind));
    if (outcome->tierEventId)
        text += QLatin1Char(' ') + tr("Tier event #%1 recorded.").arg(outcome->tierEventId);
    auto *box = Notice::create(QMessageBox::Information, tr("Resolved"), text, m_window);
    box->setObjectName(QStringLiteral("resolveResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    // Close stays the default: Enter dismisses the message; Undo first shows its preview.
    QPushButton *undoButton = box->addButton(
        tr("Undo resolution %1…").arg(outcome->resolutionId), QMessageBox::ActionRole);
    undoButton->setObjectName(QStringLiteral("undoResolveButton"));
    undoButton->setAutoDefault(false);
    box->setDefaultButton(QMessageBox::Close);
    const qint64 id = outcome->resolutionId;
    connect(undoButton, &QPushButton::clicked, this, [this, id] { undo(id); });
    box->open();
    m_result = box;
}

} // namespace TierDesk
