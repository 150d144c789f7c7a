#include "api/appsecretproof.h"
#include "api/bulkjob.h"
#include "api/graphclient.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

// Issue 18, the fault matrix as a test: every fault kind a server or network produces,
// against a read, a write and a bulk job, on a real loopback server. Per cell: the category
// (or the bulk items' state), a message that says what happened, the requests that reached
// the server, the write applied at most once, the outcome told right (unknown exactly when
// a write may have been applied), and no secret in any event.
class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void cell_data();
    void cell();

private:
    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
    QByteArray m_eventText;
};

namespace {

enum class OpKind { Read, Write, Bulk };

QString appSecretProofFor()
{
    return appSecretProof(kAppSecret, kPageToken);
}
constexpr int kBulkItems = 3;
constexpr int kOk = -1;

struct Fault
{
    const char *name;
    // Categories expected for the read and the write (kOk: success), requests on the wire.
    int readCategory;
    int readRequests;
    int writeCategory;
    int writeRequests;
    const char *bulkState; // every item's state
    int bulkRequests;
    bool bulkStops = false;
};

using C = ErrorCategory;
constexpr int kAttempts = 3; // fastGovernor().maxAttempts
// A read dropped after sending: the client's attempts, plus Qt's own silent resend of a GET
// on a kept-alive connection (harmless for a read; writes get a body Qt cannot resend).
constexpr int kQtMayResend = -1;

const QList<Fault> &faults()
{
    static const QList<Fault> list{
        {"timeout", int(C::Timeout), kAttempts, int(C::UnknownOutcome), 1, "unknown", 1},
        {"reset after the body", int(C::Transport), kQtMayResend, int(C::UnknownOutcome), 1,
         "unknown", 1},
        {"closed without answer", int(C::Transport), kQtMayResend, int(C::UnknownOutcome), 1,
         "unknown", 1},
        {"cut body", int(C::Transport), kAttempts, int(C::UnknownOutcome), 1, "unknown", 1},
        {"headers then silence", int(C::Timeout), kAttempts, int(C::UnknownOutcome), 1, "unknown",
         1},
        {"non-JSON 2xx", int(C::Transport), kAttempts, int(C::UnknownOutcome), 1, "unknown", 1},
        {"500 JSON", int(C::Server), kAttempts, int(C::Server), 1, "unknown", 1},
        {"502 HTML", int(C::Server), kAttempts, int(C::Server), 1, "unknown", 1},
        {"613 without usage header", int(C::RateLimited), kAttempts, int(C::RateLimited), kAttempts,
         "failed", kAttempts},
        {"613 with usage header", int(C::RateLimited), kAttempts, int(C::RateLimited), kAttempts,
         "failed", kAttempts},
        {"huge regain time", int(C::RateLimited), 1, int(C::RateLimited), 1, "not_sent", 1, true},
        {"190 token", int(C::Auth), 1, int(C::Auth), 1, "failed", 1, true},
        {"10/1893063 restricted Page", int(C::Permission), 1, int(C::Permission), 1, "failed", 1,
         true},
        {"redirect", int(C::Other), 1, int(C::Other), 1, "failed", 1},
        {"header-echoed secrets", kOk, 1, kOk, 1, "succeeded", 1},
        {"refused connection", int(C::Transport), 0, int(C::Transport), 0, "not_sent", 0},
    };
    return list;
}

QByteArray okBody(OpKind kind)
{
    // Each in the shape its op's callers rely on (AnswerShape): a list for the read.
    if (kind == OpKind::Read)
        return R"({"data":[{"greeting":[]}]})";
    if (kind != OpKind::Bulk)
        return R"({"success":true})";
    QJsonArray answers;
    for (int i = 0; i < kBulkItems; ++i)
        answers.append(
            QJsonObject{{QStringLiteral("code"), 200},
                        {QStringLiteral("body"), QStringLiteral(R"({"success":true})")}});
    return QJsonDocument(answers).toJson(QJsonDocument::Compact);
}

ScriptedResponse responseFor(const QByteArray &name, OpKind kind)
{
    if (name == "timeout")
        return ScriptedResponse::noAnswer();
    if (name == "reset after the body")
        return ScriptedResponse::reset();
    if (name == "closed without answer")
        return ScriptedResponse::rawBytes({});
    if (name == "cut body")
        return ScriptedResponse::truncated(okBody(kind), 4);
    if (name == "headers then silence") {
        ScriptedResponse response = ScriptedResponse::raw(200, okBody(kind));
        response.fault = ScriptedResponse::Fault::HeadOnly;
        return response;
    }
    if (name == "non-JSON 2xx")
        return ScriptedResponse::raw(200, "<html>It worked, probably</html>", "text/html");
    if (name == "500 JSON")
        return graphError(2, QStringLiteral("Service temporarily unavailable"), 500);
    if (name == "502 HTML")
        return ScriptedResponse::raw(502, "<html>Bad Gateway</html>", "text/html");
    if (name == "613 without usage header")
        return graphError(613, QStringLiteral("Calls to this api have exceeded the rate limit."));
    if (name == "613 with usage header")
        return graphError(613, QStringLiteral("Calls to this api have exceeded the rate limit."))
            .withHeader("X-Page-Usage", R"({"call_count":100,"total_cputime":5,"total_time":5})");
    if (name == "huge regain time")
        return graphError(80006, QStringLiteral("There have been too many messenger calls."))
            .withHeader("X-Business-Use-Case-Usage",
                        R"({"2002":[{"type":"messenger","call_count":100,"total_cputime":1,)"
                        R"("total_time":1,"estimated_time_to_regain_access":99999999}]})");
    if (name == "190 token")
        return graphError(190, QStringLiteral("Error validating access token."), 400);
    if (name == "10/1893063 restricted Page")
        return graphError(10, QStringLiteral("This Page is restricted."), 403, 1893063);
    if (name == "redirect")
        return ScriptedResponse::raw(302, "").withHeader(
            "Location", "https://elsewhere.example/?access_token=" + kPageToken.toUtf8());
    if (name == "header-echoed secrets") {
        const QByteArray echo =
            kPageToken.toUtf8() + ' ' + kAppSecret.toUtf8() + ' ' + appSecretProofFor().toUtf8();
        return ScriptedResponse::raw(200, okBody(kind))
            .withHeader("X-App-Usage", R"({"call_count":1,"echo":")" + echo + "\"}")
            .withHeader("X-FB-Debug", echo)
            .withHeader("WWW-Authenticate", "Bearer " + kPageToken.toUtf8());
    }
    return ScriptedResponse::json(QJsonObject{});
}

} // namespace

