#include "api/graphclient.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace mdesk::api;
using namespace mdesk::apitest;

// Events as design.md describes them: started, then retry_scheduled per retry, then one of
// succeeded / failed / erred, all with the call's tx_id. tst_eventredaction checks that no
// secret reaches them.
class TestGraphEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void startedThenSucceeded();
    void failedOnGraphError();
    void erredWithoutAnswer_data();
    void erredWithoutAnswer();
    void retryScheduledInBetween();
    void givenTxIdIsUsed();
    void otherwiseEachCallGetsAUuid();
    void cancelEndsWithErred();
    void jsonLines();

private:
    Outcome call(const QString &op, const QJsonObject &input, CallOptions options = pageOptions());
    QStringList topics() const;

    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
    QList<GraphEvent> m_events;
};

void TestGraphEvents::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    m_client->governor()->setConfig(fastGovernor());
    configureClient(*m_client, m_server->url());
    m_events.clear();
    connect(m_client->events(), &EventHub::published, this,
            [this](const GraphEvent &event) { m_events.append(event); });
}

void TestGraphEvents::cleanup()
{
    delete m_client;
    delete m_server;
}

Outcome TestGraphEvents::call(const QString &op, const QJsonObject &input, CallOptions options)
{
    return waitFor(m_client->call(op, input, options));
}

QStringList TestGraphEvents::topics() const
{
    QStringList list;
    for (const auto &event : m_events)
        list.append(event.topic);
    return list;
}

void TestGraphEvents::startedThenSucceeded()
{
    m_server->enqueue(ScriptedResponse::json(json(R"({"data":[{"greeting":[]}]})"))
                          .withHeader("X-App-Usage", R"({"call_count":5})"));
    QVERIFY(call(QStringLiteral("fetch_greeting"), {}, pageOptions(QStringLiteral("tx-1")))
                .result.isOk());
    QCOMPARE(topics(), QStringList({QStringLiteral("mb_fetch_greeting_started"),
                                    QStringLiteral("mb_fetch_greeting_succeeded")}));
    const GraphEvent &started = m_events.at(0);
    const GraphEvent &done = m_events.at(1);
    QCOMPARE(started.outcome, EventOutcome::Started);
    QCOMPARE(done.outcome, EventOutcome::Succeeded);
    for (const auto &event : m_events) {
        QCOMPARE(event.transactionId, QStringLiteral("tx-1"));
        QCOMPARE(event.source, QStringLiteral("test"));
        QCOMPARE(event.op, QStringLiteral("fetch_greeting"));
        QCOMPARE(event.appId, kAppId);
        QCOMPARE(event.pageId, kPageId);
        QVERIFY(!QUuid::fromString(event.id).isNull());
        QCOMPARE(event.data.value(QStringLiteral("op")).toString(), event.op);
        QCOMPARE(event.data.value(QStringLiteral("app_id")).toString(), kAppId);
        QCOMPARE(event.data.value(QStringLiteral("page_id")).toString(), kPageId);
        QCOMPARE(event.data.value(QStringLiteral("attempt")).toInt(), 1);
    }
    QVERIFY(started.id != done.id);
    QCOMPARE(started.initializedAt, done.initializedAt);
    QVERIFY(done.occurredAt >= started.occurredAt);

    const QJsonObject request = done.data.value(QStringLiteral("request")).toObject();
    QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(request.value(QStringLiteral("path")).toString(),
             QStringLiteral("/" MDESK_DEFAULT_GRAPH_VERSION "/me/messenger_profile"));
    const QJsonObject query = request.value(QStringLiteral("query")).toObject();
    QCOMPARE(query.value(QStringLiteral("fields")).toString(), QStringLiteral("greeting"));
    QCOMPARE(query.value(QStringLiteral("appsecret_proof")).toString(),
             QStringLiteral("[redacted]"));
    QCOMPARE(
        request.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Authorization")),
        QJsonValue(QStringLiteral("Bearer [redacted]")));
    const QJsonObject response = done.data.value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(response.value(QStringLiteral("body")).toObject(),
             json(R"({"data":[{"greeting":[]}]})"));
    QCOMPARE(
        response.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-app-usage")),
        QJsonValue(QStringLiteral(R"({"call_count":5})")));
    QCOMPARE(done.httpStatus, 200);
}

void TestGraphEvents::failedOnGraphError()
{
    m_server->enqueue(graphError(100, QStringLiteral("Invalid parameter"), 400, 2018145));
    const Outcome outcome =
        call(QStringLiteral("set_persistent_menu"), json(R"({"value":[{"locale":"default"}]})"));
    QVERIFY(!outcome.result.isOk());
    QCOMPARE(topics(), QStringList({QStringLiteral("mb_set_persistent_menu_started"),
                                    QStringLiteral("mb_set_persistent_menu_failed")}));
    const QJsonObject error = m_events.last().data.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 100);
    QCOMPARE(error.value(QStringLiteral("error_subcode")).toInt(), 2018145);
    QCOMPARE(error.value(QStringLiteral("category")).toString(),
             QStringLiteral("invalid_parameter"));
    QCOMPARE(error.value(QStringLiteral("fbtrace_id")).toString(), QStringLiteral("AbCdEf123"));
    QCOMPARE(m_events.last()
                 .data.value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("status")),
             QJsonValue(400));
    // The request body is in the event, as sent.
    QCOMPARE(m_events.last()
                 .data.value(QStringLiteral("request"))
                 .toObject()
                 .value(QStringLiteral("body")),
             QJsonValue(json(R"({"persistent_menu":[{"locale":"default"}]})")));
}

