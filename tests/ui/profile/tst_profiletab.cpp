// The Profile tab driven through its widgets (found by objectName) against LocalGraph.
#include "api/graphclient.h"
#include "api/sandbox/localgraph.h"
#include "models/profile/draftstore.h"
#include "models/profile/profilesession.h"
#include "ui/profile/copytopagesdialog.h"
#include "ui/profile/profiletab.h"
#include "ui/widgets/reviewchangesdialog.h"

#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace mdesk;

namespace {

struct Fixture
{
    sandbox::LocalGraph graph{sandbox::LocalGraph::demoOptions()};
    api::GraphClient client;
    models::PageRef page;
    models::PageRef otherPage;
    models::PageRef thirdPage;

    Fixture()
    {
        if (!graph.listen())
            qFatal("LocalGraph did not start: %s", qPrintable(graph.errorString()));
        graph.connectClient(client);
        const auto apps = graph.apps();
        page = {apps.at(0).id, apps.at(0).pages.at(0).id};
        otherPage = {apps.at(0).id, apps.at(0).pages.at(1).id};
        thirdPage = {apps.at(1).id, apps.at(1).pages.at(0).id};
    }

    // A call to LocalGraph, waited for; the tests read its state this way, as a user would.
    QJsonObject call(const QString &op, const QJsonObject &input, const models::PageRef &on)
    {
        api::CallOptions options;
        options.appId = on.appId;
        options.pageId = on.pageId;
        api::GraphReply *reply = client.call(op, input, options);
        QSignalSpy finished(reply, &api::GraphReply::finished);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<api::GraphResult>().toJson().toObject();
    }

