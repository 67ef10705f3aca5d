#include "affiliatedetailview.h"
#include "../models/affiliates/casesummary.h"
#include "../models/common/format.h"
#include "../models/common/text.h"
#include "../models/itemmodels/activitymodel.h"
#include "../models/itemmodels/batchmodel.h"
#include "../models/itemmodels/commissionmodel.h"
#include "../models/itemmodels/tiereventmodel.h"
#include "../models/session/session.h"
#include "eventdelegate.h"
#include "notice.h"
#include "tableexport.h"
#include "tierchart.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace TierDesk {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    // Tab leaves the table for the next control; the arrows move within it.
    table->setTabKeyNavigation(false);
    return table;
}

} // namespace

AffiliateDetailView::AffiliateDetailView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_numbers(new QLabel(this))
    , m_reevaluate(new QPushButton(this))
    , m_cleanup(new QPushButton(this))
    , m_resolve(new QPushButton(this))
    , m_report(new QPushButton(this))
    , m_export(new QAction(this))
    , m_copy(new QAction(this))
    , m_reevaluateAction(new QAction(this))
    , m_replyAction(new QAction(this))
    , m_cleanupAction(new QAction(this))
    , m_resolveAction(new QAction(this))
    , m_supersededAction(new QAction(this))
    , m_chart(new TierChart(this))
    , m_tabs(new QTabWidget(this))
    , m_showSuperseded(new QCheckBox(this))
    , m_events(new TierEventModel(this))
    , m_commissions(new CommissionModel(this))
    , m_batches(new BatchModel(this))
    , m_activity(new ActivityModel(this))
{
    setUpHeader();
    setUpTables();
    auto *eventsPage = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsPage);
    eventsLayout->setContentsMargins(0, 4, 0, 0);
    // The ticket's first question, answered above the rows: which payments caused each
    // promotion (the header stays short enough for a small screen).
    m_promotionAnswer = new QLabel(eventsPage);
    m_promotionAnswer->setObjectName(QStringLiteral("promotionAnswer"));
    m_promotionAnswer->setTextFormat(Qt::PlainText);
    m_promotionAnswer->setWordWrap(true);
    m_promotionAnswer->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    eventsLayout->addWidget(m_promotionAnswer);
    eventsLayout->addWidget(m_showSuperseded);
    eventsLayout->addWidget(m_eventTable);
    m_tabs->addTab(eventsPage, QString());
    m_tabs->addTab(createCommissionsPage(), QString());
    m_tabs->addTab(createBatchesPage(), QString());
    m_tabs->addTab(m_activityTable, QString());
    // Every tab in sight on a narrow window: elided first, scroll arrows only when even
    // that does not fit (no scroll-button-less tab bar: it would widen the window).
    m_tabs->setElideMode(Qt::ElideRight);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_badge);
    header->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reevaluate);
    actions->addWidget(m_cleanup);
    actions->addWidget(m_resolve);
    actions->addStretch();
    actions->addWidget(m_report);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("detailSplitter"));
    split->addWidget(m_chart);
    split->addWidget(m_tabs);
    // On a small screen the rows win over the chart: the tables answer the ticket.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setCollapsible(0, false);
    split->setCollapsible(1, false);

    m_alsoOpen = new QLabel(this);
    m_alsoOpen->setObjectName(QStringLiteral("alsoOpen"));
    m_alsoOpen->setTextFormat(Qt::PlainText);
    m_alsoOpen->setWordWrap(true);
    m_alsoOpen->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_alsoOpen);
    layout->addWidget(m_numbers);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    setUpActions();
    Notice::plainLabels(this);
    retranslate();
    updateActions();
}

