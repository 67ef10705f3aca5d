#include "affiliatelistmodel.h"
#include "../common/format.h"
#include "../common/text.h"
#include "../db/databaseworker.h"
#include "../schema/schema.h"

namespace TierDesk {

AffiliateListModel::AffiliateListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AffiliateListModel::setWorker(DatabaseWorker *worker)
{
    m_worker = worker;
    m_query.substringSearch.reset(); // another database: ask it
    reload();
}

void AffiliateListModel::setFilter(const AffiliateQuery::Filter &filter)
{
    m_query.filter = filter;
    reload();
}

void AffiliateListModel::readAll(QObject *context,
    std::function<void(std::shared_ptr<AffiliateListModel>, const QString &)> done) const
{
    if (!m_worker) {
        done(nullptr, tr("No database is open."));
        return;
    }
    const AffiliateQuery query = m_query;
    const QHash<int, QString> names = m_tierNames;
    m_worker->run(
        context,
        [query](const Connection &c) -> Result<QList<AffiliateQuery::Row>> {
            QList<AffiliateQuery::Row> rows;
            // In pages like the view's, so each query stays a short one.
            constexpr int Chunk = 5000;
            for (int offset = 0;; offset += Chunk) {
                auto page = query.page(c, offset, Chunk);
                if (!page)
                    return page.error();
                rows += *page;
                if (page->size() < Chunk)
                    return rows;
            }
        },
        [names, done](Result<QList<AffiliateQuery::Row>> rows) {
            if (!rows) {
                done(nullptr, rows.error().message);
                return;
            }
            auto all = std::make_shared<AffiliateListModel>();
            all->m_tierNames = names;
            all->m_rows = *rows;
            all->m_total = rows->size();
            all->m_atEnd = true;
            done(all, QString());
        });
}

void AffiliateListModel::setTierNames(const QHash<int, QString> &names)
{
    m_tierNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Tier), index(int(m_rows.size()) - 1, Tier));
}

void AffiliateListModel::sort(int column, Qt::SortOrder order)
{
    static const AffiliateQuery::SortKey keys[ColumnCount] = {AffiliateQuery::SortKey::Handle,
        AffiliateQuery::SortKey::Name, AffiliateQuery::SortKey::Email,
        AffiliateQuery::SortKey::Tier, AffiliateQuery::SortKey::Commissions90,
        AffiliateQuery::SortKey::Events, AffiliateQuery::SortKey::Duplicates};
    if (column < 0 || column >= ColumnCount)
        return;
    if (m_query.sortKey == keys[column] && m_query.order == order && m_worker
        && (m_loading || !m_rows.isEmpty()))
        return;
    m_query.sortKey = keys[column];
    m_query.order = order;
    reload();
}

void AffiliateListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = m_worker == nullptr;
    m_loading = false;
    m_counting = false;
    m_lastError.clear();
    m_answers.invalidate();
    endResetModel();
    if (!m_worker)
        return;
    // The first page first, then the count, so a common word's rows show before its
    // count reads every match (190 ms for 141,000 on PostgreSQL; the page reads 100).
    // The page learns whether the figures' summary covers every affiliate and how the
    // database searches; a short page or the summary's own count is the total.
    m_loading = true;
    m_counting = true;
    m_query.counted.reset();
    const AffiliateQuery query = m_query;
    struct First
    {
        std::optional<AffiliateStats::Status> stats;
        bool substring = false;
        QList<AffiliateQuery::Row> rows;
        std::optional<qint64> total;
    };
    m_worker->run(
        this,
        [query](const Connection &c) -> Result<First> {
            First first;
            AffiliateQuery q = query;
            if (auto stats = AffiliateStats::status(c)) // without it: live figures
                first.stats = *stats;
            first.substring = q.substringSearch.value_or(Schema::hasSubstringSearch(c));
            q.substringSearch = first.substring;
            q.useSummary = first.stats && first.stats->usable();
            const AffiliateQuery::Filter &f = q.filter;
            if (first.stats && f.search.trimmed().isEmpty() && !f.rate && !f.withDuplicates
                && !f.withConflictsOrDrift)
                first.total = first.stats->affiliates; // the status just counted them all
            auto page = q.page(c, 0, PageSize);
            if (!page)
                return page.error();
            first.rows = *page;
            if (!first.total && first.rows.size() < PageSize)
                first.total = first.rows.size();
            return first;
        },
        m_answers.keep([this](Result<First> first) {
            m_loading = false;
            if (!first) {
                m_counting = false;
                m_atEnd = true;
                m_lastError = first.error().message;
                emit errorOccurred(m_lastError);
                emit loaded();
                return;
            }
            m_stats = first->stats;
            m_query.useSummary = m_stats && m_stats->usable();
            if (m_query.substringSearch != first->substring) {
                m_query.substringSearch = first->substring;
                emit searchModeChanged();
            }
            emit statsChanged();
            m_atEnd = first->rows.size() < PageSize;
            if (!first->rows.isEmpty()) {
                beginInsertRows({}, 0, int(first->rows.size() - 1));
                m_rows = first->rows;
                endInsertRows();
            }
            if (first->total)
                setTotal(*first->total);
            else
                countAll();
            emit loaded();
        }));
}

