// Graph versions with their end dates where the window shows a version: the workspace
// header and its notice, the status bar, the page list and the app editor; the one-click
// move to the newest version. The day is injected (api::GraphVersions::setTodayProvider).
#include "guitestkit.h"

#include "api/graphversions.h"
#include "models/profile/profilesession.h"
#include "ui/accounts/appeditor.h"
#include "ui/profile/profiletab.h"
#include "ui/shell/pagelistpanel.h"
#include "ui/shell/pageworkspace.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>

using namespace mdesk;
using namespace mdesk::ui;

namespace {

void setToday(QDate day)
{
    api::GraphVersions::setTodayProvider([day] { return day; });
}

PageContext contextOn(const QString &version)
{
    PageContext context;
    context.app.id = QStringLiteral("1234567");
    context.app.name = QStringLiteral("Shop Bot");
    context.app.graphVersion = version;
    context.app.effectiveGraphVersion = version;
    context.page = {context.app.id, QStringLiteral("7654321"), QStringLiteral("Corner Shop"),
                    false};
    return context;
}

QString details(const PageWorkspace &workspace)
{
    return workspace.findChild<QLabel *>(QStringLiteral("workspaceDetails"))->text();
}

MessageBar *notice(const PageWorkspace &workspace)
{
    return workspace.findChild<MessageBar *>(QStringLiteral("workspaceVersionNotice"));
}

} // namespace

class TestGraphVersionsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setToday(QDate(2026, 12, 3)); }
    void cleanup() { api::GraphVersions::setTodayProvider({}); }

    void endedVersionSaysHowGraphServesIt()
    {
        PageWorkspace workspace(contextOn(QStringLiteral("v20.0")));
        workspace.show();
        QVERIFY(details(workspace).contains(QStringLiteral("Graph API v20.0, ended 2026-09-24")));
        QVERIFY(notice(workspace)->isVisible());
        QVERIFY2(notice(workspace)->text().contains(QStringLiteral(
                     "Graph now serves its calls as v21.0, the oldest version still available, "
                     "so behaviour may differ")),
                 qPrintable(notice(workspace)->text()));
        QVERIFY(workspace.findChild<QAbstractButton *>(QStringLiteral("moveToNewestVersion"))
                    ->isVisible());
    }

    void currentVersionShowsItsEndDate()
    {
        PageWorkspace workspace(contextOn(QStringLiteral("v23.0")));
        workspace.show();
        QVERIFY2(details(workspace).contains(QStringLiteral("Graph API v23.0, until 2027-10-08")),
                 qPrintable(details(workspace)));
        QVERIFY(!notice(workspace)->isVisible());
        PageWorkspace newest(contextOn(QStringLiteral("v26.0")));
        newest.show();
        QVERIFY(details(newest).endsWith(QStringLiteral("Graph API v26.0")));
        QVERIFY(!notice(newest)->isVisible());
    }

    void ninetyDaysBeforeTheEndWarnsAndMovesInOneClick()
    {
        setToday(QDate(2027, 8, 1));
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        models::AppAccount app = contextOn(QStringLiteral("v23.0")).app;
        QVERIFY(desk.session.accounts().saveApp(app));
        QVERIFY(desk.session.accounts().savePage(contextOn(QStringLiteral("v23.0")).page));
        const models::PageRef ref{app.id, QStringLiteral("7654321")};
        QVERIFY(desk.window->selectPage(ref));
        PageWorkspace *workspace = desk.window->currentWorkspace();
        QCOMPARE(workspace->context().page.ref(), ref);
        QVERIFY(notice(*workspace)->isVisible());
        QVERIFY2(notice(*workspace)
                     ->text()
                     .contains(QStringLiteral("Graph API v23.0 ends on 2027-10-08 (in 68 day(s))")),
                 qPrintable(notice(*workspace)->text()));
        const auto *status = desk.window->findChild<QLabel *>(QStringLiteral("graphVersionLabel"));
        QCOMPARE(status->text(), QStringLiteral("\u26a0 Graph API v23.0, until 2027-10-08"));
        QVERIFY(status->toolTip().contains(QStringLiteral("2027-10-08")));
        // Laid out as shown (the status bar makes room for the longer label).
        QTRY_VERIFY(status->width() >= status->sizeHint().width());
        QVERIFY(!guitest::saveScreenshot(desk.window.get(), QStringLiteral("version-warning"))
                     .isEmpty());

        // One click: the app moves to v26.0, and the drafts check against its rules.
        auto *move = workspace->findChild<QAbstractButton *>(QStringLiteral("moveToNewestVersion"));
        QVERIFY(move && move->isVisible());
        QCOMPARE(move->text(), QStringLiteral("Move to v26.0"));
        move->click();
        QCOMPARE(desk.session.accounts().app(app.id)->graphVersion, QStringLiteral("v26.0"));
        QTRY_VERIFY(!notice(*workspace)->isVisible());
        QVERIFY(details(*workspace).endsWith(QStringLiteral("Graph API v26.0")));
        QCOMPARE(status->text(), QStringLiteral("Graph API v26.0"));
        auto *profile = qobject_cast<ProfileTab *>(workspace->tab(WorkspaceTab::Profile));
        QVERIFY(profile);
        QCOMPARE(profile->session()->draft()->version(), (api::GraphVersion{26, 0}));
        QCOMPARE(workspace->context().live->version(), (api::GraphVersion{26, 0}));
    }

    void sandboxAppsHaveNoMoveButton()
    {
        PageWorkspace workspace([] {
            PageContext context = contextOn(QStringLiteral("v21.0"));
            context.app.sandbox = true;
            return context;
        }());
        workspace.show();
        QVERIFY(notice(workspace)->isVisible()); // v21.0 ends 2027-01-21: within 90 days
        QVERIFY(!workspace.findChild<QAbstractButton *>(QStringLiteral("moveToNewestVersion"))
                     ->isVisible());
    }

    void appEditorListsVersionsWithTheirDates()
    {
        guitest::SandboxDesk desk;
        QVERIFY(desk.open());
        AppEditor editor(&desk.session.accounts());
        editor.show();
        models::AppAccount app = contextOn(QStringLiteral("v23.0")).app;
        QVERIFY(desk.session.accounts().saveApp(app));
        editor.edit(*desk.session.accounts().app(app.id));
        auto *versions = editor.findChild<QComboBox *>(QStringLiteral("appGraphVersion"));
        auto *note = editor.findChild<QLabel *>(QStringLiteral("appGraphVersionNote"));
        QCOMPARE(versions->currentText(), QStringLiteral("v23.0, until 2027-10-08"));
        QVERIFY(!note->isVisible());
        QCOMPARE(versions->itemText(0), QStringLiteral("Default (v26.0)"));
        versions->setCurrentIndex(versions->findData(QStringLiteral("v20.0")));
        QCOMPARE(versions->currentText(), QStringLiteral("v20.0, ended 2026-09-24"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("oldest version still available")));
        editor.resize(560, 460);
        QTRY_VERIFY(note->height() >= note->heightForWidth(note->width()));
        QVERIFY(!guitest::saveScreenshot(&editor, QStringLiteral("app-editor-ended")).isEmpty());
        // What is saved is the version itself, not its description.
        editor.save();
        QTRY_COMPARE(desk.session.accounts().app(app.id)->graphVersion, QStringLiteral("v20.0"));
    }
};

QTEST_MAIN(TestGraphVersionsUi)
#include "tst_graphversionsui.moc"
