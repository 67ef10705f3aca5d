#include "activitymodel.h"
#include "../common/format.h"
#include "../db/databaseworker.h"

namespace TierDesk {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActivityModel::setEntries(const QList<Activity::Entry> &entries)
{
    beginResetModel();
    m_rows = entries;
    endResetModel();
}

void ActivityModel::readAll(DatabaseWorker *worker, QObject *context, Activity::Filter filter,
    std::function<void(const ActivityModel *, const QString &)> done)
{
    filter.limit = Activity::MaxListed;
    worker->run(
        context, [filter](const Connection &c) { return Activity::list(c, filter); },
        [done](Result<QList<Activity::Entry>> entries) {
            if (!entries) {
                done(nullptr, entries.error().message);
                return;
            }
            ActivityModel all;
            all.setEntries(*entries);
            done(&all, QString());
        });
}

const Activity::Entry *ActivityModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Activity::Entry &entry = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return Format::timeToSeconds(entry.at);
        case Operator:
            return entry.operatorName;
        case Ticket:
            return entry.ticket;
        case Affiliate:
            return entry.handle.isEmpty() ? QString() : QLatin1Char('@') + entry.handle;
        case Change:
            return entry.change();
        case Reason:
            return entry.reason;
        }
    } else if (role == Format::NeutralRole) {
        if (index.column() == Time)
            return Format::neutralTime(entry.at);
        return data(index, Qt::DisplayRole);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Time)
            return Format::otherZoneTime(entry.at);
        if (index.column() == Operator && !entry.host.isEmpty())
            //: %1 a person, %2 the computer they worked on
            return tr("%1 on %2").arg(entry.operatorName, entry.host);
        if (index.column() == Reason || index.column() == Change)
            return entry.reason.isEmpty() ? entry.change() : entry.reason;
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        //: %1 the time zone of the column ("UTC", "CET")
        return tr("Time (%1)").arg(Format::zoneName());
    case Operator:
        return tr("Operator");
    case Ticket:
        return tr("Ticket");
    case Affiliate:
        return tr("Affiliate");
    case Change:
        return tr("What changed");
    case Reason:
        return tr("Reason");
    }
    return {};
}

void ActivityModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace TierDesk
