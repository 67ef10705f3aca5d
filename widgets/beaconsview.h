#pragma once

#include "../models/db/freshanswers.h"
#include "../models/tier/beaconreport.h"

#include <QChartView>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace TierDesk {

class BeaconModel;
class Session;

// Race-lost beacons per hour against the alert rule (5 or more an hour), the
// hours at or over it highlighted, and the newest beacons, each leading to its affiliate.
class BeaconsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeaconsView)

public:
    // The range the chart shows, back from now.
    enum class Range { All, Days90, Days30, Days7, Hours48 };

    explicit BeaconsView(QWidget *parent = nullptr);
    void setSession(Session *session);
    void refresh();
    bool isLoading() const { return m_loading; }
    BeaconModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChartView *chartView() const { return m_chart; }
    const QList<BeaconReport::Hour> &hours() const { return m_hours; }
    void setRange(Range range);
    // The hours the chart shows, and the instants its axis spans.
    QList<BeaconReport::Hour> shownHours() const;
    QPair<QDateTime, QDateTime> shownSpan() const;
    // What the chart's tooltip says for an hour.
    static QString hourText(const BeaconReport::Hour &hour);

signals:
    void affiliateActivated(const QString &affiliateId);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChart();
    void retranslate();

    Session *m_session = nullptr;
    bool m_loading = false;
    FreshAnswers m_answers; // answers about another session are dropped
    QList<BeaconReport::Hour> m_hours;
    BeaconModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QComboBox *m_range = nullptr;
    QChartView *m_chart = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace TierDesk
