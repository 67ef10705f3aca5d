#pragma once

#include "../models/resolve/resolve.h"

#include <QDialog>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace TierDesk {

// The last look before a resolve or its undo writes: which database, which
// finding and what to decide about it, what exactly will change (the preview,
// computed on the worker, with its fingerprint), ticket and reason, and the
// affiliate's handle typed by hand. No button is a default: Enter never writes.
class ResolveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveDialog)

public:
    // Resolving one of the affiliate's open findings (`report` is its audit);
    // `kind`/`eventId` preselect one (a drift has no event).
    ResolveDialog(const QString &handle, const Audit::Report &report, Resolve::Kind kind,
        qint64 eventId, const QString &database, bool production, QWidget *parent = nullptr);
    // Undoing a resolution, as previewed.
    ResolveDialog(const Resolve::UndoPlan &undo, const QString &handle, const QString &database,
        bool production, QWidget *parent = nullptr);

    bool isUndo() const { return m_undo.has_value(); }
    // What the person chose; the flow previews it (requestChanged) and sets the plan.
    std::optional<Resolve::Request> request() const;
    void setPreview(const Result<Resolve::Plan> &plan);
    const std::optional<Resolve::Plan> &plan() const { return m_plan; }
    const std::optional<Resolve::UndoPlan> &undoPlan() const { return m_undo; }
    // The typed handle matches, the preview is in, and a review has its reason.
    bool isConfirmed() const;

    QString ticket() const;
    QString reason() const;
    void setTicket(const QString &ticket);
    QComboBox *findingBox() const { return m_finding; }
    QList<QAbstractButton *> choiceButtons() const;
    QLineEdit *confirmationEdit() const { return m_confirm; }
    QLineEdit *ticketEdit() const { return m_ticket; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *previewLabel() const { return m_preview; }
    QLabel *hintLabel() const { return m_hint; }

signals:
    void requestChanged();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Finding
    {
        Resolve::Kind kind = Resolve::Kind::Conflict; // DriftAlign stands for a drift
        Audit::Cluster conflict;
        Audit::Drift drift;
        Audit::ChainBreak chainBreak;
    };

    void build();
    void rebuildChoices();
    void retranslate();
    void updateButtons();
    QString findingText(const Finding &finding) const;
    const Finding *currentFinding() const;

    QString m_handle;
    QString m_database;
    bool m_production;
    QList<Finding> m_findings;
    std::optional<Resolve::Plan> m_plan;
    std::optional<Resolve::UndoPlan> m_undo;
    QString m_previewError;

    QLabel *m_target = nullptr;
    QLabel *m_findingLabel = nullptr;
    QComboBox *m_finding = nullptr;
    QGroupBox *m_choiceBox = nullptr;
    QVBoxLayout *m_choiceLayout = nullptr;
    QButtonGroup *m_choices = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_ticketLabel = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace TierDesk
