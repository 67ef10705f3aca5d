#include "widgets/beaconsview.h"
#include "models/common/format.h"
#include "models/db/session.h"
#include "models/itemmodels/beaconmodel.h"
#include "widgets/tierchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace TierDesk {

BeaconsView::BeaconsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new BeaconModel(this))
    , m_summary(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_table(new QTableView(this))
{
    m_chart->setObjectName(QStringLiteral("beaconChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("beaconTable"));
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(BeaconModel::AffiliateIdRole).toString();
        if (!id.isEmpty())
            emit affiliateActivated(id);
    });
    retranslate();
}

void BeaconsView::setSession(Session *session)
{
    m_answers.invalidate();
    m_loading = false;
    m_session = session;
    m_hours.clear();
    m_model->setBeacons({});
    refresh();
}

void BeaconsView::refresh()
{
    if (!m_session)
        return;
    m_loading = true;
    m_session->reader()->run(
        this, [](const Connection &c) { return BeaconReport::overview(c); },
        m_answers.keep([this](Result<BeaconReport::Overview> data) {
            m_loading = false;
            if (data) {
                m_hours = data->hours;
                m_model->setBeacons(data->latest);
                m_table->resizeColumnsToContents();
            } else {
                m_summary->setText(data.error().message);
            }
            retranslate();
            emit loaded();
        }));
}

void BeaconsView::rebuildChart()
{
    auto *chart = new QChart;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<BeaconReport::Hour> shown
        = m_hours.mid(qMax<qsizetype>(0, m_hours.size() - HoursShown));
    auto *normal = new QBarSet(tr("Beacons per hour"));
    auto *alert = new QBarSet(tr("At or over the alert rule"));
    alert->setColor(QColor(0xd3, 0x2f, 0x2f));
    QStringList labels;
    int maxCount = BeaconReport::AlertPerHour;
    for (const auto &hour : shown) {
        labels << tr("%1 %2h").arg(
            Format::date(hour.start), hour.start.toUTC().toString(QStringLiteral("HH")));
        *normal << (hour.alert() ? 0 : hour.count);
        *alert << (hour.alert() ? hour.count : 0);
        maxCount = qMax(maxCount, hour.count);
    }
    auto *bars = new QStackedBarSeries;
    bars->append(normal);
    bars->append(alert);
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels.isEmpty() ? QStringList{QString()} : labels);
    categories->setLabelsAngle(-60);
    chart->addAxis(categories, Qt::AlignBottom);
    auto *counts = new QValueAxis;
    counts->setRange(0, maxCount + 1);
    counts->setTickType(QValueAxis::TicksDynamic);
    counts->setTickAnchor(0);
    counts->setTickInterval(1);
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(tr("Beacons (UTC hour)"));
    chart->addAxis(counts, Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(counts);

    // The alert rule as a line across the bars, on a hidden axis of bar positions.
    auto *rule = new QLineSeries;
    rule->setName(tr("Alert rule: %1 an hour").arg(BeaconReport::AlertPerHour));
    const double last = qMax<qsizetype>(1, shown.size()) - 0.5;
    rule->append(-0.5, BeaconReport::AlertPerHour);
    rule->append(last, BeaconReport::AlertPerHour);
    QPen pen(QColor(0xd3, 0x2f, 0x2f));
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    rule->setPen(pen);
    chart->addSeries(rule);
    auto *positions = new QValueAxis;
    positions->setRange(-0.5, last);
    positions->setVisible(false);
    chart->addAxis(positions, Qt::AlignTop);
    rule->attachAxis(positions);
    rule->attachAxis(counts);

    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void BeaconsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BeaconsView::retranslate()
{
    int total = 0;
    int alerts = 0;
    for (const auto &hour : std::as_const(m_hours)) {
        total += hour.count;
        alerts += hour.alert() ? 1 : 0;
    }
    m_summary->setText(tr("%Ln race-lost beacon(s) in all; ", nullptr, total)
        + tr("%Ln hour(s) at or over the alert rule of %1 an hour. ", nullptr, alerts)
              .arg(BeaconReport::AlertPerHour)
        + tr("Each beacon is a lost compare-and-set: the guard worked and nothing was written "
             "twice. "
             "Double-click a beacon to open its affiliate."));
    m_chart->setAccessibleName(tr("Race-lost beacons per hour"));
    m_table->setAccessibleName(tr("Newest race-lost beacons"));
    m_model->retranslate();
    rebuildChart();
}

} // namespace TierDesk
