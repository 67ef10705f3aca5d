#pragma once

#include "../audit/audit.h"
#include "../audit/findingkind.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace TierDesk {

// An audit report as a tree: affiliates (with their counts) and under each
// what the audit found there: duplicate clusters, conflicts, chain breaks, drift.
class AuditModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { Subject, Finding, Events, When, ColumnCount };
    enum Role {
        AffiliateIdRole = Qt::UserRole + 1,
        KindRole,
        EventIdRole // the event a conflict or chain break is named by; 0 for drift
    };

    // The report sorted into per-affiliate groups. Plain data, built on the
    // worker thread: setting a large report must not stall the UI thread.
    struct Grouped;
    static std::shared_ptr<const Grouped> group(
        const Audit::Report &report, const QHash<QString, QString> &handles);

    explicit AuditModel(QObject *parent = nullptr);

    void setGrouped(std::shared_ptr<const Grouped> grouped);
    void clear();
    const Audit::Report &report() const { return m_data ? m_data->report : emptyReport(); }
    bool hasReport() const { return m_data != nullptr; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

    using Kind = FindingKind::Id;
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
    struct Grouped
    {
        Audit::Report report;
        QList<Group> groups;
    };

private:
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant itemData(const Group &group, const Item &item, int column, int role) const;

    std::shared_ptr<const Grouped> m_data;
    static const Audit::Report &emptyReport();
    qsizetype groupCount() const;
};

} // namespace TierDesk
