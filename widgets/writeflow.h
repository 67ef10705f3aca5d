#pragma once

#include "../models/common/operatorinfo.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <optional>

namespace TierDesk {

class Session;
class WriteDialog;

// What every guarded write's walk through the window shares (BackfillFlow,
// ResolveFlow): the session and the window, who writes under which ticket from
// the confirmation dialog, and the result box, window-modal and non-blocking.
class WriteFlow : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteFlow)

public:
    ~WriteFlow() override;

    QMessageBox *resultBox() const { return m_result; }

signals:
    void dataChanged(); // something was written: views reload
    void busyChanged(bool busy);

protected:
    WriteFlow(Session *session, QWidget *window);

    // Who writes, for which ticket and why, from `dialog`; remembered as the last
    // ticket of `affiliateIds`. Empty after saying why not under `refusedTitle`.
    std::optional<OperatorInfo> whoFrom(
        const WriteDialog &dialog, const QStringList &affiliateIds, const QString &refusedTitle);
    // A result or refusal, window-modal and non-blocking; it becomes resultBox().
    QMessageBox *message(const QString &title, const QString &text, bool warning);

    Session *m_session = nullptr;
    QPointer<QWidget> m_window;
    QPointer<QMessageBox> m_result;
};

} // namespace TierDesk
