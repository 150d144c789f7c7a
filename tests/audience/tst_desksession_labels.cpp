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
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

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
    // A session on a store of its own, started (no account: with the sandbox's demo Pages).
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_storeFile = m_dir->filePath(QStringLiteral("store.sqlite"));
        qputenv("MESSENGER_DESK_STORE", m_storeFile.toUtf8());
        m_settings =
            std::make_unique<app::Settings>(m_dir->filePath(QStringLiteral("messenger-desk.conf")));
        m_session =
            std::make_unique<app::DeskSession>(*m_settings, nullptr, app::EnvironmentOverrides{},
                                               m_dir->filePath(QStringLiteral("drafts")));
        QSignalSpy ready(m_session.get(), &app::DeskSession::ready);
        m_session->start(false);
        QVERIFY(m_session->isReady() || ready.wait(10000));
        QVERIFY(m_session->isSandboxRunning());
    }

    void cleanup()
    {
        m_session.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void labelCallsOfTheGuiReachTheStore()
    {
        app::DeskSession &session = *m_session;
        const QString storeFile = m_storeFile;

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
    }

    // A CLI run while the app is open leaves its events in the spool: the session takes
    // them in within its poll, into the journal and the label index, and says so.
    void cliRunsReachTheSessionThroughTheSpool()
    {
        app::DeskSession &session = *m_session;
        const QString storeFile = m_storeFile;
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
    }

    // A store that refuses the spool (a trigger here) is told once, not at every poll, and
    // the events wait; once a CLI run adds to the spool, all of them are taken in.
    void aRefusedSpoolIsToldOnceAndTakenInWhenItGrows()
    {
        store::Database other(m_storeFile);
        QVERIFY(other.open().ok);
        QVERIFY(QSqlQuery(other.connection())
                    .exec(QStringLiteral("CREATE TRIGGER refuse_events BEFORE INSERT ON events"
                                         " BEGIN SELECT RAISE(FAIL, 'the test refuses events');"
                                         " END")));
        QSignalSpy problems(m_session.get(), &app::DeskSession::storeProblem);
        QSignalSpy takenIn(m_session.get(), &app::DeskSession::spoolTakenIn);
        store::EventSpool spool(m_storeFile);
        QString error;
        QVERIFY2(spool.append(QStringLiteral("run-1"), {cliEvent()}, &error), qPrintable(error));
        QVERIFY(problems.wait(10000));
        QVERIFY2(
            problems.first().first().toString().contains(QStringLiteral("the test refuses events")),
            qPrintable(problems.first().first().toString()));
        // The assertion: two more polls of an unchanged spool say nothing again.
        QVERIFY(!problems.wait(4500));
        QVERIFY(takenIn.isEmpty());

        QVERIFY(QSqlQuery(other.connection()).exec(QStringLiteral("DROP TRIGGER refuse_events")));
        QVERIFY2(spool.append(QStringLiteral("run-2"), {cliEvent()}, &error), qPrintable(error));
        QVERIFY(takenIn.wait(10000));
        QCOMPARE(takenIn.last().first().toInt(), 2);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(m_session->eventJournal()->findByTxId(QStringLiteral("tx-refused-once")).size(),
                 2);
    }

private:
    static api::GraphEvent cliEvent()
    {
        api::GraphEvent event;
        event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        event.op = QStringLiteral("fetch_greeting");
        event.outcome = api::EventOutcome::Succeeded;
        event.topic = api::GraphEvent::topicFor(event.op, event.outcome);
        event.transactionId = QStringLiteral("tx-refused-once");
        event.source = QStringLiteral("cli");
        event.occurredAt = QDateTime::currentDateTimeUtc();
        event.data = {{QStringLiteral("op"), event.op}};
        return event;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_storeFile;
    std::unique_ptr<app::Settings> m_settings;
    std::unique_ptr<app::DeskSession> m_session;
};

QTEST_GUILESS_MAIN(TestDeskSessionLabels)
#include "tst_desksession_labels.moc"
