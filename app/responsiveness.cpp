#include "responsiveness.h"
#include "../models/common/text.h"
#include "../models/itemmodels/affiliatelistmodel.h"
#include "../models/itemmodels/auditmodel.h"
#include "../models/session/session.h"
#include "../widgets/affiliatesview.h"
#include "../widgets/auditview.h"
#include "../widgets/backfilldialog.h"
#include "../widgets/backfillflow.h"
#include "../widgets/mainwindow.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTextStream>

#include <cstdio>

#include <sys/resource.h>

namespace TierDesk {

Responsiveness::Responsiveness(MainWindow *window, const QElapsedTimer &sinceStart)
    : QObject(window)
    , m_window(window)
    , m_sinceStart(sinceStart)
{
    m_ticker.setInterval(10);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this,
        [this] { m_longestGapMs = qMax(m_longestGapMs, m_lastTick.restart()); });
}

void Responsiveness::report(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs `action`, ticking, until `done`; reports the longest gap between ticks beyond the interval.
void Responsiveness::step(const QString &name, const std::function<void()> &action,
    const std::function<bool()> &done, const std::function<void()> &next)
{
    m_longestGapMs = 0;
    m_lastTick.start();
    m_ticker.start();
    QElapsedTimer elapsed;
    elapsed.start();
    action();
    auto *poll = new QTimer(this);
    poll->setInterval(5);
    connect(poll, &QTimer::timeout, this, [this, poll, name, done, next, elapsed] {
        if (!done())
            return;
        poll->deleteLater();
        m_ticker.stop();
        report(QStringLiteral("%1: %2 ms; UI thread's longest stall %3 ms")
                   .arg(name, Text::of(elapsed.elapsed()),
                       Text::of(qMax<qint64>(0, m_longestGapMs - m_ticker.interval()))));
        next();
    });
    poll->start();
}

void Responsiveness::start()
{
    AffiliatesView *affiliates = m_window->affiliatesView();
    report(QStringLiteral("first window with the list: %1 ms (%2 rows of %3 loaded)")
               .arg(Text::of(m_sinceStart.elapsed()), Text::of(affiliates->model()->rowCount()),
                   Text::of(affiliates->model()->totalCount())));
    // Scrolling to the end ten times loads ten more pages, not the table.
    step(
        QStringLiteral("scroll to the end 10 times"),
        [affiliates] {
            for (int i = 0; i < 10; ++i) {
                affiliates->table()->scrollToBottom();
                QCoreApplication::processEvents();
            }
        },
        [affiliates] { return !affiliates->isLoading(); },
        [this, affiliates] {
            report(QStringLiteral("  list rows in memory after scrolling: %1 of %2")
                       .arg(Text::of(affiliates->model()->rowCount()),
                           Text::of(affiliates->model()->totalCount())));
            AuditView *audit = m_window->auditView();
            step(
                QStringLiteral("audit"), [audit] { audit->runAudit(); },
                [audit] { return !audit->isRunning(); },
                [this, audit] {
                    const Backfill::Plan plan = Backfill::planFrom(audit->model()->report());
                    if (plan.isEmpty()) {
                        report(QStringLiteral("nothing to back fill: the audit found no race "
                                              "duplicates"));
                        finish(0);
                        return;
                    }
                    m_window->setWritesEnabled(true, false);
                    measureBackfill(plan);
                });
        });
}

void Responsiveness::measureBackfill(const Backfill::Plan &plan)
{
    BackfillFlow *flow = m_window->backfillFlow();
    // Done when the flow has shown its outcome, whichever it is: a refused or failed
    // backfill ends the measurement with its sentence instead of waiting for a batch.
    step(
        QStringLiteral("backfill apply of %1 rows").arg(plan.rows.size()),
        [flow, plan] {
            flow->apply(plan, OperatorInfo::current(QStringLiteral("tierdesk --measure")));
        },
        [this, flow] { return m_window->isIdle() && flow->resultBox(); },
        [this, flow] {
            const qint64 batch = flow->lastBatchId();
            if (batch <= 0) {
                report(QStringLiteral("the backfill did not commit: %1")
                           .arg(flow->resultBox()->text()));
                finish(3);
                return;
            }
            flow->resultBox()->close();
            // The undo is guarded like the cleanup: its preview, then the typed count.
            step(
                QStringLiteral("undo preview of batch %1").arg(batch),
                [flow, batch] { flow->undo(batch); },
                [this, flow] {
                    return m_window->isIdle()
                        && ((flow->dialog()
                                && flow->dialog()->action() == BackfillDialog::Action::Restore)
                            || flow->resultBox());
                },
                [this, flow, batch] {
                    BackfillDialog *dialog = flow->dialog();
                    if (!dialog || dialog->action() != BackfillDialog::Action::Restore) {
                        report(QStringLiteral("the undo of batch %1 was refused: %2")
                                   .arg(Text::of(batch),
                                       Text::of(flow->resultBox() ? flow->resultBox()->text()
                                                                  : QString())));
                        finish(3);
                        return;
                    }
                    dialog->confirmationEdit()->setText(
                        QString::number(dialog->plan().rows.size()));
                    step(
                        QStringLiteral("undo of batch %1").arg(batch),
                        [dialog] { dialog->applyButton()->click(); },
                        [this, flow] {
                            return m_window->isIdle() && flow->resultBox()
                                && (flow->resultBox()->objectName() == QLatin1String("undoResult")
                                    || flow->resultBox()->objectName()
                                        == QLatin1String("undoRefused"));
                        },
                        [this, flow] {
                            if (flow->resultBox()->objectName() != QLatin1String("undoResult")) {
                                report(QStringLiteral("the undo failed: %1")
                                           .arg(flow->resultBox()->text()));
                                finish(3);
                                return;
                            }
                            rusage usage{};
                            getrusage(RUSAGE_SELF, &usage);
                            report(QStringLiteral("peak RSS of the window: %1 MiB")
                                       .arg(usage.ru_maxrss / 1024));
                            finish(0);
                        });
                });
        });
}

void Responsiveness::finish(int code)
{
    QCoreApplication::exit(code);
}

} // namespace TierDesk
