#pragma once

#include "../models/backfill/backfill.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace TierDesk {

// The last look before a cleanup or an undo writes: which database, how many
// affiliates and rows, a sample of the rows, the plan's fingerprint, and the
// row count typed by hand. No button is a default: Enter neither writes nor
// cancels, it says which button does.
class BackfillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackfillDialog)

public:
    enum class Action {
        Supersede, // a cleanup: the plan's rows become superseded
        Restore // an undo of batch `undoOf`: the plan's rows become active again
    };

    BackfillDialog(Action action, const Backfill::Plan &plan,
        const QHash<QString, QString> &handles, const QString &database, bool production,
        QWidget *parent = nullptr, qint64 undoOf = 0);

    static constexpr int SampleSize = 20;
    Action action() const { return m_action; }
    qint64 undoOf() const { return m_undoOf; }
    const Backfill::Plan &plan() const { return m_plan; }
    bool isConfirmed() const;
    // The typed text names `rows`, with or without group separators ("18961",
    // "18,961", "18.961", "18 961").
    static bool confirms(const QString &typed, qsizetype rows);
    QLineEdit *confirmationEdit() const { return m_confirm; }
    QPushButton *applyButton() const;
    QLabel *hintLabel() const { return m_hint; }
    // The ticket the write is for and why; kept with the batch and in the audit log.
    QLineEdit *ticketEdit() const { return m_ticket; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QString ticket() const;
    QString reason() const;
    void setTicket(const QString &ticket);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    Action m_action;
    qint64 m_undoOf;
    Backfill::Plan m_plan;
    QHash<QString, QString> m_handles;
    QString m_database;
    bool m_production;
    QLabel *m_target = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_sample = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_ticketLabel = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace TierDesk
