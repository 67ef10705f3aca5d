#pragma once

#include "../affiliates/affiliatedetail.h"
#include "../db/freshanswers.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace TierDesk {

class DatabaseWorker;

// One affiliate's commissions, newest first, with their Stripe event ids: the
// first page comes with the affiliate's detail, the rest a page at a time from the
// worker as the table scrolls (fetchMore), so an affiliate with a million
// commissions costs no more memory than one with a hundred until someone scrolls.
class CommissionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommissionModel)

public:
    enum Column { Time, StripeEvent, Amount, RateThen, Payment, ColumnCount };
    enum Role { StripeEventRole = Qt::UserRole + 1 };

    explicit CommissionModel(QObject *parent = nullptr);
    // `worker` reads the pages after `firstPage`, up to `total` rows; it must
    // outlive the model or be replaced first. No worker: only `firstPage`.
    void setCommissions(const QString &affiliateId,
        const QList<AffiliateDetail::Commission> &firstPage, qint64 total, DatabaseWorker *worker);
    // The tier history the rate and payment columns are read from.
    void setRates(const AffiliateDetail::RateHistory &rates) { m_rates = rates; }
    qint64 totalCount() const { return m_total; }
    // How many the filter finds; -1 while it does not know yet.
    qint64 shownTotal() const;
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void retranslate();
    // Finds the commission of a Stripe event (in any case), reading on page by page
    // if it is older than those loaded; then emits revealed() with its row.
    void reveal(const QString &stripeEventId);
    // Only the commissions of these days and event ids, read again from the first page.
    void setFilter(const AffiliateDetail::CommissionFilter &filter);
    const AffiliateDetail::CommissionFilter &filter() const { return m_filter; }
    // Every commission the filter finds (not only the pages loaded), read on the
    // worker a page at a time, as a model of its own for an export; or nullptr and
    // the sentence that says why.
    void readAll(QObject *context,
        std::function<void(std::shared_ptr<CommissionModel>, const QString &)> done) const;

signals:
    void errorOccurred(const QString &message);
    void revealed(int row);

private:
    QList<AffiliateDetail::Commission> m_rows;
    AffiliateDetail::RateHistory m_rates;
    QString m_affiliateId;
    DatabaseWorker *m_worker = nullptr;
    qint64 m_total = 0;
    bool m_loading = false;
    QString m_reveal; // the event reveal() looks for, until found or the rows end
    AffiliateDetail::CommissionFilter m_filter;
    QList<AffiliateDetail::Commission> m_firstPage; // the unfiltered first page, to go back to
    qint64 m_unfilteredTotal = 0;
    void continueReveal();
    qint64 impliedPayment(const AffiliateDetail::Commission &row) const;
    FreshAnswers m_answers; // pages for an earlier affiliate are dropped
};

} // namespace TierDesk
