// The main window on the sandbox's demo data: page list, workspaces, event log, status bar,
// menus, keyboard reach, layout, and screenshots in light and dark palettes.
#include "guitestkit.h"

#include "api/graphclient.h"
#include "api/sandbox/localgraph.h"
#include "app/translationloader.h"
#include "models/accounts/pagelistmodel.h"
#include "models/eventlog/eventfilterproxy.h"
#include "models/eventlog/eventlogmodel.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/eventlog/eventlogdock.h"
#include "ui/shell/overviewtab.h"
#include "ui/shell/pagelistpanel.h"
#include "ui/shell/pageworkspace.h"
#include "ui/shell/usageindicator.h"
#include "ui/shell/workspacearea.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeView>

using namespace mdesk;
using ui::MainWindow;
using ui::PageWorkspace;
using ui::WorkspaceTab;

namespace {

// The rows the event log's filter shows, as event JSON objects.
QList<QJsonObject> shownEvents(const ui::EventLogDock *log)
{
    QList<QJsonObject> events;
    const auto *proxy = log->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        events.append(
            proxy->index(row, 0).data(models::EventLogModel::EventJsonRole).toJsonObject());
    return events;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void defaultsWithoutAccounts()
    {
        MainWindow window;
        QCOMPARE(window.objectName(), QStringLiteral("MainWindow"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Messenger Desk"));
        QCOMPARE(window.workspaces()->currentWidget()->objectName(),
                 QStringLiteral("centralPlaceholder"));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("pageListDock")));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("eventLogDock")));
        const auto *version = window.findChild<QLabel *>(QStringLiteral("graphVersionLabel"));
        QVERIFY(version);
        QCOMPARE(version->text(), QStringLiteral("Graph API " MDESK_DEFAULT_GRAPH_VERSION));
        QVERIFY(window.statusBar()->isVisibleTo(&window));
        QVERIFY(!window.undoAction()->isEnabled());
        QVERIFY(!window.redoAction()->isEnabled());
        QVERIFY(!window.importAction()->isEnabled());
        QVERIFY(!window.refreshAction()->isEnabled());
        QVERIFY(!window.currentPage());
    }

    void menus()
    {
        MainWindow window;
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->menu()->objectName();
        QCOMPARE(titles, (QStringList{QStringLiteral("menuFile"), QStringLiteral("menuEdit"),
                                      QStringLiteral("menuView"), QStringLiteral("menuAccounts"),
                                      QStringLiteral("menuHelp")}));
        const auto *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(file->actions().contains(window.importAction()));
        QVERIFY(file->actions().contains(window.exportAction()));
        QVERIFY(file->actions().contains(window.eventLog()->exportAction()));
        QVERIFY(file->actions().contains(window.quitAction()));
        const auto *edit = window.findChild<QMenu *>(QStringLiteral("menuEdit"));
        QVERIFY(edit->actions().contains(window.undoAction()));
        QVERIFY(edit->actions().contains(window.redoAction()));
        const auto *view = window.findChild<QMenu *>(QStringLiteral("menuView"));
        QVERIFY(view->actions().contains(window.pageListDock()->toggleViewAction()));
        QVERIFY(view->actions().contains(window.eventLog()->toggleViewAction()));
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuAccounts"))
                    ->actions()
                    .contains(window.accountsAction()));
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuHelp"))
                    ->actions()
                    .contains(window.aboutAction()));
    }

    // Every menu action is reachable by keyboard: a mnemonic in its menu, and the common
    // ones a shortcut; every button without text has an accessible name.
    void keyboardAndAccessibility()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        for (QAction *menuAction : window.menuBar()->actions()) {
            QVERIFY2(menuAction->text().contains(QLatin1Char('&')), qPrintable(menuAction->text()));
            for (QAction *action : menuAction->menu()->actions()) {
                if (action->isSeparator())
                    continue;
                QVERIFY2(action->text().contains(QLatin1Char('&')), qPrintable(action->text()));
            }
        }
        for (QAction *action :
             {window.quitAction(), window.importAction(), window.exportAction(),
              window.undoAction(), window.redoAction(), window.refreshAction(),
              window.accountsAction(), window.eventLog()->exportAction(),
              window.pageListDock()->toggleViewAction(), window.eventLog()->toggleViewAction(),
              window.eventLog()->copyCurlAction(), window.eventLog()->filterTxIdAction()})
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (button->text().isEmpty() && button->isVisibleTo(&window))
                QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        }
        // Tab order starts in the page list and reaches the event log's filters.
        window.pageList()->view()->setFocus();
        QTRY_VERIFY(window.pageList()->view()->hasFocus());
        QSet<QString> reached;
        for (int i = 0; i < 80 && QApplication::focusWidget(); ++i) {
            reached.insert(QApplication::focusWidget()->objectName());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QVERIFY2(reached.contains(QStringLiteral("filterTxId")),
                 qPrintable(QStringList(reached.values()).join(QLatin1Char(','))));
        QVERIFY(reached.contains(QStringLiteral("eventLogView")));
        QVERIFY(reached.contains(QStringLiteral("pageListAccountsButton")));
    }

    // In every language, no two entries of a menu (or of the menu bar) share a mnemonic.
    void menuMnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("tr") << QStringLiteral("tr");
    }

    void menuMnemonicsAreUnique()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QLocale(language), QStringLiteral("messenger-desk"),
                                    QStringLiteral("_"),
                                    app::TranslationLoader::resourceDirectory()));
            QCoreApplication::installTranslator(&translator);
        }
        MainWindow window;
        QCoreApplication::removeTranslator(&translator);
        const auto mnemonic = [](QString text) {
            text.replace(QStringLiteral("&&"), QString());
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            return at < 0 || at + 1 >= text.size() ? QChar() : text.at(at + 1).toUpper();
        };
        QList<QList<QAction *>> groups{window.menuBar()->actions()};
        for (QAction *menuAction : window.menuBar()->actions())
            groups.append(menuAction->menu()->actions());
        for (const QList<QAction *> &group : std::as_const(groups)) {
            QSet<QChar> seen;
            for (QAction *action : group) {
                if (action->isSeparator())
                    continue;
                const QChar letter = mnemonic(action->text());
                QVERIFY2(!letter.isNull(), qPrintable(action->text()));
                QVERIFY2(!seen.contains(letter), qPrintable(action->text()));
                seen.insert(letter);
            }
        }
    }

    void opensOnSandboxDemoData()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        const models::PageListModel *list = window.pageList()->model();
        QCOMPARE(list->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex app = list->index(row, 0);
            QCOMPARE(app.data(models::PageListModel::GraphVersionRole).toString(),
                     QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION));
            QCOMPARE(list->rowCount(app), 2);
            QVERIFY(list->index(0, 0, app).data(models::PageListModel::SandboxRole).toBool());
        }
        QCOMPARE(list->index(0, 0).data().toString(), QStringLiteral("Bluebird Support Bot"));

        // The banner says where changes go and offers a real account.
        QVERIFY(window.sandboxBanner()->isVisible());
        QCOMPARE(window.sandboxBanner()->text(),
                 QStringLiteral("Sandbox: changes go to a local stand-in, not to Facebook."));
        auto *addAccount = window.sandboxBanner()->findChild<QAbstractButton *>(
            QStringLiteral("actionAddRealAccountButton"));
        QVERIFY(addAccount);

        PageWorkspace *workspace = window.currentWorkspace();
        QVERIFY(workspace);
        QCOMPARE(workspace->context().page.name, QStringLiteral("Bluebird Bakery"));
        QCOMPARE(window.currentPage(), guitest::demoPages(desk.session).first());
        QTRY_COMPARE(workspace->overview()->state(), ui::OverviewTab::State::Loaded);
        QVERIFY(workspace->overview()
                    ->findChild<QLabel *>(QStringLiteral("overview_greeting"))
                    ->text()
                    .contains(QStringLiteral("Fresh bread")));

        // Every editor has landed; Conversations & Tools lists its tools on the left.
        QCOMPARE(workspace->tabWidget()->count(), ui::WorkspaceTabCount);
        QVERIFY(!workspace->isPlanned(WorkspaceTab::Profile));
        QVERIFY(!workspace->isPlanned(WorkspaceTab::Menu));
        QVERIFY(!workspace->isPlanned(WorkspaceTab::LabelsBroadcasts));
        QVERIFY(!workspace->isPlanned(WorkspaceTab::AudienceInsights));
        QVERIFY(!workspace->isPlanned(WorkspaceTab::ConversationsTools));
        QVERIFY(workspace->undoStack(WorkspaceTab::Menu));
        QCOMPARE(workspace->tab(WorkspaceTab::ConversationsTools)->objectName(),
                 QStringLiteral("conversationsToolsTab"));
        const auto *sections = workspace->tab(WorkspaceTab::ConversationsTools)
                                   ->findChild<QListWidget *>(QStringLiteral("toolSections"));
        QVERIFY(sections && sections->count() > 0 && sections->isEnabled());

        // The accounts dialog opens from the banner without blocking.
        addAccount->click();
        QTRY_VERIFY(window.accountsDialog() && window.accountsDialog()->isVisible());
        window.accountsDialog()->reject();
        QTRY_VERIFY(!window.accountsDialog());
    }

    void actionEventsShareOneTxId()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        ui::OverviewTab *overview = window.currentWorkspace()->overview();
        QTRY_COMPARE(overview->state(), ui::OverviewTab::State::Loaded);
        window.refreshAction()->trigger();
        QTRY_COMPARE(overview->state(), ui::OverviewTab::State::Loaded);
        const QString txId = overview->lastTxId();
        QVERIFY(!txId.isEmpty());

        // "Show in Event Log" filters by the call's tx_id.
        overview->findChild<QAbstractButton *>(QStringLiteral("overviewShowInLog"))->click();
        ui::EventLogDock *log = window.eventLog();
        QCOMPARE(log->proxy()->txId(), txId);
        QTRY_COMPARE(log->proxy()->rowCount(), 2);
        const QList<QJsonObject> events = shownEvents(log);
        QCOMPARE(events.at(0).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("started"));
        QCOMPARE(events.at(1).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("succeeded"));
        for (const QJsonObject &event : events)
            QCOMPARE(event.value(QStringLiteral("transaction_id")).toString(), txId);
        QCOMPARE(events.at(0).value(QStringLiteral("topic")).toString(),
                 QStringLiteral("mb_fetch_messenger_profile_started"));
        QCOMPARE(events.at(1).value(QStringLiteral("topic")).toString(),
                 QStringLiteral("mb_fetch_messenger_profile_succeeded"));
    }

    void filterByTxIdFromTheContextAction()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        const QList<models::PageRef> pages = guitest::demoPages(desk.session);
        QVERIFY(window.selectPage(pages.at(1)));
        QVERIFY(window.selectPage(pages.at(3)));
        ui::EventLogDock *log = window.eventLog();
        QTRY_COMPARE(log->model()->rowCount(), 6); // three fetches, started + succeeded each
        QVERIFY(log->selectRow(2));
        const QString txId =
            log->proxy()->index(2, 0).data(models::EventLogModel::TxIdRole).toString();
        log->filterTxIdAction()->trigger();
        QCOMPARE(log->proxy()->rowCount(), 2);
        for (const QJsonObject &event : shownEvents(log))
            QCOMPARE(event.value(QStringLiteral("transaction_id")).toString(), txId);
        log->clearFilters();
        QCOMPARE(log->proxy()->rowCount(), 6);
    }

    void exportedJsonLinesEqualWhatIsShown()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        const QList<models::PageRef> pages = guitest::demoPages(desk.session);
        for (const models::PageRef &page : pages)
            QVERIFY(window.selectPage(page));
        ui::EventLogDock *log = window.eventLog();
        QTRY_COMPARE(log->model()->rowCount(), 8);
        log->filterByTxId(log->model()->eventAt(4).transactionId);
        QCOMPARE(log->proxy()->rowCount(), 2);

        const QString path = desk.dir.filePath(QStringLiteral("shown.jsonl"));
        QString error;
        QVERIFY2(log->exportJsonLines(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
        const QList<QJsonObject> shown = shownEvents(log);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(QJsonDocument::fromJson(lines.at(i)).object(), shown.at(i));
        QVERIFY(lines.at(2).isEmpty());
    }

    void statusBarShowsRequestsAndUsage()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        const auto *requests = window.findChild<QLabel *>(QStringLiteral("requestsInFlight"));
        QVERIFY(requests);
        QTRY_COMPARE(requests->text(), QStringLiteral("No requests running"));
        window.refreshAction()->trigger();
        QCOMPARE(window.usage()->inFlight(), 1);
        QCOMPARE(requests->text(), QStringLiteral("1 request(s) running"));
        QTRY_COMPARE(window.usage()->inFlight(), 0);

        const models::PageRef page = *window.currentPage();
        desk.session.client().governor()->observe(
            page.appId, page.pageId,
            {{"x-app-usage", R"({"call_count":42,"total_cputime":3,"total_time":5})"},
             {"x-page-usage", R"({"call_count":7,"total_cputime":1,"total_time":9})"}});
        QCOMPARE(window.findChild<QProgressBar *>(QStringLiteral("appUsageGauge"))->value(), 42);
        QCOMPARE(window.findChild<QProgressBar *>(QStringLiteral("pageUsageGauge"))->value(), 9);
        // Another page of the same app: the app gauge stays, the page's own usage shows.
        QVERIFY(window.selectPage(guitest::demoPages(desk.session).at(1)));
        QCOMPARE(window.usage()->appPercent(), 42);
        QCOMPARE(window.usage()->pagePercent(), 0);
    }

    void problemsShowInABar()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.problemBar()->isVisible());
        window.showProblems({QStringLiteral("No keychain is available.")});
        QVERIFY(window.problemBar()->isVisible());
        QVERIFY(window.problemBar()->text().contains(QStringLiteral("No keychain is available.")));
        QCOMPARE(window.problemBar()->tone(), ui::MessageBar::Tone::Warning);
        window.showProblems({});
        QVERIFY(!window.problemBar()->isVisible());
    }

    void layoutRoundTrips()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        desk.window->eventLog()->hide();
        const QByteArray state = desk.window->saveState();
        const QByteArray geometry = desk.window->saveGeometry();
        desk.settings.setWindowState(state);
        desk.settings.setWindowGeometry(geometry);

        MainWindow again;
        QVERIFY(again.restoreState(desk.settings.windowState()));
        QVERIFY(again.restoreGeometry(desk.settings.windowGeometry()));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.eventLog()->isVisible());
        QVERIFY(again.pageListDock()->isVisible());
        QCOMPARE(again.dockWidgetArea(again.pageListDock()), Qt::LeftDockWidgetArea);
    }

    void screenshots()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        QTRY_COMPARE(window.currentWorkspace()->overview()->state(),
                     ui::OverviewTab::State::Loaded);
        window.eventLog()->model()->flush();
        QVERIFY(window.eventLog()->selectRow(1));
        QVERIFY(!guitest::saveScreenshot(&window, QStringLiteral("mainwindow-light")).isEmpty());
        window.currentWorkspace()->setCurrentTab(WorkspaceTab::AudienceInsights);
        QVERIFY(
            !guitest::saveScreenshot(&window, QStringLiteral("mainwindow-planned-tab")).isEmpty());
        window.currentWorkspace()->setCurrentTab(WorkspaceTab::Menu);
        QVERIFY(!guitest::saveScreenshot(&window, QStringLiteral("mainwindow-menu-tab")).isEmpty());
        window.currentWorkspace()->setCurrentTab(WorkspaceTab::Overview);

        const QPalette light = QApplication::palette();
        QApplication::setPalette(guitest::darkPalette());
        QTest::qWait(0);
        QVERIFY(!guitest::saveScreenshot(&window, QStringLiteral("mainwindow-dark")).isEmpty());
        QApplication::setPalette(light);

        // German is the longest of the shipped languages: nothing may be cut off.
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("messenger-desk"),
                            QStringLiteral("_"), app::TranslationLoader::resourceDirectory()));
        QCoreApplication::installTranslator(&german);
        guitest::SandboxDesk translated;
        const bool opened = translated.open();
        if (opened) {
            QTRY_COMPARE(translated.window->currentWorkspace()->overview()->state(),
                         ui::OverviewTab::State::Loaded);
            QVERIFY(
                !guitest::saveScreenshot(translated.window.get(), QStringLiteral("mainwindow-de"))
                     .isEmpty());
        }
        QCoreApplication::removeTranslator(&german);
        QVERIFY(opened);
    }

    void aboutShowsVersions()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        window.aboutAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"))));
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral(MDESK_VERSION)));
        QVERIFY(box->informativeText().contains(QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION)));
        QVERIFY(box->informativeText().contains(QStringLiteral("Bluebird Support Bot")));
        QVERIFY(box->testAttribute(Qt::WA_DeleteOnClose));
        QPointer<QMessageBox> guard(box);
        box->close();
        QTRY_VERIFY(guard.isNull());
    }

    void quitClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.quitAction()->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
