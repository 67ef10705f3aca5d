#include "affiliatesview.h"
#include "../models/common/format.h"
#include "../models/common/text.h"
#include "../models/figures/affiliatestats.h"
#include "../models/itemmodels/affiliatelistmodel.h"
#include "../models/session/session.h"
#include "affiliatedetailview.h"
#include "notice.h"
#include "tableexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace TierDesk {

AffiliatesView::AffiliatesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AffiliateListModel(this))
    , m_search(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_tierLabel(new QLabel(this))
    , m_duplicates(new QCheckBox(this))
    , m_attention(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_refreshFigures(new QToolButton(this))
    , m_clearFilters(new QToolButton(this))
    , m_table(new QTableView(this))
    , m_detail(new AffiliateDetailView(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_debounce(new QTimer(this))
{
    setUpWidgets();
    layOut();
    connectFilters();
    Notice::plainLabels(this);
    retranslate();
}

void AffiliatesView::setUpWidgets()
{
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_tier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // A screen reader on Linux names a combo box by the label whose buddy it is.
    m_tierLabel->setBuddy(m_tier);
    m_duplicates->setObjectName(QStringLiteral("duplicatesFilter"));
    m_attention->setObjectName(QStringLiteral("attentionFilter"));
    m_table->setObjectName(QStringLiteral("affiliateTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AffiliateListModel::Handle, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnHidden(AffiliateListModel::Email, true);
    // Duplicates, the incident's key column, right after the name: it stays on screen
    // when the list is narrow; 90-day commissions and events follow the tier.
    m_table->horizontalHeader()->moveSection(
        m_table->horizontalHeader()->visualIndex(AffiliateListModel::Duplicates), 2);
    m_table->setWordWrap(false);
    // Tab leaves the list for the detail; the arrows move within it.
    m_table->setTabKeyNavigation(false);
    // The list loads a page at a time; its export reads every row of the query.
    TableExport::attach(
        m_table, QStringLiteral("affiliates"), [this](const TableExport::Ready &ready) {
            m_model->readAll(
                this, [ready](std::shared_ptr<AffiliateListModel> all, const QString &error) {
                    ready(all.get(), error);
                });
        });
    m_search->installEventFilter(this);
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    m_clearFilters->hide();
    m_count->setObjectName(QStringLiteral("matchCount"));
    m_figures->setObjectName(QStringLiteral("figuresAsOf"));
    m_figures->setForegroundRole(QPalette::PlaceholderText);
    m_refreshFigures->setObjectName(QStringLiteral("refreshFigures"));
    m_refreshFigures->setAutoRaise(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
}

// The search and filters over the list, its count and figures; the detail beside it.
void AffiliatesView::layOut()
{
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_tierLabel);
    searchRow->addWidget(m_tier);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_duplicates);
    filters->addWidget(m_attention);
    filters->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_clearFilters);
    leftLayout->addLayout(countRow);
    auto *figures = new QHBoxLayout;
    figures->addWidget(m_figures);
    figures->addWidget(m_refreshFigures);
    figures->addStretch();
    leftLayout->addLayout(figures);
    m_split->setObjectName(QStringLiteral("affiliatesSplitter"));
    m_split->addWidget(left);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setSizes({460, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_split);
}

void AffiliatesView::connectFilters()
{
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        m_selectFirst = true;
        applyFilter();
    });
    connect(m_debounce, &QTimer::timeout, this, &AffiliatesView::applyFilter);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &AffiliatesView::applyFilter);
    connect(m_duplicates, &QCheckBox::toggled, this, &AffiliatesView::applyFilter);
    connect(m_attention, &QCheckBox::toggled, this, &AffiliatesView::applyFilter);
    // A row opens when it is selected (a click, the arrows, a search's first match), not
    // when the list merely takes the focus.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AffiliatesView::selectionChanged);
    connect(m_clearFilters, &QToolButton::clicked, this, &AffiliatesView::clearFilters);
    connect(m_model, &AffiliateListModel::loaded, this, &AffiliatesView::afterLoad);
    connect(m_model, &AffiliateListModel::statsChanged, this, &AffiliatesView::updateFigures);
    connect(m_model, &AffiliateListModel::searchModeChanged, this, &AffiliatesView::retranslate);
    connect(m_refreshFigures, &QToolButton::clicked, this, &AffiliatesView::refreshFigures);
}

void AffiliatesView::setSession(Session *session)
{
    m_session = session;
    m_detail->setSession(session);
    m_model->setWorker(session ? session->reader() : nullptr);
    if (session) {
        connect(session, &Session::writesEnabledChanged, this, &AffiliatesView::updateFigures);
        m_model->setTierNames(session->tierNames());
        const QSignalBlocker blocker(m_tier);
        m_tier->clear();
        m_tier->addItem(QString());
        for (const auto &tier : session->policy().tiers())
            m_tier->addItem(tier.name, tier.rate);
        retranslate();
    }
}

bool AffiliatesView::isLoading() const
{
    return m_model->isLoading() || m_detail->isLoading() || m_debounce->isActive();
}

void AffiliatesView::applyFilter()
{
    AffiliateQuery::Filter filter;
    filter.search = m_search->text();
    // A Stripe event id: its commission is shown once the affiliate opens.
    m_searchedEvent
        = AffiliateQuery::matchFor(filter.search, true) == AffiliateQuery::Match::StripeEvent
        ? filter.search.trimmed()
        : QString();
    if (m_tier->currentIndex() > 0)
        filter.rate = m_tier->currentData().toInt();
    filter.withDuplicates = m_duplicates->isChecked();
    filter.withConflictsOrDrift = m_attention->isChecked();
    m_model->setFilter(filter);
}

void AffiliatesView::search(const QString &text)
{
    m_searchedEvent.clear();
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    m_debounce->stop();
    m_selectFirst = true;
    applyFilter();
}

void AffiliatesView::selectAffiliate(const QString &affiliateId)
{
    // The agent's choice wins over a reload still on its way (which would select what
    // was open before it, or the search's first row).
    m_pendingSelection.clear();
    m_selectFirst = false;
    const int row = m_model->rowOf(affiliateId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
        return;
    }
    // Not on a loaded page: the detail shows it, and the person's search stays as typed.
    m_table->clearSelection();
    open(affiliateId);
}

void AffiliatesView::open(const QString &affiliateId)
{
    m_detail->showAffiliate(affiliateId);
    if (m_navigating || (m_historyIndex >= 0 && m_history.at(m_historyIndex) == affiliateId))
        return;
    m_history.resize(m_historyIndex + 1);
    m_history.append(affiliateId);
    m_historyIndex = m_history.size() - 1;
    emit historyChanged();
}

void AffiliatesView::goBack()
{
    if (canGoBack())
        goTo(int(m_historyIndex) - 1);
}

void AffiliatesView::goForward()
{
    if (canGoForward())
        goTo(int(m_historyIndex) + 1);
}

void AffiliatesView::goTo(int historyIndex)
{
    m_historyIndex = historyIndex;
    const QString id = m_history.at(historyIndex);
    m_navigating = true;
    selectAffiliate(id);
    m_navigating = false;
    emit historyChanged();
}

bool AffiliatesView::filtersOn() const
{
    return m_tier->currentIndex() > 0 || m_duplicates->isChecked() || m_attention->isChecked();
}

void AffiliatesView::clearFilters()
{
    {
        const QSignalBlocker tier(m_tier);
        const QSignalBlocker duplicates(m_duplicates);
        const QSignalBlocker attention(m_attention);
        m_tier->setCurrentIndex(0);
        m_duplicates->setChecked(false);
        m_attention->setChecked(false);
    }
    m_selectFirst = true;
    applyFilter();
    m_search->setFocus(Qt::OtherFocusReason);
}

void AffiliatesView::afterLoad()
{
    if (!m_pendingSelection.isEmpty()) {
        const int row = m_model->rowOf(m_pendingSelection);
        if (row >= 0) {
            m_pendingSelection.clear();
            m_selectFirst = false;
            m_table->selectRow(row);
            return;
        }
    }
    if (m_selectFirst && m_model->rowCount() > 0) {
        m_selectFirst = false;
        m_table->selectRow(0);
        if (!m_searchedEvent.isEmpty() && m_model->rowCount() == 1)
            m_detail->revealCommission(m_searchedEvent);
    }
    updateCount();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true;
        m_table->resizeColumnsToContents();
    }
}

void AffiliatesView::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    open(rows.first().data(AffiliateListModel::AffiliateIdRole).toString());
}

