#include "batchmodel.h"
#include "../common/format.h"

namespace TierDesk {

BatchModel::BatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BatchModel::setBatches(const QList<Backfill::Batch> &batches)
{
    beginResetModel();
    m_rows = batches;
    endResetModel();
}

const Backfill::Batch *BatchModel::batchAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool BatchModel::isUndoable(const Backfill::Batch &batch)
{
    return batch.kind == Backfill::BatchKind::Supersede
        && batch.status == Backfill::BatchStatus::Committed && !batch.undoneBy
        && batch.rowsChanged > 0;
}

int BatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &batch = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return batch.id;
        case Kind:
            if (batch.kind == Backfill::BatchKind::Undo)
                return tr("Undo of %1").arg(batch.undoOf);
            return tr("Supersede");
        case Status:
            if (batch.status != Backfill::BatchStatus::Committed)
                return tr("Rolled back");
            return batch.undoneBy ? tr("Undone by %1").arg(batch.undoneBy) : tr("Committed");
        case Started:
            return Format::timeToSeconds(batch.startedAt);
        case Operator:
            return batch.operatorName; // the person; the host is in the tooltip
        case Ticket:
            return batch.ticket;
        case Rows:
            return tr("%1 of %2")
                .arg(QLocale().toString(batch.rowsChanged), QLocale().toString(batch.rowsPlanned));
        case Fingerprint:
            return batch.fingerprint;
        }
        break;
    case Format::NeutralRole:
        if (index.column() == Started)
            return Format::neutralTime(batch.startedAt);
        if (index.column() == Rows)
            return batch.rowsChanged;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Started)
            return Format::otherZoneTime(batch.startedAt);
        if (index.column() == Operator && !batch.host.isEmpty())
            return tr("%1 on %2").arg(batch.operatorName, batch.host);
        if (index.column() == Ticket && !batch.reason.isEmpty())
            return batch.reason;
        return batch.note;
    case BatchIdRole:
        return batch.id;
    case UndoableRole:
        return isUndoable(batch);
    }
    return {};
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Batch");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Started:
        //: %1 the time zone of the column ("UTC", "CET")
        return tr("Started (%1)").arg(Format::zoneName());
    case Operator:
        return tr("Operator");
    case Ticket:
        return tr("Ticket");
    case Rows:
        return tr("Rows changed");
    case Fingerprint:
        return tr("Fingerprint");
    }
    return {};
}

void BatchModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace TierDesk
