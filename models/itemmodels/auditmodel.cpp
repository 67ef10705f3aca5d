#include "auditmodel.h"
#include "../common/format.h"
#include "../common/text.h"

namespace TierDesk {

AuditModel::AuditModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

qsizetype AuditModel::groupCount() const
{
    return m_data ? m_data->groups.size() : 0;
}

const Audit::Report &AuditModel::emptyReport()
{
    static const Audit::Report empty;
    return empty;
}

void AuditModel::clear()
{
    beginResetModel();
    m_data.reset();
    endResetModel();
}

std::shared_ptr<const AuditModel::Grouped> AuditModel::group(
    const Audit::Report &report, const QHash<QString, QString> &handles)
{
    auto grouped = std::make_shared<Grouped>();
    grouped->report = report;
    QList<Group> &groups = grouped->groups;
    QHash<QString, int> byAffiliate;
    const auto groupFor = [&](const QString &affiliateId) -> Group & {
        auto it = byAffiliate.find(affiliateId);
        if (it == byAffiliate.end()) {
            it = byAffiliate.insert(affiliateId, int(groups.size()));
            groups.append({affiliateId, handles.value(affiliateId), {}, 0, 0, 0});
        }
        return groups[*it];
    };
    for (qsizetype i = 0; i < report.clusters.size(); ++i) {
        const auto &cluster = report.clusters.at(i);
        Group &group = groupFor(cluster.affiliateId);
        if (cluster.kind == Audit::Cluster::Kind::Duplicate) {
            group.items.append({Kind::Duplicate, int(i)});
            ++group.duplicates;
            group.redundant += int(cluster.redundantIds.size());
        } else {
            group.items.append({Kind::Conflict, int(i)});
            ++group.other;
        }
    }
    for (qsizetype i = 0; i < report.chainBreaks.size(); ++i) {
        Group &group = groupFor(report.chainBreaks.at(i).affiliateId);
        group.items.append({Kind::ChainBreak, int(i)});
        ++group.other;
    }
    for (qsizetype i = 0; i < report.drift.size(); ++i) {
        Group &group = groupFor(report.drift.at(i).affiliateId);
        group.items.append({Kind::Drift, int(i)});
        ++group.other;
    }
    // Affiliates with duplicates first (the cleanup's subject), then by handle.
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if ((a.duplicates > 0) != (b.duplicates > 0))
            return a.duplicates > 0;
        return a.handle.compare(b.handle, Qt::CaseInsensitive) < 0;
    });
    return grouped;
}

void AuditModel::setGrouped(std::shared_ptr<const Grouped> grouped)
{
    beginResetModel();
    m_data = std::move(grouped);
    endResetModel();
}

QModelIndex AuditModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < groupCount() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= groupCount())
        return {};
    return row < m_data->groups.at(parent.row()).items.size()
        ? createIndex(row, column, quintptr(parent.row() + 1))
        : QModelIndex();
}

QModelIndex AuditModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(groupCount());
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() < groupCount())
        return int(m_data->groups.at(parent.row()).items.size());
    return 0;
}

int AuditModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AuditModel::groupData(const Group &group, int column, int role) const
{
    if (role == AffiliateIdRole)
        return group.affiliateId;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Subject:
        return group.handle.isEmpty() ? group.affiliateId : QLatin1Char('@') + group.handle;
    case Finding: {
        QStringList parts;
        if (group.duplicates)
            parts << tr("%Ln duplicate cluster(s)", nullptr, group.duplicates);
        if (group.other)
            parts << tr("%Ln to review", nullptr, group.other);
        return parts.join(QStringLiteral(", "));
    }
    case Events:
        return group.redundant ? tr("%Ln to supersede", nullptr, group.redundant) : QString();
    }
    return {};
}

QVariant AuditModel::itemData(const Group &group, const Item &item, int column, int role) const
{
    if (role == AffiliateIdRole)
        return group.affiliateId;
    if (role == KindRole) {
        if (item.kind == Kind::ChainBreak && m_data->report.chainBreaks.at(item.index).reviewed)
            return QStringLiteral("reviewed_chain_break");
        return QString::fromLatin1(FindingKind::of(item.kind).name);
    }
    if (role == Qt::DisplayRole && column == Subject
        && !(item.kind == Kind::ChainBreak && m_data->report.chainBreaks.at(item.index).reviewed))
        return FindingKind::of(item.kind).text();
    if (role == EventIdRole) {
        if (item.kind == Kind::Conflict)
            return m_data->report.clusters.at(item.index).eventIds.value(0);
        if (item.kind == Kind::ChainBreak)
            return m_data->report.chainBreaks.at(item.index).eventId;
        return qint64(0);
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto ids = [](const QList<qint64> &list) {
        QStringList text;
        for (qint64 id : list)
            text << QLatin1Char('#') + QString::number(id);
        return text.join(QStringLiteral(", "));
    };
    switch (item.kind) {
    case Kind::Duplicate: {
        const auto &c = m_data->report.clusters.at(item.index);
        switch (column) {
        case Finding:
            return tr("%1 → %2").arg(Format::rate(c.fromRate), Format::rate(c.toRate));
        case Events:
            return tr("keep #%1, supersede %2")
                .arg(Text::of(c.keepId), Text::of(ids(c.redundantIds)));
        case When:
            return Format::time(c.firstAt);
        }
        break;
    }
    case Kind::Conflict: {
        const auto &c = m_data->report.clusters.at(item.index);
        QStringList rates;
        for (const auto &rate : c.toRates)
            rates << Format::rate(rate);
        switch (column) {
        case Finding:
            return tr("%1 → %2").arg(Format::rate(c.fromRate), rates.join(QStringLiteral(" / ")));
        case Events:
            return ids(c.eventIds);
        case When:
            return Format::time(c.firstAt);
        }
        break;
    }
    case Kind::ChainBreak: {
        const auto &b = m_data->report.chainBreaks.at(item.index);
        switch (column) {
        case Subject:
            return tr("Chain break (reviewed)");
        case Finding:
            return tr("starts at %1, expected %2")
                .arg(Format::rate(b.fromRate), Format::rate(b.expectedFromRate));
        case Events:
            return QLatin1Char('#') + QString::number(b.eventId);
        case When:
            return Format::time(b.at);
        }
        break;
    }
    case Kind::Drift: {
        const auto &d = m_data->report.drift.at(item.index);
        switch (column) {
        case Finding:
            return tr("profile %1, history %2")
                .arg(Format::rate(d.profileRate), Format::rate(d.historyRate));
        }
        break;
    }
    }
    return {};
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return index.row() < groupCount()
            ? groupData(m_data->groups.at(index.row()), index.column(), role)
            : QVariant();
    const qsizetype groupRow = qsizetype(index.internalId() - 1);
    if (groupRow >= groupCount() || index.row() >= m_data->groups.at(groupRow).items.size())
        return {};
    const Group &group = m_data->groups.at(groupRow);
    return itemData(group, group.items.at(index.row()), index.column(), role);
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Subject:
        return tr("Affiliate / finding");
    case Finding:
        return tr("What");
    case Events:
        return tr("Events");
    case When:
        //: %1 the time zone of the column ("UTC", "CET")
        return tr("First event (%1)").arg(Format::zoneName());
    }
    return {};
}

void AuditModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (groupCount() > 0)
        emit dataChanged(index(0, 0), index(int(groupCount()) - 1, ColumnCount - 1));
    // Children too: a reset is the simplest way to repaint everything.
    beginResetModel();
    endResetModel();
}

} // namespace TierDesk
