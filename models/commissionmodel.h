#pragma once

#include "affiliatedetail.h"

#include <QAbstractTableModel>

namespace TierDesk {

// One affiliate's commissions, newest first, with their Stripe event ids.
class CommissionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommissionModel)

public:
    enum Column { Time, StripeEvent, Amount, ColumnCount };
    enum Role { StripeEventRole = Qt::UserRole + 1 };

    explicit CommissionModel(QObject *parent = nullptr);
    void setCommissions(const QList<AffiliateDetail::Commission> &commissions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<AffiliateDetail::Commission> m_rows;
};

} // namespace TierDesk