void TestFaultMatrix::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    m_client->governor()->setConfig(fastGovernor());
    configureClient(*m_client, m_server->url());
    m_eventText.clear();
    connect(m_client->events(), &EventHub::published, this,
            [this](const GraphEvent &event) { m_eventText += event.toJsonLine(); });
}

void TestFaultMatrix::cleanup()
{
    delete m_client;
    delete m_server;
}

void TestFaultMatrix::cell_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("kind");
    for (int i = 0; i < faults().size(); ++i) {
        QTest::addRow("%s x read", faults().at(i).name) << i << int(OpKind::Read);
        QTest::addRow("%s x write", faults().at(i).name) << i << int(OpKind::Write);
        QTest::addRow("%s x bulk", faults().at(i).name) << i << int(OpKind::Bulk);
    }
}

void TestFaultMatrix::cell()
{
    QFETCH(int, fault);
    QFETCH(int, kind);
    const Fault &expected = faults().at(fault);
    const QByteArray name(expected.name);
    const auto opKind = OpKind(kind);
    if (name == "refused connection") {
        const QUrl url = m_server->url();
        m_server->close();
        configureClient(*m_client, url);
    }
    m_server->setDefaultResponse(responseFor(name, opKind));
    CallOptions options = pageOptions();
    options.timeoutMs = 250;
    const QJsonObject labelInput = json(R"({"label_id":"555","user":"31"})");

    if (opKind == OpKind::Bulk) {
        QList<BatchItem> items;
        for (int i = 0; i < kBulkItems; ++i)
            items.append({QStringLiteral("label_user"),
                          QJsonObject{{QStringLiteral("label_id"), QStringLiteral("555")},
                                      {QStringLiteral("user"), QString::number(31 + i)}},
                          {},
                          {},
                          false});
        BulkJob job(m_client, items, options);
        QSignalSpy finished(&job, &BulkJob::finished);
        job.start();
        QVERIFY(finished.wait(15000));
        const QJsonObject report = job.report();
        const QString state = QString::fromLatin1(expected.bulkState);
        QCOMPARE(report.value(state).toInt(), kBulkItems);
        for (const auto &failure : report.value(QStringLiteral("failures")).toArray()) {
            const QJsonObject error = failure.toObject().value(QStringLiteral("error")).toObject();
            QCOMPARE(failure.toObject().value(QStringLiteral("state")).toString(), state);
            QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(!error.value(QStringLiteral("message"))
                         .toString()
                         .contains(QStringLiteral("Unknown error")));
            if (state == QLatin1String("unknown"))
                QCOMPARE(error.value(QStringLiteral("advice")).toString(),
                         GraphError::unknownOutcomeAdvice());
        }
        QCOMPARE(report.contains(QStringLiteral("stopped")), expected.bulkStops);
        // The report counts the requests that really reached Graph.
        QCOMPARE(m_server->requestCount(), expected.bulkRequests);
        QCOMPARE(report.value(QStringLiteral("requests")).toInt(), m_server->requestCount());
    } else {
        const bool write = opKind == OpKind::Write;
        const Outcome outcome =
            waitFor(write ? m_client->call(QStringLiteral("label_user"), labelInput, options)
                          : m_client->call(QStringLiteral("fetch_greeting"), {}, options),
                    15000);
        QVERIFY(outcome.finished);
        const int category = write ? expected.writeCategory : expected.readCategory;
        const int requests = write ? expected.writeRequests : expected.readRequests;
        if (category == kOk) {
            QVERIFY(outcome.result.isOk());
        } else {
            const GraphError &error = outcome.result.error();
            QCOMPARE(categoryName(error.category), categoryName(ErrorCategory(category)));
            QVERIFY(!error.message.isEmpty());
            QVERIFY2(!error.message.contains(QStringLiteral("Unknown error")),
                     qPrintable(error.message));
            // The outcome told right: unknown exactly when a write may have been applied.
            QCOMPARE(error.toJson()
                             .value(QStringLiteral("error"))
                             .toObject()
                             .value(QStringLiteral("outcome")) ==
                         QJsonValue(QStringLiteral("unknown")),
                     category == int(ErrorCategory::UnknownOutcome));
            if (error.isRateLimit() && requests == 1)
                QVERIFY(error.retryAfter.isValid()); // said when, did not wait
        }
        if (requests == kQtMayResend) {
            QVERIFY(m_server->requestCount() >= kAttempts);
            QVERIFY(m_server->requestCount() <= 2 * kAttempts);
        } else {
            QCOMPARE(m_server->requestCount(), requests);
        }
        // The write applied at most once: more than one request only after refusals.
        if (write && category != int(ErrorCategory::RateLimited))
            QVERIFY(m_server->requestCount() <= 1);
    }
    QTRY_COMPARE(m_client->inFlight(), 0);
    for (const QString &secret : {kPageToken, kAppSecret, appSecretProofFor()})
        QVERIFY2(!m_eventText.contains(secret.toUtf8()), m_eventText.constData());
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
