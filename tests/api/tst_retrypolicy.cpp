#include "api/graphclient.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

// Retry and back-off rules (graph-api.md section 6, issue 3 item 5) against a real server,
// with millisecond back-offs: reads and deletes are retried after timeouts, resets and 5xx;
// writes only when they cannot have happened (rate-limit refusal, refused connection);
// never a send or label after a timeout or reset. Counted on the wire.
class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readRetriedAfterTimeout();
    void readRetriedAfterServerError_data();
    void readRetriedAfterServerError();
    void deleteRetriedAfterTimeout();
    void timedOutWriteIsNotRetried_data();
    void timedOutWriteIsNotRetried();
    void resetLabelUserIsNotRetried();
    void serverErrorOnWriteIsNotRetried();
    void rateLimitedCallIsRetried_data();
    void rateLimitedCallIsRetried();
    void rateLimitGivesUpAfterMaxAttempts();
    void retryOptionOff();
    void neverRetried_data();
    void neverRetried();
    void refusedWriteIsRetried();

private:
    Outcome run(const QString &op, const QJsonObject &input, int timeoutMs = 0, bool retry = true);

    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
    QStringList m_topics;
};

namespace {

QJsonObject sendInput()
{
    return json(R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},"message":{"text":"Hi"}})");
}

} // namespace

void TestRetryPolicy::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    m_client->governor()->setConfig(fastGovernor());
    configureClient(*m_client, m_server->url());
    m_topics.clear();
    connect(m_client->events(), &EventHub::published, this,
            [this](const GraphEvent &event) { m_topics.append(outcomeName(event.outcome)); });
}

void TestRetryPolicy::cleanup()
{
    delete m_client;
    delete m_server;
}

Outcome TestRetryPolicy::run(const QString &op, const QJsonObject &input, int timeoutMs, bool retry)
{
    CallOptions options = pageOptions();
    options.timeoutMs = timeoutMs;
    options.retry = retry;
    const Outcome outcome = waitFor(m_client->call(op, input, options));
    // Finished means no timer of the call is left: nothing more can reach the wire.
    if (outcome.finished && m_client->inFlight() != 0)
        qWarning("calls still in flight after finished()");
    return outcome;
}

void TestRetryPolicy::readRetriedAfterTimeout()
{
    m_server->enqueue(ScriptedResponse::noAnswer());
    const Outcome outcome = run(QStringLiteral("fetch_greeting"), {}, 500);
    QVERIFY(outcome.finished);
    QVERIFY(outcome.result.isOk());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(outcome.retryAttempts, QList<int>{2});
    QCOMPARE(m_topics, QStringList({QStringLiteral("started"), QStringLiteral("retry_scheduled"),
                                    QStringLiteral("succeeded")}));
    QCOMPARE(m_server->request(0).target, m_server->request(1).target);
}

void TestRetryPolicy::readRetriedAfterServerError_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("500 {}") << 0;
    QTest::newRow("503 code 2") << 1;
    QTest::newRow("502 html") << 2;
    QTest::newRow("400 code 1 transient") << 3;
}

void TestRetryPolicy::readRetriedAfterServerError()
{
    QFETCH(int, row);
    ScriptedResponse transient = graphError(1, QStringLiteral("Please retry"), 400);
    const QList<ScriptedResponse> answers{
        ScriptedResponse::raw(500, "{}"), graphError(2, QStringLiteral("Unavailable"), 503),
        ScriptedResponse::raw(502, "<html>Bad Gateway</html>", "text/html"), transient};
    m_server->enqueue(answers.at(row));
    const Outcome outcome = run(QStringLiteral("fetch_user_profile"), json(R"({"psid":"31"})"));
    QVERIFY(outcome.result.isOk());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(outcome.retryAttempts.size(), 1);
}

void TestRetryPolicy::deleteRetriedAfterTimeout()
{
    m_server->enqueue(ScriptedResponse::noAnswer());
    const Outcome outcome = run(QStringLiteral("reset_greeting"), {}, 500);
    QVERIFY(outcome.result.isOk());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->request(1).method, QByteArray("DELETE"));
    QCOMPARE(m_server->request(1).body, m_server->request(0).body);
}

void TestRetryPolicy::timedOutWriteIsNotRetried_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("input");
    QTest::newRow("send_message") << QStringLiteral("send_message") << sendInput();
    QTest::newRow("label_user") << QStringLiteral("label_user")
                                << json(R"({"label_id":"555","user":"31"})");
    QTest::newRow("broadcast_message")
        << QStringLiteral("broadcast_message") << json(R"({"message_creative_id":"77"})");
    QTest::newRow("create_custom_label")
        << QStringLiteral("create_custom_label") << json(R"({"name":"VIP"})");
}

void TestRetryPolicy::timedOutWriteIsNotRetried()
{
    QFETCH(QString, op);
    QFETCH(QJsonObject, input);
    m_server->setDefaultResponse(ScriptedResponse::noAnswer());
    const Outcome outcome = run(op, input, 200);
    QVERIFY(outcome.finished);
    // The request left: Graph may have applied it (issue 18 item 3).
    QCOMPARE(outcome.result.error().category, ErrorCategory::UnknownOutcome);
    QCOMPARE(outcome.result.error().transport, QStringLiteral("timeout"));
    QVERIFY(outcome.retryAttempts.isEmpty());
    QCOMPARE(m_client->inFlight(), 0);
    QCOMPARE(m_server->requestCount(), 1); // exactly one request on the wire
    QCOMPARE(m_topics, QStringList({QStringLiteral("started"), QStringLiteral("erred")}));
}

