#pragma once

#include "../models/tier/tierevaluator.h"

#include "writedialog.h"

#include <optional>

class QLabel;

namespace TierDesk {

// The last look before the race-guarded evaluator runs for one affiliate (a
// WriteDialog): the 90-day commissions it read and the rate they call for (the
// preview, computed on the reader), and the affiliate's handle typed by hand.
class ReevaluateDialog final : public WriteDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReevaluateDialog)

public:
    ReevaluateDialog(const QString &affiliateId, const QString &handle, const QString &database,
        bool production, QWidget *parent = nullptr);

    QString affiliateId() const { return m_affiliateId; }
    QStringList touchedAffiliates() const override { return {m_affiliateId}; }
    void setPreview(const Result<TierEvaluator::Plan> &plan);
    const std::optional<TierEvaluator::Plan> &plan() const { return m_plan; }
    // The typed handle matches and the preview is in.
    bool isConfirmed() const override;
    QLabel *previewLabel() const { return m_preview; }

protected:
    QString unconfirmedHint() const override;
    void retranslate() override;

private:
    QString m_affiliateId;
    QString m_handle;
    std::optional<TierEvaluator::Plan> m_plan;
    QString m_previewError;
    QLabel *m_preview = nullptr;
};

} // namespace TierDesk
