// LivePage and LivePageRegistry against LocalGraph over loopback: one shared read per Page,
// reads that join the one in flight, applies recorded for every draft, a refresh that waits
// for an apply.
#include "api/graphclient.h"
#include "api/sandbox/localgraph.h"
#include "models/live/livepageregistry.h"
#include "models/profile/profilesession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace mdesk;
using namespace mdesk::models;

namespace {

struct Fixture
{
    sandbox::LocalGraph graph{sandbox::LocalGraph::demoOptions()};
    api::GraphClient client;
    PageRef page;
    QStringList ops; // every call started, by op id

    Fixture()
    {
        if (!graph.listen())
            qFatal("LocalGraph did not start: %s", qPrintable(graph.errorString()));
        graph.connectClient(client);
        const auto apps = graph.apps();
        page = {apps.at(0).id, apps.at(0).pages.at(0).id};
        QObject::connect(client.events(), &api::EventHub::published, &client,
                         [this](const api::GraphEvent &event) {
                             if (event.topic.endsWith(QLatin1String("_started")))
                                 ops.append(event.op);
                         });
    }

    QJsonObject call(const QString &op, const QJsonObject &input)
    {
        api::CallOptions options;
        options.appId = page.appId;
        options.pageId = page.pageId;
        api::GraphReply *reply = client.call(op, input, options);
        QSignalSpy finished(reply, &api::GraphReply::finished);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<api::GraphResult>().toJson().toObject();
    }

    static QJsonArray greeting(const QString &text)
    {
        return {QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                            {QStringLiteral("text"), text}}};
    }
};

} // namespace

class TestLivePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneReadServesEveryone()
    {
        Fixture fx;
        LivePageRegistry registry(&fx.client);
        LivePage *live = registry.page(fx.page, api::GraphVersion::defaultVersion());
        QCOMPARE(registry.page(fx.page, api::GraphVersion::defaultVersion()), live);
        QCOMPARE(registry.count(), 1);
        QCOMPARE(live->state(), LivePage::State::Empty);

        // Three tabs open at once: one call; a refresh meanwhile joins it.
        QSignalSpy finished(live, &LivePage::fetchFinished);
        QSignalSpy changed(live, &LivePage::profileChanged);
        live->ensureLoaded();
        live->ensureLoaded();
        live->refresh();
        QVERIFY(live->isLoading());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(fx.ops, QStringList{QStringLiteral("fetch_messenger_profile")});
        QCOMPARE(live->state(), LivePage::State::Loaded);
        QVERIFY(live->hasProfile());
        QVERIFY(live->profile().contains(QStringLiteral("greeting")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(live->profileReading().readAt.isValid());
        QCOMPARE(live->profileReading().txId, live->fetchTxId());

        // Loaded: opening another tab reads nothing.
        live->ensureLoaded();
        QVERIFY(!live->isLoading());
        QCOMPARE(fx.ops.size(), 1);

        // A read that finds the same profile announces no change.
        live->refresh();
        QVERIFY(finished.wait(10000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(fx.ops.size(), 2);
    }

    void applyIsRecordedAndDraftsAreTold()
    {
        Fixture fx;
        LivePageRegistry registry(&fx.client);
        LivePage *live = registry.page(fx.page, api::GraphVersion::defaultVersion());
        ProfileSession profile(&fx.client, live, nullptr);
        ProfileSession menu(&fx.client, live, nullptr, nullptr, QStringLiteral("menu"),
                            {QStringLiteral("persistent_menu"), QStringLiteral("get_started")});
        QSignalSpy menuFetched(&menu, &ProfileSession::fetched);
        profile.fetch();
        QVERIFY(menuFetched.wait(10000)); // one read, told to both sessions
        QCOMPARE(fx.ops.size(), 1);
        QCOMPARE(menu.draft()->live(), profile.draft()->live());

        profile.draft()->setField(QStringLiteral("get_started"),
                                  QJsonObject{{QStringLiteral("payload"), QStringLiteral("NEW")}});
        QSignalSpy applied(&profile, &ProfileSession::applied);
        profile.apply();
        // A refresh asked for during the apply waits for it.
        live->refresh();
        QVERIFY(!live->isLoading());
        QVERIFY(applied.wait(10000));
        QVERIFY(applied.first().at(1).value<api::GraphResult>().isOk());
        QCOMPARE(live->profile()[QStringLiteral("get_started")][QStringLiteral("payload")],
                 QJsonValue(QStringLiteral("NEW")));
        QCOMPARE(live->profileReading().txId, profile.lastTxId());
        // The menu draft had not touched get started: it follows, and sends nothing.
        QCOMPARE(menu.draft()->field(QStringLiteral("get_started"))[QStringLiteral("payload")],
                 QJsonValue(QStringLiteral("NEW")));
        QVERIFY(!menu.draft()->isDirty());
        QVERIFY(live->isLoading()); // the refresh that waited
        QSignalSpy finished(live, &LivePage::fetchFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(fx.ops, (QStringList{QStringLiteral("fetch_messenger_profile"),
                                      QStringLiteral("set_messenger_profile"),
                                      QStringLiteral("fetch_messenger_profile")}));
    }

    void aPageChangeConflictsWithAnEdit()
    {
        Fixture fx;
        LivePage live(&fx.client, fx.page, api::GraphVersion::defaultVersion());
        ProfileSession profile(&fx.client, &live, nullptr);
        QSignalSpy fetched(&profile, &ProfileSession::fetched);
        profile.ensureLoaded();
        QVERIFY(fetched.wait(10000));
        profile.draft()->setField(QStringLiteral("greeting"),
                                  Fixture::greeting(QStringLiteral("Mine")));
        // Someone else changes the greeting on the page; a refresh brings it.
        fx.call(QStringLiteral("set_greeting"),
                {{QStringLiteral("value"), Fixture::greeting(QStringLiteral("Theirs"))}});
        live.refresh();
        QVERIFY(fetched.wait(10000));
        QVERIFY(profile.draft()->hasConflict(QStringLiteral("greeting")));
        QVERIFY(!profile.draft()->canApply());
        const int calls = fx.ops.size();
        profile.apply(); // held: nothing is sent
        QCOMPARE(fx.ops.size(), calls);
        QVERIFY(!profile.busy());
    }

    void versionFollowsTheApp()
    {
        Fixture fx;
        LivePageRegistry registry(&fx.client);
        LivePage *live = registry.page(fx.page, api::GraphVersion{7, 0});
        QVERIFY(!live->servedFields().contains(QStringLiteral("home_url")));
        ProfileSession profile(&fx.client, live, nullptr);
        QSignalSpy version(live, &LivePage::versionChanged);
        registry.page(fx.page, api::GraphVersion{26, 0});
        QCOMPARE(version.count(), 1);
        QCOMPARE(profile.draft()->version(), (api::GraphVersion{26, 0}));
        registry.remove(fx.page);
        QCOMPARE(registry.count(), 0);
        QVERIFY(!registry.find(fx.page));
    }
};

QTEST_GUILESS_MAIN(TestLivePage)
#include "tst_livepage.moc"
