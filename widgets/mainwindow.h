#pragma once

#include "../models/common/operatorinfo.h"

#include "../models/common/result.h"
#include "../models/db/databaseurl.h"
#include "../models/tier/tierevaluator.h"
#include "settings.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QTimer;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace TierDesk {

class LiveBar;
struct DeskChange;

class AffiliateDetail;
class AffiliatesView;
class AuditView;
class BackfillFlow;
class ResolveFlow;
class BeaconsView;
class ActivityView;
class ApprovalFlow;
class ApprovalsView;
class Session;

// The TierDesk window: a side bar with the three views (affiliates, audit,
// beacons), menus for databases, write access and language, and a status bar
// that always says which database is open and whether writes are on.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class View { Affiliates, Audit, Beacons, Activity, Approvals };
    static constexpr int ViewCount = 5;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `url` on a worker; `done(error)` gets an empty string on success.
    void openDatabase(const DatabaseUrl &url, std::function<void(const QString &error)> done = {});
    Session *session() const { return m_session.get(); }

    // The first start's size, where no saved geometry says otherwise: 1280×800 where
    // the screen's free area holds it with its frame, else the whole free area.
    void fitToScreen(const QRect &available);

    void showView(View view);
    View currentView() const;
    static QString viewName(View view);
    static std::optional<View> viewFromName(const QString &name);

    // Write actions: asking first (a window-modal question) unless `ask` is false.
    void setWritesEnabled(bool enabled, bool ask = true);
    // Shows every time in `zone`: "UTC", "system" or an IANA id; remembered.
    void setDisplayZone(const QString &zone);
    bool writesEnabled() const;
    void reevaluate(const QString &affiliateId); // asks for the ticket and the reason first
    // `previewed`: what the dialog showed; the write is refused if it no longer holds.
    void runReevaluation(const QString &affiliateId, const OperatorInfo &who,
        const std::optional<TierEvaluator::Plan> &previewed = std::nullopt);
    void cleanUp(const AffiliateDetail &detail);
    Result<void> exportCaseReport(const QString &file);

    // Runs `callback` once no database work is pending and the views have their data.
    void whenIdle(std::function<void()> callback);
    bool isIdle() const;

    AffiliatesView *affiliatesView() const { return m_affiliates; }
    AuditView *auditView() const { return m_audit; }
    BeaconsView *beaconsView() const { return m_beacons; }
    ActivityView *activityView() const { return m_activity; }
    ApprovalsView *approvalsView() const { return m_approvals; }
    ApprovalFlow *approvalFlow() const { return m_approvalFlow; }
    BackfillFlow *backfillFlow() const { return m_flow; }
    ResolveFlow *resolveFlow() const { return m_resolveFlow; }
    QAction *writeAction() const { return m_writeAction; }
    QLabel *accessLabel() const { return m_accessLabel; }
    // The standby's lag in the status bar (hidden unless the session reads a standby).
    QLabel *standbyLabel() const { return m_standbyLabel; }
    void checkStandby();
    LiveBar *liveBar() const { return m_live; }

signals:
    void standbyChecked(); // the standby's lag was read (and shown)

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpViews();
    void connectViews();
    void createActions();
    void retranslate();
    void updateStatus();
    void setSession(std::unique_ptr<Session> session);
    void refreshAll();
    void othersChanged(const QList<DeskChange> &changes);
    void rereadWritten();
    void openDialog();
    void rebuildRecentMenu();
    void createAffiliateMenu();
    void createHelpMenu();
    void createZoneMenu();
    void createAppearanceMenu();
    void chooseOtherZone();
    void askOperatorName();
    void showShortcuts();
    void showAbout();

    Settings m_settings;
    std::unique_ptr<Session> m_session;
    BackfillFlow *m_flow = nullptr;
    ResolveFlow *m_resolveFlow = nullptr;
    ApprovalFlow *m_approvalFlow = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    AffiliatesView *m_affiliates = nullptr;
    AuditView *m_audit = nullptr;
    BeaconsView *m_beacons = nullptr;
    ActivityView *m_activity = nullptr;
    ApprovalsView *m_approvals = nullptr;
    void updateApprovalsItem();
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_productionLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    LiveBar *m_live = nullptr;
    QLabel *m_accessLabel = nullptr;
    QLabel *m_standbyLabel = nullptr;
    QTimer *m_standbyTimer = nullptr;
    bool m_standbyChecking = false;
    static constexpr int StandbyCheckMs = 5000;
    QString m_openError;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_sessionMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_affiliateMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_zoneMenu = nullptr;
    QAction *m_operatorAction = nullptr;
    QAction *m_utcAction = nullptr;
    QAction *m_systemZoneAction = nullptr;
    QAction *m_otherZoneAction = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    QAction *m_systemColoursAction = nullptr;
    QAction *m_lightAction = nullptr;
    QAction *m_darkAction = nullptr;
    bool m_restoringZone = false;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_namesDatabaseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_viewActions[ViewCount] = {};
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_writeAction = nullptr;
    QActionGroup *m_languages = nullptr;
    QAction *m_english = nullptr;
    QAction *m_german = nullptr;
};

} // namespace TierDesk
