#pragma once

#include "../affiliates/affiliatedetail.h"

#include <QAbstractTableModel>

namespace TierDesk {

// One affiliate's tier events for the timeline table. Superseded rows are
// hidden unless shown; each row says which audit cluster it belongs to (the
// view paints the band) and what the audit found at it.
class TierEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierEventModel)

public:
    enum Column { Id, Time, Change, CrossedBy, Status, Note, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        ClusterRole, // index of the audit cluster (0, 1, ...), or -1
        ClusterKindRole, // the cluster's Audit::Cluster::Kind, or an invalid QVariant
        RedundantRole, // an active race duplicate the backfill would supersede
        SupersededRole,
        KeptIdRole, // superseded rows: the kept event
        FindingRole // "chain_break" or "drift", or empty
    };

    explicit TierEventModel(QObject *parent = nullptr);

    void setDetail(const AffiliateDetail &detail);
    void clear();
    void setShowSuperseded(bool show);
    bool showSuperseded() const { return m_showSuperseded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    struct Row
    {
        AffiliateDetail::Event event;
        int cluster = -1;
        bool redundant = false;
        bool chainBreak = false;
        std::optional<int> expectedFrom;
        bool drift = false;
    };
    void rebuild();
    QString clusterText(int cluster) const;
    QString note(const Row &row) const;
    static QString crossedBy(const AffiliateDetail::Crossing &crossing);

    AffiliateDetail m_detail;
    QList<Row> m_all;
    QList<int> m_visible; // indexes into m_all
    bool m_showSuperseded = false;
};

} // namespace TierDesk
