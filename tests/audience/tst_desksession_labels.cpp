// The desktop app's session feeds the label index too: a label call any tab or bulk job
// makes through DeskSession's client lands in the store DeskSession opens, without a window.
#include "api/eventhub.h"
#include "api/graphclient.h"
#include "api/sandbox/localgraph.h"
#include "api/sandbox/sandboxstate.h"
#include "app/desksession.h"
#include "app/settings.h"
#include "models/store/database.h"
#include "models/store/eventjournal.h"
#include "models/store/eventspool.h"
#include "models/store/labelindex.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk;

class TestDeskSessionLabels : public QObject
{
    Q_OBJECT

private:
    static api::GraphResult wait(api::GraphReply *reply)
    {
        auto result = std::make_shared<std::optional<api::GraphResult>>();
        QObject::connect(reply, &api::GraphReply::finished, reply,
                         [result](const api::GraphResult &value) { *result = value; });
        if (!QTest::qWaitFor([&result] { return result->has_value(); }, 30000))
            return api::GraphResult::failure(api::GraphError::transportError(
                api::ErrorCategory::Other, QStringLiteral("test"), QStringLiteral("no answer")));
        return **result;
    }

private Q_SLOTS:
    void labelCallsOfTheGuiReachTheStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString storeFile = dir.filePath(QStringLiteral("store.sqlite"));
        qputenv("MESSENGER_DESK_STORE", storeFile.toUtf8());
        app::Settings settings(dir.filePath(QStringLiteral("messenger-desk.conf")));
        app::DeskSession session(settings, nullptr, app::EnvironmentOverrides{},
                                 dir.filePath(QStringLiteral("drafts")));
        QSignalSpy ready(&session, &app::DeskSession::ready);
        session.start(false);
        QVERIFY(session.isReady() || ready.wait(10000));
        QVERIFY(session.isSandboxRunning());

        const auto apps = session.sandbox()->apps(); // a copy: the reference must outlive it
        const auto &demoApp = apps.first();
        api::CallOptions options;
        options.appId = demoApp.id;
        options.pageId = demoApp.pages.first().id;
        options.source = QStringLiteral("gui");
        const auto created =
            wait(session.client().call(QStringLiteral("create_custom_label"),
                                       {{QStringLiteral("name"), QStringLiteral("GUI")}}, options));
        QVERIFY(created.isOk());
        const QString labelId = created.body().toObject().value(QStringLiteral("id")).toString();
        const QString psid = session.sandbox()->state().page(options.pageId)->psids.first();
        QVERIFY(wait(session.client().call(
                         QStringLiteral("label_user"),
                         {{QStringLiteral("label_id"), labelId}, {QStringLiteral("user"), psid}},
                         options))
                    .isOk());

        QVERIFY(session.database());
        QCOMPARE(session.database()->path(), storeFile);
        // A second connection on the same file, as the CLI would open it, sees the change.
        store::Database cli(storeFile);
        QVERIFY(cli.open().ok);
        store::LabelIndex index(cli, options.pageId);
        QCOMPARE(index.members(labelId), std::optional<QStringList>(QStringList{psid}));
        QCOMPARE(index.labels()->first().name, QStringLiteral("GUI"));
        qunsetenv("MESSENGER_DESK_STORE");
    }

    // A CLI run while the app is open leaves its events in the spool: the session takes
    // them in within its poll, into the journal and the label index, and says so.
    void cliRunsReachTheSessionThroughTheSpool()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString storeFile = dir.filePath(QStringLiteral("store.sqlite"));
        qputenv("MESSENGER_DESK_STORE", storeFile.toUtf8());
        app::Settings settings(dir.filePath(QStringLiteral("messenger-desk.conf")));
        app::DeskSession session(settings, nullptr, app::EnvironmentOverrides{},
                                 dir.filePath(QStringLiteral("drafts")));
        QSignalSpy ready(&session, &app::DeskSession::ready);
        session.start(false);
        QVERIFY(session.isReady() || ready.wait(10000));
        QVERIFY(session.eventJournal());

        // Another process's client, as `call` has it, against the same sandbox.
        api::GraphClient cliClient;
        session.sandbox()->connectClient(cliClient, session.sandbox()->options().newestVersion);
        QList<api::GraphEvent> cliEvents;
        connect(cliClient.events(), &api::EventHub::published, this,
                [&cliEvents](const api::GraphEvent &event) { cliEvents << event; });
        const auto apps = session.sandbox()->apps();
        api::CallOptions options;
        options.appId = apps.first().id;
        options.pageId = apps.first().pages.first().id;
        options.source = QStringLiteral("cli");
        options.txId = QStringLiteral("tx-from-the-cli");
        const QString psid = session.sandbox()->state().page(options.pageId)->psids.first();
        const auto created =
            wait(cliClient.call(QStringLiteral("create_custom_label"),
                                {{QStringLiteral("name"), QStringLiteral("CLI")}}, options));
        QVERIFY(created.isOk());
        const QString labelId = created.body().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(wait(cliClient.call(
                         QStringLiteral("label_user"),
                         {{QStringLiteral("label_id"), labelId}, {QStringLiteral("user"), psid}},
                         options))
                    .isOk());
        QCOMPARE(cliEvents.size(), 4);

        QSignalSpy takenIn(&session, &app::DeskSession::spoolTakenIn);
        QSignalSpy problems(&session, &app::DeskSession::storeProblem);
        QString error;
        QVERIFY2(store::EventSpool(storeFile).append(QStringLiteral("cli-run"), cliEvents, &error),
                 qPrintable(error));
        QVERIFY(takenIn.wait(10000));
        QCOMPARE(takenIn.first().first().toInt(), 4);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));
        QCOMPARE(store::EventSpool(storeFile).size(), 0);
        QCOMPARE(session.eventJournal()->findByTxId(QStringLiteral("tx-from-the-cli")).size(), 4);
        store::LabelIndex index(*session.database(), options.pageId);
        QCOMPARE(index.members(labelId), std::optional<QStringList>(QStringList{psid}));
        qunsetenv("MESSENGER_DESK_STORE");
    }
};

QTEST_GUILESS_MAIN(TestDeskSessionLabels)
#include "tst_desksession_labels.moc"
