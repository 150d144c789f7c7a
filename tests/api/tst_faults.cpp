#include "api/bulkjob.h"
#include "api/pager.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

// Whatever the server does (not HTTP, garbage, lies about lengths, cuts off, resets, goes
// silent), every call ends with exactly one finished(), nothing stays in flight, and
// nothing crashes: reads and writes, with retries on, and through Pager and BulkJob.
class TestFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyFaultEndsOnce_data();
    void everyFaultEndsOnce();
    void manyCallsWithMixedFaults();
    void cancelDuringRetryWait();
    void clientDestroyedWithCallsInFlight();
    void pagerSurvivesOddPaging();
    void bulkSurvivesOddBatchAnswers();

private:
    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
};

namespace {

QList<std::pair<const char *, ScriptedResponse>> faults()
{
    QByteArray binary;
    for (int i = 0; i < 2048; ++i)
        binary.append(char(i * 7));
    QByteArray huge = "{\"data\":[";
    for (int i = 0; i < 60000; ++i)
        huge += "{\"id\":\"" + QByteArray::number(i) + "\",\"page_label_name\":\"label\"},";
    huge += "{}]}";
    auto withLength = [](const char *length, const QByteArray &body) {
        return ScriptedResponse::raw(200, body).withHeader("Content-Length", length);
    };
    ScriptedResponse badChunks = ScriptedResponse::raw(200, "zz\r\nabc\r\n0\r\n\r\n");
    badChunks.withHeader("Transfer-Encoding", "chunked");
    ScriptedResponse headOnly = ScriptedResponse::raw(200, "{}");
    headOnly.fault = ScriptedResponse::Fault::HeadOnly;
    headOnly.withHeader("Content-Length", "100");
    return {
        {"not http", ScriptedResponse::rawBytes("NOT HTTP AT ALL\r\n\r\n")},
        {"binary garbage", ScriptedResponse::rawBytes(binary)},
        {"close without answer", ScriptedResponse::rawBytes({})},
        {"status line only", ScriptedResponse::rawBytes("HTTP/1.1 200 OK\r\n")},
        {"content-length abc", withLength("abc", "{\"success\":true}")},
        {"content-length -5", withLength("-5", "{\"success\":true}")},
        {"content-length short", withLength("2", "{\"success\":true}")},
        {"bad chunks", badChunks},
        {"deep nesting", ScriptedResponse::raw(200, QByteArray(200000, '['))},
        {"invalid utf-8", ScriptedResponse::raw(200, "{\"a\":\"\xff\xfe\xc3\"}")},
        {"top-level number", ScriptedResponse::raw(200, "42")},
        {"error is a number", ScriptedResponse::raw(200, "{\"error\":5}")},
        {"error is null", ScriptedResponse::raw(200, "{\"error\":null}")},
        {"error is an array", ScriptedResponse::raw(400, "{\"error\":[1,2]}")},
        {"huge body", ScriptedResponse::raw(200, huge)},
        {"headers then silence", headOnly},
        {"truncated at 0", ScriptedResponse::truncated("{\"data\":[]}", 0)},
        {"truncated midway", ScriptedResponse::truncated("{\"data\":[1,2,3,4]}", 9)},
        {"reset", ScriptedResponse::reset()},
        {"no answer", ScriptedResponse::noAnswer()},
        {"too late", ScriptedResponse::json(json(R"({"success":true})")).withDelay(1500)},
    };
}

} // namespace

void TestFaults::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    m_client->governor()->setConfig(fastGovernor());
    configureClient(*m_client, m_server->url());
}

void TestFaults::cleanup()
{
    delete m_client;
    delete m_server;
}

void TestFaults::everyFaultEndsOnce_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("input");
    const auto list = faults();
    for (int i = 0; i < list.size(); ++i) {
        QTest::addRow("%s / read", list.at(i).first)
            << i << QStringLiteral("list_custom_labels") << QJsonObject();
        QTest::addRow("%s / write", list.at(i).first)
            << i << QStringLiteral("label_user") << json(R"({"label_id":"555","user":"31"})");
    }
}

void TestFaults::everyFaultEndsOnce()
{
    QFETCH(int, fault);
    QFETCH(QString, op);
    QFETCH(QJsonObject, input);
    const auto [name, response] = faults().at(fault);
    m_server->setDefaultResponse(response); // retries meet the same fault
    CallOptions options = pageOptions();
    // The huge body must be read and parsed in time even on a loaded machine.
    options.timeoutMs = QByteArray(name) == "huge body" ? 20000 : 250;
    GraphReply *reply = m_client->call(op, input, options);
    QSignalSpy finished(reply, &GraphReply::finished);
    QSignalSpy events(m_client->events(), &EventHub::published);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QTRY_COMPARE(m_client->inFlight(), 0);
    QCOMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<GraphResult>();
    if (QByteArray(name) == "huge body" && op == QLatin1String("label_user")) {
        // Read whole, but a label call answered with a list is not {"success": ...}: the
        // write may have happened (issue 18 item 6).
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().category, ErrorCategory::UnknownOutcome);
        QVERIFY(result.error().message.startsWith(
            QStringLiteral("Graph answered in a shape this version does not know")));
    } else if (QByteArray(name) == "huge body") {
        QVERIFY(result.isOk());
        QCOMPARE(result.object().value(QStringLiteral("data")).toArray().size(), 60001);
    } else if (!result.isOk()) {
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(result.error().category != ErrorCategory::InvalidInput);
    }
    // The last event closes the call.
    const auto last = events.last().at(0).value<GraphEvent>();
    QVERIFY(last.outcome == EventOutcome::Succeeded || last.outcome == EventOutcome::Failed ||
            last.outcome == EventOutcome::Erred);
    QVERIFY(m_server->requestCount() >= 1);
}

