// Contract: the api/ client against LocalGraph for every op of the operation table (one
// success each), and the main error of each group plus the token and proof checks.
#include "sandboxharness.h"
#include "successcases.h"

#include "api/operationtable.h"
#include "api/sandbox/demodata.h"
#include "api/sandbox/endpoints.h"
#include "api/sandbox/sandboxstate.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace mdesk;
using namespace mdesk::sandboxtest;
using api::ErrorCategory;
using api::GraphVersion;

Q_DECLARE_METATYPE(api::ErrorCategory)

class TestLocalGraphContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOperationHasAnEndpoint();
    void everyOperationSucceeds_data();
    void everyOperationSucceeds();
    void mainErrorOfEachGroup_data();
    void mainErrorOfEachGroup();
    void missingTokenIs190();
    void unknownTokenIs190();
    void tokenOfAnotherPageIsRefused();
    void appsecretProofIsRequiredWhenTheAppSaysSo();
    void wrongAppsecretProofIsRefused();
    void appTokenOnAPageEndpointIsRefused();
    void errorsHaveGraphsShape();
};

void TestLocalGraphContract::everyOperationHasAnEndpoint()
{
    for (const auto &op : api::OperationTable::all())
        QVERIFY2(sandbox::Endpoints::forOperation(op),
                 qPrintable(QStringLiteral("LocalGraph serves no endpoint for %1 (%2 %3)")
                                .arg(op.id, QString::fromLatin1(op.method), op.path)));
}

void TestLocalGraphContract::everyOperationSucceeds_data()
{
    QTest::addColumn<QString>("op");
    for (const auto &op : api::OperationTable::all())
        QTest::newRow(qPrintable(op.id)) << op.id;
}

void TestLocalGraphContract::everyOperationSucceeds()
{
    QFETCH(QString, op);
    const SuccessCase *success = successCaseFor(op);
    QVERIFY2(success, qPrintable(QStringLiteral("no success case for the op %1: add one to "
                                                "tests/sandbox/successcases.cpp")
                                     .arg(op)));
    SandboxHarness harness;
    harness.useVersion(success->version);
    const QJsonObject input = success->prepare(harness);
    const api::GraphResult result =
        harness.call(op, input, harness.on(success->app, success->page));
    QVERIFY2(result.isOk(), describe(result));
    const QString wrong = success->check(result.body(), harness);
    QVERIFY2(wrong.isEmpty(),
             qPrintable(wrong + QStringLiteral(" in ") + QString::fromUtf8(describe(result))));
}

using InputFor = std::function<QJsonObject(SandboxHarness &)>;