// The title, the tier badge, the figures and the action buttons above the chart.
void AffiliateDetailView::setUpHeader()
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("affiliateTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText);
    // The title follows the window's width, never the other way round.
    m_title->setMinimumWidth(1);
    m_badge->setObjectName(QStringLiteral("tierBadge"));
    m_badge->setContentsMargins(8, 2, 8, 2);
    m_numbers->setWordWrap(true);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reevaluate->setObjectName(QStringLiteral("reevaluateButton"));
    m_cleanup->setObjectName(QStringLiteral("cleanupButton"));
    m_resolve->setObjectName(QStringLiteral("resolveFindingButton"));
    m_report->setObjectName(QStringLiteral("caseReportButton"));
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_copy->setObjectName(QStringLiteral("copySummaryAction"));
    auto *reportMenu = new QMenu(m_report);
    reportMenu->addAction(m_export);
    reportMenu->addAction(m_copy);
    reportMenu->addAction(m_replyAction);
    m_replyAction->setObjectName(QStringLiteral("replyAction"));
    m_replyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    connect(m_replyAction, &QAction::triggered, this, [this] {
        if (m_hasDetail)
            emit replyRequested(m_detail);
    });
    m_report->setMenu(reportMenu);
    m_showSuperseded->setObjectName(QStringLiteral("showSuperseded"));
}

// The four tables and their exports.
void AffiliateDetailView::setUpTables()
{
    m_eventTable = makeTable(m_events, this, QStringLiteral("eventTable"));
    m_eventTable->setItemDelegate(new EventDelegate(m_eventTable));
    // The change and the payment that crossed the threshold before the time: they
    // answer the ticket and stay on screen when the detail is narrow.
    QHeaderView *eventHeader = m_eventTable->horizontalHeader();
    eventHeader->moveSection(eventHeader->visualIndex(TierEventModel::Time),
        eventHeader->visualIndex(TierEventModel::CrossedBy));
    m_commissionTable = makeTable(m_commissions, this, QStringLiteral("commissionTable"));
    // The amount, the rate then and the payment before the long event id.
    QHeaderView *commissionHeader = m_commissionTable->horizontalHeader();
    commissionHeader->moveSection(commissionHeader->visualIndex(CommissionModel::StripeEvent),
        commissionHeader->visualIndex(CommissionModel::Payment));
    m_batchTable = makeTable(m_batches, this, QStringLiteral("affiliateBatchTable"));
    m_activityTable = makeTable(m_activity, this, QStringLiteral("activityTable"));
    m_activityTable->setColumnHidden(ActivityModel::Affiliate, true); // it is this one
    // Before any affiliate: wide enough for their titles ("Überschritten durch").
    for (QTableView *table : {m_eventTable, m_commissionTable, m_batchTable, m_activityTable})
        table->resizeColumnsToContents();
    TableExport::attach(m_eventTable, QStringLiteral("tier-events"));
    // The commissions load a page at a time and the tab holds the newest activity
    // only: their exports read every row of what is shown (filters applied).
    TableExport::attach(
        m_commissionTable, QStringLiteral("commissions"), [this](const TableExport::Ready &ready) {
            m_commissions->readAll(
                this, [ready](std::shared_ptr<CommissionModel> all, const QString &error) {
                    ready(all.get(), error);
                });
        });
    TableExport::attach(m_batchTable, QStringLiteral("batches"));
    TableExport::attach(
        m_activityTable, QStringLiteral("activity"), [this](const TableExport::Ready &ready) {
            if (!m_session || !m_hasDetail) {
                ready(m_activity, QString());
                return;
            }
            Activity::Filter filter;
            filter.affiliateId = m_detail.id;
            ActivityModel::readAll(m_session->reader(), this, filter, ready);
        });
}

