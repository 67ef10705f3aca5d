#pragma once

#include "../affiliates/affiliatequery.h"
#include "../db/freshanswers.h"
#include "../figures/affiliatestats.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <memory>

namespace TierDesk {

class DatabaseWorker;

// The affiliate browser's rows, a page at a time from the database on the
// worker thread (LIMIT/OFFSET with fetchMore): search, filters and sort run in
// SQL, so memory and time do not grow with the table. The total comes from COUNT(*).
class AffiliateListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffiliateListModel)

public:
    enum Column { Handle, Name, Email, Tier, Commissions90, Events, Duplicates, ColumnCount };
    enum Role {
        AffiliateIdRole = Qt::UserRole + 1,
        RateRole,
        DuplicatesRole,
        AttentionRole // conflicts or drift: needs a person
    };
    static constexpr int PageSize = 100;

    explicit AffiliateListModel(QObject *parent = nullptr);

    // Reads through `worker`, which must outlive the model or be reset first.
    void setWorker(DatabaseWorker *worker);
    void setFilter(const AffiliateQuery::Filter &filter);
    AffiliateQuery::Filter filter() const { return m_query.filter; }
    void setTierNames(const QHash<int, QString> &names);

    // How many rows the query finds: 0 until counted. The first page arrives before
    // the count when it is a full one (isCounting()).
    qint64 totalCount() const { return m_total; }
    bool isCounting() const { return m_counting; }
    bool isLoading() const { return m_loading || m_counting; }
    QString lastError() const { return m_lastError; }
    int rowOf(const QString &affiliateId) const;
    const AffiliateQuery &query() const { return m_query; }
    // The figures' summary as the last reload found it (none: not read yet, or no table).
    std::optional<AffiliateStats::Status> stats() const { return m_stats; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void reload();
    void retranslate();

    // Every row of the current query, not only the pages loaded, read on the worker
    // into a model of its own with the same columns and names (for a CSV export of
    // the whole list). `done` gets it, or nullptr and the error's sentence.
    void readAll(QObject *context,
        std::function<void(std::shared_ptr<AffiliateListModel> all, const QString &error)> done)
        const;

    // Whether a search matches any part of handle, name and e-mail (false: beginnings
    // only); known after the first count on a database.
    bool substringSearch() const { return m_query.substringSearch.value_or(true); }

signals:
    void loaded(); // a page or the total arrived
    void totalChanged(qint64 total);
    void statsChanged();
    void searchModeChanged(); // substringSearch() became known or changed
    void errorOccurred(const QString &message);

private:
    void countAll();
    void setTotal(qint64 total);

    DatabaseWorker *m_worker = nullptr;
    AffiliateQuery m_query;
    QList<AffiliateQuery::Row> m_rows;
    QHash<int, QString> m_tierNames;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_loading = false;
    bool m_counting = false;
    FreshAnswers m_answers; // answers to an older query are dropped
    QString m_lastError;
    std::optional<AffiliateStats::Status> m_stats;
};

} // namespace TierDesk
