// The Menu tab driven through its widgets against LocalGraph: build, check, preview, apply.
#include "api/graphclient.h"
#include "api/sandbox/localgraph.h"
#include "api/sandbox/sandboxstate.h"
#include "models/menu/menumodel.h"
#include "models/profile/profilesession.h"
#include "ui/menu/menutab.h"
#include "ui/menu/usermenupanel.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace mdesk;

Q_DECLARE_METATYPE(mdesk::api::GraphResult)

class TestMenuTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<api::GraphResult>(); }
    void buildAndApply();
    void getStartedFixGoesOutWithTheMenu();
    void undoRedoRoundTrip();
    void jsonImportNamesItemFieldAndRule();
    void perUserMenu();
    void previewPictures();
};

namespace {

struct Fixture
{
    sandbox::LocalGraph graph{sandbox::LocalGraph::demoOptions()};
    api::GraphClient client;
    models::PageRef page;
    std::unique_ptr<models::ProfileSession> session;
    std::unique_ptr<ui::MenuTab> tab;

    explicit Fixture(api::GraphVersion version = api::GraphVersion::defaultVersion())
    {
        if (!graph.listen())
            qFatal("LocalGraph did not start");
        graph.connectClient(client, version);
        page = {graph.apps().at(0).id, graph.apps().at(0).pages.at(0).id};
        session = std::make_unique<models::ProfileSession>(
            &client, page, version, nullptr, nullptr, QStringLiteral("menu"),
            QStringList{QStringLiteral("persistent_menu"), QStringLiteral("get_started")});
        tab = std::make_unique<ui::MenuTab>(&client, session.get());
        tab->resize(1100, 720);
    }

    QJsonObject call(const QString &op, const QJsonObject &input = {})
    {
        api::CallOptions options;
        options.appId = page.appId;
        options.pageId = page.pageId;
        auto *reply = client.call(op, input, options);
        QSignalSpy finished(reply, &api::GraphReply::finished);
        finished.wait(10000);
        return finished.value(0).value(0).value<api::GraphResult>().toJson().toObject();
    }

    bool fetch()
    {
        tab->findChild<QPushButton *>(QStringLiteral("menuFetch"))->click();
        return QTest::qWaitFor(
            [this] { return tab->statusText().startsWith(QStringLiteral("Fetched")); }, 10000);
    }

