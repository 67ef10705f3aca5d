#pragma once

#include "../activity/activity.h"

#include <QAbstractTableModel>

#include <functional>

namespace TierDesk {

class DatabaseWorker;

// Activity entries, newest first: when, who, under which ticket, what changed, why.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)

public:
    enum Column { Time, Operator, Ticket, Affiliate, Change, Reason, ColumnCount };

    explicit ActivityModel(QObject *parent = nullptr);
    void setEntries(const QList<Activity::Entry> &entries);
    // The entry shown in `row`, or nullptr.
    const Activity::Entry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();
    // Every entry `filter` finds (up to Activity::MaxListed), read on `worker`, as a
    // model for an export; or nullptr and the sentence that says why.
    static void readAll(DatabaseWorker *worker, QObject *context, Activity::Filter filter,
        std::function<void(const ActivityModel *, const QString &)> done);

private:
    QList<Activity::Entry> m_rows;
};

} // namespace TierDesk