void TestLocalGraphContract::mainErrorOfEachGroup_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<InputFor>("input");
    QTest::addColumn<GraphVersion>("version");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::addColumn<ErrorCategory>("category");

    const GraphVersion newest{};
    QTest::newRow("profile: greeting over 160 characters")
        << QStringLiteral("set_greeting") << InputFor([](SandboxHarness &) {
               return QJsonObject{
                   {QStringLiteral("value"),
                    QJsonArray{QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                                           {QStringLiteral("text"), QString(161, u'a')}}}}};
           })
        << newest << 100 << 0 << ErrorCategory::InvalidParameter;
    QTest::newRow("labels: unknown label id")
        << QStringLiteral("fetch_custom_label") << InputFor([](SandboxHarness &) {
               return QJsonObject{{QStringLiteral("label_id"), QStringLiteral("999")}};
           })
        << newest << 100 << 33 << ErrorCategory::InvalidParameter;
    QTest::newRow("broadcast: removed on v23.0")
        << QStringLiteral("create_message_creative") << InputFor([](SandboxHarness &) {
               return QJsonObject{{QStringLiteral("messages"), json(R"([{"text":"Hi"}])")}};
           })
        << newest << 12 << 0 << ErrorCategory::Deprecated;
    QTest::newRow("handover: unknown PSID")
        << QStringLiteral("pass_thread_control") << InputFor([](SandboxHarness &) {
               return QJsonObject{
                   {QStringLiteral("recipient"),
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("42")}}},
                   {QStringLiteral("target_app_id"), sandbox::DemoData::kPageInboxAppId}};
           })
        << newest << 100 << 2018001 << ErrorCategory::InvalidParameter;
    QTest::newRow("id_matching: PSID of another page")
        << QStringLiteral("fetch_ids_for_app") << InputFor([](SandboxHarness &h) {
               return QJsonObject{{QStringLiteral("psid"), h.psid(1, 0)}};
           })
        << newest << 100 << 33 << ErrorCategory::InvalidParameter;
    QTest::newRow("user_profile: unknown field")
        << QStringLiteral("fetch_user_profile") << InputFor([](SandboxHarness &h) {
               return QJsonObject{{QStringLiteral("psid"), h.psid(0, 0)},
                                  {QStringLiteral("fields"), QStringLiteral("first_name,email")}};
           })
        << newest << 100 << 0 << ErrorCategory::InvalidParameter;
    QTest::newRow("user_profile: unknown PSID")
        << QStringLiteral("fetch_user_profile") << InputFor([](SandboxHarness &) {
               return QJsonObject{{QStringLiteral("psid"), QStringLiteral("123456789")}};
           })
        << newest << 100 << 33 << ErrorCategory::InvalidParameter;
    QTest::newRow("insights: unknown metric")
        << QStringLiteral("fetch_insights") << InputFor([](SandboxHarness &) {
               return QJsonObject{{QStringLiteral("metrics"), json(R"(["page_fans"])")}};
           })
        << newest << 100 << 0 << ErrorCategory::InvalidParameter;
    QTest::newRow("tools: Messenger codes removed on v23.0")
        << QStringLiteral("create_messenger_code")
        << InputFor([](SandboxHarness &) { return QJsonObject{}; }) << newest << 12 << 0
        << ErrorCategory::Deprecated;
    // The table marks Messenger codes removed on every version, so the client files any
    // error of theirs under Deprecated, even where LocalGraph still serves them.
    QTest::newRow("tools: Messenger code image_size out of range on v3.3")
        << QStringLiteral("create_messenger_code") << InputFor([](SandboxHarness &) {
               return QJsonObject{{QStringLiteral("image_size"), 5000}};
           })
        << GraphVersion{3, 3} << 100 << 0 << ErrorCategory::Deprecated;
    QTest::newRow("send: sender_action with message")
        << QStringLiteral("send_message") << InputFor([](SandboxHarness &h) {
               return QJsonObject{
                   {QStringLiteral("messaging_type"), QStringLiteral("RESPONSE")},
                   {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), h.psid(0, 0)}}},
                   {QStringLiteral("sender_action"), QStringLiteral("typing_on")},
                   {QStringLiteral("message"),
                    QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}}}};
           })
        << newest << 100 << 0 << ErrorCategory::InvalidParameter;
    QTest::newRow("send: MESSAGE_TAG without tag")
        << QStringLiteral("send_message") << InputFor([](SandboxHarness &h) {
               return QJsonObject{
                   {QStringLiteral("messaging_type"), QStringLiteral("MESSAGE_TAG")},
                   {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), h.psid(0, 0)}}},
                   {QStringLiteral("message"),
                    QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}}}};
           })
        << newest << 100 << 0 << ErrorCategory::InvalidParameter;
    QTest::newRow("send: unknown recipient")
        << QStringLiteral("send_message") << InputFor([](SandboxHarness &) {
               return QJsonObject{{QStringLiteral("messaging_type"), QStringLiteral("RESPONSE")},
                                  {QStringLiteral("recipient"),
                                   QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}},
                                  {QStringLiteral("message"),
                                   QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}}}};
           })
        << newest << 100 << 2018001 << ErrorCategory::InvalidParameter;
    QTest::newRow("accounts: debug_token of another app's token")
        << QStringLiteral("debug_token") << InputFor([](SandboxHarness &h) {
               return QJsonObject{{QStringLiteral("input_token"), h.pageToken(1, 0)}};
           })
        << newest << 100 << 0 << ErrorCategory::InvalidParameter;
    QTest::newRow("conversations: unknown field")
        << QStringLiteral("list_conversations") << InputFor([](SandboxHarness &) {
               return QJsonObject{
                   {QStringLiteral("fields"), QStringLiteral("participants,colour")}};
           })
        << newest << 100 << 0 << ErrorCategory::InvalidParameter;
    QTest::newRow("conversations: another page's thread")
        << QStringLiteral("fetch_conversation_messages") << InputFor([](SandboxHarness &h) {
               return QJsonObject{
                   {QStringLiteral("conversation_id"),
                    h.graph().state().page(h.pageId(1, 0))->contacts.all().at(0).threadId}};
           })
        << newest << 100 << 33 << ErrorCategory::InvalidParameter;
    QTest::newRow("personas: unknown persona")
        << QStringLiteral("fetch_persona") << InputFor([](SandboxHarness &) {
               return QJsonObject{{QStringLiteral("persona_id"), QStringLiteral("999")}};
           })
        << newest << 100 << 33 << ErrorCategory::InvalidParameter;
    QTest::newRow("tools: unknown webhook field")
        << QStringLiteral("subscribe_to_page_webhooks") << InputFor([](SandboxHarness &) {
               return QJsonObject{
                   {QStringLiteral("subscribed_fields"), json(R"(["messages","tweets"])")}};
           })
        << newest << 100 << 0 << ErrorCategory::InvalidParameter;
}

void TestLocalGraphContract::mainErrorOfEachGroup()
{
    QFETCH(QString, op);
    QFETCH(InputFor, input);
    QFETCH(GraphVersion, version);
    QFETCH(int, code);
    QFETCH(int, subcode);
    QFETCH(ErrorCategory, category);

    SandboxHarness harness;
    harness.useVersion(version);
    const api::GraphResult result = harness.send(op, input(harness));
    QVERIFY2(!result.isOk(), describe(result));
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().subcode, subcode);
    QCOMPARE(result.error().category, category);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!result.error().fbtraceId.isEmpty());
}

