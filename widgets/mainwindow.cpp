#include "mainwindow.h"
#include "../models/common/format.h"
#include "../models/common/text.h"
#include "../models/db/standby.h"
#include "../models/itemmodels/affiliatelistmodel.h"
#include "../models/itemmodels/auditmodel.h"
#include "../models/report/casereport.h"
#include "../models/session/session.h"
#include "../models/tier/tierevaluator.h"
#include "activityview.h"
#include "affiliatedetailview.h"
#include "affiliatesview.h"
#include "approvalflow.h"
#include "approvalsview.h"
#include "auditview.h"
#include "backfillflow.h"
#include "beaconsview.h"
#include "connectdialog.h"
#include "filedialog.h"
#include "languagemanager.h"
#include "livebar.h"
#include "notice.h"
#include "reevaluatedialog.h"
#include "replydialog.h"
#include "resolveflow.h"
#include "writedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace TierDesk {

namespace {

// A small coloured tag for the status bar (read-only, write access, production).
void setTag(QLabel *label, const QString &text, const QString &background)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(background.isEmpty()
            ? QString()
            : QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; "
                             "padding: 1px 8px; font-weight: bold; }")
                  .arg(background));
}

// A sidebar icon, drawn in the highlighted text's colour when its row is selected, so
// it does not vanish into the highlight (blue on blue).
QIcon navIcon(const QString &file, const QPalette &palette)
{
    // Built from pixmaps: the SVG engine would ignore an added pixmap of another size.
    const QIcon drawing(file);
    QIcon icon;
    for (const int size : {22, 32, 44}) {
        QPixmap pixmap = drawing.pixmap(size, size);
        icon.addPixmap(pixmap, QIcon::Normal);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), palette.color(QPalette::HighlightedText));
        painter.end();
        icon.addPixmap(pixmap, QIcon::Selected);
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_affiliates(new AffiliatesView(this))
    , m_audit(new AuditView(this))
    , m_beacons(new BeaconsView(this))
    , m_activity(new ActivityView(this))
    , m_approvals(new ApprovalsView(this))
    , m_databaseLabel(new QLabel(this))
    , m_productionLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_accessLabel(new QLabel(this))
    , m_standbyLabel(new QLabel(this))
    , m_standbyTimer(new QTimer(this))
{
    WriteDialog::announceModality();
    setUpViews();
    connectViews();
    createActions();
    if (LanguageManager *languages = LanguageManager::instance())
        connect(languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
            m_settings.setLanguage(code);
            (code == QLatin1String("de") ? m_german : m_english)->setChecked(true);
        });
    if (!restoreGeometry(m_settings.windowGeometry()))
        fitToScreen(screen()->availableGeometry());
    m_affiliates->splitter()->restoreState(m_settings.splitterState(QStringLiteral("affiliates")));
    showView(viewFromName(m_settings.lastView()).value_or(View::Affiliates));
    retranslate();
}

void MainWindow::fitToScreen(const QRect &available)
{
    // What a title bar and a frame usually add around the window's own area.
    const QSize frame(16, 40);
    const QSize preferred(1280, 800);
    const QSize room = available.size() - frame;
    if (room.width() >= preferred.width() && room.height() >= preferred.height()) {
        resize(preferred);
        move(available.center() - rect().center());
        return;
    }
    // A small screen: all of it (a window larger than the screen loses its status bar).
    resize(room.expandedTo(QSize(1, 1)));
    move(available.topLeft());
    setWindowState(windowState() | Qt::WindowMaximized);
}

