#pragma once

#include "../models/affiliates/affiliatedetail.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace TierDesk {

class Session;

// Drafts a reply to the affiliate in German or English (chosen apart from the
// window's language), editable before it is copied for the ticket. Each language
// keeps its edits when the other is shown; closing with edits not copied asks first.
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
    // Some language's text was edited and that text was not copied.
    bool hasUncopiedEdits() const;

public slots:
    void reject() override;

signals:
    void drafted(); // a draft arrived in the text box

protected:
    void changeEvent(QEvent *event) override;

private:
    void showLanguage();
    void draft(const QString &language);
    void retranslate();
    QString shownText() const;

    Session *m_session = nullptr;
    AffiliateDetail m_detail;
    QString m_agent;
    QString m_shown; // the language whose text is in the box
    QHash<QString, QString> m_drafts; // as drafted, by language
    QHash<QString, QString> m_texts; // as last shown (maybe edited), by language
    QString m_copied;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace TierDesk
