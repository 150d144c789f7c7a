// Issue 18 in the CLI: --timeout bounds one request, --deadline the whole command (exit 1,
// a clear message); long waits are announced on stderr; a write whose answer was lost
// prints "outcome": "unknown" and the advice; `labels bulk` counts unknown items; invalid
// UTF-8 in --input and a refused MESSENGER_DESK_GRAPH_URL are refused by name. The real
// binary against a scripted TestHttpServer in its own thread (the harness blocks).
#include "cliharness.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mdesk::clitest;
using mdesk::testsupport::ScriptedResponse;
using mdesk::testsupport::TestHttpServer;

namespace {

const QString kPage = QStringLiteral("1001/2002");
const QString kToken = QStringLiteral("PAGETOKEN-cli-hardening-0123");

ScriptedResponse graphError(int code, const QByteArray &extraHeader = {},
                            const QByteArray &headerValue = {})
{
    ScriptedResponse response = ScriptedResponse::raw(
        400, "{\"error\":{\"message\":\"Rate limited\",\"type\":\"OAuthException\",\"code\":" +
                 QByteArray::number(code) + ",\"fbtrace_id\":\"T1\"}}");
    if (!extraHeader.isEmpty())
        response.withHeader(extraHeader, headerValue);
    return response;
}

} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT

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
    }

    void cleanup()
    {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_cli.reset();
    }

    void lostWriteAnswerIsUnknownWithinTimeout()
    {
        m_server->setDefaultResponse(ScriptedResponse::noAnswer());
        const CliRun run = m_cli->run({QStringLiteral("--page"), kPage, QStringLiteral("--timeout"),
                                       QStringLiteral("0.5"), QStringLiteral("call"),
                                       QStringLiteral("label_user"), QStringLiteral("--input"),
                                       QStringLiteral(R"({"label_id":"555","user":"31"})")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        const QJsonObject error = run.object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
        QCOMPARE(error.value(QStringLiteral("category")).toString(),
                 QStringLiteral("unknown_outcome"));
        QVERIFY2(run.err.contains("Graph may have applied this; check before you send it again."),
                 run.err.constData());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void deadlineStopsTheCommand()
    {
        m_server->setDefaultResponse(ScriptedResponse::noAnswer());
        const CliRun run = m_cli->run({QStringLiteral("--page"), kPage,
                                       QStringLiteral("--deadline"), QStringLiteral("1"),
                                       QStringLiteral("call"), QStringLiteral("fetch_greeting")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        QVERIFY2(run.err.contains("did not finish within --deadline 1 seconds"),
                 run.err.constData());
        QCOMPARE(run.object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("category"))
                     .toString(),
                 QStringLiteral("cancelled"));
    }

    void rateLimitWaitPastTheDeadlineStopsAtOnce()
    {
        m_server->setDefaultResponse(graphError(
            80006, "X-Business-Use-Case-Usage",
            R"({"2002":[{"type":"messenger","call_count":10,"estimated_time_to_regain_access":5}]})"));
        const CliRun run = m_cli->run(
            {QStringLiteral("--page"), kPage, QStringLiteral("--deadline"), QStringLiteral("60"),
             QStringLiteral("call"), QStringLiteral("send_message"), QStringLiteral("--input"),
             QStringLiteral(R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},)"
                            R"("message":{"text":"Hi"}})")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        const QJsonObject error = run.object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("category")).toString(),
                 QStringLiteral("rate_limited"));
        QVERIFY(!error.value(QStringLiteral("retry_after")).toString().isEmpty());
        QVERIFY2(run.err.contains("Graph expects to allow calls again at"), run.err.constData());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void longWaitIsAnnouncedOnStderr()
    {
        // Two refusals: the second back-off is 2 to 4 s, so it is announced.
        m_server->enqueue(graphError(613));
        m_server->enqueue(graphError(613));
        m_server->setDefaultResponse(ScriptedResponse::raw(200, R"({"success":true})"));
        const CliRun run =
            m_cli->run({QStringLiteral("--page"), kPage, QStringLiteral("call"),
                        QStringLiteral("set_greeting"), QStringLiteral("--input"),
                        QStringLiteral(R"({"value":[{"locale":"default","text":"Hi"}]})")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.summary()));
        QVERIFY2(run.err.contains("s for Graph's rate limit, until "), run.err.constData());
        QCOMPARE(m_server->requestCount(), 3);
    }

    void bulkReportCountsUnknownItems()
    {
        m_server->setDefaultResponse(ScriptedResponse::noAnswer());
        QTemporaryDir dir;
        const QString psids = dir.filePath(QStringLiteral("psids.txt"));
        QFile file(psids);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("31\n32\n33\n");
        file.close();
        const CliRun run =
            m_cli->run({QStringLiteral("--page"), kPage, QStringLiteral("--timeout"),
                        QStringLiteral("0.5"), QStringLiteral("labels"), QStringLiteral("bulk"),
                        QStringLiteral("label"), QStringLiteral("555"), psids});
        QVERIFY2(run.exitCode == 1, qPrintable(run.summary()));
        const QJsonObject report = run.object();
        QCOMPARE(report.value(QStringLiteral("unknown")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("requests")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("failures"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("unknown"));
        QVERIFY2(run.err.contains("3 of 3 PSIDs may have been applied"), run.err.constData());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void badLimitValuesAreUsageErrors_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("timeout 0") << QStringLiteral("--timeout") << QStringLiteral("0");
        QTest::newRow("timeout text") << QStringLiteral("--timeout") << QStringLiteral("soon");
        QTest::newRow("deadline negative") << QStringLiteral("--deadline") << QStringLiteral("-3");
        QTest::newRow("deadline huge") << QStringLiteral("--deadline") << QStringLiteral("1e300");
    }

    void badLimitValuesAreUsageErrors()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        const CliRun run = m_cli->run({QStringLiteral("--page"), kPage, option, value,
                                       QStringLiteral("call"), QStringLiteral("fetch_greeting")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.summary()));
        QVERIFY2(run.err.contains(option.toUtf8() + " expects a number of seconds"),
                 run.err.constData());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void invalidUtf8InputIsRefused()
    {
        // QProcess cannot pass bytes that are not UTF-8; a shell can.
        QProcess shell;
        shell.setProcessEnvironment(m_cli->environment());
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("exec \"$0\" --page %1 call set_greeting --input "
                                    "\"$(printf '{\"value\":[{\"locale\":\"default\",\"text\":"
                                    "\"caf\\351\"}]}')\"")
                         .arg(kPage),
                     CliHarness::binary()});
        QVERIFY(shell.waitForFinished(60000));
        const QByteArray err = shell.readAllStandardError();
        QVERIFY2(shell.exitCode() == 2, err.constData());
        QVERIFY2(err.contains("The --input value is not valid UTF-8"), err.constData());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void refusedGraphUrlIsNamed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("plain http elsewhere") << QStringLiteral("http://graph.example.com");
        QTest::newRow("not a URL") << QStringLiteral("ht tp://[broken");
    }

    void refusedGraphUrlIsNamed()
    {
        QFETCH(QString, url);
        m_cli->setVariable(QStringLiteral("MESSENGER_DESK_GRAPH_URL"), url);
        const CliRun run = m_cli->run({QStringLiteral("--page"), kPage, QStringLiteral("call"),
                                       QStringLiteral("fetch_greeting")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.summary()));
        QVERIFY2(run.err.contains("MESSENGER_DESK_GRAPH_URL"), run.err.constData());
        QVERIFY2(run.err.contains(url.toUtf8()), run.err.constData());
    }

private:
    QThread *m_thread = nullptr;
    TestHttpServer *m_server = nullptr;
    std::unique_ptr<CliHarness> m_cli;
};

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
