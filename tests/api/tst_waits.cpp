#include "api/graphclient.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

// Issue 18 item 1: no wait without end and none in silence. A rate-limit wait is capped (a
// huge estimated_time_to_regain_access used to overflow and never end); past the cap, or
// past the deadline, the call stops and says when Graph expects to allow calls again;
// every long wait is announced and can be cancelled; a stalled answer ends at the timeout.
class TestWaits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void hugeRegainTimeStopsAndSaysWhen_data();
    void hugeRegainTimeStopsAndSaysWhen();
    void blockedPageStopsTheNextCallUnsent();
    void longWaitIsAnnounced();
    void shortWaitIsNotAnnounced();
    void announcedWaitCanBeCancelled();
    void waitPastTheDeadlineStops();
    void stopEndsEveryCallAndRefusesLaterOnes();
    void stalledStatusLineEndsAtTheTimeout();

private:
    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
};

namespace {

ScriptedResponse rateLimited(const QByteArray &regainMinutes)
{
    ScriptedResponse response = graphError(80006, QStringLiteral("Too many calls"), 400);
    response.withHeader("X-Business-Use-Case-Usage",
                        R"({"2002":[{"type":"messenger","call_count":100,"total_cputime":1,)"
                        R"("total_time":1,"estimated_time_to_regain_access":)" +
                            regainMinutes + "}]}");
    return response;
}

QJsonObject sendInput()
{
    return json(R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},"message":{"text":"Hi"}})");
}

} // namespace

void TestWaits::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    RateGovernor::Config config = fastGovernor();
    config.regainUnitMs = 60 * 1000; // real minutes: only the cap can end these waits
    m_client->governor()->setConfig(config);
    configureClient(*m_client, m_server->url());
}

void TestWaits::cleanup()
{
    delete m_client;
    delete m_server;
}

void TestWaits::hugeRegainTimeStopsAndSaysWhen_data()
{
    QTest::addColumn<QByteArray>("minutes");
    QTest::newRow("90 minutes") << QByteArray("90");
    QTest::newRow("int overflow") << QByteArray("40000000");
    QTest::newRow("1e300") << QByteArray("1e300");
}

void TestWaits::hugeRegainTimeStopsAndSaysWhen()
{
    QFETCH(QByteArray, minutes);
    m_server->setDefaultResponse(rateLimited(minutes));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Outcome outcome =
        waitFor(m_client->call(QStringLiteral("send_message"), sendInput(), pageOptions()), 5000);
    QVERIFY2(outcome.finished, "the call waited for the regain time");
    const GraphError &error = outcome.result.error();
    QCOMPARE(error.category, ErrorCategory::RateLimited);
    QVERIFY(error.retryAfter.isValid());
    QVERIFY(error.retryAfter >= before.addSecs(89 * 60));
    QVERIFY2(error.advice.contains(QStringLiteral("Graph expects to allow calls again at")),
             qPrintable(error.advice));
    QVERIFY(error.toJson()
                .value(QStringLiteral("error"))
                .toObject()
                .contains(QStringLiteral("retry_after")));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(outcome.retryAttempts.isEmpty());
}

void TestWaits::blockedPageStopsTheNextCallUnsent()
{
    m_server->setDefaultResponse(rateLimited("120"));
    waitFor(m_client->call(QStringLiteral("send_message"), sendInput(), pageOptions()), 5000);
    QCOMPARE(m_server->requestCount(), 1);
    const Outcome next =
        waitFor(m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions()), 5000);
    QVERIFY(next.finished);
    QCOMPARE(next.result.error().category, ErrorCategory::RateLimited);
    QVERIFY(next.result.error().retryAfter.isValid());
    QCOMPARE(m_server->requestCount(), 1); // not sent
}

