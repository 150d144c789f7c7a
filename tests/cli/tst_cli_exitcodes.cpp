// Every exit status of the CLI contract, against `sandbox serve`: 0 ok; 1 a Graph or
// transport error with the error JSON on stdout; 2 usage or validation, the field named on
// stderr and nothing sent; 3 no keychain, nothing stored anywhere.
#include "cliharness.h"
#include "sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mdesk::clitest;

class TestCliExitCodes : public QObject
{
    Q_OBJECT

private:
    // Writes a file into the scratch folder and returns its path.
    QString scratchFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_scratch.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    CliHarness m_serveHarness;
    SandboxServer m_sandbox;
    QTemporaryDir m_scratch;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_serveHarness.isValid() && m_scratch.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(m_serveHarness, &error), qPrintable(error));
        scratchFile(QStringLiteral("menu-without-get-started.json"),
                    R"({"persistent_menu":[{"locale":"default","composer_input_disabled":false,)"
                    R"("call_to_actions":[{"type":"postback","title":"Hi","payload":"HI"}]}]})");
        scratchFile(QStringLiteral("unknown-field.json"), R"({"greeting_text":"Hi"})");
        scratchFile(QStringLiteral("home-url.json"),
                    json("{'whitelisted_domains':['https://bluebird-bakery.example'],"
                         "'home_url':{'url':'https://bluebird-bakery.example/home',"
                         "'webview_height_ratio':'tall','in_test':true}}"));
        scratchFile(QStringLiteral("no-psids.txt"), "# nobody yet\n\n");
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    void successIsZero()
    {
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        const CliRun run =
            cli.run(page + QStringList{QStringLiteral("call"), QStringLiteral("fetch_greeting")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QJsonArray data = run.object().value(QStringLiteral("data")).toArray();
        QVERIFY2(data.first().toObject().contains(QStringLiteral("greeting")), run.out.constData());
        QCOMPARE(m_sandbox.graphCalls(), 1);
    }

    void graphErrorIsOneWithTheErrorJson()
    {
        CliHarness cli;
        const QStringList page = m_sandbox.useEnvironment(cli);
        const CliRun run =
            cli.run(QStringList{QStringLiteral("--events")} + page +
                    QStringList{QStringLiteral("call"), QStringLiteral("fetch_user_profile"),
                                QStringLiteral("--input"), QStringLiteral(R"({"psid":"999"})")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        const QJsonObject error = run.object().value(QStringLiteral("error")).toObject();
        QVERIFY2(!error.isEmpty(), run.out.constData());
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 100);
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("999")));
        QVERIFY(!error.value(QStringLiteral("fbtrace_id")).toString().isEmpty());
        QCOMPARE(run.requestsStarted(), 1); // it was sent, and refused
    }

    void transportErrorIsOne()
    {
        // A port nobody listens on: bound, then released.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();

        CliHarness cli;
        m_sandbox.useEnvironment(cli);
        cli.setVariable(QStringLiteral("MESSENGER_DESK_GRAPH_URL"),
                        QStringLiteral("http://127.0.0.1:%1").arg(port));
        const CliRun run =
            cli.run({QStringLiteral("--events"), QStringLiteral("--page"), m_sandbox.page().ref(),
                     QStringLiteral("call"), QStringLiteral("fetch_greeting")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        const QJsonObject error = run.object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("transport")).toString(), QStringLiteral("refused"));
        QCOMPARE(error.value(QStringLiteral("category")).toString(), QStringLiteral("transport"));
        QVERIFY(!run.events().isEmpty());
        QCOMPARE(run.events().last().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("erred"));
    }

    // %PAGE% is the page ref, %DIR% the scratch folder. envName/envValue: one more variable.
    void usageAndValidationAreTwoAndSendNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("envName");
        QTest::addColumn<QString>("envValue");
        QTest::addColumn<QString>("named");

        const auto call = [](const char *op, const QByteArray &input) {
            return QStringList{QStringLiteral("--page"),  QStringLiteral("%PAGE%"),
                               QStringLiteral("call"),    QString::fromLatin1(op),
                               QStringLiteral("--input"), QString::fromUtf8(input)};
        };
        const auto page = [](QStringList command) {
            return QStringList{QStringLiteral("--page"), QStringLiteral("%PAGE%")} + command;
        };
        const QString none;
        QTest::newRow("input is not JSON")
            << call("fetch_user_profile", R"({"psid":)") << none << none << "not JSON";
        QTest::newRow("input is not an object")
            << call("fetch_user_profile", "[1]") << none << none << "JSON object";
        QTest::newRow("required field missing")
            << call("fetch_user_profile", "{}") << none << none << "psid";
        QTest::newRow("nested required field missing")
            << call("send_message", R"({"messaging_type":"RESPONSE","message":{"text":"hi"}})")
            << none << none << "recipient";
        // issue 13: keys an op does not take, refused with the op's keys listed.
        QTest::newRow("unknown key") << call("fetch_greeting", R"({"foo":1})") << none << none
                                     << "foo: The operation fetch_greeting takes no input";
        QTest::newRow("unknown key lists the keys")
            << call("fetch_ids_for_app", R"({"psid":"31","pgae":"5678"})") << none << none
            << "psid, app, page, after, before, limit";
        // issue 18 item 7: wrong types refused with the field named.
        QTest::newRow("id given as true")
            << call("fetch_custom_label", R"({"label_id":true})") << none << none << "label_id";
        QTest::newRow("user given as {}")
            << call("label_user", R"({"label_id":"555","user":{}})") << none << none << "user";
        QTest::newRow("id of 1e308")
            << call("delete_custom_label", R"({"label_id":1e308})") << none << none << "1e+308";
        QTest::newRow("retired tag")
            << call("send_message", R"({"messaging_type":"MESSAGE_TAG","tag":"ACCOUNT_UPDATE",)"
                                    R"("recipient":{"id":"1"},"message":{"text":"hi"}})")
            << none << none << "2026-04-27";
        QTest::newRow("greeting over 160 characters")
            << call("set_greeting",
                    qPrintable(QStringLiteral(R"({"value":[{"locale":"default","text":"%1"}]})")
                                   .arg(QString(161, QLatin1Char('x')))))
            << none << none << "value[0].text";
        QTest::newRow("http whitelisted domain")
            << call("set_whitelisted_domains", json("{'value':['http://bluebird-bakery.example']}"))
            << none << none << "value[0]";
        QTest::newRow("MESSAGE_TAG without tag")
            << call("send_message", R"({"messaging_type":"MESSAGE_TAG","recipient":{"id":"1"},)"
                                    R"("message":{"text":"hi"}})")
            << none << none << "tag";
        QTest::newRow("sender action with a message")
            << call("send_message", R"({"messaging_type":"RESPONSE","recipient":{"id":"1"},)"
                                    R"("message":{"text":"hi"},"sender_action":"typing_on"})")
            << none << none << "sender_action";
        QTest::newRow("messenger code ref too long")
            << call("create_messenger_code", qPrintable(QStringLiteral(R"({"data":{"ref":"%1"}})")
                                                            .arg(QString(251, QLatin1Char('r')))))
            << none << none << "data.ref";
        QTest::newRow("unknown operation")
            << call("frobnicate_page", "{}") << none << none << "frobnicate_page";
        QTest::newRow("input given twice")
            << call("fetch_greeting", "{}") + QStringList{QStringLiteral("-")} << none << none
            << "once";
        QTest::newRow("unknown option of call")
            << page({QStringLiteral("call"), QStringLiteral("fetch_greeting"),
                     QStringLiteral("--frobnicate")})
            << none << none << "frobnicate";
        QTest::newRow("--page without a slash")
            << QStringList{QStringLiteral("--page"), QStringLiteral("1234"), QStringLiteral("call"),
                           QStringLiteral("fetch_greeting")}
            << none << none << "--page";
        QTest::newRow("--graph-version not a version")
            << QStringList{QStringLiteral("--graph-version"), QStringLiteral("latest")} +
                   call("fetch_greeting", "{}")
            << none << none << "--graph-version";
        QTest::newRow("MESSENGER_DESK_GRAPH_VERSION not a version")
            << call("fetch_greeting", "{}") << QStringLiteral("MESSENGER_DESK_GRAPH_VERSION")
            << QStringLiteral("latest") << "MESSENGER_DESK_GRAPH_VERSION";
        QTest::newRow("plain http to a remote host")
            << call("fetch_greeting", "{}") << QStringLiteral("MESSENGER_DESK_GRAPH_URL")
            << QStringLiteral("http://graph.example.com") << "http://graph.example.com";
        QTest::newRow("profile: menu without get_started")
            << page({QStringLiteral("profile"), QStringLiteral("apply"),
                     QStringLiteral("%DIR%/menu-without-get-started.json")})
            << none << none << "persistent_menu";
        QTest::newRow("profile: unknown field")
            << page({QStringLiteral("profile"), QStringLiteral("apply"),
                     QStringLiteral("%DIR%/unknown-field.json")})
            << none << none << "greeting_text";
        QTest::newRow("profile: home_url deprecated on v23.0")
            << page({QStringLiteral("profile"), QStringLiteral("apply"),
                     QStringLiteral("%DIR%/home-url.json")})
            << none << none << "home_url";
        QTest::newRow("profile: missing file")
            << page({QStringLiteral("profile"), QStringLiteral("diff"),
                     QStringLiteral("%DIR%/nope.json")})
            << none << none << "nope.json";
        QTest::newRow("labels: not a label id")
            << page({QStringLiteral("labels"), QStringLiteral("bulk"), QStringLiteral("label"),
                     QStringLiteral("../1"), QStringLiteral("%DIR%/no-psids.txt")})
            << none << none << "../1";
        QTest::newRow("labels: no PSIDs")
            << page({QStringLiteral("labels"), QStringLiteral("bulk"), QStringLiteral("label"),
                     QStringLiteral("3300000000000042"), QStringLiteral("%DIR%/no-psids.txt")})
            << none << none << "PSID";
        QTest::newRow("account add-page of an unknown app")
            << QStringList{QStringLiteral("account"), QStringLiteral("add-page"),
                           QStringLiteral("7101"), QStringLiteral("7102"),
                           QStringLiteral("--token-stdin")}
            << none << none << "add-app 7101";
        QTest::newRow("account add-app with the page's option")
            << QStringList{QStringLiteral("account"), QStringLiteral("add-app"),
                           QStringLiteral("7103"), QStringLiteral("--token-stdin")}
            << none << none << "--token-stdin";
        QTest::newRow("no command") << QStringList() << none << none << "no command";
    }

    void usageAndValidationAreTwoAndSendNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, envName);
        QFETCH(QString, envValue);
        QFETCH(QString, named);

        CliHarness cli;
        m_sandbox.useEnvironment(cli);
        if (!envName.isEmpty())
            cli.setVariable(envName, envValue);
        arguments.replaceInStrings(QStringLiteral("%PAGE%"), m_sandbox.page().ref());
        arguments.replaceInStrings(QStringLiteral("%DIR%"), m_scratch.path());
        const int callsBefore = m_sandbox.graphCalls();
        QVERIFY(callsBefore >= 0);

        const CliRun run = cli.run(QStringList{QStringLiteral("--events")} + arguments);
        QVERIFY2(run.exitCode == 2,
                 qPrintable(joined(arguments) + QLatin1Char('\n') + run.summary()));
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(named), run.err.constData());
        QVERIFY2(run.err.startsWith("messenger-desk-cli: "), run.err.constData());
        // Nothing sent: no event at all, and the sandbox counted no call.
        QVERIFY2(run.events().isEmpty(), run.err.constData());
        QCOMPARE(m_sandbox.graphCalls(), callsBefore);
    }

    void noKeychainAddPageIsThreeAndStoresNothing()
    {
        CliHarness cli;
        cli.withoutSessionBus();
        const QString appId = QStringLiteral("7001");
        const QString pageId = QStringLiteral("7002");
        const QByteArray token = "mdesk-token-" + QUuid::createUuid().toByteArray(QUuid::Id128);

        // An app without a secret needs no keychain.
        const CliRun app = cli.run({QStringLiteral("account"), QStringLiteral("add-app"), appId});
        QVERIFY2(app.exitCode == 0, qPrintable(app.summary()));

        const CliRun page = cli.run({QStringLiteral("account"), QStringLiteral("add-page"), appId,
                                     pageId, QStringLiteral("--token-stdin")},
                                    token);
        QVERIFY2(page.exitCode == 3, qPrintable(page.summary()));
        QVERIFY(page.out.isEmpty());
        QVERIFY2(page.err.contains("keychain"), page.err.constData());
        QVERIFY(!page.printed(token));
        const QByteArray settings = cli.settingsText();
        QVERIFY2(settings.contains(appId.toUtf8()), settings.constData()); // the right file
        QVERIFY2(!settings.contains(pageId.toUtf8()), settings.constData());
        const QStringList hits = filesContaining(cli.home(), {token});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }

    void noKeychainAddAppWithSecretIsThreeAndStoresNothing()
    {
        CliHarness cli;
        cli.withoutSessionBus();
        const QByteArray secret = "mdesk-secret-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const CliRun run = cli.run({QStringLiteral("account"), QStringLiteral("add-app"),
                                    QStringLiteral("7003"), QStringLiteral("--secret-stdin")},
                                   secret + '\n');
        QVERIFY2(run.exitCode == 3, qPrintable(run.summary()));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.printed(secret));
        QVERIFY2(!cli.settingsText().contains("7003"), cli.settingsText().constData());
        const QStringList hits = filesContaining(cli.home(), {secret});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }

    void noKeychainNoEnvironmentTokenCallIsThreeAndSendsNothing()
    {
        CliHarness cli;
        cli.withoutSessionBus();
        cli.setVariable(QStringLiteral("MESSENGER_DESK_GRAPH_URL"), m_sandbox.url().toString());
        const int callsBefore = m_sandbox.graphCalls();
        const CliRun run =
            cli.run({QStringLiteral("--events"), QStringLiteral("--page"), m_sandbox.page().ref(),
                     QStringLiteral("call"), QStringLiteral("fetch_greeting")});
        QVERIFY2(run.exitCode == 3, qPrintable(run.summary()));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("keychain"), run.err.constData());
        QCOMPARE(run.requestsStarted(), 0);
        QCOMPARE(m_sandbox.graphCalls(), callsBefore);
    }
};

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "tst_cli_exitcodes.moc"
