#include "auditview.h"
#include "../models/audit/auditfindings.h"
#include "../models/audit/findingkind.h"
#include "../models/audit/incrementalaudit.h"
#include "../models/common/format.h"
#include "../models/itemmodels/auditmodel.h"
#include "../models/itemmodels/batchmodel.h"
#include "../models/resolve/resolve.h"
#include "../models/session/session.h"
#include "backfillflow.h"
#include "notice.h"
#include "tableexport.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace TierDesk {

namespace {

struct AuditResult
{
    std::shared_ptr<const AuditModel::Grouped> grouped;
    QHash<QString, QString> handles;
    std::optional<IncrementalAudit::State> kept; // chain audits: for the next run
};

// Expanding and measuring thousands of rows would stall the UI thread.
constexpr int ExpandAllUpTo = 300;

} // namespace

AuditView::AuditView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AuditModel(this))
    , m_batches(new BatchModel(this))
    , m_windowLabel(new QLabel(this))
    , m_window(new QSpinBox(this))
    , m_minutes(new QCheckBox(this))
    , m_reviewed(new QCheckBox(this))
    , m_run(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_preview(new QPushButton(this))
    , m_resolve(new QPushButton(this))
    , m_batchTitle(new QLabel(this))
    , m_batchTable(new QTableView(this))
    , m_undo(new QPushButton(this))
{
    setUpWidgets();
    layOut();
    connectActions();
    Notice::plainLabels(this);
    retranslate();
}

void AuditView::setUpWidgets()
{
    m_window->setObjectName(QStringLiteral("windowSeconds"));
    m_window->setRange(0, 7 * 24 * 3600);
    m_window->setValue(Audit::DefaultWindowSeconds);
    m_windowLabel->setBuddy(m_window);
    m_minutes->setObjectName(QStringLiteral("minuteBuckets"));
    m_reviewed->setObjectName(QStringLiteral("showReviewed"));
    m_run->setObjectName(QStringLiteral("runAuditButton"));
    m_stop->setObjectName(QStringLiteral("cancelAuditButton"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_undo->setObjectName(QStringLiteral("undoBatchButton"));
    m_progress->setRange(0, Audit::Slices);
    m_progress->setVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_tree->setObjectName(QStringLiteral("auditTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->resizeSection(AuditModel::Subject, 230);
    m_tree->header()->resizeSection(AuditModel::Finding, 200);
    m_tree->header()->resizeSection(AuditModel::Events, 260);
    m_tree->setAlternatingRowColors(true);
    m_batchTable->setObjectName(QStringLiteral("batchTable"));
    m_batchTable->setModel(m_batches);
    m_batchTable->setTabKeyNavigation(false);
    TableExport::attach(m_tree, QStringLiteral("audit-findings"));
    TableExport::attach(m_batchTable, QStringLiteral("batches"));
    m_tree->setTabKeyNavigation(false);
    m_batchTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batchTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_batchTable->verticalHeader()->hide();
    m_batchTable->horizontalHeader()->setStretchLastSection(true);
}

// Controls on top; the findings over the batch history, in a splitter.
void AuditView::layOut()
{
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_windowLabel);
    controls->addWidget(m_window);
    controls->addWidget(m_minutes);
    controls->addStretch();
    controls->addWidget(m_progress);
    controls->addWidget(m_run);
    controls->addWidget(m_stop);

    auto *findings = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findings);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_summary);
    findingsLayout->addWidget(m_tree, 1);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_reviewed);
    previewRow->addStretch();
    previewRow->addWidget(m_resolve);
    previewRow->addWidget(m_preview);
    findingsLayout->addLayout(previewRow);

    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyHeader = new QHBoxLayout;
    historyHeader->addWidget(m_batchTitle);
    historyHeader->addStretch();
    historyHeader->addWidget(m_undo);
    historyLayout->addLayout(historyHeader);
    historyLayout->addWidget(m_batchTable, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("auditSplitter"));
    split->addWidget(findings);
    split->addWidget(history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
}

void AuditView::connectActions()
{
    connect(m_run, &QPushButton::clicked, this, &AuditView::runAudit);
    connect(m_stop, &QPushButton::clicked, this, &AuditView::cancelAudit);
    connect(m_preview, &QPushButton::clicked, this, &AuditView::preview);
    connect(m_reviewed, &QCheckBox::toggled, this, [this] {
        if (m_model->hasReport() && !m_running)
            runAudit();
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        const FindingKind *kind
            = FindingKind::named(current.siblingAtColumn(0).data(AuditModel::KindRole).toString());
        const QString affiliate = current.data(AuditModel::AffiliateIdRole).toString();
        const qint64 event = current.siblingAtColumn(0).data(AuditModel::EventIdRole).toLongLong();
        if (const auto resolve = kind ? Resolve::kindFor(kind->settled) : std::nullopt)
            emit resolveRequested(affiliate, int(*resolve), event);
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const Backfill::Batch *batch = m_batches->batchAt(m_batchTable->currentIndex().row());
        if (batch && m_flow)
            m_flow->undo(batch->id);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &AuditView::updateActions);
    connect(m_batchTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AuditView::updateActions);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(AuditModel::AffiliateIdRole).toString();
        if (!id.isEmpty())
            emit affiliateActivated(id);
    });
}

void AuditView::setSession(Session *session, BackfillFlow *flow)
{
    // An audit of the old database stops at its next slice, and its answer is dropped.
    cancelAudit();
    m_answers.invalidate();
    m_kept.reset(); // a state is of one database
    m_running = false;
    m_batchesLoading = false;
    m_progress->setVisible(false);
    m_session = session;
    m_flow = flow;
    m_model->clear();
    m_batches->setBatches({});
    m_error.clear();
    if (m_flow)
        connect(m_flow, &BackfillFlow::auditAgainRequested, this, &AuditView::runAudit);
    refreshBatches();
    showSummary();
    updateActions();
}

void AuditView::runAudit()
{
    if (!m_session || m_running)
        return;
    m_running = true;
    m_error.clear();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    updateActions();
    showSummary();
    Audit::Options options;
    options.windowSeconds = m_window->value();
    options.mode = m_minutes->isChecked() ? Audit::Mode::MinuteBuckets : Audit::Mode::Chain;
    options.includeReviewed = m_reviewed->isChecked();
    auto cancel = m_cancel;
    QPointer<QProgressBar> bar = m_progress;
    // The chain audit runs again from the last one's state: only the affiliates that
    // changed since are read (IncrementalAudit), the findings are a full audit's.
    std::optional<IncrementalAudit::State> kept = m_kept;
    m_session->reader()->run(
        this,
        [options, cancel, bar, kept](const Connection &c) -> Result<AuditResult> {
            WorkControl control;
            control.cancel = cancel.get();
            control.progress = [bar](WorkControl::Phase, qint64 done, qint64 total) {
                // Posted to the application object: the bar may be gone by the time it runs.
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [bar, done, total] {
                        if (bar) {
                            bar->setRange(0, int(total));
                            bar->setValue(int(done));
                        }
                    },
                    Qt::QueuedConnection);
            };
            if (options.mode == Audit::Mode::Chain) {
                auto outcome = IncrementalAudit::run(c, options, kept, control);
                if (!outcome)
                    return Connection::withLockHolders(c.url(), outcome.error());
                auto findings = AuditFindings::of(c, std::move(outcome->report));
                if (!findings)
                    return findings.error();
                return AuditResult{AuditModel::group(findings->report, findings->handles),
                    findings->handles, std::move(outcome->state)};
            }
            auto findings = AuditFindings::run(c, options, control);
            if (!findings)
                return findings.error();
            return AuditResult{
                AuditModel::group(findings->report, findings->handles), findings->handles, {}};
        },
        m_answers.keep([this](Result<AuditResult> result) {
            m_running = false;
            m_progress->setVisible(false);
            if (result) {
                if (result->kept)
                    m_kept = std::move(result->kept);
                m_handles = result->handles;
                m_model->setGrouped(result->grouped);
                if (m_model->rowCount() <= ExpandAllUpTo) {
                    m_tree->expandAll();
                    for (int column = 0; column < AuditModel::ColumnCount; ++column)
                        m_tree->resizeColumnToContents(column);
                }
            } else {
                // The previous run's findings would sit under this run's sentence, and a
                // preview would act on them: the list is cleared, the sentence says why.
                m_model->clear();
                m_handles.clear();
                m_error = result.error().reason == Error::Reason::Cancelled
                    ? tr("The audit was cancelled; run it again to see the findings.")
                    : result.error().message;
            }
            showSummary();
            updateActions();
            emit finished();
        }));
}

