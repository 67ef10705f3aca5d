#pragma once

#include "../models/backfill/backfill.h"

#include "writedialog.h"

#include <QHash>

class QLabel;
class QTableWidget;

namespace TierDesk {

// The last look before a cleanup or an undo writes (a WriteDialog): how many
// affiliates and rows, a sample of the rows, the plan's fingerprint, and the row
// count typed by hand.
class BackfillDialog final : public WriteDialog
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
    bool isConfirmed() const override;
    QStringList touchedAffiliates() const override;
    // Fills `table` (three columns: affiliate, the row, the row it points at) with the
    // first SampleSize rows of `plan`, read-only; shared with ApprovalDialog.
    static void fillSample(
        QTableWidget *table, const Backfill::Plan &plan, const QHash<QString, QString> &handles);
    // The typed text names `rows`, with or without group separators ("18961",
    // "18,961", "18.961", "18 961").
    static bool confirms(const QString &typed, qsizetype rows);

protected:
    QString unconfirmedHint() const override;
    void retranslate() override;

private:
    Action m_action;
    qint64 m_undoOf;
    Backfill::Plan m_plan;
    QLabel *m_summary = nullptr;
    QTableWidget *m_sample = nullptr;
};

} // namespace TierDesk