void TestLocalGraphContract::missingTokenIs190()
{
    SandboxHarness harness;
    const HttpAnswer answer =
        harness.http("GET", QStringLiteral("/v23.0/me/messenger_profile?fields=greeting"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.error().value(QStringLiteral("code")).toInt(), 190);
    QCOMPARE(answer.error().value(QStringLiteral("type")).toString(),
             QStringLiteral("OAuthException"));
    QVERIFY(answer.headers.value("www-authenticate").startsWith("OAuth \"Facebook Platform\""));
}

void TestLocalGraphContract::unknownTokenIs190()
{
    SandboxHarness harness;
    harness.client().setPageToken(harness.appId(1), harness.pageId(1, 0),
                                  QStringLiteral("not-a-token"));
    const api::GraphResult result =
        harness.call(QStringLiteral("fetch_greeting"), {}, harness.on(1, 0));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, 190);
    QCOMPARE(result.error().httpStatus, 400);
    QCOMPARE(result.error().category, ErrorCategory::Auth);
}

void TestLocalGraphContract::tokenOfAnotherPageIsRefused()
{
    SandboxHarness harness;
    // Page 1's token used for page 2's node.
    harness.client().setPageToken(harness.appId(0), harness.pageId(0, 1), harness.pageToken(0, 0));
    const api::GraphResult result = harness.call(
        QStringLiteral("subscribe_to_page_webhooks"),
        {{QStringLiteral("subscribed_fields"), json(R"(["messages"])")}}, harness.on(0, 1));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, 100);
    QCOMPARE(result.error().subcode, 33);
    QCOMPARE(result.error().type, QStringLiteral("GraphMethodException"));
    QVERIFY(result.error().message.contains(harness.pageId(0, 1)));
    QVERIFY(harness.graph().state().page(harness.pageId(0, 1))->subscribedFields.isEmpty());
}

void TestLocalGraphContract::appsecretProofIsRequiredWhenTheAppSaysSo()
{
    SandboxHarness harness;
    // App 0 has "Require App Secret" on; a client that knows no secret sends no proof.
    api::AppConnection app = *harness.client().app(harness.appId(0));
    app.appSecret.clear();
    harness.client().setApp(app);
    const api::GraphResult result =
        harness.call(QStringLiteral("fetch_greeting"), {}, harness.on(0, 0));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, 100);
    QCOMPARE(result.error().message,
             QStringLiteral("API calls from the server require an appsecret_proof argument"));

    // App 1 does not require it.
    api::AppConnection other = *harness.client().app(harness.appId(1));
    other.appSecret.clear();
    harness.client().setApp(other);
    QVERIFY(harness.call(QStringLiteral("fetch_greeting"), {}, harness.on(1, 0)).isOk());

    // Switched on at run time, through the C++ API.
    harness.graph().setRequireAppSecretProof(harness.appId(1), true);
    QCOMPARE(harness.call(QStringLiteral("fetch_greeting"), {}, harness.on(1, 0)).error().code,
             100);
}

void TestLocalGraphContract::wrongAppsecretProofIsRefused()
{
    SandboxHarness harness;
    api::AppConnection app = *harness.client().app(harness.appId(1));
    app.appSecret = QStringLiteral("not-the-secret");
    harness.client().setApp(app);
    const api::GraphResult result =
        harness.call(QStringLiteral("fetch_greeting"), {}, harness.on(1, 0));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, 100);
    QCOMPARE(result.error().message,
             QStringLiteral("Invalid appsecret_proof provided in the API argument"));
    QCOMPARE(result.error().type, QStringLiteral("GraphMethodException"));
}

void TestLocalGraphContract::appTokenOnAPageEndpointIsRefused()
{
    SandboxHarness harness;
    const QString appToken = harness.graph().apps().at(1).appToken;
    const HttpAnswer answer =
        harness.http("GET", QStringLiteral("/v23.0/me/messenger_profile?fields=greeting"), {}, {},
                     {{"Authorization", "Bearer " + appToken.toUtf8()}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error().value(QStringLiteral("code")).toInt(), 210);
}

void TestLocalGraphContract::errorsHaveGraphsShape()
{
    SandboxHarness harness;
    const HttpAnswer answer =
        harness.http("GET", QStringLiteral("/v23.0/me/messenger_profile?fields=colour"), {}, {},
                     {{"Authorization", "Bearer " + harness.pageToken(1, 0).toUtf8()}});
    QCOMPARE(answer.status, 400);
    const QJsonObject error = answer.error();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), 100);
    QCOMPARE(error.value(QStringLiteral("error_subcode")).toInt(), 2018247);
    QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("OAuthException"));
    QVERIFY(error.value(QStringLiteral("message")).toString().startsWith(QLatin1String("(#100) ")));
    QCOMPARE(error.value(QStringLiteral("fbtrace_id")).toString().toUtf8(),
             answer.headers.value("x-fb-trace-id"));
    QVERIFY(answer.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(answer.headers.value("facebook-api-version"), QByteArray("v23.0"));
}

QTEST_GUILESS_MAIN(TestLocalGraphContract)
#include "tst_localgraph_contract.moc"
