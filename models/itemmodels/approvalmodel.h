#pragma once

#include "../approvals/approvals.h"

#include <QAbstractTableModel>

namespace TierDesk {

// Four-eyes requests, newest first: what, by whom, under which ticket, its state.
class ApprovalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalModel)

public:
    enum Column {
        Number,
        Requested,
        Status,
        What,
        RequestedBy,
        Ticket,
        Expires,
        Reason, // last: it stretches
        ColumnCount
    };

    explicit ApprovalModel(QObject *parent = nullptr);
    void setRequests(const QList<Approvals::Request> &requests, const QList<qint64> &own);
    // The request shown in `row`, or nullptr.
    const Approvals::Request *requestAt(int row) const;
    int rowOf(qint64 id) const;
    bool isOwn(qint64 id) const { return m_own.contains(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<Approvals::Request> m_rows;
    QList<qint64> m_own;
};

} // namespace TierDesk