void TestFaults::manyCallsWithMixedFaults()
{
    const auto list = faults();
    m_server->setHandler([&list](const RecordedRequest &request) {
        return list.at(request.index % list.size()).second;
    });
    CallOptions options = pageOptions();
    options.timeoutMs = 250;
    int finished = 0;
    const int calls = 40;
    for (int i = 0; i < calls; ++i) {
        const bool write = i % 2;
        GraphReply *reply = write
                                ? m_client->call(QStringLiteral("label_user"),
                                                 json(R"({"label_id":"555","user":"31"})"), options)
                                : m_client->call(QStringLiteral("fetch_greeting"), {}, options);
        connect(reply, &GraphReply::finished, this, [&finished] { ++finished; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, calls, 30000);
    QTRY_COMPARE(m_client->inFlight(), 0);
    QCOMPARE(finished, calls);
}

void TestFaults::cancelDuringRetryWait()
{
    RateGovernor::Config config = fastGovernor();
    config.baseBackoffMs = 60000; // the retry would come much later
    m_client->governor()->setConfig(config);
    m_server->setDefaultResponse(graphError(613, QStringLiteral("Rate limited")));
    GraphReply *reply = m_client->call(QStringLiteral("send_message"),
                                       json(R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},
                                                "message":{"text":"Hi"}})"),
                                       pageOptions());
    QSignalSpy finished(reply, &GraphReply::finished);
    connect(reply, &GraphReply::retryScheduled, reply, &GraphReply::cancel, Qt::QueuedConnection);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<GraphResult>().error().category, ErrorCategory::Cancelled);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_client->inFlight(), 0);
}

void TestFaults::clientDestroyedWithCallsInFlight()
{
    m_server->setDefaultResponse(ScriptedResponse::noAnswer());
    QPointer<GraphReply> reply =
        m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions());
    QPointer<GraphReply> waiting = m_client->call(
        QStringLiteral("label_user"), json(R"({"label_id":"555","user":"31"})"), pageOptions());
    QTRY_COMPARE(m_server->requestCount(), 2);
    delete m_client;
    m_client = nullptr;
    QVERIFY(reply.isNull());
    QVERIFY(waiting.isNull());
    // Events still queued for the deleted objects must not fire.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestFaults::pagerSurvivesOddPaging()
{
    const QList<ScriptedResponse> answers{
        ScriptedResponse::raw(200, R"({"data":"not a list","paging":7})"),
        ScriptedResponse::raw(200, R"({"data":[1],"paging":{"cursors":[],"next":5}})"),
        ScriptedResponse::raw(200, R"({"data":[1],"paging":{"next":"::not a url::"}})"),
        ScriptedResponse::raw(200, R"([1,2,3])"),
        ScriptedResponse::raw(200, R"({"data":[1],"paging":{"cursors":{"after":""},"next":"x"}})")};
    for (const auto &answer : answers) {
        m_server->setDefaultResponse(answer);
        Pager pager(m_client, QStringLiteral("list_custom_labels"), {}, pageOptions());
        QSignalSpy finished(&pager, &Pager::finished);
        pager.start();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(m_server->requestCount() <= 2);
        m_server->clearRequests();
    }
}

void TestFaults::bulkSurvivesOddBatchAnswers()
{
    const QList<ScriptedResponse> answers{
        ScriptedResponse::raw(200, R"({"data":[]})"),    // not an array
        ScriptedResponse::raw(200, R"([{"code":200}])"), // no body, too few
        ScriptedResponse::raw(200, R"([{"code":"x","body":5},3,"s",[],null])"),
        ScriptedResponse::raw(200, "not json")};
    for (const auto &answer : answers) {
        m_server->setDefaultResponse(answer);
        QList<BatchItem> items;
        for (int i = 0; i < 5; ++i)
            items.append({QStringLiteral("label_user"),
                          QJsonObject{{QStringLiteral("label_id"), QStringLiteral("555")},
                                      {QStringLiteral("user"), QString::number(i)}},
                          {},
                          {},
                          false});
        BulkJob job(m_client, items, pageOptions());
        QSignalSpy finished(&job, &BulkJob::finished);
        job.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(job.done(), 5);
    }
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
