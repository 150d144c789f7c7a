#include "api/appsecretproof.h"
#include "api/batchrequest.h"
#include "api/bulkjob.h"
#include "api/graphclient.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace mdesk::api;
using namespace mdesk::apitest;

Q_DECLARE_METATYPE(mdesk::testsupport::ScriptedResponse)

// No token, app secret or appsecret_proof may appear anywhere in an event: every event of
// many calls is serialized and searched for every secret, raw and percent-encoded. The
// calls put secrets where they hide: the Bearer header, the proof query item, debug_token's
// input_token, list_pages' access_token fields, batch relative_urls, Graph messages that
// echo a token, retry events, the bulk report.
class TestEventRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void noSecretInAnyEvent();
    void secretsEchoedInResponseHeaders_data();
    void secretsEchoedInResponseHeaders();
    void redactorNets_data();
    void redactorNets();
    void queryItemsMaskedExactly_data();
    void queryItemsMaskedExactly();

private:
    void run(const QString &op, const QJsonObject &input, const ScriptedResponse &answer,
             CallOptions options = pageOptions());
    QStringList secrets() const;

    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
    QList<QByteArray> m_lines;
};

namespace {

const QString kInputToken = QStringLiteral("INPUTTOKEN-debug-4711x");
const QString kListedPageToken = QStringLiteral("LISTEDPAGETOKEN-3003-zz");
const QString kWitToken = QStringLiteral("WITCUSTOMTOKEN-5150-yy");

} // namespace

void TestEventRedaction::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    m_client->governor()->setConfig(fastGovernor());
    configureClient(*m_client, m_server->url());
    m_lines.clear();
    connect(m_client->events(), &EventHub::published, this,
            [this](const GraphEvent &event) { m_lines.append(event.toJsonLine()); });
}

void TestEventRedaction::cleanup()
{
    delete m_client;
    delete m_server;
}

QStringList TestEventRedaction::secrets() const
{
    const QString effectiveAppToken = kAppId + QLatin1Char('|') + kAppSecret;
    QStringList list{kPageToken,  kAppSecret, kAppToken,         kUserToken,
                     kInputToken, kWitToken,  effectiveAppToken, kListedPageToken};
    for (const auto &token : {kPageToken, kAppToken, kUserToken, effectiveAppToken})
        list.append(appSecretProof(kAppSecret, token));
    return list;
}

void TestEventRedaction::run(const QString &op, const QJsonObject &input,
                             const ScriptedResponse &answer, CallOptions options)
{
    m_server->enqueue(answer);
    const Outcome outcome = waitFor(m_client->call(op, input, options));
    QVERIFY2(outcome.finished, qPrintable(op));
}

void TestEventRedaction::secretsEchoedInResponseHeaders_data()
{
    QTest::addColumn<ScriptedResponse>("answer");
    QTest::addColumn<QString>("op");
    QTest::newRow("success") << ScriptedResponse::json(json(R"({"data":[]})"))
                             << QStringLiteral("fetch_greeting");
    QTest::newRow("error") << graphError(100, QStringLiteral("No"))
                           << QStringLiteral("fetch_greeting");
    QTest::newRow("rate limit, then retry")
        << graphError(613, QStringLiteral("Rate")) << QStringLiteral("label_user");
    QTest::newRow("redirect") << ScriptedResponse::raw(302, "") << QStringLiteral("label_user");
}

void TestEventRedaction::secretsEchoedInResponseHeaders()
{
    // A server or proxy that echoes the credentials of the request in its answer's headers.
    QFETCH(ScriptedResponse, answer);
    QFETCH(QString, op);
    const QByteArray proof = appSecretProof(kAppSecret, kPageToken).toUtf8();
    const QByteArray echo =
        "token=" + kPageToken.toUtf8() + " secret=" + kAppSecret.toUtf8() + " proof=" + proof;
    for (const QByteArray header : {"X-App-Usage", "X-Page-Usage", "X-Business-Use-Case-Usage",
                                    "X-FB-Debug", "X-FB-Trace-ID", "Location", "WWW-Authenticate"})
        answer.withHeader(header, echo);
    answer.withHeader("Content-Type", "application/json; echo=" + kPageToken.toUtf8());
    m_server->enqueue(answer);
    m_server->setDefaultResponse(ScriptedResponse::json(json(R"({"success":true})")));
    const Outcome outcome = waitFor(m_client->call(op,
                                                   op == QLatin1String("label_user")
                                                       ? json(R"({"label_id":"555","user":"31"})")
                                                       : QJsonObject{},
                                                   pageOptions()));
    QVERIFY(outcome.finished);
    QVERIFY(!m_lines.isEmpty());
    const QByteArray all = m_lines.join('\n');
    QVERIFY2(all.contains("[redacted]"), all.constData()); // the headers are in the events
    for (const QByteArray &secret : {kPageToken.toUtf8(), kAppSecret.toUtf8(), proof})
        QVERIFY2(!all.contains(secret), all.constData());
    if (!outcome.result.isOk()) {
        const QByteArray message = outcome.result.error().message.toUtf8();
        QVERIFY2(!message.contains(kPageToken.toUtf8()), message.constData());
    }
}

