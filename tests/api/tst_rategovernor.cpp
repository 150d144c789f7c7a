#include "api/graphclient.h"
#include "api/rategovernor.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QSignalSpy>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

// The rate governor: usage headers, the slowdown above 80 %, rate-limit back-off with
// jitter and estimated_time_to_regain_access; first on its own, then through GraphClient
// with the headers coming from a real server.
class TestRateGovernor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void usagePercent_data();
    void usagePercent();
    void regainMinutes();
    void slowdownAboveThreshold();
    void backoffIsJitteredAndExponential();
    void appLimitBlocksTheApp();
    void usageChangedFromHeaders();
    void slowdownThroughClient();
    void regainAccessHonoured();

private:
    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
};

namespace {

QHash<QByteArray, QByteArray>
headers(std::initializer_list<std::pair<const char *, const char *>> items)
{
    QHash<QByteArray, QByteArray> map;
    for (const auto &[name, value] : items)
        map.insert(name, value);
    return map;
}

GraphError rateError(int code)
{
    return GraphError::fromGraph(QJsonObject{{QStringLiteral("code"), code}}, 400);
}

} // namespace

void TestRateGovernor::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    m_client->governor()->setConfig(fastGovernor());
    configureClient(*m_client, m_server->url());
}

void TestRateGovernor::cleanup()
{
    delete m_client;
    delete m_server;
}

void TestRateGovernor::usagePercent_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("percent");
    QTest::newRow("highest wins") << QByteArray(
                                         R"({"call_count":12,"total_cputime":40,"total_time":7})")
                                  << 40;
    QTest::newRow("call count") << QByteArray(R"({"call_count":95})") << 95;
    QTest::newRow("empty object") << QByteArray("{}") << -1;
    QTest::newRow("missing") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("call_count=5") << -1;
}

void TestRateGovernor::usagePercent()
{
    QFETCH(QByteArray, header);
    QFETCH(int, percent);
    QCOMPARE(RateGovernor::usagePercent(header), percent);
}

void TestRateGovernor::regainMinutes()
{
    QCOMPARE(
        RateGovernor::regainMinutes(
            R"({"2002":[{"type":"messenger","call_count":100,"estimated_time_to_regain_access":3},
                             {"type":"pages","call_count":10,"estimated_time_to_regain_access":7}],
                     "3003":[{"type":"messenger","estimated_time_to_regain_access":1}]})"),
        7);
    QCOMPARE(RateGovernor::regainMinutes("{}"), 0);
    QCOMPARE(RateGovernor::regainMinutes("not json"), 0);
}

void TestRateGovernor::slowdownAboveThreshold()
{
    RateGovernor governor;
    RateGovernor::Config config = fastGovernor();
    config.maxSlowdownMs = 1000;
    governor.setConfig(config);
    governor.observe(kAppId, kPageId, headers({{"x-app-usage", R"({"call_count":80})"}}));
    QCOMPARE(governor.delayBeforeSend(kAppId, kPageId), 0);
    governor.observe(kAppId, kPageId, headers({{"x-app-usage", R"({"call_count":90})"}}));
    QCOMPARE(governor.delayBeforeSend(kAppId, kPageId), 500); // halfway from 80 to 100
    governor.observe(kAppId, kPageId, headers({{"x-app-usage", R"({"call_count":130})"}}));
    QCOMPARE(governor.delayBeforeSend(kAppId, kPageId), 1000); // capped at 100 %
    // Page usage counts too, per page.
    governor.observe(kAppId, kPageId,
                     headers({{"x-app-usage", R"({"call_count":10})"},
                              {"x-page-usage", R"({"total_time":85})"}}));
    QCOMPARE(governor.delayBeforeSend(kAppId, kPageId), 250);
    QCOMPARE(governor.delayBeforeSend(kAppId, QStringLiteral("other")), 0);
}

void TestRateGovernor::backoffIsJitteredAndExponential()
{
    RateGovernor governor;
    RateGovernor::Config config;
    config.baseBackoffMs = 100;
    config.maxBackoffMs = 500;
    governor.setConfig(config);
    for (int i = 0; i < 200; ++i) {
        const qint64 first = governor.backoffAfterTransient(1);
        QVERIFY2(first >= 50 && first <= 100, qPrintable(QString::number(first)));
        const qint64 third = governor.backoffAfterTransient(3);
        QVERIFY2(third >= 200 && third <= 400, qPrintable(QString::number(third)));
        const qint64 capped = governor.backoffAfterTransient(30);
        QVERIFY2(capped >= 250 && capped <= 500, qPrintable(QString::number(capped)));
    }
    // Not all the same: there is jitter.
    QSet<qint64> seen;
    for (int i = 0; i < 50; ++i)
        seen.insert(governor.backoffAfterTransient(4));
    QVERIFY(seen.size() > 1);
}

