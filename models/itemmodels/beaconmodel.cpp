#include "beaconmodel.h"
#include "../common/format.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace TierDesk {

BeaconModel::BeaconModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BeaconModel::setBeacons(const QList<BeaconReport::Beacon> &beacons)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &beacon : beacons) {
        const QJsonObject details = QJsonDocument::fromJson(beacon.details.toUtf8()).object();
        m_rows.append({beacon, details.value(QLatin1String("prior_rate")).toInt(),
            details.value(QLatin1String("target_rate")).toInt(),
            details.value(QLatin1String("observed_rate")).toInt()});
    }
    endResetModel();
}

int BeaconModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BeaconModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BeaconModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return Format::time(row.beacon.at);
        case Affiliate:
            return row.beacon.handle.isEmpty() ? row.beacon.affiliateId
                                               : QLatin1Char('@') + row.beacon.handle;
        case Rates:
            //: A lost race: the evaluator wanted prior → target, another one had already written
            //: "observed"
            return tr("%1 → %2, found %3")
                .arg(Format::rate(row.prior), Format::rate(row.target), Format::rate(row.observed));
        }
        break;
    case Format::NeutralRole:
        if (index.column() == Time)
            return Format::neutralTime(row.beacon.at);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return Format::otherZoneTime(row.beacon.at);
        return row.beacon.details;
    case AffiliateIdRole:
        return row.beacon.affiliateId;
    case HandleRole:
        return row.beacon.handle;
    }
    return {};
}

QVariant BeaconModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        //: %1 the time zone of the column ("UTC", "CET")
        return tr("Time (%1)").arg(Format::zoneName());
    case Affiliate:
        return tr("Affiliate");
    case Rates:
        return tr("Lost race");
    }
    return {};
}

void BeaconModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace TierDesk