void TestRetryPolicy::resetLabelUserIsNotRetried()
{
    // Every request resets: neither GraphClient nor Qt's HTTP layer may send it again.
    m_server->setDefaultResponse(ScriptedResponse::reset());
    const Outcome outcome =
        run(QStringLiteral("label_user"), json(R"({"label_id":"555","user":"31"})"));
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.result.error().category, ErrorCategory::UnknownOutcome);
    QCOMPARE(outcome.result.error().transport, QStringLiteral("reset"));
    QVERIFY(outcome.retryAttempts.isEmpty());
    QCOMPARE(m_client->inFlight(), 0);
    QCOMPARE(m_server->requestCount(), 1);

    // The same for a reset once, then a server that would answer fine.
    m_server->clearRequests();
    m_server->setDefaultResponse(ScriptedResponse::json(json(R"({"success":true})")));
    m_server->enqueue(ScriptedResponse::reset());
    QCOMPARE(run(QStringLiteral("send_message"), sendInput()).result.error().transport,
             QStringLiteral("reset"));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestRetryPolicy::serverErrorOnWriteIsNotRetried()
{
    m_server->enqueue(ScriptedResponse::raw(500, "{}"));
    const Outcome outcome = run(QStringLiteral("send_message"), sendInput());
    QCOMPARE(outcome.result.error().category, ErrorCategory::Server);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestRetryPolicy::rateLimitedCallIsRetried_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("input");
    for (int code : {4, 17, 32, 613, 80006}) {
        QTest::addRow("%d send_message", code)
            << code << QStringLiteral("send_message") << sendInput();
        QTest::addRow("%d label_user", code)
            << code << QStringLiteral("label_user") << json(R"({"label_id":"555","user":"31"})");
        QTest::addRow("%d set_greeting", code)
            << code << QStringLiteral("set_greeting") << json(R"({"value":[]})");
        QTest::addRow("%d fetch_insights", code)
            << code << QStringLiteral("fetch_insights") << json(R"({"metrics":["m"]})");
    }
}

void TestRetryPolicy::rateLimitedCallIsRetried()
{
    QFETCH(int, code);
    QFETCH(QString, op);
    QFETCH(QJsonObject, input);
    m_server->enqueue(graphError(code, QStringLiteral("Rate limited")));
    const Outcome outcome = run(op, input);
    QVERIFY(outcome.finished);
    QVERIFY(outcome.result.isOk());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(outcome.retryAttempts, QList<int>{2});
    // The retry is the same request.
    QCOMPARE(m_server->request(1).target, m_server->request(0).target);
    QCOMPARE(m_server->request(1).body, m_server->request(0).body);
    QCOMPARE(m_topics, QStringList({QStringLiteral("started"), QStringLiteral("retry_scheduled"),
                                    QStringLiteral("succeeded")}));
}

void TestRetryPolicy::rateLimitGivesUpAfterMaxAttempts()
{
    m_server->setDefaultResponse(graphError(613, QStringLiteral("Rate limited")));
    const Outcome outcome = run(QStringLiteral("send_message"), sendInput());
    QCOMPARE(outcome.result.error().category, ErrorCategory::RateLimited);
    QCOMPARE(m_server->requestCount(), fastGovernor().maxAttempts);
    QCOMPARE(outcome.retryAttempts, QList<int>({2, 3}));
    // Exponential: the second back-off draws from a range twice as high.
    QVERIFY(outcome.retryDelays.at(1) >= fastGovernor().baseBackoffMs);
}

void TestRetryPolicy::retryOptionOff()
{
    m_server->enqueue(graphError(613, QStringLiteral("Rate limited")));
    const Outcome outcome = run(QStringLiteral("send_message"), sendInput(), 0, false);
    QCOMPARE(outcome.result.error().category, ErrorCategory::RateLimited);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestRetryPolicy::neverRetried_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("190 auth") << 190;
    QTest::newRow("10 permission") << 10;
    QTest::newRow("200 permission") << 200;
    QTest::newRow("100 invalid parameter") << 100;
}

void TestRetryPolicy::neverRetried()
{
    QFETCH(int, code);
    m_server->setDefaultResponse(graphError(code, QStringLiteral("No")));
    const Outcome outcome = run(QStringLiteral("fetch_greeting"), {});
    QVERIFY(!outcome.result.isOk());
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(outcome.retryAttempts.isEmpty());
}

void TestRetryPolicy::refusedWriteIsRetried()
{
    // Nothing listens at first: the connection is refused, so the write cannot have
    // happened and may be sent again. The server appears when the retry is scheduled.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl url = m_server->url();
    url.setPort(port);
    configureClient(*m_client, url);

    TestHttpServer late;
    GraphReply *reply = m_client->call(QStringLiteral("label_user"),
                                       json(R"({"label_id":"555","user":"31"})"), pageOptions());
    bool listening = false;
    connect(reply, &GraphReply::retryScheduled, this,
            [&late, &listening, port] { listening = late.listen(QHostAddress::LocalHost, port); });
    const Outcome outcome = waitFor(reply);
    QVERIFY(listening);
    QVERIFY(outcome.result.isOk());
    QCOMPARE(late.requestCount(), 1);
    QCOMPARE(late.lastRequest().json().object(), json(R"({"user":"31"})"));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
