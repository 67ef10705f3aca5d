#pragma once

#include "models//tier/beaconreport.h"
#include "models/db/freshanswers.h"

#include <QChartView>
#include <QWidget>

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
    static constexpr int HoursShown = 48;

    explicit BeaconsView(QWidget *parent = nullptr);
    void setSession(Session *session);
    void refresh();
    bool isLoading() const { return m_loading; }
    BeaconModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChartView *chartView() const { return m_chart; }
    const QList<BeaconReport::Hour> &hours() const { return m_hours; }

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
    QChartView *m_chart = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace TierDesk
