#include "tiereventmodel.h"
#include "../common/format.h"
#include "../common/text.h"

namespace TierDesk {

TierEventModel::TierEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TierEventModel::setDetail(const AffiliateDetail &detail)
{
    m_detail = detail;
    rebuild();
}

void TierEventModel::clear()
{
    m_detail = {};
    rebuild();
}

void TierEventModel::setShowSuperseded(bool show)
{
    if (show == m_showSuperseded)
        return;
    m_showSuperseded = show;
    rebuild();
}

void TierEventModel::rebuild()
{
    beginResetModel();
    m_all.clear();
    m_visible.clear();
    qint64 lastActive = 0;
    for (const auto &event : std::as_const(m_detail.events)) {
        Row row;
        row.event = event;
        row.cluster = event.superseded ? -1 : m_detail.clusterOf(event.id);
        if (row.cluster >= 0) {
            const auto &cluster = m_detail.audit.clusters.at(row.cluster);
            row.redundant = cluster.kind == Audit::Cluster::Kind::Duplicate
                && cluster.redundantIds.contains(event.id);
        }
        for (const auto &item : std::as_const(m_detail.audit.chainBreaks)) {
            if (item.eventId == event.id) {
                row.chainBreak = true;
                row.expectedFrom = item.expectedFromRate;
            }
        }
        if (!event.superseded)
            lastActive = event.id;
        m_all.append(row);
    }
    if (!m_detail.audit.drift.isEmpty()) {
        for (Row &row : m_all)
            row.drift = row.event.id == lastActive;
    }
    for (qsizetype i = 0; i < m_all.size(); ++i)
        if (m_showSuperseded || !m_all.at(i).event.superseded)
            m_visible.append(int(i));
    endResetModel();
}

int TierEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TierEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TierEventModel::clusterText(int cluster) const
{
    const auto &c = m_detail.audit.clusters.at(cluster);
    const qint64 spread = c.firstAt.msecsTo(c.lastAt);
    if (c.kind == Audit::Cluster::Kind::Duplicate) {
        QStringList ids;
        for (qint64 id : c.redundantIds)
            ids << QLatin1Char('#') + QString::number(id);
        //: %1 cluster number, %2 kept event id, %3 redundant ids, %4 and %5 rates, %6 milliseconds
        return tr("Duplicate cluster %1: keep #%2, supersede %3 (%4 → %5, %6 ms apart)")
            .arg(Text::of(cluster + 1), Text::of(c.keepId), ids.join(QStringLiteral(", ")),
                Format::rate(c.fromRate), Format::rate(c.toRate), QLocale().toString(spread));
    }
    QStringList parts;
    for (qsizetype i = 0; i < c.eventIds.size(); ++i)
        parts << tr("#%1 → %2").arg(Text::of(c.eventIds.at(i)), Format::rate(c.toRates.at(i)));
    return tr(
        "Conflict %1: evaluations %2 chose different tiers from %3 within %4 ms; last writer won")
        .arg(Text::of(cluster + 1), parts.join(QStringLiteral(", ")), Format::rate(c.fromRate),
            QLocale().toString(spread));
}

QString TierEventModel::note(const Row &row) const
{
    QStringList notes;
    if (row.event.superseded) {
        notes << (row.event.batchId
                ? tr("Superseded by #%1 (batch %2)")
                      .arg(Text::of(row.event.supersededBy), Text::of(row.event.batchId))
                : tr("Superseded by #%1").arg(row.event.supersededBy));
    } else if (row.cluster >= 0) {
        const auto &c = m_detail.audit.clusters.at(row.cluster);
        if (c.kind == Audit::Cluster::Kind::Conflict)
            notes << tr("Conflict");
        else if (row.redundant)
            notes << tr("Race duplicate of #%1").arg(c.keepId);
        else
            notes << tr("Kept (duplicate cluster %1)").arg(row.cluster + 1);
    }
    if (row.chainBreak)
        notes << tr("Chain break: expected from %1").arg(Format::rate(row.expectedFrom));
    if (row.drift)
        notes << tr("Drift: the profile says %1").arg(Format::rate(m_detail.rate));
    return notes.join(QStringLiteral("; "));
}

// The payment that took the sum over the threshold, and the others of the minute before:
// "evt_bbb222 · $5.80 (with evt_aaa111 · $58.00)".
QString TierEventModel::crossedBy(const AffiliateDetail::Crossing &crossing)
{
    //: The commission that took the sum over a threshold: Stripe event id · amount
    QString text = tr("%1 · %2").arg(Text::printable(crossing.commission.stripeEventId),
        Format::money(crossing.commission.cents));
    QStringList others;
    for (const AffiliateDetail::Commission &commission : crossing.arrivals) {
        if (commission.id != crossing.commission.id)
            others << tr("%1 · %2").arg(
                Text::printable(commission.stripeEventId), Format::money(commission.cents));
    }
    if (!others.isEmpty())
        //: The other payments of the minute before a promotion
        text += QLatin1Char(' ') + tr("(with %1)").arg(others.join(QStringLiteral(", ")));
    return text;
}

QVariant TierEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const Row &row = m_all.at(m_visible.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return QLatin1Char('#') + QString::number(row.event.id);
        case Time:
            return Format::time(row.event.at);
        case Change:
            return tr("%1 → %2").arg(
                Format::rate(row.event.fromRate), Format::rate(row.event.toRate));
        case Status:
            return row.event.superseded ? tr("superseded") : tr("active");
        case Note:
            return note(row);
        case CrossedBy:
            if (const auto *crossing = m_detail.crossingOf(row.event.id))
                return crossedBy(*crossing);
            return {};
        }
        break;
    case Format::NeutralRole:
        if (index.column() == Time)
            return Format::neutralTime(row.event.at);
        if (index.column() == Id)
            return row.event.id;
        if (index.column() == Change)
            return QStringLiteral("%1->%2").arg(
                row.event.fromRate ? QString::number(*row.event.fromRate) : QString(),
                row.event.toRate ? QString::number(*row.event.toRate) : QString());
        if (index.column() == CrossedBy) {
            if (const auto *crossing = m_detail.crossingOf(row.event.id))
                return QStringLiteral("%1 %2").arg(crossing->commission.stripeEventId,
                    Format::neutralMoney(crossing->commission.cents));
            return QString();
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return Format::otherZoneTime(row.event.at);
        if (index.column() == CrossedBy) {
            if (const auto *crossing = m_detail.crossingOf(row.event.id))
                return tr("The commission of %1 at %2 (Stripe event %3) took the 90-day "
                          "commissions to %4, over the threshold of %5 for %6.")
                    .arg(Format::money(crossing->commission.cents),
                        Format::time(crossing->commission.at), crossing->commission.stripeEventId,
                        Format::money(crossing->sumCents),
                        Format::money(
                            m_detail.policy.tierFor(row.event.toRate.value_or(0)).thresholdCents),
                        m_detail.policy.tierFor(row.event.toRate.value_or(0)).name);
        }
        if (row.cluster >= 0)
            return clusterText(row.cluster);
        if (row.event.superseded)
            return tr("Superseded at %1; kept event #%2")
                .arg(Format::time(row.event.supersededAt), Text::of(row.event.supersededBy));
        break;
    case EventIdRole:
        return row.event.id;
    case ClusterRole:
        return row.cluster;
    case ClusterKindRole:
        if (row.cluster >= 0)
            return QVariant::fromValue(m_detail.audit.clusters.at(row.cluster).kind);
        return {};
    case RedundantRole:
        return row.redundant;
    case SupersededRole:
        return row.event.superseded;
    case KeptIdRole:
        return row.event.supersededBy;
    case FindingRole:
        return row.chainBreak ? QStringLiteral("chain_break")
            : row.drift       ? QStringLiteral("drift")
                              : QString();
    }
    return {};
}

QVariant TierEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Event");
    case Time:
        return tr("Time (%1)").arg(Format::zoneName());
    case Change:
        return tr("Rate change");
    case Status:
        return tr("Status");
    case Note:
        return tr("Audit");
    case CrossedBy:
        return tr("Crossed by");
    }
    return {};
}

void TierEventModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_visible.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_visible.size()) - 1, ColumnCount - 1));
}

} // namespace TierDesk
