#pragma once

#include "../backfill/backfill.h"

#include <QAbstractTableModel>

namespace TierDesk {

// The backfill batches, newest first: what was superseded or restored, by whom,
// and whether it has been undone.
class BatchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchModel)

public:
    enum Column { Id, Kind, Status, Started, Operator, Ticket, Rows, Fingerprint, ColumnCount };
    enum Role { BatchIdRole = Qt::UserRole + 1, UndoableRole };

    explicit BatchModel(QObject *parent = nullptr);
    void setBatches(const QList<Backfill::Batch> &batches);
    const Backfill::Batch *batchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

    static bool isUndoable(const Backfill::Batch &batch);

private:
    QList<Backfill::Batch> m_rows;
};

} // namespace TierDesk
