#pragma once

#include "../models/affiliates/affiliatedetail.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace TierDesk {

class Session;

// Drafts a reply to the affiliate in German or English (chosen apart from the
// window's language), editable before it is copied for the ticket.
class ReplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyDialog)

public:
    ReplyDialog(Session *session, const AffiliateDetail &detail, const QString &agent,
        QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *languageBox() const { return m_language; }
    QPushButton *copyButton() const { return m_copy; }
    QLabel *feedbackLabel() const { return m_feedback; }

signals:
    void drafted(); // a draft arrived in the text box

protected:
    void changeEvent(QEvent *event) override;

private:
    void draft();
    void retranslate();

    Session *m_session = nullptr;
    AffiliateDetail m_detail;
    QString m_agent;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace TierDesk
