#pragma once

#include "models/accounts/appaccount.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QUndoGroup;

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::store {
class Database;
}
namespace mdesk::models {
class AccountStore;
class DraftStore;
class LivePageRegistry;
} // namespace mdesk::models

namespace mdesk::ui {

class AccountsDialog;
class EventLogDock;
class MessageBar;
class PageListPanel;
class PageWorkspace;
class RateLimitWaitIndicator;
class UsageIndicator;
class WorkspaceArea;

// The application window. It composes and does not do the work: the page list (a dock on
// the left), the workspaces (one per Page, in the centre, under the sandbox and problem
// bars), the event log (a dock at the bottom), the status bar's request and usage
// indicators, and the menus that reach all of it by keyboard. Children carry object
// names so tests and saveState() can find them.
//
// Without attach() it shows its empty state and nothing else works; the app calls
// attach() once with a client and an account store that outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // drafts: where the editors autosave; without one the planned tabs stay. The window
    // owns the LivePageRegistry that gives every Page its one LivePage.
    // database: the local store the tabs share (Labels & Broadcasts, Audience & Insights,
    // Conversations & Tools); null leaves those tabs saying the store cannot be used.
    void attach(api::GraphClient *client, models::AccountStore *accounts,
                models::DraftStore *drafts = nullptr, store::Database *database = nullptr);
    // Says that the in-process sandbox is running (the banner shows on its Pages).
    void setSandboxRunning(bool running);
    // Keychain or sandbox problems, shown in a bar above the workspace; empty hides it.
    void showProblems(const QStringList &problems);

    bool selectPage(const models::PageRef &ref);
    bool selectFirstPage();
    std::optional<models::PageRef> currentPage() const;
    PageWorkspace *currentWorkspace() const;

    PageListPanel *pageList() const { return m_pageList; }
    QDockWidget *pageListDock() const { return m_pageListDock; }
    WorkspaceArea *workspaces() const { return m_workspaces; }
    EventLogDock *eventLog() const { return m_eventLog; }
    UsageIndicator *usage() const { return m_usage; }
    MessageBar *sandboxBanner() const { return m_sandboxBanner; }
    MessageBar *problemBar() const { return m_problemBar; }
    // The accounts dialog while it is open, else nullptr.
    AccountsDialog *accountsDialog() const;
    models::LivePageRegistry *livePages() const { return m_livePages; }

    QAction *quitAction() const { return m_quitAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *accountsAction() const { return m_accountsAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *refreshAction() const { return m_refreshAction; }

public Q_SLOTS:
    // Opens the About box without blocking (no nested event loop); it deletes itself on close.
    void showAbout();
    // Opens the accounts dialog (window-modal, not blocking).
    void manageAccounts();
    // F5: reads the current Page's LivePage again; every tab shows the result, and drafts
    // are told of fields that changed. The current tab stays.
    void refreshCurrentPage();
    // The one-click move of an app to the newest Graph version (from the version notice).
    bool moveAppToNewestVersion(const QString &appId);
    // File > Import and File > Export without a file dialog: the current tab's file, or
    // the Profile tab's when the current tab has none. False when nothing was read or
    // written (the tab says why).
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

Q_SIGNALS:
    void currentPageChanged(const models::PageRef &page);

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createCentral();
    void createStatusBar();
    void onAccountsChanged();
    void onPageChosen(const models::AppAccount &app, const models::PageAccount &page);
    void onWorkspaceChanged(PageWorkspace *workspace);
    void onWorkspaceCreated(PageWorkspace *workspace);
    void updateBanner();
    void updateVersionLabel(const PageWorkspace *workspace);
    void updateUndo();
    void updateActions();
    void chooseFile(bool forImport);

    QPointer<api::GraphClient> m_client;
    QPointer<models::AccountStore> m_accounts;
    models::DraftStore *m_drafts = nullptr;
    models::LivePageRegistry *m_livePages = nullptr;
    bool m_sandboxRunning = false;
    std::optional<models::PageRef> m_shownPage;

    PageListPanel *m_pageList = nullptr;
    QDockWidget *m_pageListDock = nullptr;
    WorkspaceArea *m_workspaces = nullptr;
    EventLogDock *m_eventLog = nullptr;
    UsageIndicator *m_usage = nullptr;
    RateLimitWaitIndicator *m_rateLimitWait = nullptr;
    MessageBar *m_sandboxBanner = nullptr;
    MessageBar *m_problemBar = nullptr;
    QLabel *m_graphVersionLabel = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QPointer<AccountsDialog> m_accountsDialog;

    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_addAccountAction = nullptr;
};

} // namespace mdesk::ui
