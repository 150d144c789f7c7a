// One live state per Page (issue 12), driven through the window's widgets by objectName on
// the in-process sandbox: one shared read for Overview, Profile and Menu; an Apply in one
// tab seen in the others; a live change that meets a draft edit becomes a conflict.
#include "guitestkit.h"

#include "models/eventlog/eventlogmodel.h"
#include "models/live/livepage.h"
#include "models/menu/menumodel.h"
#include "models/profile/profilesession.h"
#include "ui/eventlog/eventlogdock.h"
#include "ui/menu/menutab.h"
#include "ui/profile/profiletab.h"
#include "ui/shell/overviewtab.h"
#include "ui/shell/pageworkspace.h"
#include "ui/shell/workspacearea.h"
#include "ui/widgets/reviewchangesdialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeView>

using namespace mdesk;
using namespace mdesk::ui;

namespace {

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QJsonArray greeting(const QString &text)
{
    return {QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                        {QStringLiteral("text"), text}}};
}

// The window on the sandbox with its first Page, the Profile tab opened first: the
// workspace never shows Overview before Profile.
struct ProfileFirstDesk : guitest::SandboxDesk
{
    bool openOnProfile()
    {
        window = std::make_unique<MainWindow>();
        window->attach(&session.client(), &session.accounts(), &session.drafts());
        QObject::connect(
            window->workspaces(), &WorkspaceArea::workspaceCreated, window.get(),
            [](PageWorkspace *workspace) { workspace->setCurrentTab(WorkspaceTab::Profile); });
        QSignalSpy ready(&session, &app::DeskSession::ready);
        session.start(false);
        window->setSandboxRunning(session.isSandboxRunning());
        if (!session.isReady() && !ready.wait(10000))
            return false;
        window->resize(1280, 820);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        return window->selectFirstPage();
    }

    PageWorkspace *workspace() const { return window->currentWorkspace(); }
    ProfileTab *profile() const
    {
        return qobject_cast<ProfileTab *>(workspace()->tab(WorkspaceTab::Profile));
    }
    MenuTab *menu() const { return qobject_cast<MenuTab *>(workspace()->tab(WorkspaceTab::Menu)); }

    // Distinct reads of the profile in the event log.
    int profileReads() const
    {
        const models::EventLogModel *log = window->eventLog()->model();
        QSet<QString> txIds;
        for (int row = 0; row < log->rowCount(); ++row) {
            const QModelIndex index = log->index(row, 0);
            if (index.data(models::EventLogModel::OpRole).toString() ==
                QLatin1String("fetch_messenger_profile"))
                txIds.insert(index.data(models::EventLogModel::TxIdRole).toString());
        }
        return int(txIds.size());
    }

    // A call on the current Page straight through the client, as another tool would.
    api::GraphResult call(const QString &op, const QJsonObject &input)
    {
        const models::PageRef page = *window->currentPage();
        api::CallOptions options;
        options.appId = page.appId;
        options.pageId = page.pageId;
        api::GraphReply *reply = session.client().call(op, input, options);
        QSignalSpy finished(reply, &api::GraphReply::finished);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<api::GraphResult>();
    }

    QString liveGreeting()
    {
        const api::GraphResult result = call(QStringLiteral("fetch_greeting"), {});
        for (const auto &entry :
             result.object()[QStringLiteral("data")][0][QStringLiteral("greeting")].toArray()) {
            if (entry[QStringLiteral("locale")].toString() == QLatin1String("default"))
                return entry[QStringLiteral("text")].toString();
        }
        return {};
    }
};

} // namespace