void AffiliatesView::updateCount()
{
    const bool hidden = m_model->lastError().isEmpty() && m_model->totalCount() == 0
        && !m_model->isLoading() && filtersOn();
    m_clearFilters->setVisible(hidden);
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    else if (hidden)
        m_count->setText(tr("No affiliate matches with these filters on."));
    else if (m_model->totalCount() == 0 && !m_model->isLoading() && !m_model->substringSearch()
        && !m_search->text().trimmed().isEmpty())
        m_count->setText(tr("No handle, name or e-mail begins with this (this database matches "
                            "beginnings only)."));
    else if (m_model->isCounting() && m_model->rowCount() > 0)
        //: The first page is shown while the matches are still being counted.
        m_count->setText(
            tr("%Ln or more affiliate(s) match, counting…", nullptr, m_model->rowCount()));
    else
        m_count->setText(tr("%Ln affiliate(s) match", nullptr, int(m_model->totalCount())));
}

bool AffiliatesView::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search box goes on to the list, its first row selected.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        if (m_table->selectionModel()->selectedRows().isEmpty())
            m_table->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void AffiliatesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AffiliatesView::refresh()
{
    const QString selected = m_detail->affiliateId();
    m_model->reload();
    if (!selected.isEmpty()) {
        m_pendingSelection = selected;
        m_detail->reload();
    }
}

