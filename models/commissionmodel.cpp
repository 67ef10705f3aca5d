#include "commissionmodel.h"
#include "format.h"

namespace TierDesk {

CommissionModel::CommissionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CommissionModel::setCommissions(const QList<AffiliateDetail::Commission> &commissions)
{
    beginResetModel();
    m_rows = commissions;
    endResetModel();
}

int CommissionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommissionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommissionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return Format::timeToSeconds(row.at);
        case StripeEvent:
            return row.stripeEventId;
        case Amount:
            return Format::money(row.cents);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == Amount) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == StripeEventRole) {
        return row.stripeEventId;
    }
    return {};
}

QVariant CommissionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (UTC)");
    case StripeEvent:
        return tr("Stripe event");
    case Amount:
        return tr("Commission");
    }
    return {};
}

void CommissionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace TierDesk