void AffiliateListModel::countAll()
{
    const AffiliateQuery query = m_query;
    m_worker->run(
        this, [query](const Connection &c) { return query.count(c); },
        m_answers.keep([this](Result<qint64> total) {
            if (total) {
                setTotal(*total);
            } else {
                m_counting = false;
                m_lastError = total.error().message;
                emit errorOccurred(m_lastError);
            }
            emit loaded();
        }));
}

void AffiliateListModel::setTotal(qint64 total)
{
    m_counting = false;
    m_total = total;
    m_query.counted = total;
    emit totalChanged(total);
}

int AffiliateListModel::rowOf(const QString &affiliateId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == affiliateId)
            return int(i);
    return -1;
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
    const AffiliateQuery::Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Handle:
            // A handle that could pass for another carries a visible mark.
            return QLatin1Char('@') + row.handle
                + (Text::suspiciousCodePoints(row.handle).isEmpty() ? QString()
                                                                    : QStringLiteral("  ⚠"));
        case Name:
            return Text::elided(row.name, 80); // a column's width never follows a name
        case Email:
            return row.email;
        case Tier: {
            const QString name = m_tierNames.value(row.rate);
            const QString percent = Format::rate(row.rate);
            //: Tier column: tier name and its rate, e.g. "Gold (25 %)"
            return name.isEmpty() ? percent : tr("%1 (%2)").arg(name, percent);
        }
        case Commissions90:
            return Format::money(row.commissions90Cents);
        case Events:
            return QLocale().toString(row.events);
        case Duplicates:
            return row.duplicates ? QLocale().toString(row.duplicates) : QString();
        }
        break;
    case Format::NeutralRole:
        switch (index.column()) {
        case Handle:
            return row.handle;
        case Name:
            return row.name; // whole, where the list shows it cut
        case Tier:
            return row.rate;
        case Commissions90:
            return Format::neutralMoney(row.commissions90Cents);
        case Events:
            return row.events;
        case Duplicates:
            return row.duplicates;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Commissions90)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Handle) {
            const QStringList odd = Text::suspiciousCodePoints(row.handle);
            if (!odd.isEmpty())
                return tr("This handle contains %1, characters that make it look like "
                          "another.")
                    .arg(odd.join(QStringLiteral(", ")));
        }
        if (row.duplicates || row.conflicts || row.drift) {
            QStringList notes;
            if (row.duplicates)
                notes << tr("%Ln redundant race duplicate(s)", nullptr, row.duplicates);
            if (row.conflicts)
                notes << tr("%Ln conflict(s)", nullptr, row.conflicts);
            if (row.drift)
                notes << tr("profile rate differs from its tier history");
            return notes.join(QLatin1Char('\n'));
        }
        break;
    case AffiliateIdRole:
        return row.id;
    case RateRole:
        return row.rate;
    case DuplicatesRole:
        return row.duplicates;
    case AttentionRole:
        return row.conflicts > 0 || row.drift;
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
    case Commissions90:
        return tr("90 days");
    case Events:
        return tr("Events");
    case Duplicates:
        return tr("Duplicates");
    }
    return {};
}

bool AffiliateListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void AffiliateListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_loading || !m_worker)
        return;
    m_loading = true;
    const AffiliateQuery query = m_query;
    const int offset = int(m_rows.size());
    m_worker->run(
        this, [query, offset](const Connection &c) { return query.page(c, offset, PageSize); },
        m_answers.keep([this](Result<QList<AffiliateQuery::Row>> page) {
            m_loading = false;
            if (!page) {
                m_atEnd = true;
                m_lastError = page.error().message;
                emit errorOccurred(m_lastError);
                emit loaded();
                return;
            }
            m_atEnd = page->size() < PageSize;
            if (!page->isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
                m_rows.append(*page);
                endInsertRows();
            }
            emit loaded();
        }));
}

void AffiliateListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace TierDesk
