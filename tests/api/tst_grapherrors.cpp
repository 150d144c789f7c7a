#include "api/graphclient.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

// Every error category of the issue, each from a canned reply of a real server: Graph's
// error object is kept whole, the category follows graph-api.md section 6, and bodies that
// are not JSON or are cut off become errors that say so.
class TestGraphErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void categoryFromReply_data();
    void categoryFromReply();
    void graphErrorObjectIsKept();
    void malformedBodyQuotesFirstBytes();
    void refusedConnection();
    void removedOperationIsDeprecated();
    void categoryForCode_data();
    void categoryForCode();
    void summaryAndJson();

private:
    Outcome callOnce(const QString &op, const QJsonObject &input, int timeoutMs = 0);

    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
};

namespace {

struct ErrorRow
{
    const char *tag;
    ScriptedResponse response;
    ErrorCategory category;
    int code;
    const char *transport;
};

QList<ErrorRow> errorRows()
{
    ScriptedResponse inOk = graphError(190, QStringLiteral("Session has expired"), 200);
    ScriptedResponse truncated = ScriptedResponse::truncated(
        R"({"data":[{"greeting":[{"locale":"default","text":"Hello there"}]}]})", 12);
    ScriptedResponse stringError = ScriptedResponse::raw(200, R"({"error":"boom"})");
    return {
        {"190 auth", graphError(190, QStringLiteral("Invalid OAuth access token.")),
         ErrorCategory::Auth, 190, ""},
        {"2xx with error body", inOk, ErrorCategory::Auth, 190, ""},
        {"10 permission", graphError(10, QStringLiteral("Permission denied"), 403),
         ErrorCategory::Permission, 10, ""},
        {"200 permission", graphError(200, QStringLiteral("Requires pages_messaging"), 403),
         ErrorCategory::Permission, 200, ""},
        {"299 permission", graphError(299, QStringLiteral("Requires permission")),
         ErrorCategory::Permission, 299, ""},
        {"100 invalid_parameter",
         graphError(100, QStringLiteral("Invalid parameter"), 400, 2018145),
         ErrorCategory::InvalidParameter, 100, ""},
        {"4 rate_limited", graphError(4, QStringLiteral("Application request limit reached")),
         ErrorCategory::RateLimited, 4, ""},
        {"17 rate_limited", graphError(17, QStringLiteral("User request limit reached")),
         ErrorCategory::RateLimited, 17, ""},
        {"32 rate_limited", graphError(32, QStringLiteral("Page request limit reached")),
         ErrorCategory::RateLimited, 32, ""},
        {"613 rate_limited", graphError(613, QStringLiteral("Calls exceeded the rate limit")),
         ErrorCategory::RateLimited, 613, ""},
        {"80006 rate_limited", graphError(80006, QStringLiteral("Messenger rate limit")),
         ErrorCategory::RateLimited, 80006, ""},
        {"429 without code", ScriptedResponse::raw(429, "{}"), ErrorCategory::RateLimited, 0, ""},
        {"1 server", graphError(1, QStringLiteral("An unknown error occurred"), 500),
         ErrorCategory::Server, 1, ""},
        {"2 server", graphError(2, QStringLiteral("Service temporarily unavailable"), 503),
         ErrorCategory::Server, 2, ""},
        {"500 without code", ScriptedResponse::raw(500, "{}"), ErrorCategory::Server, 0, ""},
        {"502 html",
         ScriptedResponse::raw(502, "<html><body>Bad Gateway</body></html>", "text/html"),
         ErrorCategory::Server, 0, "malformed"},
        {"12 deprecated", graphError(12, QStringLiteral("This API is deprecated")),
         ErrorCategory::Deprecated, 12, ""},
        {"unknown code", graphError(999, QStringLiteral("Something else")), ErrorCategory::Other,
         999, ""},
        {"error as a string", stringError, ErrorCategory::Other, 0, ""},
        {"malformed 200", ScriptedResponse::raw(200, "<html>oops</html>", "text/html"),
         ErrorCategory::Transport, 0, "malformed"},
        {"empty 200", ScriptedResponse::raw(200, ""), ErrorCategory::Transport, 0, "malformed"},
        {"truncated body", truncated, ErrorCategory::Transport, 0, "truncated"},
        {"connection reset", ScriptedResponse::reset(), ErrorCategory::Transport, 0, "reset"},
        {"no answer", ScriptedResponse::noAnswer(), ErrorCategory::Timeout, 0, "timeout"},
    };
}

} // namespace

