#pragma once

#include "../models/resolve/resolve.h"

#include "writedialog.h"

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace TierDesk {

// The last look before a resolve or its undo writes (a WriteDialog): which
// finding and what to decide about it, what exactly will change (the preview,
// computed on the worker, with its fingerprint), and the affiliate's handle
// typed by hand.
class ResolveDialog final : public WriteDialog
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
    QStringList touchedAffiliates() const override;
    const std::optional<Resolve::UndoPlan> &undoPlan() const { return m_undo; }
    // The typed handle matches, the preview is in, and a review has its reason.
    bool isConfirmed() const override;

    QComboBox *findingBox() const { return m_finding; }
    QList<QAbstractButton *> choiceButtons() const;
    QLabel *previewLabel() const { return m_preview; }

signals:
    void requestChanged();

protected:
    QString unconfirmedHint() const override;
    void retranslate() override;

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
    QString findingText(const Finding &finding) const;
    const Finding *currentFinding() const;

    QString m_handle;
    QList<Finding> m_findings;
    std::optional<Resolve::Plan> m_plan;
    std::optional<Resolve::UndoPlan> m_undo;
    QString m_previewError;

    QLabel *m_findingLabel = nullptr;
    QComboBox *m_finding = nullptr;
    QGroupBox *m_choiceBox = nullptr;
    QVBoxLayout *m_choiceLayout = nullptr;
    QButtonGroup *m_choices = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace TierDesk