    QString greetingOn(const models::PageRef &on)
    {
        const QJsonObject answer = call(QStringLiteral("fetch_greeting"), {}, on);
        const QJsonArray greeting =
            answer[QStringLiteral("data")][0][QStringLiteral("greeting")].toArray();
        for (const auto &entry : greeting) {
            if (entry[QStringLiteral("locale")].toString() == QLatin1String("default"))
                return entry[QStringLiteral("text")].toString();
        }
        return {};
    }
};

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("MDESK_SCREENSHOT_DIR",
                                             QDir::currentPath() + QStringLiteral("/screenshots"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace

Q_DECLARE_METATYPE(mdesk::api::GraphResult)

class TestProfileTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fetchEditReviewApply();
    void invalidInputBlocksApply();
    void draftSurvivesAClosedWindow();
    void graphErrorKeepsTheDraft();
    void copyToTwoPages();
    void undoRedoEdits();

private:
    QTemporaryDir m_drafts;
};

void TestProfileTab::initTestCase()
{
    qRegisterMetaType<api::GraphResult>();
    QVERIFY(m_drafts.isValid());
}

void TestProfileTab::fetchEditReviewApply()
{
    Fixture fx;
    models::DraftStore store(m_drafts.filePath(QStringLiteral("apply")));
    models::ProfileSession session(&fx.client, fx.page, api::GraphVersion::defaultVersion(),
                                   &store);
    ui::ProfileTab tab(&fx.client, &session);
    tab.resize(1000, 900);
    tab.show();

    QList<api::GraphEvent> events;
    QObject::connect(fx.client.events(), &api::EventHub::published, &tab,
                     [&events](const api::GraphEvent &event) { events.append(event); });

    auto *apply = child<QPushButton>(&tab, "profileApply");
    QVERIFY(!apply->isEnabled());
    child<QPushButton>(&tab, "profileFetch")->click();
    QTRY_VERIFY(tab.statusText().startsWith(QStringLiteral("Fetched")));
    QVERIFY(child<QGroupBox>(&tab, "greetingSection")->isChecked());

    auto *locales = child<QListWidget>(&tab, "greetingLocales");
    const auto defaults = locales->findItems(QStringLiteral("default"), Qt::MatchExactly);
    QCOMPARE(defaults.size(), 1);
    locales->setCurrentItem(defaults.first());
    auto *text = child<QPlainTextEdit>(&tab, "greetingText");
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Welcome {{user_first_name}}!"));
    QCOMPARE(child<QLabel>(&tab, "greetingCount")->text(), QStringLiteral("28 / 160"));
    QVERIFY(apply->isEnabled());

    events.clear();
    tab.review();
    auto *review = tab.findChild<ui::ReviewChangesDialog *>();
    QVERIFY(review);
    auto *fields = child<QTreeWidget>(review, "reviewFields");
    QCOMPARE(fields->topLevelItemCount(), 1);
    QCOMPARE(fields->topLevelItem(0)->text(0), QStringLiteral("greeting"));
    QVERIFY(
        fields->topLevelItem(0)->text(2).contains(QStringLiteral("Welcome {{user_first_name}}!")));
    QVERIFY(review->requestsText().startsWith(QStringLiteral("POST ")));
    QVERIFY(review->requestsText().contains(QStringLiteral("/me/messenger_profile")));
    for (const auto &app : fx.graph.apps())
        for (const auto &page : app.pages)
            QVERIFY(!review->requestsText().contains(page.token));
    QDir().mkpath(screenshotDir());
    review->grab().save(screenshotDir() + QStringLiteral("/profile-review.png"));
    child<QPushButton>(review, "reviewApply")->click();

    QTRY_VERIFY(tab.statusText().startsWith(QStringLiteral("Applied")));
    // One POST, started and succeeded under one tx_id.
    QStringList topics;
    for (const auto &event : events) {
        QCOMPARE(event.transactionId, session.lastTxId());
        topics.append(event.topic);
    }
    QCOMPARE(topics, (QStringList{QStringLiteral("mb_set_messenger_profile_started"),
                                  QStringLiteral("mb_set_messenger_profile_succeeded")}));
    QCOMPARE(fx.greetingOn(fx.page), QStringLiteral("Welcome {{user_first_name}}!"));
    QVERIFY(!apply->isEnabled());
    QVERIFY(!QFile::exists(store.filePath(QStringLiteral("profile"), fx.page)));
    tab.grab().save(screenshotDir() + QStringLiteral("/profile-tab.png"));
}

void TestProfileTab::invalidInputBlocksApply()
{
    Fixture fx;
    models::ProfileSession session(&fx.client, fx.page, api::GraphVersion::defaultVersion(),
                                   nullptr);
    ui::ProfileTab tab(&fx.client, &session);
    tab.show();
    child<QPushButton>(&tab, "profileFetch")->click();
    QTRY_VERIFY(tab.statusText().startsWith(QStringLiteral("Fetched")));
    auto *apply = child<QPushButton>(&tab, "profileApply");

    auto *text = child<QPlainTextEdit>(&tab, "greetingText");
    child<QListWidget>(&tab, "greetingLocales")->setCurrentRow(0);
    text->selectAll();
    QTest::keyClicks(text, QString(161, QLatin1Char('a')));
    auto *issues = child<QLabel>(&tab, "greetingIssues");
    QVERIFY(issues->isVisible());
    QVERIFY2(issues->text().contains(QStringLiteral("161")), qPrintable(issues->text()));
    QVERIFY(!apply->isEnabled());
    tab.undoStack()->undo();
    QVERIFY(!issues->isVisible());

    // An http domain, then 51 domains, then an unknown country, each through an import.
    const auto importProfile = [&](const QJsonObject &profile) {
        const QString path = m_drafts.filePath(QStringLiteral("import.json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(QJsonDocument(profile).toJson());
        file.close();
        return tab.importFrom(path);
    };
    QJsonObject profile = session.draft()->draft();
    profile.insert(QStringLiteral("whitelisted_domains"),
                   QJsonArray{QStringLiteral("http://shop.example.com")});
    QVERIFY(importProfile(profile));
    auto *domainIssues = child<QLabel>(&tab, "whitelisted_domainsIssues");
    QVERIFY(domainIssues->isVisible());
    QVERIFY(domainIssues->text().contains(QStringLiteral("https://")));
    QVERIFY(!apply->isEnabled());

    QJsonArray many;
    for (int i = 0; i < 51; ++i)
        many.append(QStringLiteral("https://shop%1.example.com").arg(i));
    profile.insert(QStringLiteral("whitelisted_domains"), many);
    QVERIFY(importProfile(profile));
    QVERIFY(domainIssues->text().contains(QStringLiteral("51")));
    QVERIFY(!apply->isEnabled());

    profile.remove(QStringLiteral("whitelisted_domains"));
    profile.insert(QStringLiteral("target_audience"),
                   QJsonObject{{QStringLiteral("audience_type"), QStringLiteral("custom")},
                               {QStringLiteral("countries"),
                                QJsonObject{{QStringLiteral("whitelist"),
                                             QJsonArray{QStringLiteral("ZZ")}}}}});
    QVERIFY(importProfile(profile));
    auto *audienceIssues = child<QLabel>(&tab, "target_audienceIssues");
    QVERIFY(audienceIssues->isVisible());
    QVERIFY(audienceIssues->text().contains(QStringLiteral("ZZ")));
    QVERIFY(!apply->isEnabled());
    tab.grab().save(screenshotDir() + QStringLiteral("/profile-invalid.png"));
}

void TestProfileTab::draftSurvivesAClosedWindow()
{
    Fixture fx;
    models::DraftStore store(m_drafts.filePath(QStringLiteral("restore")));
    {
        auto *session = new models::ProfileSession(&fx.client, fx.page,
                                                   api::GraphVersion::defaultVersion(), &store);
        session->setAutosaveDelay(0);
        auto *tab = new ui::ProfileTab(&fx.client, session);
        tab->show();
        child<QPushButton>(tab, "profileFetch")->click();
        QTRY_VERIFY(tab->statusText().startsWith(QStringLiteral("Fetched")));
        child<QListWidget>(tab, "greetingLocales")->setCurrentRow(0);
        auto *text = child<QPlainTextEdit>(tab, "greetingText");
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Typed, never applied"));
        QTRY_VERIFY(QFile::exists(store.filePath(QStringLiteral("profile"), fx.page)));
        // The window goes away without Apply or any save step.
        delete tab;
        delete session;
    }
    models::ProfileSession session(&fx.client, fx.page, api::GraphVersion::defaultVersion(),
                                   &store);
    ui::ProfileTab tab(&fx.client, &session);
    QVERIFY2(tab.statusText().contains(QStringLiteral("restored")), qPrintable(tab.statusText()));
    child<QListWidget>(&tab, "greetingLocales")->setCurrentRow(0);
    QCOMPARE(child<QPlainTextEdit>(&tab, "greetingText")->toPlainText(),
             QStringLiteral("Typed, never applied"));
    QVERIFY(child<QPushButton>(&tab, "profileApply")->isEnabled());
}

void TestProfileTab::graphErrorKeepsTheDraft()
{
    Fixture fx;
    models::ProfileSession session(&fx.client, fx.page, api::GraphVersion::defaultVersion(),
                                   nullptr);
    ui::ProfileTab tab(&fx.client, &session);
    child<QPushButton>(&tab, "profileFetch")->click();
    QTRY_VERIFY(tab.statusText().startsWith(QStringLiteral("Fetched")));
    child<QListWidget>(&tab, "greetingLocales")->setCurrentRow(0);
    auto *text = child<QPlainTextEdit>(&tab, "greetingText");
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Kept after an error"));
    // The page token stops working: Graph answers 190.
    const auto apps = fx.graph.apps();
    QVERIFY(fx.graph.invalidateToken(apps.at(0).pages.at(0).token));
    child<QPushButton>(&tab, "profileApply")->click();
    QTRY_VERIFY(tab.statusText().startsWith(QStringLiteral("Graph did not apply")));
    QVERIFY2(tab.statusText().contains(QStringLiteral("#190")), qPrintable(tab.statusText()));
    QVERIFY2(tab.statusText().contains(QStringLiteral("fbtrace_id")), qPrintable(tab.statusText()));
    QCOMPARE(text->toPlainText(), QStringLiteral("Kept after an error"));
    QVERIFY(session.draft()->isDirty());
}

void TestProfileTab::copyToTwoPages()
{
    Fixture fx;
    models::ProfileSession session(&fx.client, fx.page, api::GraphVersion::defaultVersion(),
                                   nullptr);
    session.draft()->setLive({});
    session.draft()->setField(
        QStringLiteral("greeting"),
        QJsonArray{QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                               {QStringLiteral("text"), QStringLiteral("Copied greeting")}}});
    session.draft()->setField(QStringLiteral("get_started"),
                              QJsonObject{{QStringLiteral("payload"), QStringLiteral("GO")}});
    ui::CopyToPagesDialog dialog(
        &fx.client, session.draft()->draft(),
        {{fx.otherPage, QStringLiteral("Other")}, {fx.thirdPage, QStringLiteral("Third")}});
    QSignalSpy copied(&dialog, &ui::CopyToPagesDialog::copied);
    dialog.copy({fx.otherPage, fx.thirdPage}, {QStringLiteral("greeting")});
    QVERIFY(copied.wait(10000));
    QCOMPARE(dialog.resultText(fx.otherPage), QStringLiteral("Other: copied"));
    QCOMPARE(dialog.resultText(fx.thirdPage), QStringLiteral("Third: copied"));
    QCOMPARE(fx.greetingOn(fx.otherPage), QStringLiteral("Copied greeting"));
    QCOMPARE(fx.greetingOn(fx.thirdPage), QStringLiteral("Copied greeting"));
    QVERIFY(!dialog.txId().isEmpty());
    dialog.grab().save(screenshotDir() + QStringLiteral("/profile-copy.png"));
}

void TestProfileTab::undoRedoEdits()
{
    Fixture fx;
    models::ProfileSession session(&fx.client, fx.page, api::GraphVersion::defaultVersion(),
                                   nullptr);
    ui::ProfileTab tab(&fx.client, &session);
    child<QPushButton>(&tab, "profileFetch")->click();
    QTRY_VERIFY(tab.statusText().startsWith(QStringLiteral("Fetched")));
    const QJsonObject fetched = session.draft()->draft();
    auto *payload = tab.findChild<QLineEdit *>(QStringLiteral("getStartedPayload"));
    QVERIFY(payload);
    payload->selectAll();
    QTest::keyClicks(payload, QStringLiteral("START"));
    QCOMPARE(
        session.draft()->field(QStringLiteral("get_started"))[QStringLiteral("payload")].toString(),
        QStringLiteral("START"));
    QCOMPARE(tab.undoStack()->count(), 1); // typing merges into one step
    tab.undoStack()->undo();
    QCOMPARE(session.draft()->draft(), fetched);
    QCOMPARE(payload->text(),
             fetched[QStringLiteral("get_started")][QStringLiteral("payload")].toString());
    tab.undoStack()->redo();
    QCOMPARE(payload->text(), QStringLiteral("START"));
}

QTEST_MAIN(TestProfileTab)
#include "tst_profiletab.moc"
