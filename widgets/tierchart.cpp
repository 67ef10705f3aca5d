#include "tierchart.h"
#include "../models/audit/findingkind.h"
#include "../models/common/format.h"

#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace TierDesk {

double TierChart::plotX(const QDateTime &time)
{
    // QDateTimeAxis labels a value in the machine's local time and has no time zone
    // of its own: plot each instant at the local instant whose wall clock reads what
    // the display zone's does, so the labels read the zone the axis title names.
    const QDateTime wall = Format::inDisplayZone(time);
    return double(QDateTime(wall.date(), wall.time()).toMSecsSinceEpoch());
}

TierChart::TierChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(210);
    rebuild();
}

QColor TierChart::tierColor(int rate)
{
    if (rate >= 30)
        return QColor(0x5e, 0x6a, 0xd2);
    if (rate >= 25)
        return QColor(0xb8, 0x86, 0x0b);
    return QColor(0x8d, 0x6e, 0x63);
}

QColor TierChart::warningColor()
{
    // Amber: readable on light and dark.
    return QColor::fromRgb(FindingKind::of(FindingKind::Id::Duplicate).rgb);
}

void TierChart::setDetail(const AffiliateDetail &detail)
{
    m_detail = detail;
    m_hasDetail = true;
    rebuild();
}

void TierChart::clear()
{
    m_detail = {};
    m_hasDetail = false;
    rebuild();
}

void TierChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

void TierChart::rebuild()
{
    auto *chart = new QChart;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    setAccessibleName(tr("Tier timeline"));
    setAccessibleDescription(m_hasDetail ? description(m_detail) : QString());
    if (!m_hasDetail) {
        chart->setTitle(tr("Select an affiliate to see its tier timeline."));
        replaceChart(chart);
        return;
    }

    QList<AffiliateDetail::Event> active;
    for (const auto &event : std::as_const(m_detail.events))
        if (!event.superseded)
            active.append(event);
    QDateTime start = m_detail.asOf.addDays(-90);
    if (m_detail.firstCommissionAt.isValid())
        start = qMin(start, m_detail.firstCommissionAt);
    if (!active.isEmpty())
        start = qMin(start, active.first().at.addDays(-7));
    const double x0 = plotX(start);
    const double x1 = plotX(m_detail.asOf);

    // Rate as a step line: flat until each event, then a vertical step.
    auto *rate = new QLineSeries;
    rate->setName(tr("Rate"));
    int current
        = active.isEmpty() ? m_detail.rate : active.first().fromRate.value_or(m_detail.rate);
    int maxRate = current;
    QList<QPointF> steps{{x0, double(current)}};
    auto *markers = new QScatterSeries;
    markers->setName(tr("Events"));
    markers->setMarkerSize(9);
    auto *duplicates = new QScatterSeries;
    duplicates->setName(tr("Duplicates"));
    duplicates->setMarkerSize(13);
    duplicates->setColor(warningColor());
    duplicates->setBorderColor(warningColor().darker(130));
    for (const auto &event : std::as_const(active)) {
        const double x = plotX(event.at);
        const int to = event.toRate.value_or(current);
        steps << QPointF(x, current) << QPointF(x, to);
        current = to;
        maxRate = qMax(maxRate, to);
        const int cluster = m_detail.clusterOf(event.id);
        const bool redundant
            = cluster >= 0 && m_detail.audit.clusters.at(cluster).redundantIds.contains(event.id);
        (redundant ? duplicates : markers)->append(x, to);
    }
    steps << QPointF(x1, double(current));
    rate->replace(steps);
    QPen ratePen(dark ? QColor(0xee, 0xee, 0xee) : QColor(0x20, 0x20, 0x20));
    ratePen.setWidth(3);
    rate->setPen(ratePen);

    auto *sum = new QLineSeries;
    sum->setName(tr("90 days"));
    // The theme's colour cycle would make it green in the dark theme.
    QPen sumPen(dark ? QColor(0x4f, 0xc3, 0xf7) : QColor(0x02, 0x88, 0xd1));
    sumPen.setWidth(2);
    sum->setPen(sumPen);
    QList<QPointF> sums;
    sums.reserve(m_detail.rolling.size());
    qint64 maxCents = 0;
    for (const auto &point : std::as_const(m_detail.rolling)) {
        sums << QPointF(plotX(point.at), double(point.cents) / 100.0);
        maxCents = qMax(maxCents, point.cents);
    }
    sum->replace(sums);

    chart->addSeries(sum);
    QList<QLineSeries *> thresholds;
    for (const auto &tier : m_detail.policy.tiers()) {
        if (tier.thresholdCents <= 0)
            continue;
        auto *line = new QLineSeries;
        //: A tier threshold line in the chart's legend: tier name and amount
        line->setName(tr("%1 %2").arg(tier.name, Format::wholeMoney(tier.thresholdCents)));
        line->append(x0, double(tier.thresholdCents) / 100.0);
        line->append(x1, double(tier.thresholdCents) / 100.0);
        QPen pen(tierColor(tier.rate));
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        line->setPen(pen);
        chart->addSeries(line);
        thresholds << line;
        maxCents = qMax(maxCents, tier.thresholdCents);
    }
    chart->addSeries(rate);
    chart->addSeries(markers);
    chart->addSeries(duplicates);

    auto *time = new QDateTimeAxis;
    //: Date format of the chart's time axis
    time->setFormat(tr("yyyy-MM"));
    time->setRange(
        QDateTime::fromMSecsSinceEpoch(qint64(x0)), QDateTime::fromMSecsSinceEpoch(qint64(x1)));
    time->setTickCount(5);
    time->setTitleText(Format::zoneName(m_detail.asOf));
    chart->addAxis(time, Qt::AlignBottom);
    // Both value axes label their ticks as the language writes rates and money
    // ("20%", "$10,000"; "20 %", "10.000 $"): a value axis only knows printf formats.
    const int top = (maxRate / 10 + 1) * 10;
    auto *percent = labelledAxis(
        0, top, top / 10 + 1, [](double value) { return Format::rate(int(std::lround(value))); });
    percent->setTitleText(tr("Rate"));
    chart->addAxis(percent, Qt::AlignLeft);
    auto *money = labelledAxis(0, moneyAxisTop(maxCents, top / 10), top / 10 + 1,
        [](double value) { return Format::wholeMoney(std::llround(value * 100)); });
    money->setTitleText(tr("90 days"));
    chart->addAxis(money, Qt::AlignRight);
    // Plain event markers explain themselves on the step line; keep the legend short enough for
    // German.
    chart->legend()->markers(markers).first()->setVisible(false);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(rate),
             static_cast<QAbstractSeries *>(markers), static_cast<QAbstractSeries *>(duplicates)}) {
        series->attachAxis(time);
        series->attachAxis(percent);
    }
    sum->attachAxis(time);
    sum->attachAxis(money);
    for (QLineSeries *line : std::as_const(thresholds)) {
        line->attachAxis(time);
        line->attachAxis(money);
    }
    replaceChart(chart);
}