void TestGraphEvents::erredWithoutAnswer_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("transport");
    QTest::newRow("reset") << int(ScriptedResponse::Fault::Reset) << QStringLiteral("reset");
    QTest::newRow("timeout") << int(ScriptedResponse::Fault::NoAnswer) << QStringLiteral("timeout");
}

void TestGraphEvents::erredWithoutAnswer()
{
    QFETCH(int, fault);
    QFETCH(QString, transport);
    ScriptedResponse response;
    response.fault = ScriptedResponse::Fault(fault);
    m_server->enqueue(response);
    CallOptions options = pageOptions(QStringLiteral("tx-err"));
    options.timeoutMs = 300;
    const Outcome outcome =
        call(QStringLiteral("label_user"), json(R"({"label_id":"555","user":"31"})"), options);
    QVERIFY(outcome.finished);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(!outcome.result.isOk());
    QCOMPARE(outcome.result.error().transport, transport);
    QCOMPARE(topics(), QStringList({QStringLiteral("mb_label_user_started"),
                                    QStringLiteral("mb_label_user_erred")}));
    QCOMPARE(m_events.last().transactionId, QStringLiteral("tx-err"));
    QCOMPARE(m_events.last()
                 .data.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("transport"))
                 .toString(),
             transport);
}

void TestGraphEvents::retryScheduledInBetween()
{
    m_server->enqueue(
        graphError(613, QStringLiteral("Calls to this api have exceeded the rate limit.")));
    const Outcome outcome = call(QStringLiteral("send_message"),
                                 json(R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},
                                          "message":{"text":"Hi"}})"),
                                 pageOptions(QStringLiteral("tx-retry")));
    QVERIFY(outcome.result.isOk());
    QCOMPARE(topics(), QStringList({QStringLiteral("mb_send_message_started"),
                                    QStringLiteral("mb_send_message_retry_scheduled"),
                                    QStringLiteral("mb_send_message_succeeded")}));
    for (const auto &event : m_events)
        QCOMPARE(event.transactionId, QStringLiteral("tx-retry"));
    const GraphEvent &retry = m_events.at(1);
    QCOMPARE(retry.attempt, 1);
    QVERIFY(retry.data.contains(QStringLiteral("retry_in_ms")));
    QCOMPARE(retry.data.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
             QJsonValue(613));
    QCOMPARE(m_events.at(2).attempt, 2);
}

void TestGraphEvents::givenTxIdIsUsed()
{
    QVERIFY(call(QStringLiteral("fetch_greeting"), {}, pageOptions(QStringLiteral("batch-42")))
                .result.isOk());
    QVERIFY(call(QStringLiteral("fetch_get_started"), {}, pageOptions(QStringLiteral("batch-42")))
                .result.isOk());
    QCOMPARE(m_events.size(), 4);
    for (const auto &event : m_events)
        QCOMPARE(event.transactionId, QStringLiteral("batch-42"));
}

void TestGraphEvents::otherwiseEachCallGetsAUuid()
{
    GraphReply *first = m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions());
    const QString firstTx = first->txId();
    QVERIFY(waitFor(first).result.isOk());
    GraphReply *second = m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions());
    const QString secondTx = second->txId();
    QVERIFY(waitFor(second).result.isOk());
    QVERIFY(!QUuid::fromString(firstTx).isNull());
    QVERIFY(!QUuid::fromString(secondTx).isNull());
    QVERIFY(firstTx != secondTx);
    QCOMPARE(m_events.size(), 4);
    QCOMPARE(m_events.at(0).transactionId, firstTx);
    QCOMPARE(m_events.at(1).transactionId, firstTx);
    QCOMPARE(m_events.at(2).transactionId, secondTx);
    QCOMPARE(m_events.at(3).transactionId, secondTx);
}

void TestGraphEvents::cancelEndsWithErred()
{
    m_server->enqueue(ScriptedResponse::noAnswer());
    GraphReply *reply = m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions());
    QSignalSpy finished(reply, &GraphReply::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    reply->cancel();
    QCOMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<GraphResult>();
    QCOMPARE(result.error().category, ErrorCategory::Cancelled);
    QCOMPARE(topics(), QStringList({QStringLiteral("mb_fetch_greeting_started"),
                                    QStringLiteral("mb_fetch_greeting_erred")}));
    QCOMPARE(m_client->inFlight(), 0);

    // Cancelled before it was ever sent: still one started and one erred, nothing on the wire.
    m_events.clear();
    GraphReply *early = m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions());
    QSignalSpy earlyFinished(early, &GraphReply::finished);
    early->cancel();
    QCOMPARE(earlyFinished.count(), 1);
    QCOMPARE(topics(), QStringList({QStringLiteral("mb_fetch_greeting_started"),
                                    QStringLiteral("mb_fetch_greeting_erred")}));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestGraphEvents::jsonLines()
{
    QVERIFY(call(QStringLiteral("fetch_greeting"), {}, pageOptions(QStringLiteral("tx-j")))
                .result.isOk());
    for (const auto &event : m_events) {
        const QByteArray line = event.toJsonLine();
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(object, event.toJson());
        for (const char *key : {"id", "topic", "transaction_id", "source", "initialized_at",
                                "occurred_at", "outcome", "data"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
        QCOMPARE(object.value(QStringLiteral("transaction_id")).toString(), QStringLiteral("tx-j"));
        QVERIFY(QDateTime::fromString(object.value(QStringLiteral("occurred_at")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
    }
}

QTEST_GUILESS_MAIN(TestGraphEvents)
#include "tst_graphevents.moc"