class TestLiveState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileFirstShowsTheGreetingWithOneRead()
    {
        ProfileFirstDesk desk;
        QVERIFY(desk.openOnProfile());
        QCOMPARE(desk.workspace()->currentTab(), WorkspaceTab::Profile);
        ProfileTab *profile = desk.profile();
        QVERIFY(profile);
        // No click: the greeting of the page is in the field once the read is in.
        auto *text = child<QPlainTextEdit>(profile, QStringLiteral("greetingText"));
        QTRY_VERIFY(!text->toPlainText().isEmpty());
        QCOMPARE(text->toPlainText(), desk.liveGreeting());
        QVERIFY(!profile->findChild<QLabel *>(QStringLiteral("profileSummary"))
                     ->text()
                     .startsWith(QStringLiteral("Not fetched")));

        // Menu and Overview open on what the read brought; nothing is read again.
        desk.workspace()->setCurrentTab(WorkspaceTab::Menu);
        QTRY_VERIFY(desk.menu()->model()->rowCount() > 0);
        desk.workspace()->setCurrentTab(WorkspaceTab::Overview);
        QCOMPARE(desk.workspace()->overview()->state(), OverviewTab::State::Loaded);
        QVERIFY(desk.workspace()->overview()->summaryOf(QStringLiteral("greeting")).size() > 0);
        QTRY_COMPARE(desk.profileReads(), 1);
        QCOMPARE(desk.workspace()->context().live->fetchTxId(),
                 desk.workspace()->overview()->lastTxId());

        // Screenshots of the Profile tab, light and dark, after the change.
        desk.workspace()->setCurrentTab(WorkspaceTab::Profile);
        QVERIFY(!guitest::saveScreenshot(profile, QStringLiteral("live-profile-light")).isEmpty());
        const QPalette light = QApplication::palette();
        QApplication::setPalette(guitest::darkPalette());
        QTRY_COMPARE(profile->palette().color(QPalette::Base),
                     guitest::darkPalette().color(QPalette::Base));
        QVERIFY(!guitest::saveScreenshot(profile, QStringLiteral("live-profile-dark")).isEmpty());
        QApplication::setPalette(light);

        // F5 reads once more, for every tab at once, and keeps the current tab.
        desk.window->refreshAction()->trigger();
        QCOMPARE(desk.workspace()->currentTab(), WorkspaceTab::Profile);
        QTRY_COMPARE(desk.profileReads(), 2);
    }

    void applyInProfileIsSeenByMenu()
    {
        ProfileFirstDesk desk;
        QVERIFY(desk.openOnProfile());
        ProfileTab *profile = desk.profile();
        auto *payload = child<QLineEdit>(profile, QStringLiteral("getStartedPayload"));
        QTRY_VERIFY(!payload->text().isEmpty());
        payload->selectAll();
        QTest::keyClicks(payload, QStringLiteral("HELLO_FROM_PROFILE"));
        auto *apply = child<QPushButton>(profile, QStringLiteral("profileApply"));
        QTRY_VERIFY(apply->isEnabled());
        apply->click();
        QTRY_VERIFY2(profile->statusText().startsWith(QStringLiteral("Applied")),
                     qPrintable(profile->statusText()));

        // The Menu tab shows the new payload without a read of its own.
        const int reads = desk.profileReads();
        desk.workspace()->setCurrentTab(WorkspaceTab::Menu);
        MenuTab *menu = desk.menu();
        QCOMPARE(child<QLabel>(menu, QStringLiteral("menuGetStarted"))->text(),
                 QStringLiteral("Get started payload: HELLO_FROM_PROFILE"));
        QVERIFY(!child<QPushButton>(menu, QStringLiteral("menuReview"))->isEnabled());

        // A menu edit: its review sends the menu and nothing for get started.
        menu->tree()->setCurrentIndex(menu->model()->index(0, 0));
        child<QCheckBox>(menu, QStringLiteral("menuTypingOff"))->click();
        QTRY_VERIFY(child<QPushButton>(menu, QStringLiteral("menuReview"))->isEnabled());
        menu->review();
        auto *review = menu->findChild<ReviewChangesDialog *>();
        QVERIFY(review);
        QVERIFY2(review->requestsText().contains(QLatin1String("persistent_menu")),
                 qPrintable(review->requestsText()));
        QVERIFY2(!review->requestsText().contains(QLatin1String("get_started")),
                 qPrintable(review->requestsText()));
        review->reject();
        QCOMPARE(desk.profileReads(), reads);
    }

    void liveChangeMeetsAnEditAsAConflict()
    {
        ProfileFirstDesk desk;
        QVERIFY(desk.openOnProfile());
        ProfileTab *profile = desk.profile();
        auto *text = child<QPlainTextEdit>(profile, QStringLiteral("greetingText"));
        QTRY_VERIFY(!text->toPlainText().isEmpty());
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Mine: typed in the Profile tab"));
        auto *apply = child<QPushButton>(profile, QStringLiteral("profileApply"));
        QTRY_VERIFY(apply->isEnabled());

        // The greeting changes on the page behind the admin's back; F5 brings it in.
        QVERIFY(desk.call(QStringLiteral("set_greeting"),
                          {{QStringLiteral("value"),
                            greeting(QStringLiteral("Theirs: changed by another tool"))}})
                    .isOk());
        desk.window->refreshAction()->trigger();
        auto *conflict = child<QWidget>(profile, QStringLiteral("conflict_greeting"));
        QTRY_VERIFY(conflict->isVisible());
        QVERIFY(child<QLabel>(conflict, QStringLiteral("conflictHeading_greeting"))
                    ->text()
                    .contains(QStringLiteral("changed on the page since you started editing")));
        // Every locale of the draft, the edited default first; the page has only the default.
        const QString mine =
            child<QLabel>(conflict, QStringLiteral("conflictMine_greeting"))->text();
        QVERIFY2(mine.startsWith(QStringLiteral("default: Mine: typed in the Profile tab")),
                 qPrintable(mine));
        QCOMPARE(child<QLabel>(conflict, QStringLiteral("conflictPage_greeting"))->text(),
                 QStringLiteral("default: Theirs: changed by another tool"));
        // Nothing typed is lost; Apply is held, in the tab and in the review.
        QCOMPARE(text->toPlainText(), QStringLiteral("Mine: typed in the Profile tab"));
        QVERIFY(!apply->isEnabled());
        profile->review();
        auto *review = profile->findChild<ReviewChangesDialog *>();
        QVERIFY(review);
        QVERIFY(child<QLabel>(review, QStringLiteral("reviewConflicts"))
                    ->text()
                    .contains(QStringLiteral("greeting")));
        QVERIFY(!child<QPushButton>(review, QStringLiteral("reviewApply"))->isEnabled());
        review->reject();
        profile->findChild<QWidget *>(QStringLiteral("profileSections"))->resize(900, 700);
        QVERIFY(
            !guitest::saveScreenshot(profile, QStringLiteral("live-profile-conflict")).isEmpty());
        const QPalette light = QApplication::palette();
        QApplication::setPalette(guitest::darkPalette());
        QTRY_COMPARE(conflict->palette().color(QPalette::Base),
                     guitest::darkPalette().color(QPalette::Base));
        QVERIFY(!guitest::saveScreenshot(profile, QStringLiteral("live-profile-conflict-dark"))
                     .isEmpty());
        QApplication::setPalette(light);
        QCOMPARE(desk.liveGreeting(), QStringLiteral("Theirs: changed by another tool"));

        // The admin keeps what they typed; Apply sends it.
        child<QAbstractButton>(conflict, QStringLiteral("keepMine_greeting"))->click();
        QVERIFY(!conflict->isVisible());
        QTRY_VERIFY(apply->isEnabled());
        apply->click();
        QTRY_VERIFY(profile->statusText().startsWith(QStringLiteral("Applied")));
        QCOMPARE(desk.liveGreeting(), QStringLiteral("Mine: typed in the Profile tab"));
    }

    void takingThePagesValueDropsTheEdit()
    {
        ProfileFirstDesk desk;
        QVERIFY(desk.openOnProfile());
        ProfileTab *profile = desk.profile();
        auto *text = child<QPlainTextEdit>(profile, QStringLiteral("greetingText"));
        QTRY_VERIFY(!text->toPlainText().isEmpty());
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Mine"));
        QVERIFY(desk.call(QStringLiteral("set_greeting"),
                          {{QStringLiteral("value"), greeting(QStringLiteral("Theirs"))}})
                    .isOk());
        desk.window->refreshAction()->trigger();
        auto *conflict = child<QWidget>(profile, QStringLiteral("conflict_greeting"));
        QTRY_VERIFY(conflict->isVisible());
        child<QAbstractButton>(conflict, QStringLiteral("takePage_greeting"))->click();
        QVERIFY(!conflict->isVisible());
        QCOMPARE(text->toPlainText(), QStringLiteral("Theirs"));
        QVERIFY(!child<QPushButton>(profile, QStringLiteral("profileApply"))->isEnabled());
    }
};

QTEST_MAIN(TestLiveState)
#include "tst_livestate.moc"
