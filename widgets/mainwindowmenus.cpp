#include "../models/common/format.h"
#include "../models/common/text.h"
#include "../models/itemmodels/affiliatelistmodel.h"
#include "../models/itemmodels/auditmodel.h"
#include "../models/report/casereport.h"
#include "../models/session/session.h"
#include "../models/tier/tierevaluator.h"
#include "activityview.h"
#include "affiliatedetailview.h"
#include "affiliatesview.h"
#include "appearance.h"
#include "auditview.h"
#include "backfillflow.h"
#include "beaconsview.h"
#include "connectdialog.h"
#include "filedialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "notice.h"
#include "reevaluatedialog.h"
#include "replydialog.h"
#include "resolveflow.h"

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
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
namespace TierDesk {

// The main window's menus and actions, and the dialogs they open directly.

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
        QString(), this, &MainWindow::openDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_exportAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_affiliates->detailView()->hasDetail())
            emit m_affiliates->detailView()->exportRequested(m_affiliates->detailView()->detail());
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_namesDatabaseAction = m_fileMenu->addAction(QString());
    m_namesDatabaseAction->setObjectName(QStringLiteral("caseReportNamesDatabase"));
    m_namesDatabaseAction->setCheckable(true);
    m_namesDatabaseAction->setChecked(m_settings.caseReportNamesDatabase());
    connect(m_namesDatabaseAction, &QAction::toggled, this,
        [this](bool on) { m_settings.setCaseReportNamesDatabase(on); });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < ViewCount; ++i) {
        m_viewActions[i] = m_viewMenu->addAction(QString(), this, [this, i] { showView(View(i)); });
        m_viewActions[i]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    m_viewMenu->addSeparator();
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        showView(View::Affiliates);
        m_affiliates->focusSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_refreshAction = m_viewMenu->addAction(QString(), this, &MainWindow::refreshAll);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    createZoneMenu();
    createAppearanceMenu();

    createAffiliateMenu();

    m_sessionMenu = menuBar()->addMenu(QString());
    m_writeAction = m_sessionMenu->addAction(QString());
    m_writeAction->setObjectName(QStringLiteral("writeAction"));
    m_writeAction->setCheckable(true);
    m_writeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_writeAction, &QAction::triggered, this, [this](bool on) {
        // The action's state follows the session, not the click: asking may say no.
        m_writeAction->setChecked(writesEnabled());
        setWritesEnabled(on);
    });

    m_operatorAction = m_sessionMenu->addAction(QString(), this, &MainWindow::askOperatorName);
    m_operatorAction->setObjectName(QStringLiteral("operatorNameAction"));

    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_german = m_languageMenu->addAction(QStringLiteral("Deutsch"));
    for (QAction *action : {m_english, m_german}) {
        action->setCheckable(true);
        m_languages->addAction(action);
    }
    const bool german = LanguageManager::instance()
        && LanguageManager::instance()->language() == QLatin1String("de");
    (german ? m_german : m_english)->setChecked(true);
    connect(m_english, &QAction::triggered, this, [] {
        if (LanguageManager::instance())
            LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    });
    connect(m_german, &QAction::triggered, this, [] {
        if (LanguageManager::instance())
            LanguageManager::instance()->setLanguage(QStringLiteral("de"));
    });
    createHelpMenu();
    rebuildRecentMenu();
    // A text field keeps its own editing keys, but not the window's commands: Ctrl+E
    // exports the case report from the search box too (QLineEdit would move to the end).
    m_affiliates->searchBox()->installEventFilter(this);
}

