#include "beaconsview.h"
#include "../models/common/format.h"
#include "../models/itemmodels/beaconmodel.h"
#include "../models/session/session.h"
#include "notice.h"
#include "tableexport.h"
#include "tierchart.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace TierDesk {

BeaconsView::BeaconsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new BeaconModel(this))
    , m_summary(new QLabel(this))
    , m_rangeLabel(new QLabel(this))
    , m_range(new QComboBox(this))
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
    TableExport::attach(m_table, QStringLiteral("beacons"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_range->setObjectName(QStringLiteral("beaconRange"));
    for (int i = 0; i < 5; ++i)
        m_range->addItem(QString(), i);
    m_rangeLabel->setBuddy(m_range);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_rangeLabel);
    rangeRow->addWidget(m_range);
    rangeRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(rangeRow);
    layout->addWidget(split, 1);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { retranslate(); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(BeaconModel::AffiliateIdRole).toString();
        if (!id.isEmpty())
            emit affiliateActivated(id);
    });
    Notice::plainLabels(this);
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

void BeaconsView::setRange(Range range)
{
    m_range->setCurrentIndex(int(range));
}

QPair<QDateTime, QDateTime> BeaconsView::shownSpan() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    static constexpr qint64 Hour = 3600;
    const qint64 back[] = {0, 90 * 24 * Hour, 30 * 24 * Hour, 7 * 24 * Hour, 48 * Hour};
    const auto range = Range(qBound(0, m_range->currentIndex(), 4));
    QDateTime from = range == Range::All
        ? (m_hours.isEmpty() ? now.addSecs(-48 * Hour) : m_hours.first().start.addSecs(-Hour))
        : now.addSecs(-back[int(range)]);
    QDateTime to = now;
    if (!m_hours.isEmpty() && m_hours.last().start.addSecs(Hour) > to)
        to = m_hours.last().start.addSecs(Hour);
    return {from, to};
}

QList<BeaconReport::Hour> BeaconsView::shownHours() const
{
    const auto [from, to] = shownSpan();
    QList<BeaconReport::Hour> shown;
    for (const auto &hour : m_hours) {
        if (hour.start >= from && hour.start < to)
            shown << hour;
    }
    return shown;
}

QString BeaconsView::hourText(const BeaconReport::Hour &hour)
{
    //: %1 the hour's start, %2 its end (time of day), %3 the count of beacons
    return tr("%1–%2: %3")
        .arg(Format::timeToMinutes(hour.start),
            Format::inDisplayZone(hour.start.addSecs(3600)).toString(QStringLiteral("HH:mm")),
            hour.alert()
                ? tr("%Ln race-lost beacon(s), at or over the alert rule", nullptr, hour.count)
                : tr("%Ln race-lost beacon(s)", nullptr, hour.count));
}

