// `call` for operations of every group, against `sandbox serve` with the credentials in the
// environment, and against the in-process --sandbox; the input from --input, --input-file
// and stdin; the tx_id of --tx-id on every event.
#include "cliharness.h"
#include "sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk::clitest;

namespace {

// One CLI call of a sequence: the op, its input (%PSID% and %ASID% are a demo person's
// ids), the exit status and a text its stdout must hold.
struct Step
{
    QString op;
    QByteArray input;
    int exitCode = 0;
    QString printed;
};

Step step(const char *op, const char *input, const char *printed, int exitCode = 0)
{
    return {QString::fromLatin1(op), json(input), exitCode, QString::fromUtf8(printed)};
}

} // namespace

Q_DECLARE_METATYPE(Step)

class TestCliCall : public QObject
{
    Q_OBJECT

private:
    QByteArray withIds(QByteArray input) const
    {
        return input.replace("%PSID%", m_psid.toUtf8()).replace("%ASID%", m_asid.toUtf8());
    }

    CliHarness m_serveHarness;
    SandboxServer m_sandbox;
    QString m_psid;
    QString m_asid;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(m_serveHarness, &error), qPrintable(error));
        m_psid = SandboxServer::demoPsids(m_sandbox.page().id, 1).value(0);
        m_asid = SandboxServer::demoAsid(m_sandbox.app().id, m_psid);
        QVERIFY(!m_psid.isEmpty() && !m_asid.isEmpty());
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    void everyGroup_data()
    {
        QTest::addColumn<QList<Step>>("steps");
        QTest::newRow("profile: one property") << QList<Step>{
            step("set_greeting", "{'value':[{'locale':'default','text':'Moin!'}]}", "success"),
            step("fetch_greeting", "{}", "Moin!"), step("reset_greeting", "{}", "success"),
            step("fetch_greeting", "{}", "[")};
        QTest::newRow("profile: several properties in one call") << QList<Step>{
            step("set_messenger_profile",
                 "{'profile':{'get_started':{'payload':'START'},"
                 "'ice_breakers':[{'question':'Open today?','payload':'OPEN'}]}}",
                 "success"),
            step("fetch_messenger_profile", "{'fields':['get_started','ice_breakers']}",
                 "Open today?"),
            step("reset_messenger_profile", "{'fields':['ice_breakers']}", "success")};
        QTest::newRow("profile: per-user menu")
            << QList<Step>{step("set_user_persistent_menu",
                                "{'psid':'%PSID%','persistent_menu':[{'locale':'default',"
                                "'composer_input_disabled':false,'call_to_actions':[{'type':"
                                "'postback','title':'Just for you','payload':'YOU'}]}]}",
                                "success"),
                           step("fetch_user_persistent_menu", "{'psid':'%PSID%'}", "Just for you"),
                           step("reset_user_persistent_menu", "{'psid':'%PSID%'}", "success")};
        QTest::newRow("labels") << QList<Step>{
            step("create_custom_label", "{'name':'From the CLI'}", "\"id\""),
            step("list_custom_labels", "{}", "From the CLI"),
            step("label_user", "{'label_id':'3300000000000042','user':'%PSID%'}", "true"),
            step("list_custom_labels_of_user", "{'psid':'%PSID%'}", "3300000000000042"),
            step("unlabel_user", "{'label_id':'3300000000000042','user':'%PSID%'}", "true"),
            step("fetch_custom_label", "{'label_id':'3300000000000042'}", "Newsletter"),
            step("delete_custom_label", "{'label_id':'3300000000000042'}", "true"),
            step("fetch_custom_label", "{'label_id':'3300000000000042'}", "\"error\"", 1)};
        QTest::newRow("handover") << QList<Step>{
            step("pass_thread_control",
                 "{'recipient':{'id':'%PSID%'},'target_app_id':'263902037430900'}", "true"),
            step("fetch_thread_owner", "{'psid':'%PSID%'}", "263902037430900"),
            step("request_thread_control", "{'recipient':{'id':'%PSID%'},'metadata':'please'}",
                 "true"),
            step("take_thread_control", "{'recipient':{'id':'%PSID%'}}", "true"),
            step("fetch_secondary_receivers", "{}", "Page Inbox")};
        QTest::newRow("id_matching")
            << QList<Step>{step("fetch_ids_for_app", "{'psid':'%PSID%'}", "%ASID%"),
                           step("fetch_ids_for_page", "{'asid':'%ASID%'}", "%PSID%")};
        QTest::newRow("user_profile")
            << QList<Step>{step("fetch_user_profile", "{'psid':'%PSID%'}", "first_name")};
        QTest::newRow("insights") << QList<Step>{
            step("fetch_insights", "{'metrics':['page_messages_total_messaging_connections']}",
                 "end_time")};
        QTest::newRow("tools") << QList<Step>{
            step("fetch_messaging_feature_review", "{}", "status"),
            step("set_nlp_configs", "{'nlp_enabled':false}", "true"),
            step("subscribe_to_page_webhooks",
                 "{'subscribed_fields':['messages','messaging_referrals']}", "true"),
            step("unsubscribe_to_page_webhooks", "{}", "true"),
            step("unlink_account", "{'psid':'%PSID%'}", "success")};
        QTest::newRow("send") << QList<Step>{
            step("send_message",
                 "{'messaging_type':'RESPONSE','recipient':{'id':'%PSID%'},"
                 "'message':{'text':'Your cake is ready.'}}",
                 "message_id"),
            step("send_message",
                 "{'messaging_type':'RESPONSE','recipient':{'id':'%PSID%'},"
                 "'sender_action':'typing_on'}",
                 "%PSID%"),
            step("upload_attachment",
                 "{'type':'image','url':'https://bluebird-bakery.example/c.png',"
                 "'is_reusable':true}",
                 "attachment_id")};
        QTest::newRow("accounts") << QList<Step>{
            step("list_pages", "{}", "Bluebird Bakery"),
            step("debug_token", "{'input_token':'%PAGE_TOKEN%'}", "is_valid")};
        // Removed on every version: still callable, Graph's refusal is the answer.
        QTest::newRow("broadcast (removed)") << QList<Step>{
            step("create_message_creative", "{'messages':[{'text':'Sale!'}]}", "\"code\": 12", 1)};
    }

    void everyGroup()
    {
        QFETCH(QList<Step>, steps);
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        cli.setVariable(QStringLiteral("MESSENGER_DESK_USER_TOKEN"), m_sandbox.app().userToken);
        for (const Step &step : steps) {
            QByteArray input = withIds(step.input);
            input.replace("%PAGE_TOKEN%", m_sandbox.page().token.toUtf8());
            const CliRun run =
                cli.run(page + QStringList{QStringLiteral("call"), step.op,
                                           QStringLiteral("--input"), QString::fromUtf8(input)});
            const QByteArray where = step.op.toUtf8() + ": " + run.summary().toUtf8();
            QVERIFY2(run.exitCode == step.exitCode, where.constData());
            QVERIFY2(run.out.contains(withIds(step.printed.toUtf8())), where.constData());
            QVERIFY2(!run.object().isEmpty(), where.constData()); // one JSON object for jq
        }
    }

    void sandboxServeRunsTheDemo()
    {
        // Demo mode: the profile API's 10 calls per 10 minutes per page are not enforced,
        // so tools (and these tests) can read and write profiles as often as they like.
        QCOMPARE(m_sandbox.description().value(QStringLiteral("demo")), QJsonValue(true));
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        for (int i = 0; i < 12; ++i) {
            const CliRun run = cli.run(
                page + QStringList{QStringLiteral("call"), QStringLiteral("fetch_greeting")});
            QVERIFY2(run.exitCode == 0,
                     qPrintable(QString::number(i) + QLatin1Char(' ') + run.summary()));
        }
    }

    void writesReachTheSandbox()
    {
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        const QString pageId = m_sandbox.page().id;
        const int sentBefore =
            m_sandbox.pageState(pageId).value(QStringLiteral("messages_sent")).toInt();
        CliRun run =
            cli.run(page + QStringList{QStringLiteral("call"), QStringLiteral("send_message"),
                                       QStringLiteral("--input"),
                                       QString::fromUtf8(withIds(json(
                                           "{'messaging_type':'UPDATE','recipient':{'id':'%PSID%'},"
                                           "'message':{'text':'Fresh rolls at 7.'}}")))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QCOMPARE(m_sandbox.pageState(pageId).value(QStringLiteral("messages_sent")).toInt(),
                 sentBefore + 1);

        run = cli.run(page + QStringList{QStringLiteral("call"),
                                         QStringLiteral("subscribe_to_page_webhooks"),
                                         QStringLiteral("--input"),
                                         QStringLiteral("{\"subscribed_fields\":[\"messages\"]}")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QCOMPARE(m_sandbox.pageState(pageId).value(QStringLiteral("subscribed_fields")).toArray(),
                 QJsonArray{QStringLiteral("messages")});
    }

    void everythingReachesFilesBeforeTheProcessEnds()
    {
        // A run that opened no store ends without Qt's teardown (main_cli.cpp): what it
        // printed to a file (not a pipe: buffered by stdio), beyond one buffer's worth, and
        // its events on stderr are all there, the same as through a pipe.
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<QStringList> commands{{QStringLiteral("ops")},
                                          page + QStringList{QStringLiteral("--events"),
                                                             QStringLiteral("call"),
                                                             QStringLiteral("list_custom_labels")}};
        for (const QStringList &arguments : commands) {
            const CliRun piped = cli.run(arguments);
            QVERIFY2(piped.exitCode == 0, qPrintable(piped.summary()));
            QProcess process;
            process.setProcessEnvironment(cli.environment());
            process.setStandardOutputFile(dir.filePath(QStringLiteral("out")));
            process.setStandardErrorFile(dir.filePath(QStringLiteral("err")));
            process.start(CliHarness::binary(), arguments);
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            QFile out(dir.filePath(QStringLiteral("out")));
            QVERIFY(out.open(QIODevice::ReadOnly));
            const QByteArray printed = out.readAll();
            QVERIFY2(printed.size() > 4096 || arguments.contains(QStringLiteral("call")),
                     qPrintable(QString::number(printed.size())));
            QCOMPARE(printed, piped.out);
            QFile err(dir.filePath(QStringLiteral("err")));
            QVERIFY(err.open(QIODevice::ReadOnly));
            QCOMPARE(err.readAll().count('\n'), piped.err.count('\n'));
        }
    }

    void inputFromFileAndStdinWithTxId()
    {
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        const QByteArray input = withIds(json("{'psid':'%PSID%','fields':['first_name']}"));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("input.json")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(input) == input.size());
        file.close();

        const QStringList global =
            QStringList{QStringLiteral("--events"), QStringLiteral("--tx-id"),
                        QStringLiteral("tx-from-test")} +
            page;
        const CliRun fromFile = cli.run(
            global + QStringList{QStringLiteral("call"), QStringLiteral("fetch_user_profile"),
                                 QStringLiteral("--input-file"), file.fileName()});
        const CliRun fromStdin =
            cli.run(global + QStringList{QStringLiteral("call"),
                                         QStringLiteral("fetch_user_profile"), QStringLiteral("-")},
                    input);
        for (const CliRun &run : {fromFile, fromStdin}) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
            QCOMPARE(run.object().value(QStringLiteral("id")).toString(), m_psid);
            QVERIFY(run.object().contains(QStringLiteral("first_name")));
            const QList<QJsonObject> events = run.events();
            QCOMPARE(events.size(), 2); // started, succeeded
            for (const QJsonObject &event : events) {
                QCOMPARE(event.value(QStringLiteral("transaction_id")).toString(),
                         QStringLiteral("tx-from-test"));
                QCOMPARE(event.value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
            }
            QCOMPARE(events.last().value(QStringLiteral("topic")).toString(),
                     QStringLiteral("mb_fetch_user_profile_succeeded"));
        }
    }

    // --sandbox: an in-process LocalGraph with the demo accounts; no environment needed.
    void inProcessSandbox_data()
    {
        QTest::addColumn<QStringList>("global");
        QTest::addColumn<Step>("call");
        QTest::newRow("page op") << QStringList()
                                 << step("fetch_greeting", "{}", "user_first_name");
        QTest::newRow("app-token op")
            << QStringList() << step("fetch_ids_for_page", "{'asid':'%ASID%'}", "%PSID%");
        QTest::newRow("user-token op")
            << QStringList() << step("list_pages", "{}", "Bluebird Bakery");
        QTest::newRow("second app, no proof")
            << QStringList{QStringLiteral("--page"), QStringLiteral("%PAGE_B%")}
            << step("fetch_messaging_feature_review", "{}", "status");
        QTest::newRow("older version")
            << QStringList{QStringLiteral("--graph-version"), QStringLiteral("v6.0")}
            << step("set_home_url",
                    "{'value':{'url':'https://bluebird-bakery.example/home',"
                    "'webview_height_ratio':'tall','in_test':true}}",
                    "success");
    }

    void inProcessSandbox()
    {
        QFETCH(QStringList, global);
        QFETCH(Step, call);
        global.replaceInStrings(QStringLiteral("%PAGE_B%"), m_sandbox.page(1, 0).ref());
        CliHarness cli; // no MESSENGER_DESK_* at all
        const CliRun run =
            cli.run(QStringList{QStringLiteral("--sandbox")} + global +
                    QStringList{QStringLiteral("call"), call.op, QStringLiteral("--input"),
                                QString::fromUtf8(withIds(call.input))});
        QVERIFY2(run.exitCode == call.exitCode, qPrintable(run.summary()));
        QVERIFY2(run.out.contains(withIds(call.printed.toUtf8())), qPrintable(run.summary()));
    }
};

QTEST_GUILESS_MAIN(TestCliCall)
#include "tst_cli_call.moc"
