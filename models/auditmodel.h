#pragma once

#include "audit.h"

#include <QAbstractItemModel>
#include <QHash>

namespace TierDesk {

// An audit report as a tree: affiliates (with their counts) and under each
// what the audit found there: duplicate clusters, conflicts, chain breaks, drift.
class AuditModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { Subject, Finding, Events, When, ColumnCount };
    enum Role { AffiliateIdRole = Qt::UserRole + 1, KindRole, RedundantCountRole };

    explicit AuditModel(QObject *parent = nullptr);

    void setReport(const Audit::Report &report, const QHash<QString, QString> &handles);
    void clear();
    const Audit::Report &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    int affiliateRow(const QString &affiliateId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    enum class Kind { Duplicate, Conflict, ChainBreak, Drift };
    struct Item
    {
        Kind kind;
        int index; // into the report's list of that kind
    };
    struct Group
    {
        QString affiliateId;
        QString handle;
        QList<Item> items;
        int duplicates = 0;
        int redundant = 0;
        int other = 0;
    };
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant itemData(const Group &group, const Item &item, int column, int role) const;

    Audit::Report m_report;
    bool m_hasReport = false;
    QList<Group> m_groups;
};

} // namespace TierDesk