    QPushButton *button(const char *name)
    {
        return tab->findChild<QPushButton *>(QLatin1String(name));
    }
};

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("MDESK_SCREENSHOT_DIR",
                                             QDir::currentPath() + QStringLiteral("/screenshots"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace

void TestMenuTab::buildAndApply()
{
    Fixture fx;
    QVERIFY(fx.fetch());
    auto *tree = fx.tab->tree();
    QVERIFY(fx.tab->model()->rowCount() >= 1);
    tree->setCurrentIndex(fx.tab->model()->index(0, 0));
    fx.button("menuAddItem")->click();
    auto *title = fx.tab->findChild<QLineEdit *>(QStringLiteral("menuItemTitle"));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Opening hours"));
    QCOMPARE(tree->currentIndex().data(Qt::EditRole).toString(), QStringLiteral("Opening hours"));
    QVERIFY(fx.button("menuApply")->isEnabled());

    QList<api::GraphEvent> events;
    QObject::connect(fx.client.events(), &api::EventHub::published, fx.tab.get(),
                     [&events](const api::GraphEvent &event) { events.append(event); });
    fx.button("menuApply")->click();
    QTRY_VERIFY(fx.tab->statusText().startsWith(QStringLiteral("Applied")));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).topic, QStringLiteral("mb_set_messenger_profile_started"));
    QCOMPARE(events.at(1).topic, QStringLiteral("mb_set_messenger_profile_succeeded"));
    QCOMPARE(events.at(0).transactionId, events.at(1).transactionId);
    const QJsonObject body =
        events.at(0).data[QStringLiteral("request")][QStringLiteral("body")].toObject();
    QCOMPARE(body.keys(), QStringList{QStringLiteral("persistent_menu")});

    const QJsonObject live = fx.call(QStringLiteral("fetch_persistent_menu"));
    const QString text = QString::fromUtf8(QJsonDocument(live).toJson(QJsonDocument::Compact));
    QVERIFY2(text.contains(QStringLiteral("\"title\":\"Opening hours\"")), qPrintable(text));
}

void TestMenuTab::getStartedFixGoesOutWithTheMenu()
{
    Fixture fx;
    fx.call(QStringLiteral("reset_persistent_menu"));
    fx.call(QStringLiteral("reset_get_started"));
    QVERIFY(fx.fetch());
    QCOMPARE(fx.tab->model()->rowCount(), 0);
    fx.button("menuAddItem")->click(); // creates the default locale with one item
    QCOMPARE(fx.tab->model()->rowCount(), 1);
    auto *warning = fx.tab->findChild<QLabel *>(QStringLiteral("menuGetStartedWarning"));
    QVERIFY(!warning->isHidden());
    QVERIFY(!fx.button("menuApply")->isEnabled());
    fx.button("menuFixGetStarted")->click();
    QVERIFY(warning->isHidden());
    QVERIFY(fx.button("menuApply")->isEnabled());
    fx.button("menuApply")->click();
    QTRY_VERIFY(fx.tab->statusText().startsWith(QStringLiteral("Applied")));
    const QJsonObject getStarted = fx.call(QStringLiteral("fetch_get_started"));
    QCOMPARE(getStarted[QStringLiteral("data")][0][QStringLiteral("get_started")]
                       [QStringLiteral("payload")]
                           .toString(),
             QStringLiteral("GET_STARTED"));
}

void TestMenuTab::undoRedoRoundTrip()
{
    Fixture fx;
    QVERIFY(fx.fetch());
    const QJsonArray fetched = fx.tab->model()->menu();
    const QModelIndex locale = fx.tab->model()->index(0, 0);
    const int before = fx.tab->model()->rowCount(locale);
    fx.tab->tree()->setCurrentIndex(locale);
    fx.button("menuAddItem")->click();
    fx.button("menuDuplicate")->click();
    QCOMPARE(fx.tab->model()->rowCount(fx.tab->model()->index(0, 0)), before + 2);
    fx.tab->model()->moveNode(fx.tab->model()->index(before + 1, 0, fx.tab->model()->index(0, 0)),
                              fx.tab->model()->index(0, 0), 0);
    QCOMPARE(fx.tab->undoStack()->count(), 3);
    fx.tab->undoStack()->undo();
    fx.tab->undoStack()->undo();
    fx.tab->undoStack()->undo();
    QCOMPARE(fx.tab->model()->menu(), fetched);
    fx.tab->undoStack()->redo();
    fx.tab->undoStack()->redo();
    fx.tab->undoStack()->redo();
    QCOMPARE(fx.tab->model()->rowCount(fx.tab->model()->index(0, 0)), before + 2);
    QCOMPARE(
        fx.tab->model()->index(0, 0, fx.tab->model()->index(0, 0)).data(Qt::EditRole).toString(),
        tr("New item"));
}

void TestMenuTab::jsonImportNamesItemFieldAndRule()
{
    Fixture fx;
    QVERIFY(!fx.tab->importJson("[{\"locale\": \"default\",\n  \"call_to_actions\": [}"));
    QVERIFY2(fx.tab->statusText().contains(QStringLiteral("line 2")),
             qPrintable(fx.tab->statusText()));
    QVERIFY(!fx.tab->importJson("{\"greeting\": []}"));
    QVERIFY(fx.tab->statusText().contains(QStringLiteral("persistent_menu")));
    const QByteArray tooLong =
        "{\"persistent_menu\": [{\"locale\": \"default\", \"call_to_actions\": ["
        "{\"type\": \"postback\", \"title\": \"A title that is far longer than thirty\", "
        "\"payload\": \"P\"},"
        "{\"type\": \"web_url\", \"title\": \"Shop\", \"url\": \"ftp://shop.example.com\"}]}]}";
    QVERIFY(fx.tab->importJson(tooLong));
    const QString status = fx.tab->statusText();
    QVERIFY2(status.contains(QStringLiteral("persistent_menu[0].call_to_actions[0].title: ")),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("30")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("persistent_menu[0].call_to_actions[1].url: ")),
             qPrintable(status));
    const QModelIndex bad =
        fx.tab->model()->indexForPath(QStringLiteral("persistent_menu[0].call_to_actions[0]"));
    QVERIFY(!bad.data(models::MenuModel::ViolationsRole).toStringList().isEmpty());
    QVERIFY(!fx.button("menuApply")->isEnabled());
    fx.tab->tree()->expandAll();
    fx.tab->tree()->setCurrentIndex(bad);
    QVERIFY(fx.tab->grab().save(screenshotDir() + QStringLiteral("/menu-invalid.png")));
}

void TestMenuTab::perUserMenu()
{
    Fixture fx;
    QVERIFY(fx.fetch());
    const QString psid = fx.graph.state().page(fx.page.pageId)->psids.first();
    auto *panel = fx.tab->findChild<ui::UserMenuPanel *>();
    fx.tab->findChild<QLineEdit *>(QStringLiteral("userMenuPsid"))->setText(psid);
    QSignalSpy finished(panel, &ui::UserMenuPanel::finished);
    panel->applyCurrentMenu();
    QVERIFY(finished.wait(10000));
    QVERIFY2(panel->statusText().contains(QStringLiteral("now sees")),
             qPrintable(panel->statusText()));
    QCOMPARE(fx.graph.state().page(fx.page.pageId)->userMenus.value(psid), fx.tab->model()->menu());
    panel->load();
    QVERIFY(finished.wait(10000));
    QVERIFY2(panel->statusText().contains(QStringLiteral("their own menu")),
             qPrintable(panel->statusText()));
    panel->reset();
    QVERIFY(finished.wait(10000));
    QVERIFY(!fx.graph.state().page(fx.page.pageId)->userMenus.contains(psid));
}

void TestMenuTab::previewPictures()
{
    Fixture fx(api::GraphVersion{7, 0});
    QVERIFY(fx.fetch());
    fx.tab->tree()->setCurrentIndex(fx.tab->model()->index(0, 0, fx.tab->model()->index(0, 0)));
    fx.tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(fx.tab.get()));
    QVERIFY(fx.tab->grab().save(screenshotDir() + QStringLiteral("/menu-tab.png")));
    QWidget *preview = fx.tab->findChild<QWidget *>(QStringLiteral("menuPreview"));
    QVERIFY(preview->grab().save(screenshotDir() + QStringLiteral("/menu-preview.png")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    fx.tab->setPalette(dark);
    QVERIFY(fx.tab->grab().save(screenshotDir() + QStringLiteral("/menu-tab-dark.png")));
}

QTEST_MAIN(TestMenuTab)
#include "tst_menutab.moc"