void TestRateGovernor::appLimitBlocksTheApp()
{
    RateGovernor governor;
    RateGovernor::Config config;
    config.baseBackoffMs = 60000; // long enough to still be blocked when checked
    governor.setConfig(config);
    // Code 32: that page only.
    governor.backoffAfterRateLimit(kAppId, kPageId, rateError(32), 1, 0);
    QVERIFY(governor.delayBeforeSend(kAppId, kPageId) > 0);
    QCOMPARE(governor.delayBeforeSend(kAppId, QStringLiteral("3003")), 0);
    // Code 4: the whole app, every page.
    governor.backoffAfterRateLimit(QStringLiteral("7"), QStringLiteral("71"), rateError(4), 1, 0);
    QVERIFY(governor.delayBeforeSend(QStringLiteral("7"), QStringLiteral("72")) > 0);
    // estimated_time_to_regain_access wins over a shorter back-off.
    config.baseBackoffMs = 10;
    config.regainUnitMs = 60000;
    governor.setConfig(config);
    const qint64 delay =
        governor.backoffAfterRateLimit(kAppId, QStringLiteral("9"), rateError(80006), 1, 2);
    QCOMPARE(delay, 120000);
}

void TestRateGovernor::usageChangedFromHeaders()
{
    QSignalSpy usage(m_client->governor(), &RateGovernor::usageChanged);
    m_server->enqueue(
        ScriptedResponse::json(json(R"({"data":[]})"))
            .withHeader("X-App-Usage", R"({"call_count":42,"total_cputime":10,"total_time":12})")
            .withHeader("X-Page-Usage", R"({"call_count":7,"total_cputime":3,"total_time":5})"));
    QVERIFY(
        waitFor(m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions())).result.isOk());
    QCOMPARE(usage.count(), 1);
    QCOMPARE(usage.at(0).at(0).toString(), kAppId);
    QCOMPARE(usage.at(0).at(1).toString(), kPageId);
    QCOMPARE(usage.at(0).at(2).toInt(), 42);
    QCOMPARE(usage.at(0).at(3).toInt(), 7);
    QCOMPARE(m_client->governor()->appUsagePercent(kAppId), 42);
    QCOMPARE(m_client->governor()->pageUsagePercent(kPageId), 7);

    // The same figures again: no signal. Business use case usage raises the page figure.
    m_server->enqueue(ScriptedResponse::json(json(R"({"data":[]})"))
                          .withHeader("X-App-Usage", R"({"call_count":42})")
                          .withHeader("X-Page-Usage", R"({"call_count":7})"));
    QVERIFY(
        waitFor(m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions())).result.isOk());
    QCOMPARE(usage.count(), 1);
    m_server->enqueue(
        ScriptedResponse::json(json(R"({"data":[]})"))
            .withHeader(
                "X-Business-Use-Case-Usage",
                R"({"2002":[{"type":"messenger","call_count":64,"total_cputime":1,"total_time":2,"estimated_time_to_regain_access":0}]})"));
    QVERIFY(
        waitFor(m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions())).result.isOk());
    QCOMPARE(usage.count(), 2);
    QCOMPARE(usage.at(1).at(3).toInt(), 64);
}

void TestRateGovernor::slowdownThroughClient()
{
    m_server->enqueue(ScriptedResponse::json(json(R"({"data":[]})"))
                          .withHeader("X-App-Usage", R"({"call_count":95})"));
    QVERIFY(
        waitFor(m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions())).result.isOk());
    QVERIFY(m_client->governor()->delayBeforeSend(kAppId, kPageId) > 0);
    // The next call waits its turn and still goes out once.
    m_server->enqueue(ScriptedResponse::json(json(R"({"data":[]})"))
                          .withHeader("X-App-Usage", R"({"call_count":30})"));
    QVERIFY(
        waitFor(m_client->call(QStringLiteral("fetch_greeting"), {}, pageOptions())).result.isOk());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_client->governor()->delayBeforeSend(kAppId, kPageId), 0);
}

void TestRateGovernor::regainAccessHonoured()
{
    // Graph says: 3 (minutes; here 15 ms each) until access is regained.
    m_server->enqueue(
        graphError(80006, QStringLiteral("There have been too many messages sent to this user"))
            .withHeader(
                "X-Business-Use-Case-Usage",
                R"({"2002":[{"type":"messenger","call_count":100,"total_cputime":20,"total_time":20,"estimated_time_to_regain_access":3}]})"));
    GraphReply *reply = m_client->call(QStringLiteral("send_message"),
                                       json(R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},
                                                "message":{"text":"Hi"}})"),
                                       pageOptions());
    qint64 blockedFor = -1;
    connect(reply, &GraphReply::retryScheduled, this, [this, &blockedFor] {
        blockedFor = m_client->governor()->delayBeforeSend(kAppId, kPageId);
    });
    const Outcome outcome = waitFor(reply);
    QVERIFY(outcome.result.isOk());
    QCOMPARE(outcome.retryDelays.size(), 1);
    const qint64 regain = 3 * fastGovernor().regainUnitMs;
    QVERIFY2(outcome.retryDelays.at(0) >= regain,
             qPrintable(QString::number(outcome.retryDelays.at(0))));
    QVERIFY2(blockedFor > 0, "the page was not blocked while waiting to regain access");
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestRateGovernor)
#include "tst_rategovernor.moc"
