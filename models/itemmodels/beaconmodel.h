#pragma once

#include "../tier/beaconreport.h"

#include <QAbstractTableModel>

namespace TierDesk {

// The newest race-lost beacons, each naming its affiliate.
class BeaconModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeaconModel)

public:
    enum Column { Time, Affiliate, Rates, ColumnCount };
    enum Role { AffiliateIdRole = Qt::UserRole + 1, HandleRole };

    explicit BeaconModel(QObject *parent = nullptr);
    void setBeacons(const QList<BeaconReport::Beacon> &beacons);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    struct Row
    {
        BeaconReport::Beacon beacon;
        int prior = 0;
        int target = 0;
        int observed = 0;
    };
    QList<Row> m_rows;
};

} // namespace TierDesk
