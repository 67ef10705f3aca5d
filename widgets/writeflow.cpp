#include "writeflow.h"
#include "../models/session/session.h"
#include "notice.h"
#include "settings.h"
#include "writedialog.h"

namespace TierDesk {

WriteFlow::WriteFlow(Session *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
}

WriteFlow::~WriteFlow() = default;

std::optional<OperatorInfo> WriteFlow::whoFrom(
    const WriteDialog &dialog, const QStringList &affiliateIds, const QString &refusedTitle)
{
    auto who = OperatorInfo::withTicket(dialog.operatorName(), dialog.ticket(), dialog.reason());
    if (!who) {
        message(refusedTitle, who.error().message, true);
        return std::nullopt;
    }
    who->desk = m_session->deskId(); // this window's live feed leaves its own writes out
    // Remembered: asked once, then offered with every write.
    if (!dialog.typedOperatorName().isEmpty())
        Settings().setOperatorName(who->name);
    m_session->setLastTicket(who->ticket, affiliateIds);
    return *who;
}

QMessageBox *WriteFlow::message(const QString &title, const QString &text, bool warning)
{
    auto *box = Notice::create(
        warning ? QMessageBox::Warning : QMessageBox::Information, title, text, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    m_result = box;
    return box;
}

} // namespace TierDesk