void TestEventRedaction::noSecretInAnyEvent()
{
    const QString echo = QStringLiteral("Error validating access token %1 with appsecret_proof %2")
                             .arg(kPageToken, appSecretProof(kAppSecret, kPageToken));
    CallOptions withUser = pageOptions();
    withUser.userToken = kUserToken;
    CallOptions quick = pageOptions();
    quick.timeoutMs = 200;

    // Plain success, proof in the query, Bearer header.
    run(QStringLiteral("fetch_greeting"), {}, ScriptedResponse::json(json(R"({"data":[]})")));
    // Graph echoes the token and proof in its message and user message.
    ScriptedResponse echoed = graphError(190, echo, 400);
    run(QStringLiteral("set_greeting"), json(R"({"value":[]})"), echoed);
    // debug_token: the token under inspection sits in the query, and Graph echoes it.
    run(QStringLiteral("debug_token"), QJsonObject{{QStringLiteral("input_token"), kInputToken}},
        ScriptedResponse::json(QJsonObject{
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("is_valid"), true},
                                                 {QStringLiteral("app_id"), kAppId}}}}));
    run(QStringLiteral("debug_token"), QJsonObject{{QStringLiteral("input_token"), kInputToken}},
        graphError(190, QStringLiteral("Invalid OAuth access token - Cannot parse access token: ") +
                            kInputToken));
    // list_pages: a user token, and page tokens in the answer.
    run(QStringLiteral("list_pages"), {},
        ScriptedResponse::json(QJsonObject{
            {QStringLiteral("data"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("3003")},
                                    {QStringLiteral("name"), QStringLiteral("Shop")},
                                    {QStringLiteral("access_token"), kListedPageToken}}}}}),
        withUser);
    // App token + proof.
    run(QStringLiteral("fetch_ids_for_page"), json(R"({"asid":"41"})"),
        ScriptedResponse::json(json(R"({"data":[]})")));
    // A body field that is a token.
    run(QStringLiteral("set_nlp_configs"),
        QJsonObject{{QStringLiteral("nlp_enabled"), true},
                    {QStringLiteral("custom_token"), kWitToken}},
        ScriptedResponse::json(json(R"({"success":true})")));
    // Rate limited with an echo (retry_scheduled event), then a timeout (erred event).
    m_server->enqueue(graphError(613, echo));
    run(QStringLiteral("fetch_user_profile"), json(R"({"psid":"31"})"),
        ScriptedResponse::noAnswer(), quick);

    // A batch: every item carries access_token and appsecret_proof in its relative_url.
    QList<BatchItem> items;
    for (const char *psid : {"31", "32", "33"})
        items.append({QStringLiteral("label_user"),
                      QJsonObject{{QStringLiteral("label_id"), QStringLiteral("555")},
                                  {QStringLiteral("user"), QLatin1String(psid)}},
                      {},
                      {},
                      false});
    const auto plan = BatchRequest::plan(*m_client, items, pageOptions());
    QVERIFY(std::holds_alternative<CallPlan>(plan));
    m_server->enqueue(batchAnswer(
        {{200, json(R"({"success":true})")},
         {400, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), echo},
                                                                 {QStringLiteral("code"), 100}}}}},
         {200, json(R"({"success":true})")}}));
    QVERIFY(waitFor(m_client->send(std::get<CallPlan>(plan))).finished);

    // The bulk job's report goes to files and the log too.
    BulkJob job(m_client, items, pageOptions());
    m_server->enqueue(batchAnswer(
        {{400, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), echo},
                                                                 {QStringLiteral("code"), 100}}}}},
         {200, json(R"({"success":true})")},
         {200, json(R"({"success":true})")}}));
    QSignalSpy finished(&job, &BulkJob::finished);
    job.start();
    QVERIFY(finished.wait());
    m_lines.append(QJsonDocument(job.report()).toJson());

    QVERIFY(m_lines.size() >= 20);
    // The test is only meaningful if the secrets really went over the wire.
    QByteArray wire;
    for (const auto &request : m_server->requests())
        wire += request.target + request.header("authorization") + request.body;
    QVERIFY(wire.contains(kPageToken.toUtf8()));
    QVERIFY(wire.contains(kInputToken.toUtf8()));
    QVERIFY(wire.contains(kWitToken.toUtf8()));

    for (const auto &secret : secrets()) {
        const QList<QByteArray> forms{secret.toUtf8(), QUrl::toPercentEncoding(secret)};
        for (const auto &line : m_lines) {
            for (const auto &form : forms)
                QVERIFY2(
                    !line.contains(form),
                    qPrintable(QStringLiteral("%1 in %2").arg(secret, QString::fromUtf8(line))));
        }
    }
}