void MainWindow::createAffiliateMenu()
{
    AffiliateDetailView *detail = m_affiliates->detailView();
    m_affiliateMenu = menuBar()->addMenu(QString());
    m_affiliateMenu->addAction(detail->reevaluateAction());
    m_affiliateMenu->addAction(detail->cleanupAction());
    m_affiliateMenu->addAction(detail->resolveAction());
    m_affiliateMenu->addSeparator();
    m_affiliateMenu->addAction(m_exportAction);
    m_affiliateMenu->addAction(detail->copySummaryAction());
    m_affiliateMenu->addAction(detail->replyAction());
    connect(
        detail, &AffiliateDetailView::replyRequested, this, [this](const AffiliateDetail &shown) {
            if (!m_session)
                return;
            // The reply is signed with the agent's name: asked the first time it is needed.
            if (m_settings.savedOperatorName().isEmpty())
                askOperatorName();
            auto *dialog = new ReplyDialog(m_session.get(), shown, m_settings.operatorName(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    m_affiliateMenu->addSeparator();
    m_affiliateMenu->addAction(detail->showSupersededAction());
    m_affiliateMenu->addSeparator();
    m_backAction = m_affiliateMenu->addAction(QString(), m_affiliates, &AffiliatesView::goBack);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forwardAction
        = m_affiliateMenu->addAction(QString(), m_affiliates, &AffiliatesView::goForward);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    const auto updateHistory = [this] {
        m_backAction->setEnabled(m_affiliates->canGoBack());
        m_forwardAction->setEnabled(m_affiliates->canGoForward());
    };
    connect(m_affiliates, &AffiliatesView::historyChanged, this, updateHistory);
    updateHistory();
    // The detail's actions work wherever the focus is in the window, on the affiliate shown.
    for (QAction *action : m_affiliateMenu->actions())
        action->setShortcutContext(Qt::WindowShortcut);
    connect(detail, &AffiliateDetailView::summaryCopied, this,
        [this] { statusBar()->showMessage(tr("Summary copied to the clipboard."), 5000); });
}

void MainWindow::createZoneMenu()
{
    m_viewMenu->addSeparator();
    m_zoneMenu = m_viewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_utcAction
        = m_zoneMenu->addAction(QString(), this, [this] { setDisplayZone(QStringLiteral("UTC")); });
    m_systemZoneAction = m_zoneMenu->addAction(
        QString(), this, [this] { setDisplayZone(QStringLiteral("system")); });
    m_otherZoneAction = m_zoneMenu->addAction(QString(), this, &MainWindow::chooseOtherZone);
    for (QAction *action : {m_utcAction, m_systemZoneAction, m_otherZoneAction}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    // The remembered zone, before any view shows a time.
    m_restoringZone = true;
    setDisplayZone(m_settings.displayZone());
    m_restoringZone = false;
}

// Light, dark or the desktop's colours, switched at once and remembered.
void MainWindow::createAppearanceMenu()
{
    m_appearanceMenu = m_viewMenu->addMenu(QString());
    m_appearanceMenu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(this);
    const QList<std::pair<QAction **, Appearance::Mode>> modes{
        {&m_systemColoursAction, Appearance::Mode::System},
        {&m_lightAction, Appearance::Mode::Light}, {&m_darkAction, Appearance::Mode::Dark}};
    for (const auto &[action, mode] : modes) {
        *action = m_appearanceMenu->addAction(QString(), this, [this, mode = mode] {
            Appearance::apply(mode);
            m_settings.setAppearance(mode);
        });
        (*action)->setCheckable(true);
        (*action)->setChecked(Appearance::current() == mode);
        group->addAction(*action);
    }
}

void MainWindow::chooseOtherZone()
{
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    const QString current = QString::fromUtf8(Format::displayZone().id());
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Time zone"), tr("Show times in:"), zones,
        int(qMax<qsizetype>(0, zones.indexOf(current))), false, &ok);
    if (ok && !chosen.isEmpty())
        setDisplayZone(chosen);
    else
        setDisplayZone(m_settings.displayZone()); // the checked action follows the setting
}

void MainWindow::setDisplayZone(const QString &zone)
{
    QTimeZone chosen = QTimeZone::utc();
    if (zone == QLatin1String("system"))
        chosen = QTimeZone::systemTimeZone();
    else if (zone != QLatin1String("UTC") && QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        chosen = QTimeZone(zone.toUtf8());
    const QString stored = chosen == QTimeZone::utc() ? QStringLiteral("UTC") : zone;
    m_settings.setDisplayZone(stored);
    (stored == QLatin1String("UTC")             ? m_utcAction
            : stored == QLatin1String("system") ? m_systemZoneAction
                                                : m_otherZoneAction)
        ->setChecked(true);
    if (Format::displayZone() == chosen)
        return;
    Format::setDisplayZone(chosen);
    if (m_restoringZone)
        return;
    // Every view writes its times and headers again, as after a change of language.
    QEvent change(QEvent::LanguageChange);
    for (QWidget *widget : QApplication::allWidgets())
        QCoreApplication::sendEvent(widget, &change);
    refreshAll();
}

void MainWindow::askOperatorName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Your name"),
        tr("Your name signs the replies you draft and is recorded with every write in the audit "
           "log and the Activity view, beside the database's own user. TierDesk remembers it."),
        QLineEdit::Normal, m_settings.operatorName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto checked = OperatorInfo::checkedName(name);
    if (!checked) {
        // The sentence's "nothing was written" holds: the name is not kept either.
        Notice::warning(this, tr("Your name"), checked.error().message);
        return;
    }
    m_settings.setOperatorName(*checked);
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    const auto add = [table](const QString &command, const QString &keys) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(command));
        table->setItem(row, 1, new QTableWidgetItem(keys));
    };
    // Every menu command with a shortcut, as the menus list them.
    for (QMenu *menu : {m_fileMenu, m_viewMenu, m_affiliateMenu, m_sessionMenu, m_helpMenu}) {
        for (const QAction *action : menu->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            add(QString(action->text()).remove(QLatin1Char('&')),
                action->shortcut().toString(QKeySequence::NativeText));
        }
    }
    add(tr("From the search box to the list"), tr("Down"));
    add(tr("From a table to the next control"), tr("Tab, Shift+Tab"));
    add(tr("A button, a check box or a tab"), tr("Alt + its underlined letter"));
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    // Both columns in sight without scrolling sideways (the German commands are long),
    // within the screen's free area.
    const QMargins margins = layout->contentsMargins();
    const int wanted = table->horizontalHeader()->length() + 2 * table->frameWidth()
        + table->verticalScrollBar()->sizeHint().width() + margins.left() + margins.right();
    const QRect available = screen()->availableGeometry();
    dialog->resize(qMin(qMax(wanted, 520), available.width() * 9 / 10),
        qMin(480, available.height() * 9 / 10));
    dialog->show();
}

void MainWindow::showAbout()
{
    const QString engine = m_session && !m_session->engineVersion().isEmpty()
        ? m_session->engineVersion()
        : tr("no database open");
    QMessageBox::about(this, tr("About TierDesk"),
        tr("<h3>TierDesk %1</h3><p>Tier forensics for the affiliate program's support staff.</p>"
           "<p>Qt %2<br>Database: %3</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                QString::fromLatin1(qVersion()), engine.toHtmlEscaped()));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &text : m_settings.recentDatabases()) {
        m_recentMenu->addAction(text, this, [this, text] {
            // Read from the standby it was last read from.
            const auto url = DatabaseUrl::parse(text, m_settings.standbyFor(text));
            const auto failed = [this](const QString &error) {
                if (!error.isEmpty())
                    Notice::warning(this, tr("Cannot open the database"), error);
            };
            if (url)
                openDatabase(*url, failed);
            else
                failed(url.error().message);
        });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

} // namespace TierDesk