void BeaconsView::rebuildChart()
{
    auto *chart = new QChart;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const auto [from, to] = shownSpan();
    const QList<BeaconReport::Hour> shown = shownHours();
    const double x0 = TierChart::plotX(from);
    const double x1 = TierChart::plotX(to);

    // A real time axis: each hour with beacons a bar one hour wide, the hours between
    // them empty, so a quiet month and a busy hour look different.
    const QColor normalColor = dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x19, 0x76, 0xd2);
    const QColor alertColor = dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xd3, 0x2f, 0x2f);
    auto *normalOutline = new QLineSeries;
    auto *alertOutline = new QLineSeries;
    auto *markers = new QScatterSeries;
    normalOutline->append(x0, 0);
    alertOutline->append(x0, 0);
    int maxCount = BeaconReport::AlertPerHour;
    for (const auto &hour : shown) {
        const double start = TierChart::plotX(hour.start);
        const double end = TierChart::plotX(hour.start.addSecs(3600));
        QLineSeries *outline = hour.alert() ? alertOutline : normalOutline;
        *outline << QPointF(start, 0) << QPointF(start, hour.count) << QPointF(end, hour.count)
                 << QPointF(end, 0);
        *markers << QPointF((start + end) / 2, hour.count);
        maxCount = qMax(maxCount, hour.count);
    }
    normalOutline->append(x1, 0);
    alertOutline->append(x1, 0);
    // The same in words, for a screen reader on the chart: the hours over the line.
    QStringList overTheLine;
    for (const auto &hour : shown) {
        if (hour.alert())
            overTheLine << hourText(hour);
    }
    QString described = shown.isEmpty()
        ? tr("No race-lost beacons in this range.")
        : tr("%Ln hour(s) with race-lost beacons in this range.", nullptr, int(shown.size()));
    if (!overTheLine.isEmpty())
        described += QLatin1Char(' ')
            + tr("At or over the alert rule: %1.").arg(overTheLine.join(QStringLiteral("; ")));
    m_chart->setAccessibleDescription(described);
    const auto area = [](QLineSeries *outline, const QColor &color, const QString &name) {
        auto *series = new QAreaSeries(outline);
        series->setName(name);
        series->setColor(color);
        series->setBorderColor(color);
        QPen pen(color);
        pen.setWidthF(1.5);
        series->setPen(pen);
        return series;
    };
    auto *normal = area(normalOutline, normalColor, tr("Beacons per hour"));
    auto *alert = area(alertOutline, alertColor, tr("At or over the alert rule"));
    markers->setName(tr("Hours with beacons"));
    markers->setMarkerSize(7);
    markers->setColor(dark ? QColor(0xee, 0xee, 0xee) : QColor(0x33, 0x33, 0x33));
    markers->setBorderColor(Qt::transparent);
    chart->addSeries(normal);
    chart->addSeries(alert);
    chart->addSeries(markers);

    auto *rule = new QLineSeries;
    rule->setName(tr("Alert rule: %1 an hour").arg(BeaconReport::AlertPerHour));
    rule->append(x0, BeaconReport::AlertPerHour);
    rule->append(x1, BeaconReport::AlertPerHour);
    QPen pen(alertColor);
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    rule->setPen(pen);
    chart->addSeries(rule);

    auto *time = new QDateTimeAxis;
    const bool hours = from.secsTo(to) <= 3 * 24 * 3600;
    //: Date formats of the beacon chart's time axis (Qt QDateTime::toString); German: dd.MM.
    time->setFormat(hours ? tr("MM-dd HH:mm") : tr("yyyy-MM-dd"));
    time->setRange(
        QDateTime::fromMSecsSinceEpoch(qint64(x0)), QDateTime::fromMSecsSinceEpoch(qint64(x1)));
    time->setTickCount(5);
    time->setTitleText(Format::zoneName(to));
    chart->addAxis(time, Qt::AlignBottom);
    auto *counts = new QValueAxis;
    counts->setRange(0, maxCount + 1);
    counts->setTickType(QValueAxis::TicksDynamic);
    counts->setTickAnchor(0);
    counts->setTickInterval(maxCount > 20 ? 5 : 1);
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(tr("Beacons an hour"));
    chart->addAxis(counts, Qt::AlignLeft);
    for (QAbstractSeries *series :
        {static_cast<QAbstractSeries *>(normal), static_cast<QAbstractSeries *>(alert),
            static_cast<QAbstractSeries *>(markers), static_cast<QAbstractSeries *>(rule)}) {
        series->attachAxis(time);
        series->attachAxis(counts);
    }
    chart->legend()->markers(markers).first()->setVisible(false);

    // Hovering a marker names its hour and count.
    connect(markers, &QScatterSeries::hovered, this, [this, shown](const QPointF &point, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        for (const auto &hour : shown) {
            const double start = TierChart::plotX(hour.start);
            const double end = TierChart::plotX(hour.start.addSecs(3600));
            if (point.x() >= start && point.x() <= end && int(point.y()) == hour.count) {
                QToolTip::showText(QCursor::pos(), hourText(hour), m_chart);
                return;
            }
        }
    });

    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void BeaconsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    if (event->type() == QEvent::LanguageChange)
        m_table->resizeColumnsToContents(); // the columns fit the words now shown
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
    m_rangeLabel->setText(tr("&Range:"));
    const QString ranges[] = {tr("All beacons"), tr("Last 90 days"), tr("Last 30 days"),
        tr("Last 7 days"), tr("Last 48 hours")};
    for (int i = 0; i < 5; ++i)
        m_range->setItemText(i, ranges[i]);
    m_chart->setAccessibleName(tr("Race-lost beacons per hour"));
    m_table->setAccessibleName(tr("Newest race-lost beacons"));
    m_model->retranslate();
    rebuildChart();
}

} // namespace TierDesk
