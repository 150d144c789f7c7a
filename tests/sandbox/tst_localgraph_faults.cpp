// Fault injection seen by the api/ client: each kind arrives as the right ErrorCategory,
// and the faults can be limited by count and path, and set over the control endpoint.
#include "sandboxharness.h"
#include "successcases.h"

#include <QJsonArray>
#include <QTest>

using namespace mdesk;
using namespace mdesk::sandboxtest;
using api::ErrorCategory;

Q_DECLARE_METATYPE(api::ErrorCategory)

namespace {

sandbox::FaultConfig faults(const char *text)
{
    QString error;
    const sandbox::FaultConfig config =
        sandbox::FaultConfig::fromJson(json(text).toObject(), &error);
    if (!error.isEmpty())
        qFatal("bad fault config: %s", qPrintable(error));
    return config;
}

} // namespace

class TestLocalGraphFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachFaultKind_data();
    void eachFaultKind();
    void latencyDelaysButAnswers();
    void countLimitsTheFaults();
    void pathFilterPicksTheCalls();
    void ratesBetweenNoneAndAll();
    void controlEndpointSetsAndClearsFaults();
    void controlCallsAreNeverFaulted();
};

void TestLocalGraphFaults::eachFaultKind_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<int>("code");

    QTest::newRow("no answer") << QStringLiteral(R"({"no_answer":true})") << ErrorCategory::Timeout
                               << QStringLiteral("timeout") << 0;
    QTest::newRow("connection reset") << QStringLiteral(R"({"reset":true})")
                                      << ErrorCategory::Transport << QStringLiteral("reset") << 0;
    QTest::newRow("truncated body") << QStringLiteral(R"({"truncate":1})")
                                    << ErrorCategory::Transport << QStringLiteral("truncated") << 0;
    QTest::newRow("malformed JSON") << QStringLiteral(R"({"malformed":1})")
                                    << ErrorCategory::Transport << QStringLiteral("malformed") << 0;
    QTest::newRow("code 613") << QStringLiteral(R"({"error_rate":{"613":1}})")
                              << ErrorCategory::RateLimited << QString() << 613;
    QTest::newRow("code 80006") << QStringLiteral(R"({"error_rate":{"80006":1}})")
                                << ErrorCategory::RateLimited << QString() << 80006;
    QTest::newRow("code 2") << QStringLiteral(R"({"error_rate":{"2":1}})") << ErrorCategory::Server
                            << QString() << 2;
    QTest::newRow("code 1") << QStringLiteral(R"({"error_rate":{"1":1}})") << ErrorCategory::Server
                            << QString() << 1;
    QTest::newRow("code 190") << QStringLiteral(R"({"error_rate":{"190":1}})")
                              << ErrorCategory::Auth << QString() << 190;
    QTest::newRow("code 10") << QStringLiteral(R"({"error_rate":{"10":1}})")
                             << ErrorCategory::Permission << QString() << 10;
}

void TestLocalGraphFaults::eachFaultKind()
{
    QFETCH(QString, config);
    QFETCH(ErrorCategory, category);
    QFETCH(QString, transport);
    QFETCH(int, code);

    SandboxHarness h;
    h.graph().setFaults(faults(config.toUtf8().constData()));
    // A short client timeout, so "no answer" ends as a timeout quickly.
    const api::GraphResult result =
        h.call(QStringLiteral("list_custom_labels"), {}, h.on(1, 0, 500));
    QVERIFY2(!result.isOk(), describe(result));
    QCOMPARE(result.error().category, category);
    QCOMPARE(result.error().transport, transport);
    QCOMPARE(result.error().code, code);

    h.graph().clearFaults();
    const api::GraphResult after = h.call(QStringLiteral("list_custom_labels"), {}, h.on(1, 0));
    QVERIFY2(after.isOk(), describe(after));
}

void TestLocalGraphFaults::latencyDelaysButAnswers()
{
    SandboxHarness h;
    h.graph().setFaults(faults(R"({"latency_ms":80,"jitter_ms":40})"));
    const api::GraphResult result = h.call(QStringLiteral("fetch_greeting"), {}, h.on(0, 0));
    QVERIFY2(result.isOk(), describe(result));
    QCOMPARE(result.object().value(QStringLiteral("data")).toArray().size(), 1);
}

void TestLocalGraphFaults::countLimitsTheFaults()
{
    SandboxHarness h;
    h.graph().setFaults(faults(R"({"error_rate":{"1":1},"count":1})"));
    QCOMPARE(h.call(QStringLiteral("fetch_greeting")).error().code, 1);
    QVERIFY(h.graph().faults().isEmpty());
    QVERIFY(h.call(QStringLiteral("fetch_greeting")).isOk());
}

void TestLocalGraphFaults::pathFilterPicksTheCalls()
{
    SandboxHarness h;
    h.graph().setFaults(faults(R"({"error_rate":{"368":1},"path_contains":"/messages"})"));
    QVERIFY(h.call(QStringLiteral("list_custom_labels")).isOk());
    const api::GraphResult sent = h.call(
        QStringLiteral("send_message"),
        {{QStringLiteral("messaging_type"), QStringLiteral("RESPONSE")},
         {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), h.psid(0, 0)}}},
         {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}}}});
    QCOMPARE(sent.error().code, 368);
}

void TestLocalGraphFaults::ratesBetweenNoneAndAll()
{
    SandboxHarness h;
    h.graph().setFaults(faults(R"({"error_rate":{"2":0.5}})"));
    int failed = 0;
    int succeeded = 0;
    for (int i = 0; i < 40; ++i)
        (h.call(QStringLiteral("fetch_greeting")).isOk() ? succeeded : failed) += 1;
    QVERIFY(failed > 0);
    QVERIFY(succeeded > 0);
}

void TestLocalGraphFaults::controlEndpointSetsAndClearsFaults()
{
    SandboxHarness h;
    HttpAnswer control = h.http("POST", QStringLiteral("/__sandbox/faults"),
                                R"({"error_rate":{"32":1},"latency_ms":10})", "application/json");
    QCOMPARE(control.status, 200);
    QCOMPARE(control.json()
                 .toObject()
                 .value(QStringLiteral("faults"))
                 .toObject()
                 .value(QStringLiteral("latency_ms"))
                 .toInt(),
             10);
    QCOMPARE(h.call(QStringLiteral("fetch_greeting")).error().code, 32);

    control = h.http("DELETE", QStringLiteral("/__sandbox/faults"));
    QCOMPARE(control.status, 200);
    QVERIFY(h.call(QStringLiteral("fetch_greeting")).isOk());

    control =
        h.http("POST", QStringLiteral("/__sandbox/faults"), R"({"reset":7})", "application/json");
    QCOMPARE(control.status, 400);
    control = h.http("POST", QStringLiteral("/__sandbox/faults"), "{not json", "application/json");
    QCOMPARE(control.status, 400);
}

void TestLocalGraphFaults::controlCallsAreNeverFaulted()
{
    SandboxHarness h;
    h.graph().setFaults(faults(R"({"reset":true})"));
    const HttpAnswer state = h.http("GET", QStringLiteral("/__sandbox/state"));
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json()
                 .toObject()
                 .value(QStringLiteral("faults"))
                 .toObject()
                 .value(QStringLiteral("reset"))
                 .toDouble(),
             1.0);
    QCOMPARE(h.http("POST", QStringLiteral("/__sandbox/reset")).status, 200);
    QVERIFY(h.call(QStringLiteral("fetch_greeting")).isOk());
}

QTEST_GUILESS_MAIN(TestLocalGraphFaults)
#include "tst_localgraph_faults.moc"
