#pragma once

#include "connection.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace TierDesk {

// The affiliates, a page at a time (keyset paging on handle, id), so memory
// and time do not grow with the table. Totals come from COUNT(*).
class AffiliateListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffiliateListModel)

public:
    enum Column { Handle, Name, Email, Tier, ColumnCount };
    enum Role { AffiliateIdRole = Qt::UserRole + 1, RateRole };
    static constexpr int PageSize = 200;

    explicit AffiliateListModel(QObject *parent = nullptr);

    // The model reads through `connection`, which must outlive it or be reset first.
    void setConnection(const Connection *connection);
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void reload();
    void retranslate();

private:
    struct Row
    {
        QString id;
        QString handle;
        QString name;
        QString email;
        int rate = 0;
    };

    const Connection *m_connection = nullptr;
    QList<Row> m_rows;
    QHash<int, QString> m_tierNames;
    qint64 m_total = 0;
    bool m_atEnd = true;
    QString m_lastError;
};

} // namespace TierDesk
