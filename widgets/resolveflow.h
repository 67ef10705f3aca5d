#pragma once

#include "../models/resolve/resolve.h"
#include "resolvedialog.h"
#include "writeflow.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

namespace TierDesk {

class Session;

// Resolving a finding as the GUI walks through it: the affiliate's findings read
// on the writable worker → the dialog (choice, preview on the worker, ticket,
// reason, typed handle) → apply with the previewed fingerprint → the result with
// Undo, or "changed since the preview". Undo walks the same way. After any write
// or refusal the views reload. Dialogs are window-modal and non-blocking.
class ResolveFlow final : public WriteFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveFlow)

public:
    ResolveFlow(Session *session, QWidget *window);

    // Opens the dialog on `affiliateId`'s open findings, `kind`/`eventId` preselected.
    void start(const QString &affiliateId, Resolve::Kind kind = Resolve::Kind::Conflict,
        qint64 eventId = 0);
    // Previews the undo of `resolutionId` and shows its confirmation.
    void undo(qint64 resolutionId);

    ResolveDialog *dialog() const { return m_dialog; }

private:
    void preview();
    void apply(
        const Resolve::Request &request, const QString &fingerprint, const OperatorInfo &who);
    void applyUndo(qint64 resolutionId, const QString &fingerprint, const OperatorInfo &who);
    void showOutcome(const Result<Resolve::Outcome> &outcome);
    bool writable();

    QPointer<ResolveDialog> m_dialog;
    QString m_handle;
    QString m_affiliateId; // the affiliate the dialog decides about
};

} // namespace TierDesk