void AuditView::cancelAudit()
{
    if (m_cancel)
        *m_cancel = true;
}

void AuditView::preview()
{
    if (!m_model->hasReport() || !m_flow)
        return;
    m_flow->start(Backfill::planFrom(m_model->report()), m_handles);
}

void AuditView::refreshBatches()
{
    if (!m_session)
        return;
    m_batchesLoading = true;
    m_session->latest()->run(
        this, [](const Connection &c) { return Backfill::batches(c); },
        m_answers.keep([this](Result<QList<Backfill::Batch>> batches) {
            m_batchesLoading = false;
            if (batches)
                m_batches->setBatches(*batches);
            m_batchTable->resizeColumnsToContents();
            updateActions();
        }));
}

void AuditView::updateActions()
{
    const bool writable = m_session && m_session->writesEnabled();
    const bool chainReport
        = m_model->hasReport() && m_model->report().options.mode == Audit::Mode::Chain;
    m_run->setEnabled(m_session && !m_running);
    m_stop->setEnabled(m_running);
    m_window->setEnabled(!m_running);
    m_minutes->setEnabled(!m_running);
    m_reviewed->setEnabled(!m_running);
    m_preview->setEnabled(
        writable && chainReport && m_model->report().summary.redundantRows > 0 && !m_running);
    const Backfill::Batch *batch = m_batches->batchAt(m_batchTable->currentIndex().row());
    m_undo->setEnabled(writable && batch && BatchModel::isUndoable(*batch));
    const QString kind
        = m_tree->currentIndex().siblingAtColumn(0).data(AuditModel::KindRole).toString();
    const FindingKind *finding = FindingKind::named(kind);
    m_resolve->setEnabled(writable && chainReport && !m_running && finding
        && Resolve::kindFor(finding->settled).has_value());
    const QString readOnly
        = tr("The session is read-only: turn on write actions in the Session menu.");
    m_preview->setToolTip(writable
            ? (m_minutes->isChecked() ? tr("Cleanup uses the chain rules; run the audit "
                                           "without minute buckets first.")
                                      : tr("Review the rows to supersede before anything "
                                           "is written."))
            : readOnly);
    m_undo->setToolTip(writable ? tr("Restore the rows of the selected batch.") : readOnly);
    m_resolve->setToolTip(writable ? tr("Decide the selected conflict, drift or chain break: "
                                        "preview first, then confirm.")
                                   : readOnly);
}