QString TierChart::description(const AffiliateDetail &detail)
{
    QStringList steps;
    int current = detail.rate;
    bool first = true;
    for (const auto &event : std::as_const(detail.events)) {
        if (event.superseded || !event.toRate)
            continue;
        if (first && event.fromRate)
            steps << tr("Rate %1 at first.").arg(Format::rate(event.fromRate));
        first = false;
        const int cluster = detail.clusterOf(event.id);
        const bool redundant
            = cluster >= 0 && detail.audit.clusters.at(cluster).redundantIds.contains(event.id);
        steps << (redundant ? tr("%1: %2 again, a race duplicate.") : tr("%1: rate %2."))
                     .arg(Format::timeToMinutes(event.at), Format::rate(event.toRate));
        current = *event.toRate;
    }
    if (first)
        steps << tr("Rate %1 throughout.").arg(Format::rate(current));
    if (!detail.rolling.isEmpty()) {
        const auto peak = std::max_element(detail.rolling.cbegin(), detail.rolling.cend(),
            [](const auto &a, const auto &b) { return a.cents < b.cents; });
        steps << tr("90-day commissions %1 now, at most %2 on %3.")
                     .arg(Format::money(detail.rolling.constLast().cents),
                         Format::money(peak->cents), Format::date(peak->at));
    }
    QStringList thresholds;
    for (const auto &tier : detail.policy.tiers()) {
        if (tier.thresholdCents > 0)
            thresholds << tr("%1 from %2").arg(tier.name, Format::money(tier.thresholdCents));
    }
    if (!thresholds.isEmpty())
        steps << tr("Thresholds: %1.").arg(thresholds.join(QStringLiteral("; ")));
    return steps.join(QLatin1Char(' '));
}

double TierChart::moneyAxisTop(qint64 maxCents, int intervals)
{
    intervals = qMax(1, intervals);
    // Whole units a step: the labels show no cents.
    const double least = qMax(1.0, double(maxCents) / 100.0 * 1.15 / intervals);
    for (double power = std::pow(10.0, std::floor(std::log10(least)));; power *= 10) {
        for (const double round : {1.0, 2.0, 2.5, 5.0}) {
            const double step = round * power;
            if (step >= least && std::floor(step) == step)
                return step * intervals;
        }
    }
}

QCategoryAxis *TierChart::labelledAxis(
    double min, double max, int ticks, const std::function<QString(double)> &label)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(min, max);
    // Each label ends a category; the first one (at min) ends an empty one just below it.
    axis->setStartValue(min - (max - min) * 1e-9);
    for (int i = 0; i < ticks; ++i) {
        const double value = min + (max - min) * i / qMax(1, ticks - 1);
        axis->append(label(value), value);
    }
    return axis;
}

void TierChart::replaceChart(QChart *chart)
{
    // setChart() releases the old chart without deleting it.
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace TierDesk
