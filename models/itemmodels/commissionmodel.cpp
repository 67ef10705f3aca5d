#include "commissionmodel.h"
#include "../common/format.h"
#include "../db/databaseworker.h"

#include <limits>

namespace TierDesk {

CommissionModel::CommissionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CommissionModel::setCommissions(const QString &affiliateId,
    const QList<AffiliateDetail::Commission> &firstPage, qint64 total, DatabaseWorker *worker)
{
    beginResetModel();
    m_answers.invalidate();
    m_affiliateId = affiliateId;
    m_rows = firstPage;
    m_total = qMax<qint64>(total, firstPage.size());
    m_worker = worker;
    m_loading = false;
    m_reveal.clear();
    m_filter = {};
    m_firstPage = firstPage;
    m_unfilteredTotal = m_total;
    endResetModel();
}

void CommissionModel::setFilter(const AffiliateDetail::CommissionFilter &filter)
{
    beginResetModel();
    m_answers.invalidate();
    m_filter = filter;
    m_loading = false;
    if (filter.isEmpty()) {
        m_rows = m_firstPage;
        m_total = m_unfilteredTotal;
        endResetModel();
        return;
    }
    m_rows.clear();
    m_total = std::numeric_limits<qint64>::max(); // until a short page says where it ends
    endResetModel();
    if (!m_worker || m_affiliateId.isEmpty())
        return;
    m_loading = true;
    const QString affiliateId = m_affiliateId;
    m_worker->run(
        this,
        [affiliateId, filter](const Connection &c) {
            return AffiliateDetail::commissionPage(
                c, affiliateId, std::nullopt, AffiliateDetail::CommissionPageSize, filter);
        },
        m_answers.keep([this](Result<QList<AffiliateDetail::Commission>> page) {
            m_loading = false;
            if (!page) {
                m_total = 0;
                emit errorOccurred(page.error().message);
                return;
            }
            if (page->size() < AffiliateDetail::CommissionPageSize)
                m_total = page->size();
            if (page->isEmpty())
                return;
            beginInsertRows({}, 0, int(page->size() - 1));
            m_rows = *page;
            endInsertRows();
        }));
}

void CommissionModel::readAll(QObject *context,
    std::function<void(std::shared_ptr<CommissionModel>, const QString &)> done) const
{
    if (!m_worker || m_affiliateId.isEmpty()) {
        auto all = std::make_shared<CommissionModel>();
        all->m_rows = m_rows;
        all->m_rates = m_rates;
        all->m_total = m_rows.size();
        done(all, QString());
        return;
    }
    const QString affiliateId = m_affiliateId;
    const AffiliateDetail::CommissionFilter filter = m_filter;
    m_worker->run(
        context,
        [affiliateId, filter](const Connection &c) -> Result<QList<AffiliateDetail::Commission>> {
            QList<AffiliateDetail::Commission> rows;
            // In pages like the view's (keyset, newest first), so each query stays short.
            constexpr int Chunk = 5000;
            std::optional<AffiliateDetail::Commission> last;
            for (;;) {
                auto page = AffiliateDetail::commissionPage(c, affiliateId, last, Chunk, filter);
                if (!page)
                    return page.error();
                rows += *page;
                if (page->size() < Chunk)
                    return rows;
                last = page->constLast();
            }
        },
        [done, rates = m_rates](Result<QList<AffiliateDetail::Commission>> rows) {
            if (!rows) {
                done(nullptr, rows.error().message);
                return;
            }
            auto all = std::make_shared<CommissionModel>();
            all->m_rates = rates;
            all->m_rows = *rows;
            all->m_total = rows->size();
            done(all, QString());
        });
}

void CommissionModel::reveal(const QString &stripeEventId)
{
    m_reveal = stripeEventId.trimmed();
    continueReveal();
}

void CommissionModel::continueReveal()
{
    if (m_reveal.isEmpty())
        return;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).stripeEventId.compare(m_reveal, Qt::CaseInsensitive) == 0) {
            m_reveal.clear();
            emit revealed(int(i));
            return;
        }
    }
    if (m_loading)
        return; // the page on its way continues the search
    if (canFetchMore({}))
        fetchMore({});
    else
        m_reveal.clear(); // not among this affiliate's commissions
}

bool CommissionModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_worker && !m_loading && !m_rows.isEmpty()
        && m_rows.size() < m_total;
}

qint64 CommissionModel::shownTotal() const
{
    return m_total == std::numeric_limits<qint64>::max() ? -1 : m_total;
}

void CommissionModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const QString affiliateId = m_affiliateId;
    const AffiliateDetail::Commission last = m_rows.last();
    const AffiliateDetail::CommissionFilter filter = m_filter;
    m_worker->run(
        this,
        [affiliateId, last, filter](const Connection &c) {
            return AffiliateDetail::commissionPage(
                c, affiliateId, last, AffiliateDetail::CommissionPageSize, filter);
        },
        m_answers.keep([this](Result<QList<AffiliateDetail::Commission>> page) {
            m_loading = false;
            if (!page) {
                m_total = m_rows.size(); // stop asking; the view says why
                emit errorOccurred(page.error().message);
                return;
            }
            if (page->isEmpty()) {
                m_total = m_rows.size(); // fewer than counted: some were deleted meanwhile
                m_reveal.clear();
                return;
            }
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
            m_rows.append(*page);
            endInsertRows();
            if (!m_filter.isEmpty() && page->size() < AffiliateDetail::CommissionPageSize)
                m_total = m_rows.size(); // the filtered rows end here
            continueReveal();
        }));
}

int CommissionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommissionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The customer's payment a commission implies at the rate then, rounded to the cent.
qint64 CommissionModel::impliedPayment(const AffiliateDetail::Commission &row) const
{
    const int rate = m_rates.rateAt(row.at);
    return rate > 0 ? (row.cents * 100 + rate / 2) / rate : 0;
}

QVariant CommissionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return Format::timeToSeconds(row.at);
        case StripeEvent:
            return row.stripeEventId;
        case Amount:
            return Format::money(row.cents);
        case RateThen:
            return Format::rate(m_rates.rateAt(row.at));
        case Payment:
            return Format::money(impliedPayment(row));
        }
    } else if (role == Format::NeutralRole) {
        if (index.column() == Time)
            return Format::neutralTime(row.at);
        if (index.column() == Amount)
            return Format::neutralMoney(row.cents);
        if (index.column() == RateThen)
            return m_rates.rateAt(row.at);
        if (index.column() == Payment)
            return Format::neutralMoney(impliedPayment(row));
        return data(index, Qt::DisplayRole);
    } else if (role == Qt::ToolTipRole && index.column() == Time) {
        return Format::otherZoneTime(row.at);
    } else if (role == Qt::ToolTipRole && index.column() == Payment) {
        return tr("The payment this commission implies at the rate in effect then: %1 ÷ %2")
            .arg(Format::money(row.cents), Format::rate(m_rates.rateAt(row.at)));
    } else if (role == Qt::TextAlignmentRole && index.column() >= Amount) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == StripeEventRole) {
        return row.stripeEventId;
    }
    return {};
}

QVariant CommissionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (%1)").arg(Format::zoneName());
    case StripeEvent:
        return tr("Stripe event");
    case Amount:
        return tr("Commission");
    case RateThen:
        //: The commission rate in effect when the commission was paid
        return tr("Rate then");
    case Payment:
        //: The customer's payment a commission implies at the rate then
        return tr("Payment");
    }
    return {};
}

void CommissionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace TierDesk
