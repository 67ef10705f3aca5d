#include "approvalmodel.h"
#include "../common/format.h"
#include "../common/text.h"

namespace TierDesk {

ApprovalModel::ApprovalModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ApprovalModel::setRequests(const QList<Approvals::Request> &requests, const QList<qint64> &own)
{
    beginResetModel();
    m_rows = requests;
    m_own = own;
    endResetModel();
}

const Approvals::Request *ApprovalModel::requestAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ApprovalModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ApprovalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApprovalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Approvals::Request &r = m_rows.at(index.row());
    // Names, tickets and reasons are people's: isolated, so none turns its row around.
    const auto typed = [](const QString &text) { return Text::isolated(Text::elided(text, 120)); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return QLatin1Char('#') + QString::number(r.id);
        case Requested:
            return Format::timeToMinutes(r.createdAt);
        case Status:
            return m_own.contains(r.id) && r.isOpen()
                ? tr("%1 (yours)").arg(Approvals::statusText(r.status))
                : Approvals::statusText(r.status);
        case What:
            return r.what();
        case RequestedBy:
            return typed(r.requestedBy);
        case Ticket:
            return typed(r.ticket);
        case Reason:
            return typed(r.reason);
        case Expires:
            return r.isOpen() ? Format::timeToMinutes(r.expiresAt) : QString();
        }
    } else if (role == Format::NeutralRole) {
        if (index.column() == Requested)
            return Format::neutralTime(r.createdAt);
        if (index.column() == Expires)
            return Format::neutralTime(r.expiresAt);
        return data(index, Qt::DisplayRole);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Status && r.decidedAt.isValid())
            //: %1 approved/rejected/…, %2 a person, %3 a time, %4 their note
            return tr("%1 by %2 at %3: %4")
                .arg(Approvals::statusText(r.status), typed(r.decidedBy),
                    Format::timeToMinutes(r.decidedAt), typed(r.decisionNote));
        if (index.column() == Reason || index.column() == Ticket || index.column() == RequestedBy)
            return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant ApprovalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Request");
    case Requested:
        return tr("Asked");
    case Status:
        return tr("State");
    case What:
        return tr("Change");
    case RequestedBy:
        return tr("Asked by");
    case Ticket:
        return tr("Ticket");
    case Reason:
        return tr("Reason");
    case Expires:
        return tr("Expires");
    }
    return {};
}

void ApprovalModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace TierDesk