void TestGraphErrors::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    configureClient(*m_client, m_server->url());
}

void TestGraphErrors::cleanup()
{
    delete m_client;
    delete m_server;
}

Outcome TestGraphErrors::callOnce(const QString &op, const QJsonObject &input, int timeoutMs)
{
    CallOptions options = pageOptions();
    options.retry = false; // categories only; tst_retrypolicy covers retries
    options.timeoutMs = timeoutMs;
    return waitFor(m_client->call(op, input, options));
}

void TestGraphErrors::categoryFromReply_data()
{
    QTest::addColumn<int>("row");
    const auto rows = errorRows();
    for (int i = 0; i < rows.size(); ++i)
        QTest::newRow(rows.at(i).tag) << i;
}

void TestGraphErrors::categoryFromReply()
{
    QFETCH(int, row);
    const ErrorRow expected = errorRows().at(row);
    // Qt itself sends a GET again (twice) when the connection drops before the answer; only
    // a connection that always resets ends in a reset error.
    const bool reset = expected.response.fault == ScriptedResponse::Fault::Reset;
    if (reset)
        m_server->setDefaultResponse(expected.response);
    else
        m_server->enqueue(expected.response);
    // Short only where the server stays silent; answers must never lose a race with it.
    const bool silent = expected.response.fault == ScriptedResponse::Fault::NoAnswer;
    const Outcome outcome = callOnce(QStringLiteral("fetch_greeting"), {}, silent ? 300 : 10000);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.result.isOk());
    const GraphError &error = outcome.result.error();
    QCOMPARE(categoryName(error.category), categoryName(expected.category));
    QCOMPARE(error.code, expected.code);
    QCOMPARE(error.transport, QLatin1String(expected.transport));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(
        error.toJson().value(QStringLiteral("error")).toObject().value(QStringLiteral("category")),
        QJsonValue(categoryName(expected.category)));
    const bool answered = expected.response.fault == ScriptedResponse::Fault::None ||
                          expected.response.fault == ScriptedResponse::Fault::Truncate;
    QCOMPARE(error.httpStatus, answered ? expected.response.status : 0);
    if (!reset)
        QCOMPARE(m_server->requestCount(), 1);
}

void TestGraphErrors::graphErrorObjectIsKept()
{
    const QJsonObject sent = json(R"({"message":"(#100) Param recipient[id] must be a valid ID",
        "type":"OAuthException","code":100,"error_subcode":2018001,
        "error_user_title":"No matching user found","error_user_msg":"Check the id.",
        "is_transient":false,"fbtrace_id":"Fb1Tr2Ce3","extra_field":{"kept":true}})");
    m_server->enqueue(ScriptedResponse::json(QJsonObject{{QStringLiteral("error"), sent}}, 400));
    const Outcome outcome = callOnce(QStringLiteral("send_message"),
                                     json(R"({"messaging_type":"RESPONSE","recipient":{"id":"9"},
                                              "message":{"text":"Hi"}})"));
    const GraphError &error = outcome.result.error();
    QCOMPARE(error.graphError, sent);
    QCOMPARE(error.message, sent.value(QStringLiteral("message")).toString());
    QCOMPARE(error.type, QStringLiteral("OAuthException"));
    QCOMPARE(error.subcode, 2018001);
    QCOMPARE(error.userTitle, QStringLiteral("No matching user found"));
    QCOMPARE(error.userMessage, QStringLiteral("Check the id."));
    QCOMPARE(error.isTransient, false);
    QCOMPARE(error.fbtraceId, QStringLiteral("Fb1Tr2Ce3"));
    // toJson passes Graph's object through and adds the category and status.
    QJsonObject expected = sent;
    expected.insert(QStringLiteral("category"), QStringLiteral("invalid_parameter"));
    expected.insert(QStringLiteral("http_status"), 400);
    QCOMPARE(error.toJson(), QJsonObject({{QStringLiteral("error"), expected}}));
    QCOMPARE(outcome.result.toJson().toObject(), error.toJson());
}

void TestGraphErrors::malformedBodyQuotesFirstBytes()
{
    const QByteArray body = "Service Unavailable: upstream connect error or disconnect/reset "
                            "before headers. reset reason: connection termination " +
                            QByteArray(500, 'x');
    m_server->enqueue(ScriptedResponse::raw(200, body, "text/plain"));
    const Outcome outcome = callOnce(QStringLiteral("fetch_greeting"), {});
    const GraphError &error = outcome.result.error();
    QCOMPARE(error.transport, QStringLiteral("malformed"));
    QVERIFY2(error.message.contains(QLatin1String("Service Unavailable: upstream connect")),
             qPrintable(error.message));
    QVERIFY2(error.message.size() < 300, qPrintable(error.message)); // first bytes, not all
    QCOMPARE(error.httpStatus, 200);
}