void TestEventRedaction::redactorNets_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("query item") << QStringLiteral("https://x/y?access_token=abc&a=1");
    QTest::newRow("proof item") << QStringLiteral("me?appsecret_proof=0123abcd");
    QTest::newRow("input_token") << QStringLiteral("/debug_token?input_token=zzz");
    QTest::newRow("known secret in prose")
        << QStringLiteral("token ") + kPageToken + QStringLiteral(" bad");
}

void TestEventRedaction::queryItemsMaskedExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("value ends at &") << QStringLiteral("a?access_token=abc&b=1")
                                     << QStringLiteral("a?access_token=[redacted]&b=1");
    QTest::newRow("any case") << QStringLiteral("X?ACCESS_TOKEN=abc")
                              << QStringLiteral("X?ACCESS_TOKEN=[redacted]");
    QTest::newRow("ends at a quote and a space")
        << QStringLiteral("{\"u\":\"p?client_secret=s1\"} custom_token=t2 x")
        << QStringLiteral("{\"u\":\"p?client_secret=[redacted]\"} custom_token=[redacted] x");
    QTest::newRow("two items") << QStringLiteral("input_token=1&appsecret_proof=2&access_token=3")
                               << QStringLiteral("input_token=[redacted]&appsecret_proof=[redacted]"
                                                 "&access_token=[redacted]");
    QTest::newRow("empty value") << QStringLiteral("q?access_token=&a=1")
                                 << QStringLiteral("q?access_token=[redacted]&a=1");
    QTest::newRow("no secret item")
        << QStringLiteral("fields=name&limit=2") << QStringLiteral("fields=name&limit=2");
    QTest::newRow("an = first, a name only like a secret's")
        << QStringLiteral("=x&my_token=1&token_access=2")
        << QStringLiteral("=x&my_token=1&token_access=2");
    QTest::newRow("a known secret twice, one as a value")
        << kPageToken + QStringLiteral(" and x=") + kPageToken
        << QStringLiteral("[redacted] and x=[redacted]");
    QTest::newRow("a secret item after a masked one, no separator lost")
        << QStringLiteral("access_token=") + kPageToken + QStringLiteral("&access_token=b")
        << QStringLiteral("access_token=[redacted]&access_token=[redacted]");
}

void TestEventRedaction::queryItemsMaskedExactly()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(m_client->redactor().redactText(text), expected);
}

void TestEventRedaction::redactorNets()
{
    QFETCH(QString, text);
    const QString cleaned = m_client->redactor().redactText(text);
    QVERIFY2(cleaned.contains(QLatin1String("[redacted]")), qPrintable(cleaned));
    for (const char *leak : {"=abc", "=0123abcd", "=zzz"})
        QVERIFY2(!cleaned.contains(QLatin1String(leak)), qPrintable(cleaned));
    QVERIFY(!cleaned.contains(kPageToken));
    // Keys that hold secrets are masked whatever their value.
    const QJsonObject object = m_client->redactor()
                                   .redact(json(R"({"access_token":"short","nested":{"secret":"s",
                                                    "token":"t","name":"keep"}})"))
                                   .toObject();
    QCOMPARE(object.value(QStringLiteral("access_token")).toString(), QStringLiteral("[redacted]"));
    const QJsonObject nested = object.value(QStringLiteral("nested")).toObject();
    QCOMPARE(nested.value(QStringLiteral("secret")).toString(), QStringLiteral("[redacted]"));
    QCOMPARE(nested.value(QStringLiteral("token")).toString(), QStringLiteral("[redacted]"));
    QCOMPARE(nested.value(QStringLiteral("name")).toString(), QStringLiteral("keep"));
    // An Authorization header keeps its scheme, never a credential in the scheme's place.
    const Redactor &redactor = m_client->redactor();
    QCOMPARE(redactor.redactHeader(QStringLiteral("authorization"),
                                   QStringLiteral("Bearer ") + kPageToken),
             QStringLiteral("Bearer [redacted]"));
    QVERIFY(
        !redactor.redactHeader(QStringLiteral("Authorization"), kPageToken + QStringLiteral(" x"))
             .contains(kPageToken));
    // A secret as a key (an answer keyed by ids, fed a token) is masked too.
    const QJsonValue keyed = m_client->redactor().redact(
        QJsonObject{{kPageToken, QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}},
                    {QStringLiteral("2"), QStringLiteral("keep")}});
    const QByteArray written = QJsonDocument(keyed.toObject()).toJson();
    QVERIFY2(!written.contains(kPageToken.toUtf8()), written.constData());
    QCOMPARE(
        keyed.toObject().value(QStringLiteral("[redacted]")).toObject().value(QStringLiteral("id")),
        QJsonValue(QStringLiteral("1")));
    QCOMPARE(keyed.toObject().value(QStringLiteral("2")).toString(), QStringLiteral("keep"));
}

QTEST_GUILESS_MAIN(TestEventRedaction)
#include "tst_eventredaction.moc"