// The view list beside the stacked views, and the status bar.
void MainWindow::setUpViews()
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tierdesk.svg")));
    m_nav->setObjectName(QStringLiteral("viewList"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFixedWidth(140);
    // The view list takes focus by click only: Tab stays within the view, where the
    // arrow keys would otherwise switch views on the way. Ctrl+1…5 and the View menu
    // switch by keyboard.
    m_nav->setFocusPolicy(Qt::ClickFocus);
    const QString icons[] = {QStringLiteral(":/icons/affiliates.svg"),
        QStringLiteral(":/icons/audit.svg"), QStringLiteral(":/icons/beacons.svg"),
        QStringLiteral(":/icons/activity.svg"), QStringLiteral(":/icons/approvals.svg")};
    for (const QString &icon : icons)
        m_nav->addItem(new QListWidgetItem(navIcon(icon, m_nav->palette()), QString()));
    m_stack->addWidget(m_affiliates);
    m_stack->addWidget(m_audit);
    m_stack->addWidget(m_beacons);
    m_stack->addWidget(m_activity);
    m_stack->addWidget(m_approvals);
    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_nav);
    // What other agents did, one dismissable line above the views.
    m_live = new LiveBar(central);
    auto *viewColumn = new QVBoxLayout;
    viewColumn->setContentsMargins(0, 0, 0, 0);
    viewColumn->setSpacing(0);
    viewColumn->addWidget(m_live);
    viewColumn->addWidget(m_stack, 1);
    centralLayout->addLayout(viewColumn, 1);
    setCentralWidget(central);
    m_accessLabel->setObjectName(QStringLiteral("accessLabel"));
    m_productionLabel->setObjectName(QStringLiteral("productionLabel"));
    // Database names, URLs and the errors that quote them are data, never markup.
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_live->beaconLabel());
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_productionLabel);
    statusBar()->addPermanentWidget(m_accessLabel);
    statusBar()->addPermanentWidget(m_standbyLabel);
    m_standbyLabel->setObjectName(QStringLiteral("standbyLag"));
    m_standbyLabel->setTextFormat(Qt::PlainText);
    m_standbyLabel->hide();
    m_standbyTimer->setInterval(StandbyCheckMs);
    connect(m_standbyTimer, &QTimer::timeout, this, &MainWindow::checkStandby);
}

// What the views ask for: a write, an export, another affiliate.
void MainWindow::connectViews()
{
    connect(m_live, &LiveBar::othersChanged, this, &MainWindow::othersChanged);
    connect(m_approvals, &ApprovalsView::openCountChanged, this, &MainWindow::updateApprovalsItem);
    // Presence: the other windows see which affiliate this one shows, and the detail
    // names the other agents with the same one open.
    connect(m_affiliates->detailView(), &AffiliateDetailView::shownAffiliateChanged, this,
        [this](const QString &affiliateId) {
            m_live->setOpenAffiliate(affiliateId, m_settings.operatorName());
        });
    connect(m_live, &LiveBar::visitorsChanged, m_affiliates->detailView(),
        &AffiliateDetailView::setVisitors);
    connect(m_live, &LiveBar::beaconsChanged, this, [this] {
        if (m_session)
            m_beacons->refresh();
    });
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        m_settings.setLastView(viewName(View(row)));
        // Ctrl+1…5 and the View menu go into the view: Tab goes on from its first control.
        QWidget *shown = m_stack->currentWidget();
        QWidget *focus = QApplication::focusWidget();
        if (isActiveWindow() && focus != m_nav && !(focus && shown->isAncestorOf(focus))) {
            for (QWidget *next = shown->nextInFocusChain(); next && next != shown;
                 next = next->nextInFocusChain()) {
                if (shown->isAncestorOf(next) && next->isVisibleTo(shown) && next->isEnabled()
                    && (next->focusPolicy() & Qt::TabFocus)) {
                    next->setFocus(Qt::ShortcutFocusReason);
                    break;
                }
            }
        }
    });
    connect(m_affiliates->detailView(), &AffiliateDetailView::reevaluateRequested, this,
        &MainWindow::reevaluate);
    connect(m_affiliates->detailView(), &AffiliateDetailView::cleanupRequested, this,
        &MainWindow::cleanUp);
    connect(m_affiliates->detailView(), &AffiliateDetailView::undoBatchRequested, this,
        [this](qint64 batchId) {
            if (m_flow)
                m_flow->undo(batchId);
        });
    connect(m_affiliates->detailView(), &AffiliateDetailView::exportRequested, this, [this] {
        const QString suggested
            = QStringLiteral("tierdesk-%1.pdf").arg(m_affiliates->detailView()->detail().handle);
        const QString file = FileDialog::saveFileName(
            this, tr("Export case report"), suggested, tr("PDF (*.pdf)"));
        if (file.isEmpty())
            return;
        if (auto written = exportCaseReport(file); !written)
            Notice::warning(this, tr("Export case report"), written.error().message);
        else
            statusBar()->showMessage(tr("Case report written to %1").arg(file), 5000);
    });
    const auto openAffiliate = [this](const QString &affiliateId) {
        showView(View::Affiliates);
        m_affiliates->selectAffiliate(affiliateId);
    };
    connect(m_audit, &AuditView::affiliateActivated, this, openAffiliate);
    connect(m_audit, &AuditView::resolveRequested, this,
        [this](const QString &affiliateId, int kind, qint64 eventId) {
            if (m_resolveFlow)
                m_resolveFlow->start(affiliateId, Resolve::Kind(kind), eventId);
        });
    connect(m_affiliates->detailView(), &AffiliateDetailView::resolveRequested, this,
        [this](const QString &affiliateId) {
            if (m_resolveFlow)
                m_resolveFlow->start(affiliateId);
        });
    connect(m_activity, &ActivityView::undoResolutionRequested, this, [this](qint64 resolution) {
        if (m_resolveFlow)
            m_resolveFlow->undo(resolution);
    });
    connect(m_beacons, &BeaconsView::affiliateActivated, this, openAffiliate);
    connect(m_activity, &ActivityView::affiliateActivated, this, openAffiliate);
}

