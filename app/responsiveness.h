#pragma once

#include "../models/backfill/backfill.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace TierDesk {

class MainWindow;

// tierdesk --measure: how the window behaves on a (large) database. Prints the
// time to a first window with the list, how much of the list scrolling loads,
// and the UI thread's longest stall (gaps between 10 ms timer ticks) while the
// audit and a backfill plus its undo run on the workers.
class Responsiveness final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Responsiveness)

public:
    Responsiveness(MainWindow *window, const QElapsedTimer &sinceStart);
    void start();

private:
    void step(const QString &name, const std::function<void()> &action,
        const std::function<bool()> &done, const std::function<void()> &next);
    void report(const QString &line);
    // The backfill of `plan` and its guarded undo; ends the program with 0, or 3 with
    // the refusal's sentence when either did not happen.
    void measureBackfill(const Backfill::Plan &plan);
    void finish(int code);

    MainWindow *m_window;
    QElapsedTimer m_sinceStart;
    QTimer m_ticker;
    QElapsedTimer m_lastTick;
    qint64 m_longestGapMs = 0;
};

} // namespace TierDesk