// The batches that touched the affiliate, and the undo of the selected one (the same
// preview, confirmation and re-check as the audit view's).
QWidget *AffiliateDetailView::createBatchesPage()
{
    auto *page = new QWidget(this);
    m_undoBatch = new QPushButton(page);
    m_undoBatch->setObjectName(QStringLiteral("detailUndoBatchButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_undoBatch);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_batchTable);
    layout->addLayout(buttons);
    connect(m_undoBatch, &QPushButton::clicked, this, [this] {
        if (const Backfill::Batch *batch = m_batches->batchAt(m_batchTable->currentIndex().row()))
            emit undoBatchRequested(batch->id);
    });
    connect(m_batchTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AffiliateDetailView::updateActions);
    return page;
}

// The commissions, filtered by days and by a fragment of the Stripe event id.
QWidget *AffiliateDetailView::createCommissionsPage()
{
    auto *commissionsPage = new QWidget(this);
    auto *filterRow = new QHBoxLayout;
    m_commissionSearch = new QLineEdit(commissionsPage);
    m_commissionSearch->setObjectName(QStringLiteral("commissionSearch"));
    m_commissionSearch->setClearButtonEnabled(true);
    m_commissionDates = new QCheckBox(commissionsPage);
    m_commissionDates->setObjectName(QStringLiteral("commissionDates"));
    m_commissionFrom = new QDateEdit(commissionsPage);
    m_commissionFrom->setObjectName(QStringLiteral("commissionFrom"));
    m_commissionTo = new QDateEdit(commissionsPage);
    m_commissionTo->setObjectName(QStringLiteral("commissionTo"));
    for (QDateEdit *edit : {m_commissionFrom, m_commissionTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Format::tr("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    filterRow->addWidget(m_commissionSearch, 1);
    filterRow->addWidget(m_commissionDates);
    filterRow->addWidget(m_commissionFrom);
    filterRow->addWidget(m_commissionTo);
    auto *commissionsLayout = new QVBoxLayout(commissionsPage);
    commissionsLayout->setContentsMargins(0, 4, 0, 0);
    // The ticket's second question, answered above the rows.
    m_rateAnswer = new QLabel(commissionsPage);
    m_rateAnswer->setObjectName(QStringLiteral("rateAnswer"));
    m_rateAnswer->setTextFormat(Qt::PlainText);
    m_rateAnswer->setWordWrap(true);
    m_rateAnswer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    commissionsLayout->addWidget(m_rateAnswer);
    commissionsLayout->addLayout(filterRow);
    commissionsLayout->addWidget(m_commissionTable);
    const auto applyCommissionFilter = [this] {
        AffiliateDetail::CommissionFilter filter;
        filter.eventText = m_commissionSearch->text();
        if (m_commissionDates->isChecked()) {
            filter.from = m_commissionFrom->date();
            filter.to = m_commissionTo->date();
        }
        m_commissions->setFilter(filter);
    };
    connect(m_commissionSearch, &QLineEdit::textChanged, this, applyCommissionFilter);
    connect(m_commissionDates, &QCheckBox::toggled, this, [this, applyCommissionFilter](bool on) {
        m_commissionFrom->setEnabled(on);
        m_commissionTo->setEnabled(on);
        applyCommissionFilter();
    });
    connect(m_commissionFrom, &QDateEdit::dateChanged, this, applyCommissionFilter);
    connect(m_commissionTo, &QDateEdit::dateChanged, this, applyCommissionFilter);
    return commissionsPage;
}

// The actions' names and shortcuts, and what each does.
void AffiliateDetailView::setUpActions()
{
    m_reevaluateAction->setObjectName(QStringLiteral("reevaluateAction"));
    m_reevaluateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_cleanupAction->setObjectName(QStringLiteral("cleanupAction"));
    m_cleanupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_resolveAction->setObjectName(QStringLiteral("resolveAction"));
    m_resolveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_supersededAction->setObjectName(QStringLiteral("showSupersededAction"));
    m_supersededAction->setCheckable(true);
    m_supersededAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    connect(m_commissions, &CommissionModel::revealed, this, [this](int row) {
        m_tabs->setCurrentIndex(1);
        m_commissionTable->selectRow(row);
        m_commissionTable->scrollTo(
            m_commissions->index(row, 0), QAbstractItemView::PositionAtCenter);
    });
    connect(m_showSuperseded, &QCheckBox::toggled, m_events, &TierEventModel::setShowSuperseded);
    connect(m_showSuperseded, &QCheckBox::toggled, m_supersededAction, &QAction::setChecked);
    connect(m_supersededAction, &QAction::toggled, m_showSuperseded, &QCheckBox::setChecked);
    connect(m_reevaluate, &QPushButton::clicked, m_reevaluateAction, &QAction::trigger);
    connect(m_cleanup, &QPushButton::clicked, m_cleanupAction, &QAction::trigger);
    connect(m_resolve, &QPushButton::clicked, m_resolveAction, &QAction::trigger);
    connect(m_resolveAction, &QAction::triggered, this,
        [this] { emit resolveRequested(m_affiliateId); });
    connect(m_reevaluateAction, &QAction::triggered, this,
        [this] { emit reevaluateRequested(m_affiliateId); });
    connect(
        m_cleanupAction, &QAction::triggered, this, [this] { emit cleanupRequested(m_detail); });
    connect(m_export, &QAction::triggered, this, [this] { emit exportRequested(m_detail); });
    connect(m_copy, &QAction::triggered, this, [this] {
        if (!m_hasDetail || !m_session)
            return;
        QApplication::clipboard()->setText(
            CaseSummary::text(m_detail, m_session->url().toDisplayString()));
        emit summaryCopied();
    });
}

void AffiliateDetailView::setSession(Session *session)
{
    m_session = session;
    clear();
}

void AffiliateDetailView::showAffiliate(const QString &affiliateId)
{
    if (affiliateId == m_affiliateId && (m_hasDetail || m_loading))
        return;
    m_affiliateId = affiliateId;
    reload();
}

void AffiliateDetailView::reload()
{
    if (!m_session || m_affiliateId.isEmpty())
        return;
    m_loading = true;
    m_error.clear();
    const QString id = m_affiliateId;
    m_session->reader()->run(
        this, [id](const Connection &c) { return AffiliateDetail::load(c, id); },
        m_answers.latest([this](Result<AffiliateDetail> detail) {
            m_loading = false;
            if (detail) {
                setDetail(*detail);
            } else {
                m_error = detail.error().message;
                updateHeader();
            }
            emit loaded();
        }));
    updateHeader();
}

void AffiliateDetailView::clear()
{
    m_answers.invalidate();
    m_affiliateId.clear();
    m_detail = {};
    m_hasDetail = false;
    m_loading = false;
    m_error.clear();
    m_events->clear();
    m_commissions->setCommissions({}, {}, 0, nullptr);
    m_batches->setBatches({});
    m_chart->clear();
    updateHeader();
    updateActions();
    updateVisitors();
    emit shownAffiliateChanged(QString());
}

void AffiliateDetailView::setVisitors(const QList<Visitor> &visitors)
{
    m_visitors = visitors;
    updateVisitors();
}

void AffiliateDetailView::updateVisitors()
{
    QStringList here;
    for (const Visitor &visitor : std::as_const(m_visitors)) {
        if (!m_hasDetail || visitor.affiliateId != m_detail.id)
            continue;
        const QString name = visitor.operatorName.isEmpty()
            ? tr("an agent")
            : Text::isolated(Text::elided(Text::printable(visitor.operatorName), 60));
        here << (visitor.since.isValid()
                ? tr("%1 (since %2)").arg(name, Format::timeToMinutes(visitor.since))
                : name);
    }
    m_alsoOpen->setVisible(!here.isEmpty());
    m_alsoOpen->setText(here.isEmpty()
            ? QString()
            : tr("Also open in another window: %1.").arg(here.join(QStringLiteral(", "))));
}

void AffiliateDetailView::setDetail(const AffiliateDetail &detail)
{
    const bool sameAffiliate = m_hasDetail && m_detail.id == detail.id;
    if (!sameAffiliate)
        emit shownAffiliateChanged(detail.id);
    const AffiliateDetail::CommissionFilter kept = m_commissions->filter();
    m_detail = detail;
    m_hasDetail = true;
    m_events->setDetail(detail);
    if (!sameAffiliate) {
        // Another affiliate: the commission filter starts empty, its days span theirs.
        // The same one read again (after a write, a refresh): the filter stays.
        const QSignalBlocker search(m_commissionSearch);
        const QSignalBlocker dates(m_commissionDates);
        const QSignalBlocker from(m_commissionFrom);
        const QSignalBlocker to(m_commissionTo);
        m_commissionSearch->clear();
        m_commissionDates->setChecked(false);
        m_commissionFrom->setEnabled(false);
        m_commissionTo->setEnabled(false);
        m_commissionFrom->setDate(detail.firstCommissionAt.isValid()
                ? detail.firstCommissionAt.toUTC().date()
                : detail.asOf.toUTC().date());
        m_commissionTo->setDate(detail.asOf.toUTC().date());
    }
    m_commissions->setRates(detail.rates);
    m_commissions->setCommissions(detail.id, detail.commissions, detail.commissionCount,
        m_session ? m_session->reader() : nullptr);
    if (sameAffiliate && !kept.isEmpty())
        m_commissions->setFilter(kept);
    m_batches->setBatches(detail.batches);
    m_activity->setEntries(detail.activity);
    m_chart->setDetail(detail);
    m_eventTable->resizeColumnsToContents();
    m_commissionTable->resizeColumnsToContents();
    m_batchTable->resizeColumnsToContents();
    m_activityTable->resizeColumnsToContents();
    updateHeader();
    updateActions();
    retranslate();
    if (!m_revealEvent.isEmpty())
        m_commissions->reveal(std::exchange(m_revealEvent, QString()));
}

void AffiliateDetailView::revealCommission(const QString &stripeEventId)
{
    if (m_hasDetail && !m_loading)
        m_commissions->reveal(stripeEventId);
    else
        m_revealEvent = stripeEventId;
}

void AffiliateDetailView::updateActions()
{
    const bool writable = m_session && m_session->writesEnabled();
    int redundant = 0;
    for (const auto &cluster : std::as_const(m_detail.audit.clusters))
        redundant += int(cluster.redundantIds.size());
    m_reevaluateAction->setEnabled(m_hasDetail && writable);
    m_cleanupAction->setEnabled(m_hasDetail && writable && redundant > 0);
    const Audit::Summary &found = m_detail.audit.summary;
    m_resolveAction->setEnabled(
        m_hasDetail && writable && found.conflicts + found.chainBreaks + found.drift > 0);
    m_resolve->setEnabled(m_resolveAction->isEnabled());
    m_copy->setEnabled(m_hasDetail);
    m_replyAction->setEnabled(m_hasDetail);
    m_export->setEnabled(m_hasDetail);
    m_reevaluate->setEnabled(m_reevaluateAction->isEnabled());
    m_cleanup->setEnabled(m_cleanupAction->isEnabled());
    m_report->setEnabled(m_hasDetail);
    const Backfill::Batch *batch = m_batches->batchAt(m_batchTable->currentIndex().row());
    m_undoBatch->setEnabled(m_hasDetail && writable && batch && BatchModel::isUndoable(*batch));
    const QString readOnly
        = tr("The session is read-only: turn on write actions in the Session menu.");
    m_undoBatch->setToolTip(writable
            ? tr("Restore the rows of the selected batch (preview first, then confirm).")
            : readOnly);
    m_reevaluate->setToolTip(
        writable ? tr("Run the race-guarded tier evaluator for this affiliate now.") : readOnly);
    m_resolve->setToolTip(writable
            ? tr("Decide this affiliate's conflict, drift or chain break (preview first).")
            : readOnly);
    m_cleanup->setToolTip(writable
            ? tr("Supersede this affiliate's redundant race duplicates (preview first).")
            : readOnly);
}

void AffiliateDetailView::updateHeader()
{
    if (!m_hasDetail) {
        m_title->setText(m_loading ? tr("Loading…") : tr("No affiliate selected"));
        m_badge->hide();
        m_numbers->setText(m_error.isEmpty()
                ? tr("Search for a handle, a name, an e-mail address, an affiliate id "
                     "or a Stripe event id (evt_…).")
                : m_error);
        m_rateAnswer->clear();
        m_promotionAnswer->clear();
        return;
    }
    m_rateAnswer->setText(CaseSummary::rates(m_detail));
    // The handle and name are the affiliate's own: isolated (an override in one
    // cannot turn the other around), elided (a 10,000-character name does not
    // set the window's width), and flagged when they could pass for another.
    const QStringList odd = Text::suspiciousCodePoints(m_detail.handle)
        + Text::suspiciousCodePoints(m_detail.name, false);
    // The mark first, where a long name cannot push it off the screen.
    QString title = odd.isEmpty() ? QString() : QStringLiteral("⚠ ");
    title += QLatin1Char('@') + Text::isolated(Text::elided(m_detail.handle, 60))
        + QStringLiteral(" · ") + Text::isolated(Text::elided(m_detail.name, 80));
    m_title->setText(title);
    m_title->setToolTip(odd.isEmpty()
            ? QString()
            : tr("This handle or name contains %1, characters that make it look like "
                 "another; check that it is the affiliate you mean.")
                  .arg(odd.join(QStringLiteral(", "))));
    const QString tier = m_detail.tierName().isEmpty()
        ? Format::rate(m_detail.rate)
        : tr("%1 · %2").arg(m_detail.tierName(), Format::rate(m_detail.rate));
    m_badge->setText(tier);
    m_badge->show();
    // A badge in the tier's colour, readable on light and dark.
    const QString colour = TierChart::tierColor(m_detail.rate).name();
    m_badge->setStyleSheet(
        QStringLiteral("QLabel#tierBadge { background: %1; color: white; border-radius: 9px; "
                       "font-weight: bold; }")
            .arg(colour));
    m_badge->setAccessibleName(tr("Tier: %1").arg(tier));
    QString numbers
        = tr("90-day commissions %1 (as of %2)")
              .arg(Format::money(m_detail.sum90Cents), Format::timeToSeconds(m_detail.asOf));
    if (m_detail.nextTier)
        numbers += QStringLiteral(" · ")
            + tr("%1 from %2: %3 to go")
                  .arg(m_detail.nextTier->name, Format::money(m_detail.nextTier->thresholdCents),
                      Format::money(m_detail.toNextTierCents()));
    else
        numbers += QStringLiteral(" · ") + tr("highest tier");
    const QStringList promotions = CaseSummary::promotions(m_detail);
    m_promotionAnswer->setText(promotions.join(QLatin1Char('\n')));
    m_promotionAnswer->setVisible(!promotions.isEmpty());
    const QStringList findings = CaseSummary::findings(m_detail);
    if (!findings.isEmpty())
        numbers += QStringLiteral("\n") + findings.join(QLatin1Char('\n'));
    m_numbers->setText(numbers);
}

void AffiliateDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The columns fit the words of the language now shown.
        for (QTableView *table : {m_eventTable, m_commissionTable, m_batchTable, m_activityTable})
            table->resizeColumnsToContents();
    }
    QWidget::changeEvent(event);
}

void AffiliateDetailView::retranslate()
{
    updateVisitors();
    m_reevaluate->setText(tr("Re-&evaluate tier"));
    m_cleanup->setText(tr("&Clean up duplicates…"));
    m_resolve->setText(tr("Resolve fi&nding…"));
    m_report->setText(tr("Case re&port"));
    m_reevaluateAction->setText(tr("Re-evaluate tier"));
    m_cleanupAction->setText(tr("Clean up duplicates…"));
    m_resolveAction->setText(tr("Resolve a finding…"));
    m_supersededAction->setText(tr("Show superseded events"));
    m_export->setText(tr("Export as PDF…"));
    m_copy->setText(tr("Copy summary for a ticket"));
    m_replyAction->setText(tr("Draft a reply to the affiliate…"));
    m_showSuperseded->setText(tr("Show supe&rseded events"));
    int active = 0;
    int superseded = 0;
    for (const auto &event : std::as_const(m_detail.events))
        (event.superseded ? superseded : active)++;
    m_tabs->setTabText(0,
        superseded
            ? tr("Even&ts (%1 + %2 superseded)").arg(Text::of(active), Text::of(superseded))
            : tr("Even&ts (%1)").arg(active));
    m_tabs->setTabText(
        1, tr("Co&mmissions (%1)").arg(QLocale().toString(m_detail.commissionCount)));
    m_commissionSearch->setPlaceholderText(tr("Find a Stripe event id (any part)"));
    m_commissionSearch->setAccessibleName(tr("Find a commission by Stripe event id"));
    m_commissionDates->setText(tr("Days fr&om"));
    m_commissionTo->setAccessibleName(tr("to"));
    m_commissionFrom->setAccessibleName(tr("Days from"));
    m_tabs->setTabText(2, tr("Cleanup &batches (%1)").arg(m_detail.batches.size()));
    m_undoBatch->setText(tr("&Undo cleanup…"));
    m_tabs->setTabText(3, tr("Activit&y (%1)").arg(m_detail.activity.size()));
    // A tab elided on a narrow window says its whole name on hover.
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabToolTip(tab, QString(m_tabs->tabText(tab)).remove(QLatin1Char('&')));
    m_activityTable->setAccessibleName(tr("Activity: who did what to this affiliate, and why"));
    m_activity->retranslate();
    m_eventTable->setAccessibleName(tr("Tier events"));
    m_commissionTable->setAccessibleName(tr("Commissions"));
    m_batchTable->setAccessibleName(tr("Cleanup batches of this affiliate"));
    m_events->retranslate();
    m_commissions->retranslate();
    m_batches->retranslate();
    updateHeader();
    updateActions();
}

} // namespace TierDesk
