#pragma once

#include "backfill.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace TierDesk {

// The last look before a cleanup writes: which database, how many affiliates,
// clusters and rows, a sample of the rows, and the row count typed by hand.
class BackfillDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackfillDialog)

public:
    BackfillDialog(const Backfill::Plan &plan, const QHash<QString, QString> &handles,
        const QString &database, bool production, QWidget *parent = nullptr);

    static constexpr int SampleSize = 20;
    const Backfill::Plan &plan() const { return m_plan; }
    bool isConfirmed() const;
    QLineEdit *confirmationEdit() const { return m_confirm; }
    QPushButton *applyButton() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    Backfill::Plan m_plan;
    QHash<QString, QString> m_handles;
    QString m_database;
    bool m_production;
    QLabel *m_target = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_sample = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace TierDesk
