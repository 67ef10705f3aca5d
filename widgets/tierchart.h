#pragma once

#include <QDateTime>

#include "../models/affiliates/affiliatedetail.h"

#include <QChartView>

#include <functional>

class QCategoryAxis;

namespace TierDesk {

// One affiliate's tier timeline on one time axis: the commission rate as a
// step line with its tier events as markers (race duplicates in a warning
// colour), and the rolling 90-day commission sum with the policy thresholds.
class TierChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierChart)

public:
    explicit TierChart(QWidget *parent = nullptr);
    void setDetail(const AffiliateDetail &detail);
    void clear();

    static QColor warningColor();
    // The colour of a tier (badge, threshold line): bronze, gold, platinum.
    static QColor tierColor(int rate);
    // Where an instant goes on the time axis so that its label reads UTC.
    static double plotX(const QDateTime &time);
    // What the chart shows, in words, for a screen reader: each rate step, the 90-day
    // commissions now and at their highest, the thresholds.
    static QString description(const AffiliateDetail &detail);
    // The top of the money axis, in whole currency units: `intervals` equal steps of a
    // round size (1, 2, 2.5 or 5 times a power of ten) above `maxCents` with some room.
    // The money axis has as many ticks as the rate axis beside it, so the grid lines are
    // shared and its labels never outnumber what a short chart has room for (QtCharts
    // elides every label of a crowded axis to "...").
    static double moneyAxisTop(qint64 maxCents, int intervals);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void replaceChart(QChart *chart);
    // A value axis from `min` to `max` with `ticks` labels written by `label`.
    static QCategoryAxis *labelledAxis(
        double min, double max, int ticks, const std::function<QString(double)> &label);

    AffiliateDetail m_detail;
    bool m_hasDetail = false;
};

} // namespace TierDesk
