#include "api/graphclient.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

Q_DECLARE_METATYPE(mdesk::testsupport::ScriptedResponse)

// Issue 18 items 2, 3 and 9: a write whose answer is lost after its request left is an
// unknown outcome (never "failed", never sent again); every body, multipart included, goes
// out once; a DELETE retried after a lost answer reads "does not exist" as already deleted;
// a dropped connection says what happened. Reads keep Timeout and Transport.
class TestUnknownOutcome : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void lostAnswerOnWriteIsUnknown_data();
    void lostAnswerOnWriteIsUnknown();
    void lostAnswerOnReadKeepsItsCategory_data();
    void lostAnswerOnReadKeepsItsCategory();
    void refusedConnectionOnWriteIsNotUnknown();
    void cancelAfterSendIsUnknown();
    void cancelBeforeSendIsCancelled();
    void multipartUploadGoesOutOnce_data();
    void multipartUploadGoesOutOnce();
    void deleteRetriedAfterLostAnswerReadsAlreadyDeleted();
    void deleteNotFoundOnFirstAttemptStaysAnError();
    void droppedWriteSaysWhatHappened();

private:
    Outcome run(const QString &op, const QJsonObject &input, int timeoutMs = 0);

    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
    QList<GraphEvent> m_events;
};

namespace {

QJsonObject labelInput()
{
    return json(R"({"label_id":"555","user":"31"})");
}

ScriptedResponse closeWithoutAnswer()
{
    return ScriptedResponse::rawBytes({});
}

} // namespace

void TestUnknownOutcome::init()
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

void TestUnknownOutcome::cleanup()
{
    delete m_client;
    delete m_server;
}

Outcome TestUnknownOutcome::run(const QString &op, const QJsonObject &input, int timeoutMs)
{
    CallOptions options = pageOptions();
    options.timeoutMs = timeoutMs;
    return waitFor(m_client->call(op, input, options));
}

void TestUnknownOutcome::lostAnswerOnWriteIsUnknown_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::addColumn<QString>("transport");
    ScriptedResponse stalled = ScriptedResponse::raw(200, "{}");
    stalled.fault = ScriptedResponse::Fault::HeadOnly;
    stalled.withHeader("Content-Length", "100");
    QTest::newRow("timeout") << ScriptedResponse::noAnswer() << QStringLiteral("timeout");
    QTest::newRow("reset after sending") << ScriptedResponse::reset() << QStringLiteral("reset");
    QTest::newRow("closed without answer") << closeWithoutAnswer() << QStringLiteral("reset");
    QTest::newRow("cut body") << ScriptedResponse::truncated(R"({"success":true})", 5)
                              << QStringLiteral("truncated");
    QTest::newRow("non-JSON 200") << ScriptedResponse::raw(200, "<html>OK</html>", "text/html")
                                  << QStringLiteral("malformed");
    QTest::newRow("empty 200") << ScriptedResponse::raw(200, "") << QStringLiteral("malformed");
    QTest::newRow("headers then silence") << stalled << QStringLiteral("timeout");
}

void TestUnknownOutcome::lostAnswerOnWriteIsUnknown()
{
    QFETCH(ScriptedResponse, response);
    QFETCH(QString, transport);
    m_server->setDefaultResponse(response);
    const Outcome outcome = run(QStringLiteral("label_user"), labelInput(), 300);
    QVERIFY(outcome.finished);
    const GraphError &error = outcome.result.error();
    QCOMPARE(error.category, ErrorCategory::UnknownOutcome);
    QCOMPARE(categoryName(error.category), QStringLiteral("unknown_outcome"));
    QCOMPARE(error.transport, transport);
    QCOMPARE(error.advice,
             QStringLiteral("Graph may have applied this; check before you send it again."));
    const QJsonObject json = error.toJson().value(QStringLiteral("error")).toObject();
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
    QCOMPARE(json.value(QStringLiteral("category")).toString(), QStringLiteral("unknown_outcome"));
    QVERIFY(error.summary().endsWith(error.advice));
    // Sent once, never again, and one attempt in the events.
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(outcome.retryAttempts.isEmpty());
    QCOMPARE(m_events.last().outcome, EventOutcome::Erred);
    QCOMPARE(m_events.last().attempt, 1);
    QCOMPARE(m_events.last()
                 .data.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("outcome")),
             QJsonValue(QStringLiteral("unknown")));
}

void TestUnknownOutcome::lostAnswerOnReadKeepsItsCategory_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::addColumn<int>("category");
    QTest::newRow("timeout") << ScriptedResponse::noAnswer() << int(ErrorCategory::Timeout);
    QTest::newRow("cut body") << ScriptedResponse::truncated(R"({"data":[]})", 3)
                              << int(ErrorCategory::Transport);
    QTest::newRow("non-JSON 200") << ScriptedResponse::raw(200, "nope", "text/plain")
                                  << int(ErrorCategory::Transport);
}