MainWindow::~MainWindow()
{
    // The views read through the session's workers: detach them first.
    m_affiliates->setSession(nullptr);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QMenu *menu : {m_fileMenu, m_viewMenu, m_affiliateMenu, m_sessionMenu}) {
            for (const QAction *action : menu->actions()) {
                if (action->isEnabled() && !action->shortcut().isEmpty()
                    && action->shortcut().matches(pressed) == QKeySequence::ExactMatch)
                    return true; // not accepted: the window's shortcut runs
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openDialog()
{
    QHash<QString, QString> standbys;
    for (const QString &recent : m_settings.recentDatabases())
        standbys.insert(recent, m_settings.standbyFor(recent));
    auto *dialog = new ConnectDialog(
        m_settings.recentDatabases(), standbys, m_settings.standbyWarningSeconds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_settings.setStandbyWarningSeconds(dialog->warningSeconds());
        auto url = dialog->url();
        if (url)
            openDatabase(*url, [this](const QString &error) {
                if (!error.isEmpty())
                    Notice::warning(this, tr("Cannot open the database"), error);
            });
    });
    dialog->open();
}

void MainWindow::openDatabase(const DatabaseUrl &url, std::function<void(const QString &)> done)
{
    statusBar()->showMessage(tr("Opening %1…").arg(url.toDisplayString()));
    Session::probe(url, this, [this, url, done](Result<Session::Facts> facts) {
        statusBar()->clearMessage();
        if (!facts) {
            m_openError = facts.error().message;
            updateStatus();
            if (done)
                done(m_openError);
            return;
        }
        m_openError.clear();
        m_settings.addRecentDatabase(url.toStorableString());
        m_settings.setStandbyFor(
            url.toStorableString(), url.standby() ? url.standby()->toStorableString() : QString());
        rebuildRecentMenu();
        setSession(std::make_unique<Session>(url, *facts));
        if (done)
            done(QString());
    });
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    // Views first let go of the old session's workers, then it goes.
    m_affiliates->setSession(nullptr);
    m_audit->setSession(nullptr, nullptr);
    m_beacons->setSession(nullptr);
    m_activity->setSession(nullptr);
    m_approvals->setSession(nullptr, nullptr);
    delete m_approvalFlow;
    m_approvalFlow = nullptr;
    delete m_flow;
    m_flow = nullptr;
    delete m_resolveFlow;
    m_resolveFlow = nullptr;
    m_session = std::move(session);
    FileDialog::protectDatabase(
        m_session && m_session->url().isSqlite() ? m_session->url().filePath() : QString());
    if (m_session) {
        m_flow = new BackfillFlow(m_session.get(), this);
        connect(m_flow, &BackfillFlow::dataChanged, this, &MainWindow::refreshAll);
        m_resolveFlow = new ResolveFlow(m_session.get(), this);
        connect(m_resolveFlow, &ResolveFlow::dataChanged, this, &MainWindow::refreshAll);
        m_approvalFlow = new ApprovalFlow(m_session.get(), this);
        connect(m_approvalFlow, &ApprovalFlow::dataChanged, this, &MainWindow::refreshAll);
        connect(m_session.get(), &Session::writesEnabledChanged, this, [this] {
            updateStatus();
            m_affiliates->detailView()->updateActions();
            m_audit->updateActions();
            m_activity->updateActions();
            m_approvals->updateActions();
        });
    }
    m_affiliates->setSession(m_session.get());
    m_audit->setSession(m_session.get(), m_flow);
    m_beacons->setSession(m_session.get());
    m_activity->setSession(m_session.get());
    m_approvals->setSession(m_session.get(), m_approvalFlow);
    m_live->setSession(m_session.get());
    m_standbyLabel->hide();
    if (m_session && m_session->url().standby()) {
        m_standbyTimer->start();
        checkStandby();
    } else {
        m_standbyTimer->stop();
    }
    updateStatus();
}

// How far the standby the window reads from is behind its primary, every few seconds:
// a tag in the status bar, orange with a warning past the chosen limit.
void MainWindow::checkStandby()
{
    if (!m_session || !m_session->url().standby() || m_standbyChecking)
        return;
    m_standbyChecking = true;
    m_session->reader()->run(
        this, [](const Connection &c) { return Standby::state(c); },
        [this, session = m_session.get()](Result<Standby::State> state) {
            m_standbyChecking = false;
            if (session != m_session.get())
                return;
            const int limit = m_settings.standbyWarningSeconds();
            if (!state) {
                setTag(m_standbyLabel, tr("Standby unreadable"), QStringLiteral("#e07b00"));
                m_standbyLabel->setToolTip(state.error().message);
            } else if (state->isLate(limit)) {
                setTag(m_standbyLabel, tr("Standby: %1").arg(state->text()),
                    QStringLiteral("#e07b00"));
                m_standbyLabel->setToolTip(
                    tr("The standby is behind its primary by more than %n second(s) (or by "
                       "an unknown time): lists, searches and the audit may not show the "
                       "latest changes. Previews, re-checks and writes use the primary.",
                        nullptr, limit));
            } else {
                setTag(m_standbyLabel, tr("Standby: %1").arg(state->text()), QString());
                m_standbyLabel->setToolTip(tr("Lists, searches and the audit read the standby "
                                              "%1; writes go to the primary.")
                                               .arg(m_session->url().standby()->toDisplayString()));
            }
            m_standbyLabel->setAccessibleName(m_standbyLabel->text());
            m_standbyLabel->setAccessibleDescription(m_standbyLabel->toolTip());
            emit standbyChecked();
        });
}

// Another window or the CLI committed a write: read again what it may have touched,
// keeping the selection, the search and the filters (as F5 does), and warn an open
// confirmation whose preview it overtook.
void MainWindow::othersChanged(const QList<DeskChange> &changes)
{
    if (!m_session)
        return;
    rereadWritten();
    for (WriteDialog *dialog : findChildren<WriteDialog *>()) {
        for (const DeskChange &change : changes)
            dialog->noteChange(change);
    }
}

// What a write can change, read again: the list and the open affiliate (selection
// kept), the batches, the audit if one was run, the Activity view.
void MainWindow::rereadWritten()
{
    m_affiliates->refresh();
    m_audit->refreshBatches();
    if (m_audit->model()->hasReport())
        m_audit->runAudit();
    m_activity->refresh();
    m_approvals->refresh();
}

// The sidebar counts the requests waiting for a second agent.
void MainWindow::updateApprovalsItem()
{
    const int open = m_approvals->openCount();
    QListWidgetItem *item = m_nav->item(int(View::Approvals));
    item->setText(open > 0 ? tr("Approvals (%1)").arg(open) : tr("Approvals"));
    item->setToolTip(open > 0
            ? tr("%n request(s) waiting for a second agent's approval", nullptr, open)
            : QString());
    item->setData(Qt::AccessibleTextRole, item->text());
    item->setData(Qt::AccessibleDescriptionRole, item->toolTip());
}

void MainWindow::refreshAll()
{
    if (!m_session)
        return;
    rereadWritten();
    m_beacons->refresh();
}

bool MainWindow::writesEnabled() const
{
    return m_session && m_session->writesEnabled();
}

void MainWindow::setWritesEnabled(bool enabled, bool ask)
{
    if (!m_session || enabled == writesEnabled()) {
        m_writeAction->setChecked(writesEnabled());
        return;
    }
    if (!enabled || !ask) {
        if (!m_session->setWritesEnabled(enabled))
            statusBar()->showMessage(
                tr("A write is still running; write actions stay on until it has finished."), 5000);
        m_writeAction->setChecked(writesEnabled());
        return;
    }
    auto *box
        = new QMessageBox(m_session->isProduction() ? QMessageBox::Warning : QMessageBox::Question,
            tr("Turn on write actions?"),
            m_session->isProduction()
                ? tr("%1 is the PRODUCTION database. Re-evaluating tiers, cleaning up "
                     "duplicates and undoing batches will change it. Every change is guarded, "
                     "logged and can be undone, but please be sure.")
                      .arg(m_session->url().toDisplayString())
                : tr("Re-evaluating tiers, cleaning up duplicates and undoing batches will "
                     "change %1. Every change is guarded, logged and can be undone.")
                      .arg(m_session->url().toDisplayString()),
            QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmWrites"));
    box->setTextFormat(Qt::PlainText); // the database's name is data
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *yes = box->addButton(tr("Turn on write actions"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmWritesButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(yes, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->setWritesEnabled(true);
        m_writeAction->setChecked(writesEnabled());
    });
    box->open();
}

void MainWindow::reevaluate(const QString &affiliateId)
{
    if (!m_session || !m_session->writer())
        return;
    auto *ask = new ReevaluateDialog(affiliateId, m_affiliates->detailView()->detail().handle,
        m_session->url().toDisplayString(), m_session->isProduction(), this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setTicket(m_session->suggestedTicket({affiliateId}));
    // The preview reads what the evaluator will read, where it will read it: the primary.
    const TierPolicy policy = m_session->policy();
    QPointer<ReevaluateDialog> dialog(ask);
    m_session->writer()->run(
        ask,
        [affiliateId, policy](const Connection &c) {
            return TierEvaluator(c, policy).plan(affiliateId, QDateTime::currentDateTimeUtc());
        },
        [dialog](Result<TierEvaluator::Plan> plan) {
            if (dialog)
                dialog->setPreview(plan);
        });
    connect(ask, &QDialog::accepted, this, [this, ask] {
        auto who = OperatorInfo::withTicket(ask->operatorName(), ask->ticket(), ask->reason());
        if (!who) {
            Notice::warning(this, tr("Re-evaluate tier"), who.error().message);
            return;
        }
        who->desk = m_session->deskId();
        if (!ask->typedOperatorName().isEmpty())
            m_settings.setOperatorName(who->name);
        m_session->setLastTicket(who->ticket, {ask->affiliateId()});
        runReevaluation(ask->affiliateId(), *who, ask->plan());
    });
    ask->open();
}

void MainWindow::runReevaluation(const QString &affiliateId, const OperatorInfo &who,
    const std::optional<TierEvaluator::Plan> &previewed)
{
    if (!m_session || !m_session->writer())
        return;
    const TierPolicy policy = m_session->policy();
    m_session->writer()->run(
        this,
        [affiliateId, policy, who, previewed](const Connection &c) {
            const TierEvaluator evaluator(c, policy, who);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            auto evaluated = previewed ? evaluator.evaluateAsPreviewed(*previewed, now)
                                       : evaluator.evaluate(affiliateId, now);
            if (!evaluated)
                return Result<TierEvaluator::Evaluation>(
                    Connection::withLockHolders(c.url(), evaluated.error()));
            return evaluated;
        },
        [this](Result<TierEvaluator::Evaluation> result) {
            QString text;
            if (!result)
                text = result.error().message;
            else if (result->outcome == TierEvaluator::Outcome::Unchanged)
                text = tr("Unchanged: the 90-day commissions of %1 keep the rate at %2.")
                           .arg(Format::money(result->sumCents), Format::rate(result->prior));
            else if (result->outcome == TierEvaluator::Outcome::RaceLost)
                text = tr("Race lost: someone else changed the rate to %1 first; nothing was "
                          "written but a "
                          "race-lost beacon.")
                           .arg(Format::rate(result->observed));
            else
                text = tr("%1: %2 → %3 (tier event #%4).")
                           .arg(TierEvaluator::outcomeText(result->outcome),
                               Format::rate(result->prior), Format::rate(result->target),
                               Text::of(result->tierEventId));
            auto *box = Notice::create(result ? QMessageBox::Information : QMessageBox::Warning,
                tr("Re-evaluate tier"), text, this);
            box->setObjectName(QStringLiteral("reevaluateResult"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setWindowModality(Qt::WindowModal);
            box->open();
            refreshAll();
        });
}

void MainWindow::cleanUp(const AffiliateDetail &detail)
{
    if (!m_flow)
        return;
    Backfill::Plan plan = Backfill::planFrom(detail.audit);
    m_flow->start(plan, {{detail.id, detail.handle}});
}

Result<void> MainWindow::exportCaseReport(const QString &file)
{
    AffiliateDetailView *view = m_affiliates->detailView();
    if (!view->hasDetail() || !m_session)
        return Error::usage(tr("Select an affiliate first."));
    // The database is named only when asked for: the report may leave the building.
    return CaseReport::writePdf(view->detail(),
        m_settings.caseReportNamesDatabase() ? m_session->url().toDisplayString() : QString(),
        file);
}

QString MainWindow::viewName(View view)
{
    switch (view) {
    case View::Affiliates:
        return QStringLiteral("affiliates");
    case View::Audit:
        return QStringLiteral("audit");
    case View::Beacons:
        return QStringLiteral("beacons");
    case View::Activity:
        return QStringLiteral("activity");
    case View::Approvals:
        return QStringLiteral("approvals");
    }
    return {};
}

std::optional<MainWindow::View> MainWindow::viewFromName(const QString &name)
{
    for (View view :
        {View::Affiliates, View::Audit, View::Beacons, View::Activity, View::Approvals})
        if (viewName(view) == name)
            return view;
    return std::nullopt;
}

void MainWindow::showView(View view)
{
    m_nav->setCurrentRow(int(view));
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_stack->currentIndex());
}

bool MainWindow::isIdle() const
{
    if (!m_session)
        return true;
    return !m_session->isBusy() && !m_affiliates->isLoading() && !m_audit->isRunning()
        && !m_beacons->isLoading() && !m_activity->isLoading() && !m_approvals->isLoading();
}

void MainWindow::whenIdle(std::function<void()> callback)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    auto quietTicks = std::make_shared<int>(0);
    connect(timer, &QTimer::timeout, this, [this, timer, quietTicks, callback] {
        // Idle twice in a row: a finished page may queue the next request.
        *quietTicks = isIdle() ? *quietTicks + 1 : 0;
        if (*quietTicks < 2)
            return;
        timer->stop();
        timer->deleteLater();
        callback();
    });
    timer->start();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(
        QStringLiteral("affiliates"), m_affiliates->splitter()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(
        m_session ? tr("TierDesk — %1").arg(m_session->url().shortName()) : tr("TierDesk"));
    const QString names[]
        = {tr("Affiliates"), tr("Audit"), tr("Beacons"), tr("Activity"), tr("Approvals")};
    for (int i = 0; i < ViewCount; ++i) {
        m_nav->item(i)->setText(names[i]);
        m_viewActions[i]->setText(names[i]);
    }
    updateApprovalsItem();
    m_nav->setAccessibleName(tr("Views"));
    m_nav->setAccessibleDescription(tr("Ctrl+1 to Ctrl+5 switch between the views."));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open database…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_exportAction->setText(tr("&Export case report…"));
    m_namesDatabaseAction->setText(tr("Case reports name the &database"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find affiliate"));
    m_refreshAction->setText(tr("&Refresh"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_writeAction->setText(tr("Enable &write actions"));
    m_operatorAction->setText(tr("Your &name…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_affiliateMenu->setTitle(tr("&Affiliate"));
    m_backAction->setText(tr("&Back"));
    m_forwardAction->setText(tr("&Forward"));
    m_helpMenu->setTitle(tr("&Help"));
    m_zoneMenu->setTitle(tr("&Time zone"));
    m_utcAction->setText(tr("&UTC"));
    m_systemZoneAction->setText(
        tr("&System (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    m_otherZoneAction->setText(m_otherZoneAction->isChecked()
            ? tr("&Other (%1)…").arg(QString::fromUtf8(Format::displayZone().id()))
            : tr("&Other…"));
    m_appearanceMenu->setTitle(tr("A&ppearance"));
    m_systemColoursAction->setText(tr("&Desktop's colours"));
    m_lightAction->setText(tr("&Light"));
    m_darkAction->setText(tr("D&ark"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About TierDesk"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_databaseLabel->setText(m_openError.isEmpty() ? tr("No database open") : m_openError);
        m_databaseLabel->setToolTip(m_databaseLabel->text());
        m_databaseLabel->setAccessibleName(m_databaseLabel->text());
        m_countLabel->clear();
        setTag(m_productionLabel, {}, {});
        setTag(m_accessLabel, {}, {});
        return;
    }
    // The primary by name; the standby, when there is one, in its tag beside it and in
    // the full sentence of the tooltip and accessible name (the status bar is narrow).
    const QString where = m_session->url().standby()
        ? tr("%1, reading from the standby %2")
              .arg(
                  m_session->url().toDisplayString(), m_session->url().standby()->toDisplayString())
        : m_session->url().toDisplayString();
    m_databaseLabel->setText(m_session->url().toDisplayString());
    m_databaseLabel->setToolTip(where);
    m_databaseLabel->setAccessibleName(where);
    m_countLabel->setText(tr("%Ln affiliate(s)", nullptr, int(m_session->affiliateCount())));
    setTag(m_productionLabel, m_session->isProduction() ? tr("PRODUCTION") : QString(),
        QStringLiteral("#c62828"));
    m_productionLabel->setToolTip(
        tr("A PostgreSQL database that TierDesk did not create: treat it as production."));
    if (m_session->writesEnabled())
        setTag(m_accessLabel, tr("Write actions on"), QStringLiteral("#e07b00"));
    else
        setTag(m_accessLabel, tr("Read-only"), QStringLiteral("#2e7d32"));
    m_accessLabel->setAccessibleName(m_accessLabel->text());
    setWindowTitle(tr("TierDesk — %1").arg(m_session->url().shortName()));
}

} // namespace TierDesk
