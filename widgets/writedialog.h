#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace TierDesk {

struct DeskChange;

// The last look every guarded write shares (cleanup, undo, resolve, re-evaluate):
// the target database, what the write changes (the subclass's part), ticket and
// reason with their limits, the typed confirmation, a hint line, and Cancel beside
// the write button. No button is a default: Enter never writes, it says which
// button does. Closing the dialog with something typed in it asks first.
class WriteDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteDialog)

public:
    ~WriteDialog() override;

    // Every dialog of the process tells assistive technology whether it is modal
    // (Qt's widgets never do). Installed once; the main window and this class call it.
    static void announceModality();

    // The typed confirmation matches and whatever the write needs is in.
    virtual bool isConfirmed() const = 0;
    // Something the person typed would be lost by closing: a ticket other than
    // the suggested one, a reason, a confirmation.
    bool hasTypedInput() const;

    QString ticket() const;
    QString reason() const;
    // Who the write is recorded as: the name typed (remembered from the last write), or
    // the login's name when none was ever given.
    QString operatorName() const;
    // A name typed here, to remember for the next write; empty when none was typed.
    QString typedOperatorName() const;
    // Only ever this affiliate's last ticket (Session::suggestedTicket), selected so
    // that typing replaces it, and said to be a suggestion.
    void setTicket(const QString &ticket);

    // The affiliates the previewed write changes; empty when it may change any (a
    // cleanup of the whole database).
    virtual QStringList touchedAffiliates() const { return {}; }
    // Another window or the CLI committed `change`: when it touched these rows, say so
    // above the preview before the person types (the write would be refused as stale).
    void noteChange(const DeskChange &change);
    // A bold line above the preview, read out at once by a screen reader.
    void showNotice(const QString &text);
    QLabel *overtakenLabel() const { return m_overtaken; }

    QLineEdit *ticketEdit() const { return m_ticket; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *operatorNameEdit() const { return m_name; }
    QLineEdit *confirmationEdit() const { return m_confirm; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *hintLabel() const { return m_hint; }

public slots:
    // Cancel, Escape and the title bar's close button: asks before typed text is lost.
    void reject() override;

protected:
    WriteDialog(const QString &database, bool production, QWidget *parent);

    // Where the subclass shows what the write changes, between target and ticket.
    QVBoxLayout *body() const { return m_body; }
    // A framed, selectable, word-wrapped label for the preview, `lines` high at least.
    QLabel *createPreviewLabel(const QString &objectName, int lines);
    QLabel *confirmationLabel() const { return m_confirmLabel; }
    // Called at the end of the subclass's constructor: labels become plain text,
    // the texts are set, Tab follows the screen from `first` to Cancel.
    void ready(QWidget *first);
    // The sentence Enter shows while the write is not confirmed yet.
    virtual QString unconfirmedHint() const = 0;
    // The subclass's texts; the frame's own are set before it is called.
    virtual void retranslate() = 0;
    void updateButtons();
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateFrame();
    void describe();

    QString m_database;
    bool m_production = false;
    bool m_ready = false;
    QString m_suggestedTicket;
    QLabel *m_target = nullptr;
    QLabel *m_overtaken = nullptr; // another agent changed these rows since the preview
    QVBoxLayout *m_body = nullptr;
    QLabel *m_ticketLabel = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameNote = nullptr; // where the name appears, the first time it is asked
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace TierDesk
