#include "ui/shell/mainwindow.h"

#include "api/graphclient.h"
#include "api/graphversions.h"
#include "models/accounts/accountstore.h"
#include "models/live/livepageregistry.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/eventlog/eventlogdock.h"
#include "ui/shell/overviewtab.h"
#include "ui/shell/pagelistpanel.h"
#include "ui/shell/pageworkspace.h"
#include "ui/shell/ratelimitwaitindicator.h"
#include "ui/shell/usageindicator.h"
#include "ui/shell/workspacearea.h"
#include "ui/shell/workspacetabs.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {
constexpr int StatusMessageMs = 8000;

// Some platform themes (offscreen, minimal) have no binding for a standard key.
QKeySequence standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QKeySequence standard(key);
    return standard.isEmpty() ? fallback : standard;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Messenger Desk"));
    setMinimumSize(720, 480);
    setDockNestingEnabled(true);

    createDocks();
    createActions();
    createMenus();
    createCentral();
    createStatusBar();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close Messenger Desk."));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(standardOr(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    m_importAction->setStatusTip(tr("Read a JSON file into the draft of the current tab (or of "
                                    "the Profile tab); nothing is sent until you apply."));
    connect(m_importAction, &QAction::triggered, this, [this] { chooseFile(true); });

    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(
        tr("Save the draft of the current tab (or of the Profile tab) as a JSON file."));
    connect(m_exportAction, &QAction::triggered, this, [this] { chooseFile(false); });
    m_eventLog->exportAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(standardOr(QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z)));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(
        standardOr(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    m_refreshAction = new QAction(tr("&Refresh Page"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(standardOr(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    m_refreshAction->setStatusTip(tr("Read the current Page's Messenger setup again."));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrentPage);

    m_findAction = new QAction(tr("&Search Event Log"), this);
    m_findAction->setObjectName(QStringLiteral("actionFindEvents"));
    m_findAction->setShortcut(standardOr(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    connect(m_findAction, &QAction::triggered, m_eventLog, &EventLogDock::focusSearch);

    m_accountsAction = new QAction(tr("&Manage Accounts…"), this);
    m_accountsAction->setObjectName(QStringLiteral("actionManageAccounts"));
    m_accountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_accountsAction->setStatusTip(tr("Add, edit or remove apps and Pages."));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::manageAccounts);

    m_addAccountAction = new QAction(tr("Add a Real Account…"), this);
    m_addAccountAction->setObjectName(QStringLiteral("actionAddRealAccount"));
    m_addAccountAction->setToolTip(tr("Connect your Facebook app and Pages."));
    connect(m_addAccountAction, &QAction::triggered, this, &MainWindow::manageAccounts);

    m_aboutAction = new QAction(tr("&About Messenger Desk"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Show the version of Messenger Desk and of the Graph API."));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("menuFile"));
    fileMenu->addAction(m_importAction);
    fileMenu->addAction(m_exportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_eventLog->exportAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("menuEdit"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("menuView"));
    QAction *pageListToggle = m_pageListDock->toggleViewAction();
    pageListToggle->setObjectName(QStringLiteral("actionTogglePageList"));
    pageListToggle->setText(tr("&Page List"));
    pageListToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *eventLogToggle = m_eventLog->toggleViewAction();
    eventLogToggle->setObjectName(QStringLiteral("actionToggleEventLog"));
    eventLogToggle->setText(tr("&Event Log"));
    eventLogToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    viewMenu->addAction(pageListToggle);
    viewMenu->addAction(eventLogToggle);
    viewMenu->addSeparator();
    viewMenu->addAction(m_refreshAction);
    viewMenu->addAction(m_findAction);

    QMenu *accountsMenu = menuBar()->addMenu(tr("&Accounts"));
    accountsMenu->setObjectName(QStringLiteral("menuAccounts"));
    accountsMenu->addAction(m_accountsAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::createDocks()
{
    m_pageList = new PageListPanel(this);
    m_pageListDock = new QDockWidget(tr("Pages"), this);
    m_pageListDock->setObjectName(QStringLiteral("pageListDock"));
    m_pageListDock->setWidget(m_pageList);
    addDockWidget(Qt::LeftDockWidgetArea, m_pageListDock);
    connect(m_pageList, &PageListPanel::pageChosen, this, &MainWindow::onPageChosen);
    connect(m_pageList, &PageListPanel::noPageChosen, this,
            [this] { m_workspaces->showEmptyState(); });
    connect(m_pageList->accountsButton(), &QPushButton::clicked, this, &MainWindow::manageAccounts);

    m_eventLog = new EventLogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventLog);
    connect(m_eventLog, &EventLogDock::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    resizeDocks({m_pageListDock}, {260}, Qt::Horizontal);
    resizeDocks({m_eventLog}, {240}, Qt::Vertical);
}

void MainWindow::createCentral()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    m_sandboxBanner = new MessageBar(central);
    m_sandboxBanner->setObjectName(QStringLiteral("sandboxBanner"));
    m_sandboxBanner->setCloseButtonVisible(false);
    m_sandboxBanner->addAction(m_addAccountAction);
    m_problemBar = new MessageBar(central);
    m_problemBar->setObjectName(QStringLiteral("problemBar"));

    m_workspaces = new WorkspaceArea(central);
    connect(m_workspaces->emptyStateButton(), &QPushButton::clicked, this,
            &MainWindow::manageAccounts);
    connect(m_workspaces, &WorkspaceArea::workspaceCreated, this, &MainWindow::onWorkspaceCreated);
    connect(m_workspaces, &WorkspaceArea::currentWorkspaceChanged, this,
            &MainWindow::onWorkspaceChanged);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_sandboxBanner);
    layout->addWidget(m_problemBar);
    layout->addWidget(m_workspaces, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_rateLimitWait = new RateLimitWaitIndicator(statusBar());
    statusBar()->addPermanentWidget(m_rateLimitWait);
    m_usage = new UsageIndicator(statusBar());
    statusBar()->addPermanentWidget(m_usage);
    m_graphVersionLabel = new QLabel(statusBar());
    m_graphVersionLabel->setObjectName(QStringLiteral("graphVersionLabel"));
    updateVersionLabel(nullptr);
    statusBar()->addPermanentWidget(m_graphVersionLabel);
    statusBar()->showMessage(tr("Ready."));
}

void MainWindow::attach(api::GraphClient *client, models::AccountStore *accounts,
                        models::DraftStore *drafts, store::Database *database)
{
    m_client = client;
    m_accounts = accounts;
    m_drafts = drafts;
    if (!m_livePages)
        m_livePages = new models::LivePageRegistry(client, this);
    m_workspaces->setClient(client);
    m_workspaces->setLivePages(m_livePages);
    m_workspaces->setDatabase(database);
    m_eventLog->attach(client ? client->events() : nullptr);
    m_usage->setClient(client);
    m_rateLimitWait->setClient(client);
    if (accounts)
        connect(accounts, &models::AccountStore::accountsChanged, this,
                &MainWindow::onAccountsChanged);
    onAccountsChanged();
}

void MainWindow::setSandboxRunning(bool running)
{
    m_sandboxRunning = running;
    updateBanner();
}

void MainWindow::showProblems(const QStringList &problems)
{
    if (problems.isEmpty()) {
        m_problemBar->hide();
        return;
    }
    m_problemBar->showMessage(
        MessageBar::Tone::Warning,
        tr("Some secrets could not be read, so the Pages that need them cannot be used until "
           "this is fixed: %1")
            .arg(problems.join(QLatin1Char(' '))));
}

void MainWindow::onAccountsChanged()
{
    const QList<models::AppAccount> apps =
        m_accounts ? m_accounts->apps() : QList<models::AppAccount>();
    m_pageList->setApps(apps);
    m_workspaces->syncWith(apps);
    QList<models::PageAccount> pages;
    for (const models::AppAccount &app : apps)
        pages.append(app.pages);
    m_eventLog->setKnownPages(pages);
    for (PageWorkspace *workspace : m_workspaces->findChildren<PageWorkspace *>())
        WorkspaceTabs::updatePages(workspace, pages);
    onWorkspaceChanged(m_workspaces->currentWorkspace());
}

bool MainWindow::selectPage(const models::PageRef &ref)
{
    return m_pageList->selectPage(ref);
}

bool MainWindow::selectFirstPage()
{
    return m_pageList->selectFirstPage();
}

std::optional<models::PageRef> MainWindow::currentPage() const
{
    if (const PageWorkspace *workspace = currentWorkspace())
        return workspace->context().page.ref();
    return std::nullopt;
}

PageWorkspace *MainWindow::currentWorkspace() const
{
    return m_workspaces->currentWorkspace();
}

void MainWindow::onPageChosen(const models::AppAccount &app, const models::PageAccount &page)
{
    m_workspaces->showPage(app, page);
}

void MainWindow::onWorkspaceCreated(PageWorkspace *workspace)
{
    connect(workspace, &PageWorkspace::currentUndoStackChanged, this, [this, workspace] {
        if (workspace == currentWorkspace())
            updateUndo();
    });
    connect(workspace, &PageWorkspace::showTransactionRequested, m_eventLog,
            &EventLogDock::filterByTxId);
    connect(workspace, &PageWorkspace::moveToNewestVersionRequested, this,
            &MainWindow::moveAppToNewestVersion);
    WorkspaceTabs::install(workspace, m_drafts,
                           m_accounts ? m_accounts->pages() : QList<models::PageAccount>());
}

void MainWindow::updateUndo()
{
    const PageWorkspace *workspace = currentWorkspace();
    QUndoStack *stack = workspace ? workspace->currentUndoStack() : nullptr;
    if (stack)
        m_undoGroup->addStack(stack);
    m_undoGroup->setActiveStack(stack);
    updateActions();
}

void MainWindow::onWorkspaceChanged(PageWorkspace *workspace)
{
    updateUndo();
    if (workspace) {
        const PageContext &context = workspace->context();
        m_usage->setCurrentPage(context.page.appId, context.page.id);
        if (m_shownPage != context.page.ref()) {
            m_shownPage = context.page.ref();
            Q_EMIT currentPageChanged(context.page.ref());
        }
    } else {
        m_shownPage.reset();
        m_usage->setCurrentPage({}, {});
    }
    updateVersionLabel(workspace);
    updateBanner();
    updateActions();
}

void MainWindow::updateVersionLabel(const PageWorkspace *workspace)
{
    const api::GraphVersion version =
        workspace ? workspace->context().graphVersion() : api::GraphVersion::defaultVersion();
    const QString notice = api::GraphVersions::notice(version);
    // A warning sign in front when the version ends soon or has ended; the tool tip says why.
    m_graphVersionLabel->setText((notice.isEmpty() ? QString() : QStringLiteral("\u26a0 ")) +
                                 tr("Graph API %1").arg(api::GraphVersions::describe(version)));
    m_graphVersionLabel->setToolTip(notice);
}

void MainWindow::updateBanner()
{
    const PageWorkspace *workspace = currentWorkspace();
    const bool onSandbox = workspace ? workspace->context().page.sandbox : m_sandboxRunning;
    if (m_sandboxRunning && onSandbox)
        m_sandboxBanner->showMessage(MessageBar::Tone::Information,
                                     tr("Sandbox: changes go to a local stand-in, not to "
                                        "Facebook."));
    else
        m_sandboxBanner->hide();
}

void MainWindow::updateActions()
{
    const bool page = currentWorkspace() != nullptr && m_client;
    const PageWorkspace *workspace = currentWorkspace();
    m_importAction->setEnabled(workspace && workspace->fileTab(true));
    m_exportAction->setEnabled(workspace && workspace->fileTab(false));
    m_refreshAction->setEnabled(page);
    m_accountsAction->setEnabled(m_accounts != nullptr);
    m_addAccountAction->setEnabled(m_accounts != nullptr);
}

void MainWindow::refreshCurrentPage()
{
    if (PageWorkspace *workspace = currentWorkspace(); workspace && workspace->context().live)
        workspace->context().live->refresh();
}

bool MainWindow::moveAppToNewestVersion(const QString &appId)
{
    std::optional<models::AppAccount> app = m_accounts ? m_accounts->app(appId) : std::nullopt;
    const QString newest = api::GraphVersions::newest().toString();
    if (!app || app->sandbox) {
        statusBar()->showMessage(tr("This app cannot be changed here."), StatusMessageMs);
        return false;
    }
    app->graphVersion = newest;
    if (!m_accounts->saveApp(*app)) {
        statusBar()->showMessage(
            tr("%1 could not be moved to Graph API %2.").arg(app->displayName(), newest),
            StatusMessageMs);
        return false;
    }
    // saveApp() emitted accountsChanged(): every workspace of the app has the new version,
    // and its Profile and Menu drafts were checked against that version's rules.
    statusBar()->showMessage(tr("%1 now uses Graph API %2; the Profile and Menu drafts are "
                                "checked against its rules before anything is sent.")
                                 .arg(app->displayName(), newest),
                             StatusMessageMs);
    return true;
}

bool MainWindow::importFile(const QString &path)
{
    PageWorkspace *workspace = currentWorkspace();
    return workspace && workspace->importFile(path);
}

bool MainWindow::exportFile(const QString &path)
{
    PageWorkspace *workspace = currentWorkspace();
    return workspace && workspace->exportFile(path);
}

void MainWindow::chooseFile(bool forImport)
{
    const PageWorkspace *workspace = currentWorkspace();
    const std::optional<WorkspaceTab> tab =
        workspace ? workspace->fileTab(forImport) : std::nullopt;
    if (!tab)
        return;
    const QString what =
        PageWorkspace::title(*tab).replace(QStringLiteral("&&"), QStringLiteral("&"));
    const QString page = workspace->context().page.displayName();
    const QString filter = tr("JSON files (*.json);;All files (*)");
    const QString path =
        forImport
            ? QFileDialog::getOpenFileName(this, tr("Import into %1 of %2").arg(what, page),
                                           QString(), filter)
            : QFileDialog::getSaveFileName(
                  this, tr("Export %1 of %2").arg(what, page),
                  QStringLiteral("%1-%2.json").arg(what.toLower(), workspace->context().page.id),
                  filter);
    if (path.isEmpty())
        return;
    if (forImport)
        importFile(path);
    else
        exportFile(path);
}

AccountsDialog *MainWindow::accountsDialog() const
{
    return m_accountsDialog.data();
}

void MainWindow::manageAccounts()
{
    if (!m_accounts)
        return;
    if (!m_accountsDialog) {
        m_accountsDialog = new AccountsDialog(m_accounts, m_client, this);
        m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_accountsDialog->open();
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Messenger Desk"));
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setText(tr("Messenger Desk %1").arg(QStringLiteral(MDESK_VERSION)));
    QString details =
        tr("Edit the Messenger setup of your Facebook Pages, compose broadcasts and review "
           "insights.") +
        QStringLiteral("\n\n") +
        tr("Default Graph API version: %1").arg(QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION));
    if (const PageWorkspace *workspace = currentWorkspace())
        details += QLatin1Char('\n') + tr("Graph API version of %1: %2")
                                           .arg(workspace->context().app.displayName(),
                                                workspace->context().graphVersion().toString());
    details += QLatin1Char('\n') + tr("Built with Qt %1.").arg(QStringLiteral(QT_VERSION_STR));
    box->setInformativeText(details);
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace mdesk::ui
