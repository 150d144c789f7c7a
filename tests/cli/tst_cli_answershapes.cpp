// Issue 18, item 6: a 2xx in a shape nobody expected is an error, never "nothing". Each op
// whose caller relies on the answer's shape says "Graph answered in a shape this version
// does not know" and quotes the first bytes; `profile export` writes no file; a write
// answered so is an unknown outcome. `profile apply` refuses an empty file and a file that
// would clear fields unless --prune is given. The real binary against a TestHttpServer.
#include "cliharness.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace mdesk::clitest;
using mdesk::testsupport::ScriptedResponse;
using mdesk::testsupport::TestHttpServer;

namespace {

const QString kPage = QStringLiteral("1001/2002");
const QString kToken = QStringLiteral("PAGETOKEN-cli-answershapes-0123");
const QByteArray kUnknownShape = "Graph answered in a shape this version does not know";

} // namespace

class TestCliAnswerShapes : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

    CliRun run(const QStringList &arguments) const
    {
        return m_cli->run(QStringList{QStringLiteral("--page"), kPage} + arguments);
    }

private Q_SLOTS:
    void init()
    {
        m_thread = new QThread;
        m_server = new TestHttpServer;
        QVERIFY(m_server->listen());
        m_server->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        m_thread->start();
        m_cli = std::make_unique<CliHarness>();
        QVERIFY(m_cli->isValid());
        m_cli->setVariable(QStringLiteral("MESSENGER_DESK_GRAPH_URL"), m_server->url().toString());
        m_cli->setVariable(QStringLiteral("MESSENGER_DESK_PAGE_TOKEN"), kToken);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_cli.reset();
        m_dir.reset();
    }

    void wrongShapeIsAnError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("answer"); // the 200 body
        QTest::addColumn<bool>("write");        // then the outcome is unknown

        const auto call = [](const char *op, const char *input) {
            return QStringList{QStringLiteral("call"), QLatin1String(op), QStringLiteral("--input"),
                               QString::fromUtf8(json(input))};
        };
        const QStringList fetchProfile =
            call("fetch_messenger_profile", "{'fields':['greeting','get_started']}");
        QTest::newRow("profile fetch: an object")
            << fetchProfile << QByteArray("{\"success\":true}") << false;
        QTest::newRow("profile fetch: data not a list")
            << fetchProfile << QByteArray("{\"data\":{\"greeting\":[]}}") << false;
        QTest::newRow("profile fetch: a list") << fetchProfile << QByteArray("[{}]") << false;
        QTest::newRow("labels list: data of numbers")
            << call("list_custom_labels", "{}") << QByteArray("{\"data\":[1,2,3]}") << false;
        QTest::newRow("conversations list: a list of numbers")
            << call("list_conversations", "{}") << QByteArray("[1,2]") << false;
        QTest::newRow("insights: no data")
            << call("fetch_insights", "{'metrics':['page_messages_total_messaging_connections']}")
            << QByteArray("{\"values\":[]}") << false;
        QTest::newRow("send: no message_id")
            << call("send_message", "{'messaging_type':'RESPONSE','recipient':{'id':'31'},"
                                    "'message':{'text':'Hi'}}")
            << QByteArray("{\"recipient_id\":\"31\"}") << true;
        QTest::newRow("label: no success") << call("label_user", "{'label_id':'555','user':'31'}")
                                           << QByteArray("{\"done\":1}") << true;
    }

    void wrongShapeIsAnError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, answer);
        QFETCH(bool, write);
        m_server->setDefaultResponse(ScriptedResponse::raw(200, answer));
        const CliRun result = run(arguments);
        QVERIFY2(result.exitCode == 1, qPrintable(result.summary()));
        const QJsonObject error = result.object().value(QStringLiteral("error")).toObject();
        const QString message = error.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QString::fromUtf8(kUnknownShape)), qPrintable(result.summary()));
        // The first bytes of the answer are quoted.
        QVERIFY2(message.contains(QString::fromUtf8(answer.left(6))), qPrintable(message));
        QCOMPARE(error.value(QStringLiteral("outcome")).toString(),
                 write ? QStringLiteral("unknown") : QString());
        QCOMPARE(m_server->requestCount(), 1); // not retried: the same server answers the same
    }

    void profileExportWritesNothingOnAWrongShape()
    {
        m_server->setDefaultResponse(ScriptedResponse::raw(200, "{\"success\":true}"));
        const QString file = m_dir->filePath(QStringLiteral("profile.json"));
        const CliRun result = run({QStringLiteral("profile"), QStringLiteral("export"), file});
        QVERIFY2(result.exitCode == 1, qPrintable(result.summary()));
        QVERIFY2(result.printed(kUnknownShape), qPrintable(result.summary()));
        QVERIFY(!QFile::exists(file));
        // To stdout: the error, never {}.
        const CliRun toStdout = run({QStringLiteral("profile"), QStringLiteral("export")});
        QVERIFY2(toStdout.exitCode == 1, qPrintable(toStdout.summary()));
        QVERIFY(toStdout.object().contains(QStringLiteral("error")));
    }

    void batchAnswerInAWrongShapeIsUnknown()
    {
        // The batch POST answered with an object: the label calls may have been applied.
        m_server->setDefaultResponse(ScriptedResponse::raw(200, "{\"data\":[]}"));
        const QString psids = writeFile(QStringLiteral("psids.txt"), "31\n32\n");
        const CliRun result = run({QStringLiteral("labels"), QStringLiteral("bulk"),
                                   QStringLiteral("label"), QStringLiteral("555"), psids});
        QVERIFY2(result.exitCode == 1, qPrintable(result.summary()));
        QCOMPARE(result.object().value(QStringLiteral("unknown")).toInt(), 2);
        QVERIFY2(result.printed(kUnknownShape), qPrintable(result.summary()));

        // Items of a well-formed batch whose bodies lack "success".
        m_server->clearRequests();
        const QByteArray item = "{\"code\":200,\"body\":\"{\\\"ok\\\":1}\"}";
        m_server->setDefaultResponse(ScriptedResponse::raw(200, "[" + item + "," + item + "]"));
        const CliRun items = run({QStringLiteral("labels"), QStringLiteral("bulk"),
                                  QStringLiteral("label"), QStringLiteral("555"), psids});
        QVERIFY2(items.exitCode == 1, qPrintable(items.summary()));
        QCOMPARE(items.object().value(QStringLiteral("unknown")).toInt(), 2);
    }

    void emptyProfileFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("no bytes") << QByteArray();
        QTest::newRow("white space") << QByteArray(" \n\t\n");
        QTest::newRow("{}") << QByteArray("{}\n");
        QTest::newRow("{ } spaced") << QByteArray("{ \n }");
    }

    void emptyProfileFileIsRefused()
    {
        QFETCH(QByteArray, content);
        const QString file = writeFile(QStringLiteral("empty.json"), content);
        const CliRun result = run(
            {QStringLiteral("profile"), QStringLiteral("apply"), file, QStringLiteral("--prune")});
        QVERIFY2(result.exitCode == 2, qPrintable(result.summary()));
        QVERIFY2(result.err.contains("is empty") || result.err.contains("not a JSON object"),
                 qPrintable(result.summary()));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void applyThatClearsNeedsPrune()
    {
        const QByteArray live = "{\"data\":[{\"greeting\":[{\"locale\":\"default\",\"text\":"
                                "\"Hi\"}],\"get_started\":{\"payload\":\"GO\"},"
                                "\"ice_breakers\":[]}]}";
        m_server->setDefaultResponse(ScriptedResponse::raw(200, live));
        const QString file =
            writeFile(QStringLiteral("partial.json"), json("{'get_started':{'payload':'GO'}}"));
        const CliRun refused = run({QStringLiteral("profile"), QStringLiteral("apply"), file});
        QVERIFY2(refused.exitCode == 2, qPrintable(refused.summary()));
        QVERIFY2(refused.err.contains("would clear 2 fields the page has: greeting, "
                                      "ice_breakers"),
                 qPrintable(refused.summary()));
        QVERIFY2(refused.err.contains("--prune"), qPrintable(refused.summary()));
        QCOMPARE(m_server->requestCount(), 1); // the read only
        QCOMPARE(m_server->request(0).method, QByteArray("GET"));

        // With --prune the DELETE goes out.
        m_server->clearRequests();
        m_server->setHandler([live](const mdesk::testsupport::RecordedRequest &request) {
            return request.method == "GET" ? ScriptedResponse::raw(200, live)
                                           : ScriptedResponse::raw(200, "{\"result\":\"success\"}");
        });
        const CliRun pruned = run(
            {QStringLiteral("profile"), QStringLiteral("apply"), file, QStringLiteral("--prune")});
        QVERIFY2(pruned.exitCode == 0, qPrintable(pruned.summary()));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->request(1).method, QByteArray("DELETE"));
    }

private:
    QThread *m_thread = nullptr;
    TestHttpServer *m_server = nullptr;
    std::unique_ptr<CliHarness> m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCliAnswerShapes)
#include "tst_cli_answershapes.moc"