void TestGraphErrors::refusedConnection()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    QUrl url = m_server->url();
    url.setPort(probe.serverPort());
    probe.close();
    configureClient(*m_client, url);
    const Outcome outcome = callOnce(QStringLiteral("fetch_greeting"), {});
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.result.error().category, ErrorCategory::Transport);
    QCOMPARE(outcome.result.error().transport, QStringLiteral("refused"));
    QCOMPARE(outcome.result.error().httpStatus, 0);
}

void TestGraphErrors::removedOperationIsDeprecated()
{
    m_server->enqueue(graphError(100, QStringLiteral("Unsupported post request.")));
    const Outcome outcome = callOnce(QStringLiteral("create_message_creative"),
                                     json(R"({"messages":[{"text":"Hi"}]})"));
    const GraphError &error = outcome.result.error();
    QCOMPARE(error.category, ErrorCategory::Deprecated);
    QVERIFY2(error.message.contains(QLatin1String("2020-01-15")), qPrintable(error.message));
    QVERIFY(error.message.endsWith(QLatin1String("Unsupported post request.")));
    QCOMPARE(error.code, 100); // Graph's own code stays

    // A removed op that still succeeds (an old server) is simply ok.
    m_server->enqueue(ScriptedResponse::json(json(R"({"message_creative_id":"77"})")));
    QVERIFY(
        callOnce(QStringLiteral("create_message_creative"), json(R"({"messages":[{"text":"Hi"}]})"))
            .result.isOk());
}

void TestGraphErrors::categoryForCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("category");
    const std::initializer_list<std::tuple<int, int, const char *>> rows = {
        {190, 400, "auth"},
        {102, 400, "auth"},
        {0, 401, "auth"},
        {10, 400, "permission"},
        {200, 400, "permission"},
        {250, 400, "permission"},
        {299, 400, "permission"},
        {300, 400, "other"},
        {0, 403, "permission"},
        {100, 400, "invalid_parameter"},
        {4, 400, "rate_limited"},
        {17, 400, "rate_limited"},
        {32, 400, "rate_limited"},
        {613, 400, "rate_limited"},
        {80000, 400, "rate_limited"},
        {80006, 400, "rate_limited"},
        {80014, 400, "rate_limited"},
        {80015, 400, "other"},
        {0, 429, "rate_limited"},
        {1, 500, "server"},
        {2, 503, "server"},
        {0, 500, "server"},
        {0, 502, "server"},
        {12, 400, "deprecated"},
        {999, 400, "other"},
        {0, 404, "other"}};
    for (const auto &[code, status, category] : rows)
        QTest::addRow("%d/%d", code, status) << code << status << QString::fromLatin1(category);
}

void TestGraphErrors::categoryForCode()
{
    QFETCH(int, code);
    QFETCH(int, status);
    QFETCH(QString, category);
    QCOMPARE(categoryName(mdesk::api::categoryForCode(code, status)), category);
}

void TestGraphErrors::summaryAndJson()
{
    GraphError error = GraphError::fromGraph(
        json(R"({"message":"Invalid parameter","code":100,"error_subcode":2018145,
                 "fbtrace_id":"T1"})"),
        400);
    QCOMPARE(error.summary(),
             QStringLiteral("(#100) Invalid parameter [subcode 2018145] [fbtrace_id T1]"));
    const GraphError prefixed = GraphError::fromGraph(
        json(R"({"message":"(#100) The parameter recipient is required","code":100})"), 400);
    QCOMPARE(prefixed.summary(), QStringLiteral("(#100) The parameter recipient is required"));
    const GraphError input = GraphError::invalidInput(QStringLiteral("user"), QStringLiteral("x"));
    QCOMPARE(input.toJson().value(QStringLiteral("error")).toObject(),
             json(R"({"message":"x","category":"invalid_input","field":"user"})"));
    const GraphError noMessage = GraphError::fromGraph({}, 418);
    QVERIFY(noMessage.message.contains(QLatin1String("418")));
}

QTEST_GUILESS_MAIN(TestGraphErrors)
#include "tst_grapherrors.moc"