void TestWaits::longWaitIsAnnounced()
{
    RateGovernor::Config config = fastGovernor(); // regain minutes of 15 ms
    config.announceFromMs = 10;
    m_client->governor()->setConfig(config);
    m_server->enqueue(rateLimited("4"));
    m_server->setDefaultResponse(
        ScriptedResponse::json(json(R"({"recipient_id":"31","message_id":"m_1"})")));
    GraphReply *reply = m_client->call(QStringLiteral("send_message"), sendInput(), pageOptions());
    QSignalSpy onReply(reply, &GraphReply::waiting);
    QSignalSpy onClient(m_client, &GraphClient::waiting);
    const Outcome outcome = waitFor(reply);
    QVERIFY(outcome.result.isOk());
    // The back-off first; the usage header (100 %) may add the governor's slow-down after.
    QVERIFY(onReply.count() >= 1);
    QCOMPARE(onClient.count(), onReply.count());
    const qint64 delay = onReply.at(0).at(0).toLongLong();
    const QDateTime until = onReply.at(0).at(1).toDateTime();
    const QString message = onReply.at(0).at(2).toString();
    QVERIFY(delay >= 4 * 15);
    QCOMPARE(message, QStringLiteral("Waiting %1 s for Graph's rate limit, until %2.")
                          .arg((delay + 999) / 1000)
                          .arg(until.toLocalTime().toString(QStringLiteral("HH:mm"))));
    QCOMPARE(onClient.at(0).at(3).toString(), message);
}

void TestWaits::shortWaitIsNotAnnounced()
{
    m_client->governor()->setConfig(fastGovernor()); // back-offs of milliseconds, 2 s limit
    m_server->enqueue(graphError(613, QStringLiteral("Rate")));
    m_server->setDefaultResponse(
        ScriptedResponse::json(json(R"({"recipient_id":"31","message_id":"m_1"})")));
    QSignalSpy onClient(m_client, &GraphClient::waiting);
    const Outcome outcome =
        waitFor(m_client->call(QStringLiteral("send_message"), sendInput(), pageOptions()));
    QVERIFY(outcome.result.isOk());
    QCOMPARE(onClient.count(), 0);
}

void TestWaits::announcedWaitCanBeCancelled()
{
    m_server->setDefaultResponse(rateLimited("5")); // five real minutes, under the cap
    GraphReply *reply = m_client->call(QStringLiteral("send_message"), sendInput(), pageOptions());
    connect(
        m_client, &GraphClient::waiting, this,
        [](GraphReply *waiting, qint64, const QDateTime &, const QString &) { waiting->cancel(); });
    const Outcome outcome = waitFor(reply, 5000);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.result.error().category, ErrorCategory::Cancelled);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_client->inFlight(), 0);
}

void TestWaits::waitPastTheDeadlineStops()
{
    m_client->setDeadline(QDateTime::currentDateTimeUtc().addSecs(60));
    m_server->setDefaultResponse(rateLimited("5")); // under the cap, past the deadline
    const Outcome outcome =
        waitFor(m_client->call(QStringLiteral("send_message"), sendInput(), pageOptions()), 5000);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.result.error().category, ErrorCategory::RateLimited);
    QVERIFY(outcome.result.error().retryAfter > m_client->deadline());
    QCOMPARE(m_server->requestCount(), 1);
}

void TestWaits::stopEndsEveryCallAndRefusesLaterOnes()
{
    m_server->setDefaultResponse(ScriptedResponse::noAnswer());
    GraphReply *read = m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions());
    QSignalSpy readDone(read, &GraphReply::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    m_client->stop(QStringLiteral("The deadline passed."));
    QCOMPARE(readDone.count(), 1);
    QCOMPARE(readDone.at(0).at(0).value<GraphResult>().error().message,
             QStringLiteral("The deadline passed."));
    const Outcome later =
        waitFor(m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions()));
    QCOMPARE(later.result.error().category, ErrorCategory::Cancelled);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestWaits::stalledStatusLineEndsAtTheTimeout()
{
    // Half a status line, then silence with the connection open.
    QTcpServer stalling;
    QVERIFY(stalling.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> sockets;
    connect(&stalling, &QTcpServer::newConnection, this, [&stalling, &sockets] {
        while (QTcpSocket *socket = stalling.nextPendingConnection()) {
            sockets.append(socket);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 2");
            });
        }
    });
    QUrl url = m_server->url();
    url.setPort(stalling.serverPort());
    configureClient(*m_client, url);
    CallOptions options = pageOptions();
    options.timeoutMs = 300;
    options.retry = false;
    const Outcome outcome =
        waitFor(m_client->call(QStringLiteral("fetch_greeting"), {}, options), 10000);
    QVERIFY2(outcome.finished, "a stalled status line held the call");
    QCOMPARE(outcome.result.error().category, ErrorCategory::Timeout);
    qDeleteAll(sockets);
}

QTEST_GUILESS_MAIN(TestWaits)
#include "tst_waits.moc"