void AffiliatesView::updateFigures()
{
    // Broken into lines, so the tooltip wraps instead of running across the screen, in
    // plain text a screen reader reads as it is.
    const auto paragraph = [](const QString &text) { return Text::wrapped(text); };
    const auto stats = m_model->stats();
    if (stats && stats->usable()) {
        // Older than a day: say so in words, since payments since then are missing.
        const qint64 days = stats->asOf.secsTo(QDateTime::currentDateTimeUtc()) / 86400;
        m_figures->setText(days >= 1
                ? tr("Figures as of %1 (%Ln day(s) old)", nullptr, int(days))
                      .arg(Format::timeToMinutes(stats->asOf))
                : tr("Figures as of %1").arg(Format::timeToMinutes(stats->asOf)));
        m_figures->setToolTip(paragraph(
            tr("The 90-day commissions, events and duplicates in this list were computed at %1. "
               "TierDesk's own changes update them at once; payments recorded since then show "
               "after the next refresh. The affiliate's detail is always current.")
                .arg(Format::timeToMinutes(stats->asOf))));
    } else {
        m_figures->setText(tr("Figures computed live"));
        m_figures->setToolTip(paragraph(stats && stats->asOf.isValid()
                ? tr("%Ln affiliate(s) were added after the figures were computed, so the list "
                     "computes them for every row it shows; sorting by a figure is slow on a "
                     "large database until they are refreshed.",
                    nullptr, int(stats->affiliates - stats->summarised))
                : tr("The figures have never been computed for this database, so the list "
                     "computes them for every row it shows; sorting by a figure is slow on a "
                     "large database until they are refreshed.")));
    }
    const bool canWrite = m_session && m_session->writesEnabled() && !m_refreshing;
    m_refreshFigures->setEnabled(canWrite);
    m_refreshFigures->setToolTip(m_session && m_session->writesEnabled()
            ? tr("Compute every affiliate's figures again (a few seconds on a large database)")
            : tr("Turn on write actions to refresh the figures, or run \"tierdesk-cli stats "
                 "--refresh\""));
}

void AffiliatesView::refreshFigures()
{
    if (!m_session || !m_session->writer() || m_refreshing)
        return;
    m_refreshing = true;
    updateFigures();
    m_figures->setText(tr("Computing figures…"));
    m_session->writer()->run(
        this, [](const Connection &c) { return AffiliateStats::refresh(c); },
        [this](Result<AffiliateStats::Status> status) {
            m_refreshing = false;
            if (status) {
                refresh();
                return;
            }
            // Where the figures' time stood, until the next load says it again (a reload
            // now would write the count over it at once); cut to the line's width, so the
            // list does not widen, and whole in the tooltip.
            updateFigures();
            const QString message = status.error().message;
            m_figures->setText(m_figures->fontMetrics().elidedText(
                message, Qt::ElideRight, qMax(m_figures->width(), 200)));
            m_figures->setToolTip(message);
        });
}

void AffiliatesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_model->rowCount() > 0)
            m_table->resizeColumnsToContents(); // the columns fit the words now shown
    }
    QWidget::changeEvent(event);
}

void AffiliatesView::retranslate()
{
    m_search->setPlaceholderText(m_model->substringSearch()
            ? tr("Search handle, name, e-mail, id or evt_… (Ctrl+F)")
            : tr("Search the beginning of a handle, name or e-mail, an id or evt_… (Ctrl+F)"));
    m_search->setToolTip(m_model->substringSearch()
            ? tr("Finds any part of a handle, a name or an e-mail address (three letters or "
                 "more; shorter text matches beginnings), every word in any order and case.")
            : tr("This database has no trigram index, so only the beginning of a handle, a name "
                 "or an e-mail address is matched. \"tierdesk-cli migrate\" creates it where "
                 "the server allows (pg_trgm on PostgreSQL)."));
    m_search->setAccessibleName(tr("Search affiliates"));
    if (m_tier->count() > 0)
        m_tier->setItemText(0, tr("All tiers"));
    m_tier->setAccessibleName(tr("Filter by tier"));
    m_tierLabel->setText(tr("Tier:"));
    m_duplicates->setText(tr("Has &duplicates"));
    m_attention->setText(tr("Conflicts or dr&ift"));
    m_table->setAccessibleName(tr("Affiliates"));
    m_model->retranslate();
    updateCount();
    m_clearFilters->setText(tr("Clear filters"));
    m_refreshFigures->setText(tr("Refresh"));
    m_refreshFigures->setAccessibleName(tr("Refresh figures"));
    updateFigures();
}

} // namespace TierDesk
