#include "affiliatelistmodel.h"
#include "logging.h"
#include "schema.h"

#include <QSqlQuery>

namespace TierDesk {

AffiliateListModel::AffiliateListModel(QObject *parent) : QAbstractTableModel(parent) { }

void AffiliateListModel::setConnection(const Connection *connection)
{
    m_connection = connection;
    reload();
}

void AffiliateListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_tierNames.clear();
    m_total = 0;
    m_atEnd = m_connection == nullptr;
    m_lastError.clear();
    if (m_connection) {
        QSqlQuery count(m_connection->database());
        if (count.exec(QStringLiteral("SELECT COUNT(*) FROM affiliate_profiles")) && count.next())
            m_total = count.value(0).toLongLong();
        else
            m_lastError = Connection::queryError(count).message;
        auto policy = Schema::columnsOf(*m_connection, QStringLiteral("tier_policy"));
        if (policy && !policy->isEmpty()) {
            QSqlQuery tiers(m_connection->database());
            if (tiers.exec(QStringLiteral("SELECT rate, name FROM tier_policy"))) {
                while (tiers.next())
                    m_tierNames.insert(tiers.value(0).toInt(), tiers.value(1).toString());
            }
        }
    }
    endResetModel();
    if (m_connection)
        fetchMore({});
}

int AffiliateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AffiliateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AffiliateListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Handle:
            return QLatin1Char('@') + row.handle;
        case Name:
            return row.name;
        case Email:
            return row.email;
        case Tier: {
            const QString name = m_tierNames.value(row.rate);
            const QString percent = QLocale().toString(row.rate) + QStringLiteral(" %");
            return name.isEmpty() ? percent : tr("%1 (%2)").arg(name, percent);
        }
        }
        break;
    case AffiliateIdRole:
        return row.id;
    case RateRole:
        return row.rate;
    }
    return {};
}

QVariant AffiliateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Handle:
        return tr("Handle");
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Tier:
        return tr("Tier");
    }
    return {};
}

bool AffiliateListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AffiliateListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || !m_connection)
        return;
    const bool first = m_rows.isEmpty();
    auto query = m_connection->prepare(
            first ? QStringLiteral("SELECT id, handle, display_name, email, commission_rate FROM affiliate_profiles "
                                   "ORDER BY handle, id LIMIT ?")
                  : QStringLiteral("SELECT id, handle, display_name, email, commission_rate FROM affiliate_profiles "
                                   "WHERE (handle > ?) OR (handle = ? AND id > ?) ORDER BY handle, id LIMIT ?"));
    if (!query) {
        m_lastError = query.error().message;
        m_atEnd = true;
        return;
    }
    if (!first) {
        query->addBindValue(m_rows.last().handle);
        query->addBindValue(m_rows.last().handle);
        query->addBindValue(m_rows.last().id);
    }
    query->addBindValue(PageSize);
    query->setForwardOnly(true);
    if (auto done = Connection::exec(*query); !done) {
        m_lastError = done.error().message;
        m_atEnd = true;
        return;
    }
    QList<Row> page;
    while (query->next())
        page.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                     query->value(3).toString(), query->value(4).toInt()});
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void AffiliateListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Tier), index(int(m_rows.size()) - 1, Tier));
}

} // namespace TierDesk