void TestUnknownOutcome::lostAnswerOnReadKeepsItsCategory()
{
    QFETCH(ScriptedResponse, response);
    QFETCH(int, category);
    m_server->setDefaultResponse(response);
    const Outcome outcome = run(QStringLiteral("fetch_greeting"), {}, 300);
    QCOMPARE(int(outcome.result.error().category), category);
    QVERIFY(outcome.result.error().advice.isEmpty());
    QVERIFY(!outcome.result.error()
                 .toJson()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .contains(QStringLiteral("outcome")));
    // Retry-safe: sent again up to the budget.
    QCOMPARE(m_server->requestCount(), fastGovernor().maxAttempts);
}

void TestUnknownOutcome::refusedConnectionOnWriteIsNotUnknown()
{
    QUrl url = m_server->url();
    m_server->close(); // nothing listens: nothing can have been applied
    configureClient(*m_client, url);
    const Outcome outcome = run(QStringLiteral("send_message"),
                                json(R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},
                                         "message":{"text":"Hi"}})"));
    QCOMPARE(outcome.result.error().category, ErrorCategory::Transport);
    QCOMPARE(outcome.result.error().transport, QStringLiteral("refused"));
    QVERIFY(outcome.result.error().message.contains(QStringLiteral("nothing was applied")));
}

void TestUnknownOutcome::cancelAfterSendIsUnknown()
{
    m_server->setDefaultResponse(ScriptedResponse::noAnswer());
    GraphReply *reply = m_client->call(QStringLiteral("label_user"), labelInput(), pageOptions());
    QSignalSpy finished(reply, &GraphReply::finished);
    connect(m_server, &TestHttpServer::requestReceived, reply, &GraphReply::cancel,
            Qt::QueuedConnection);
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<GraphResult>();
    QCOMPARE(result.error().category, ErrorCategory::UnknownOutcome);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestUnknownOutcome::cancelBeforeSendIsCancelled()
{
    GraphReply *reply = m_client->call(QStringLiteral("label_user"), labelInput(), pageOptions());
    QSignalSpy finished(reply, &GraphReply::finished);
    reply->cancel();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<GraphResult>().error().category, ErrorCategory::Cancelled);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestUnknownOutcome::multipartUploadGoesOutOnce_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::newRow("reset") << ScriptedResponse::reset();
    QTest::newRow("closed without answer") << closeWithoutAnswer();
}

void TestUnknownOutcome::multipartUploadGoesOutOnce()
{
    QFETCH(ScriptedResponse, response);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clip.mp4"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, 'v'));
    }
    m_server->enqueue(response);
    m_server->setDefaultResponse(ScriptedResponse::json(json(R"({"attachment_id":"A2"})")));
    const Outcome outcome = run(QStringLiteral("upload_attachment"),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("video")},
                                            {QStringLiteral("file"), path}});
    QVERIFY(outcome.finished);
    // Qt used to rewind the multipart and POST it again: two uploads, one attempt.
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(outcome.result.error().category, ErrorCategory::UnknownOutcome);
    QCOMPARE(m_server->request(0).body.count(QByteArray(5000, 'v')), 1);
}

void TestUnknownOutcome::deleteRetriedAfterLostAnswerReadsAlreadyDeleted()
{
    // The first DELETE is carried out but its answer never comes; the retry hears what
    // Graph says of a label that is gone.
    m_server->enqueue(ScriptedResponse::noAnswer());
    m_server->enqueue(graphError(100,
                                 QStringLiteral("Unsupported delete request. Object with ID "
                                                "'555' does not exist, cannot be loaded due to "
                                                "missing permissions, or does not support this "
                                                "operation."),
                                 400, 33));
    const Outcome outcome =
        run(QStringLiteral("delete_custom_label"), json(R"({"label_id":"555"})"), 300);
    QVERIFY(outcome.finished);
    QVERIFY(outcome.result.isOk());
    QCOMPARE(outcome.result.object().value(QStringLiteral("success")).toBool(), true);
    QVERIFY(outcome.result.note().contains(QStringLiteral("already deleted")));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_events.last().outcome, EventOutcome::Succeeded);
}

void TestUnknownOutcome::deleteNotFoundOnFirstAttemptStaysAnError()
{
    m_server->enqueue(graphError(100, QStringLiteral("Object does not exist"), 400, 33));
    const Outcome outcome =
        run(QStringLiteral("delete_custom_label"), json(R"({"label_id":"555"})"));
    QCOMPARE(outcome.result.error().category, ErrorCategory::InvalidParameter);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestUnknownOutcome::droppedWriteSaysWhatHappened()
{
    m_server->setDefaultResponse(ScriptedResponse::reset());
    const Outcome outcome = run(QStringLiteral("label_user"), labelInput());
    const GraphError &error = outcome.result.error();
    QVERIFY2(!error.message.contains(QStringLiteral("Unknown error")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("The request was sent, but")),
             qPrintable(error.message));
    QVERIFY(error.summary().contains(QStringLiteral("Graph may have applied this")));
}

QTEST_GUILESS_MAIN(TestUnknownOutcome)
#include "tst_unknownoutcome.moc"