void AuditView::showSummary()
{
    if (m_running) {
        m_summary->setText(tr("Auditing…"));
        return;
    }
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        return;
    }
    if (!m_model->hasReport()) {
        m_summary->setText(
            tr("Run the audit to find race duplicates, conflicts, chain breaks and drift."));
        return;
    }
    const Audit::Report &report = m_model->report();
    const Audit::Summary &s = report.summary;
    const QString mode = report.options.mode == Audit::Mode::Chain
        ? tr("Chain rules, window %Ln s", nullptr, report.options.windowSeconds)
        : tr("Incident's minute buckets (for comparison; misses pairs across a minute, flags quick "
             "legitimate changes)");
    //: %1 mode, %2 affiliates, %3 events, %4 clusters, %5 affiliates, %6 rows, %7 conflicts,
    //: %8 chain breaks, %9 drifted profiles; each already counted ("3 conflicts")
    m_summary->setText(tr("%1: %2 and %3 scanned. %4 at %5 (%6 to supersede), %7, %8, %9.")
                           .arg(mode, tr("%Ln affiliate(s)", nullptr, int(s.affiliatesScanned)),
                               tr("%Ln active event(s)", nullptr, int(s.eventsScanned)),
                               tr("%Ln duplicate cluster(s)", nullptr, s.duplicateClusters),
                               tr("%Ln affiliate(s)", nullptr, s.affectedAffiliates),
                               tr("%Ln row(s)", nullptr, s.redundantRows),
                               tr("%Ln conflict(s)", nullptr, s.conflicts),
                               tr("%Ln chain break(s)", nullptr, s.chainBreaks),
                               tr("%Ln drifted profile(s)", nullptr, s.drift))
        + (s.reviewedChainBreaks > 0 ? QLatin1Char(' ')
                    + tr("%Ln chain break(s) marked as reviewed.", nullptr, s.reviewedChainBreaks)
                                     : QString()));
}

void AuditView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The columns fit the words of the language now shown.
        m_batchTable->resizeColumnsToContents();
        if (m_model->rowCount() <= ExpandAllUpTo) {
            for (int column = 0; column < AuditModel::ColumnCount; ++column)
                m_tree->resizeColumnToContents(column);
        }
    }
    QWidget::changeEvent(event);
}

void AuditView::retranslate()
{
    m_windowLabel->setText(tr("&Window (seconds):"));
    m_window->setAccessibleName(tr("Window in seconds"));
    m_minutes->setText(tr("Compare: incident's minute &buckets"));
    m_reviewed->setText(tr("Show rev&iewed"));
    m_reviewed->setToolTip(tr("Also list the chain breaks marked as reviewed, flagged as such."));
    m_run->setText(tr("&Run audit"));
    m_stop->setText(tr("&Cancel"));
    m_preview->setText(tr("&Preview cleanup…"));
    m_resolve->setText(tr("Resolve fi&nding…"));
    m_batchTitle->setText(tr("Cleanup batches"));
    m_undo->setText(tr("&Undo batch"));
    m_tree->setAccessibleName(tr("Audit findings by affiliate"));
    m_batchTable->setAccessibleName(tr("Cleanup batches"));
    m_progress->setAccessibleName(tr("Audit progress"));
    m_model->retranslate();
    if (m_model->rowCount() <= ExpandAllUpTo)
        m_tree->expandAll();
    m_batches->retranslate();
    showSummary();
    updateActions();
}

} // namespace TierDesk
