// A page's workspace inside the window: one per Page, kept while switching; Edit > Undo
// and File > Import/Export following the current tab; editors plugged in by replacing a tab.
#include "guitestkit.h"

#include "models/accounts/pagelistmodel.h"
#include "ui/insights/insightspanel.h"
#include "ui/shell/overviewtab.h"
#include "ui/shell/pagelistpanel.h"
#include "ui/shell/pageworkspace.h"
#include "ui/shell/workspacearea.h"
#include "ui/shell/workspacetabs.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace mdesk;
using ui::MainWindow;
using ui::PageWorkspace;
using ui::WorkspaceTab;

namespace {

// A tab with an undo history, standing in for an editor a later issue plugs in.
class CountingCommand : public QUndoCommand
{
public:
    explicit CountingCommand(int *counter)
        : QUndoCommand(QStringLiteral("count"))
        , m_counter(counter)
    {}
    void redo() override { ++*m_counter; }
    void undo() override { --*m_counter; }

private:
    int *m_counter;
};

} // namespace

class TestWorkspaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchingPagesKeepsState()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        const QList<models::PageRef> pages = guitest::demoPages(desk.session);
        QSignalSpy pageChanged(&window, &MainWindow::currentPageChanged);

        PageWorkspace *bakery = window.currentWorkspace();
        QTRY_COMPARE(bakery->overview()->state(), ui::OverviewTab::State::Loaded);
        const QString bakeryTx = bakery->overview()->lastTxId();
        bakery->setCurrentTab(WorkspaceTab::AudienceInsights);

        QVERIFY(window.selectPage(pages.at(2)));
        PageWorkspace *outdoor = window.currentWorkspace();
        QVERIFY(outdoor != bakery);
        QCOMPARE(outdoor->context().page.ref(), pages.at(2));
        QCOMPARE(outdoor->currentTab(), WorkspaceTab::Overview);
        QTRY_COMPARE(outdoor->overview()->state(), ui::OverviewTab::State::Loaded);
        QCOMPARE(pageChanged.size(), 1);
        QCOMPARE(pageChanged.last().first().value<models::PageRef>(), pages.at(2));

        QVERIFY(window.selectPage(pages.at(0)));
        QCOMPARE(window.currentWorkspace(), bakery);
        QCOMPARE(bakery->currentTab(), WorkspaceTab::AudienceInsights);
        QCOMPARE(bakery->overview()->lastTxId(), bakeryTx); // not fetched again
        QCOMPARE(window.workspaces()->workspaceCount(), 2);

        // An app row keeps the Page shown so far.
        window.pageList()->view()->setCurrentIndex(window.pageList()->model()->index(1, 0));
        QCOMPARE(window.currentWorkspace(), bakery);
    }

    // A change of the page list reaches the Insights tab: the Pages it can show side by side.
    void insightsFollowsThePageList()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        PageWorkspace *workspace = desk.window->currentWorkspace();
        QVERIFY(workspace);
        QList<models::PageAccount> pages;
        for (const models::AppAccount &app : desk.session.accounts().apps())
            pages.append(app.pages);
        QVERIFY(pages.size() > 2);
        auto *insights = workspace->findChild<ui::InsightsPanel *>();
        QVERIFY(insights);
        auto *list = insights->findChild<QListWidget *>(QStringLiteral("pageList"));
        QVERIFY(list);
        QCOMPARE(list->count(), pages.size()); // this Page first, then the others
        const QList<models::PageAccount> fewer = pages.mid(0, 2);
        int expected = 1;
        for (const models::PageAccount &page : fewer)
            expected += page.ref() == workspace->context().page.ref() ? 0 : 1;
        ui::WorkspaceTabs::updatePages(workspace, fewer);
        QCOMPARE(list->count(), expected);
        QVERIFY(expected < pages.size());
        ui::WorkspaceTabs::updatePages(workspace, pages);
        QCOMPARE(list->count(), pages.size());
    }

    // Edit > Undo and Redo follow the current tab's undo stack, and are disabled on tabs
    // without one.
    void undoFollowsTheCurrentTab()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        PageWorkspace *workspace = window.currentWorkspace();
        auto *editor = new QWidget;
        editor->setObjectName(QStringLiteral("pluggedEditor"));
        auto *stack = new QUndoStack(editor);
        workspace->setTab(WorkspaceTab::ConversationsTools, editor, stack);
        QVERIFY(!workspace->isPlanned(WorkspaceTab::ConversationsTools));
        QCOMPARE(workspace->tab(WorkspaceTab::ConversationsTools), editor);

        workspace->setCurrentTab(WorkspaceTab::ConversationsTools);
        int count = 0;
        stack->push(new CountingCommand(&count));
        QCOMPARE(count, 1);
        QVERIFY(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
        QCOMPARE(count, 0);
        QVERIFY(window.redoAction()->isEnabled());
        window.redoAction()->trigger();
        QCOMPARE(count, 1);

        workspace->setCurrentTab(WorkspaceTab::Overview);
        QVERIFY(!window.undoAction()->isEnabled());
        QVERIFY(!window.redoAction()->isEnabled());
    }

    void fileImportAndExportUseTheProfileTab()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        QVERIFY(window.importAction()->isEnabled());
        QVERIFY(window.exportAction()->isEnabled());
        const QString path = desk.dir.filePath(QStringLiteral("profile.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"get_started": {"payload": "HELLO_AGAIN"}})");
        file.close();
        QVERIFY(window.importFile(path));
        QCOMPARE(window.currentWorkspace()->currentTab(), WorkspaceTab::Profile);
        QVERIFY(window.undoAction()->isEnabled()); // the import is one undo step
        const QString out = desk.dir.filePath(QStringLiteral("out.json"));
        QVERIFY(window.exportFile(out));
        QVERIFY(QFile::exists(out));
    }
};

QTEST_MAIN(TestWorkspaces)
#include "tst_workspaces.moc"
