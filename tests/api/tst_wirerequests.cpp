#include "api/appsecretproof.h"
#include "api/fieldrules.h"
#include "api/graphclient.h"
#include "api/operationtable.h"
#include "apitestkit.h"
#include "opcases.h"
#include "support/multipartbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

// Every op's representative input (opcases.cpp) as it arrives at a real HTTP server on
// loopback through GraphClient: method, versioned path, query, JSON body, Bearer token,
// appsecret_proof, and no token in the URL. Plus multipart upload, refusals before sending
// and the http:// rule.
class TestWireRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyOpIsCovered();
    void everyOpOnTheWire_data();
    void everyOpOnTheWire();
    void noProofWithoutSecret();
    void effectiveAppTokenFromSecret();
    void deleteCarriesJsonBody();
    void standardHeaders();
    void baseUrlWithPathPrefix();
    void queryAndBodyEncoding();
    void multipartUpload();
    void unreadableUploadFileSendsNothing();
    void missingRequiredFieldSendsNothing();
    void unknownKeySendsNothing_data();
    void unknownKeySendsNothing();
    void wireCasesPassTheFieldRules_data();
    void wireCasesPassTheFieldRules();
    void missingTokenSendsNothing();
    void unknownOperation();
    void graphUrlRule_data();
    void graphUrlRule();
    void redirectsAreNotFollowed();

private:
    Outcome callAndWait(const QString &op, const QJsonObject &input,
                        const CallOptions &options = pageOptions());

    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
};

void TestWireRequests::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    configureClient(*m_client, m_server->url());
}

void TestWireRequests::cleanup()
{
    delete m_client;
    delete m_server;
}

Outcome TestWireRequests::callAndWait(const QString &op, const QJsonObject &input,
                                      const CallOptions &options)
{
    return waitFor(m_client->call(op, input, options));
}

void TestWireRequests::everyOpIsCovered()
{
    QVERIFY2(opsWithoutCase().isEmpty(), qPrintable(opsWithoutCase().join(QLatin1Char(','))));
}

void TestWireRequests::everyOpOnTheWire_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < opCases().size(); ++i)
        QTest::newRow(qPrintable(opCases().at(i).tag)) << i;
}

void TestWireRequests::everyOpOnTheWire()
{
    QFETCH(int, index);
    const OpCase &c = opCases().at(index);
    configureClient(*m_client, m_server->url(), true, c.version);
    CallOptions options = pageOptions();
    options.userToken = kUserToken;
    const QString token = c.token == TokenKind::Page  ? kPageToken
                          : c.token == TokenKind::App ? kAppToken
                                                      : kUserToken;

    const Outcome outcome = callAndWait(c.op, c.input, options);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.result.isOk(),
             qPrintable(outcome.result.isOk() ? QString() : outcome.result.error().message));
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->lastRequest();

    QCOMPARE(request.method, c.method);
    QCOMPARE(request.path, c.version.toString() == QLatin1String(MDESK_DEFAULT_GRAPH_VERSION)
                               ? QStringLiteral("/" MDESK_DEFAULT_GRAPH_VERSION) + c.path
                               : QLatin1Char('/') + c.version.toString() + c.path);
    QMap<QString, QString> query = request.queryMap();
    QCOMPARE(query.size(), qsizetype(request.query.size())); // no key twice
    QCOMPARE(query.take(QStringLiteral("appsecret_proof")), appSecretProof(kAppSecret, token));
    QCOMPARE(query, c.query);

    QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + token.toUtf8());
    QVERIFY2(!request.target.contains(token.toUtf8()), request.target.constData());
    QVERIFY(!request.target.contains("access_token="));

    if (c.body) {
        QVERIFY2(request.header("content-type").startsWith("application/json"),
                 request.header("content-type").constData());
        QJsonParseError error{};
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
        QVERIFY2(body.isObject(), qPrintable(error.errorString()));
        QCOMPARE(body.object(), *c.body);
    } else {
        QVERIFY2(request.body.isEmpty(), request.body.constData());
    }
}

void TestWireRequests::noProofWithoutSecret()
{
    configureClient(*m_client, m_server->url(), false);
    const Outcome outcome = callAndWait(QStringLiteral("fetch_greeting"), {});
    QVERIFY(outcome.result.isOk());
    const RecordedRequest request = m_server->lastRequest();
    QVERIFY(!request.hasQuery(QStringLiteral("appsecret_proof")));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + kPageToken.toUtf8());
}

void TestWireRequests::effectiveAppTokenFromSecret()
{
    // No issued app token: the app token is "{app_id}|{app_secret}".
    AppConnection app = *m_client->app(kAppId);
    app.appToken.clear();
    m_client->setApp(app);
    const QString token = kAppId + QLatin1Char('|') + kAppSecret;
    const Outcome outcome = callAndWait(QStringLiteral("debug_token"),
                                        json(R"({"input_token":"INPUTTOKEN-1-abcdefgh"})"));
    QVERIFY(outcome.result.isOk());
    const RecordedRequest request = m_server->lastRequest();
    QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + token.toUtf8());
    QCOMPARE(request.queryValue(QStringLiteral("appsecret_proof")),
             appSecretProof(kAppSecret, token));
}

void TestWireRequests::deleteCarriesJsonBody()
{
    const Outcome outcome = callAndWait(QStringLiteral("reset_messenger_profile"),
                                        json(R"({"fields":["greeting","ice_breakers"]})"));
    QVERIFY(outcome.result.isOk());
    const RecordedRequest request = m_server->lastRequest();
    QCOMPARE(request.method, QByteArray("DELETE"));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QCOMPARE(request.header("content-length").toInt(), request.body.size());
    QCOMPARE(request.json().object(), json(R"({"fields":["greeting","ice_breakers"]})"));
}

void TestWireRequests::standardHeaders()
{
    QVERIFY(callAndWait(QStringLiteral("fetch_greeting"), {}).result.isOk());
    const RecordedRequest request = m_server->lastRequest();
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QVERIFY(request.header("user-agent").startsWith("MessengerDesk/"));
    QVERIFY(request.header("content-type").isEmpty());
}

void TestWireRequests::baseUrlWithPathPrefix()
{
    QUrl base = m_server->url();
    base.setPath(QStringLiteral("/graph/"));
    configureClient(*m_client, base);
    QVERIFY(callAndWait(QStringLiteral("fetch_greeting"), {}).result.isOk());
    QCOMPARE(m_server->lastRequest().path,
             QStringLiteral("/graph/" MDESK_DEFAULT_GRAPH_VERSION "/me/messenger_profile"));
}

void TestWireRequests::queryAndBodyEncoding()
{
    // Cursors are opaque: any character must come back exactly.
    const QString cursor = QStringLiteral("a+b/c==&d %25 ü?#");
    QVERIFY(callAndWait(QStringLiteral("list_custom_labels"),
                        QJsonObject{{QStringLiteral("after"), cursor}})
                .result.isOk());
    QCOMPARE(m_server->lastRequest().queryValue(QStringLiteral("after")), cursor);
    QCOMPARE(m_server->lastRequest().query.size(), 3); // fields, after, appsecret_proof

    const QString text = QStringLiteral("Grüße, {{user_first_name}} \U0001F44B \"quoted\"");
    QVERIFY(callAndWait(QStringLiteral("set_greeting"),
                        QJsonObject{{QStringLiteral("value"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("locale"), QStringLiteral("default")},
                                         {QStringLiteral("text"), text}}}}})
                .result.isOk());
    const QJsonArray greeting =
        m_server->lastRequest().json().object().value(QStringLiteral("greeting")).toArray();
    QCOMPARE(greeting.at(0).toObject().value(QStringLiteral("text")).toString(), text);
}

void TestWireRequests::multipartUpload()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("photo.png"));
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes += QByteArray(3000, '\x01') + QByteArray("\r\n--not-a-boundary\r\n") + QByteArray(10, 0);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    m_server->enqueue(ScriptedResponse::json(
        QJsonObject{{QStringLiteral("attachment_id"), QStringLiteral("A1")}}));
    const Outcome outcome =
        callAndWait(QStringLiteral("upload_attachment"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                {QStringLiteral("file"), path}});
    QVERIFY(outcome.finished);
    QVERIFY(outcome.result.isOk());
    QCOMPARE(outcome.result.object().value(QStringLiteral("attachment_id")).toString(),
             QStringLiteral("A1"));

    const RecordedRequest request = m_server->lastRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path,
             QStringLiteral("/" MDESK_DEFAULT_GRAPH_VERSION "/me/message_attachments"));
    QCOMPARE(request.queryValue(QStringLiteral("appsecret_proof")),
             appSecretProof(kAppSecret, kPageToken));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + kPageToken.toUtf8());
    QVERIFY2(request.header("content-type").startsWith("multipart/form-data"),
             request.header("content-type").constData());
    const auto parts =
        mdesk::testsupport::parseMultipart(request.header("content-type"), request.body);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).name, QByteArray("message"));
    QCOMPARE(QJsonDocument::fromJson(parts.at(0).body).object(),
             json(R"({"attachment":{"type":"image","payload":{"is_reusable":true}}})"));
    QCOMPARE(parts.at(1).name, QByteArray("filedata"));
    QCOMPARE(parts.at(1).filename, QByteArray("photo.png"));
    QCOMPARE(parts.at(1).body, bytes);
}

void TestWireRequests::unreadableUploadFileSendsNothing()
{
    const Outcome outcome =
        callAndWait(QStringLiteral("upload_attachment"),
                    json(R"({"type":"file","file":"/nonexistent/dir/report.pdf"})"));
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.result.isOk());
    QCOMPARE(outcome.result.error().category, ErrorCategory::InvalidInput);
    QCOMPARE(outcome.result.error().field, QStringLiteral("file"));
    QCOMPARE(m_client->inFlight(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestWireRequests::missingRequiredFieldSendsNothing()
{
    QSignalSpy events(m_client->events(), &EventHub::published);
    GraphReply *reply =
        m_client->call(QStringLiteral("label_user"), json(R"({"label_id":"555"})"), pageOptions());
    QSignalSpy finished(reply, &GraphReply::finished);
    const Outcome outcome = waitFor(reply);
    QVERIFY(outcome.finished);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!outcome.result.isOk());
    const GraphError &error = outcome.result.error();
    QCOMPARE(error.category, ErrorCategory::InvalidInput);
    QCOMPARE(error.field, QStringLiteral("user"));
    QVERIFY2(error.message.contains(QLatin1String("\"user\"")), qPrintable(error.message));
    QCOMPARE(
        error.toJson().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
        QJsonValue(QStringLiteral("user")));
    QCOMPARE(m_client->inFlight(), 0);
    QCOMPARE(events.count(), 0);

    // A later call is the first and only request the server ever sees.
    QVERIFY(callAndWait(QStringLiteral("fetch_greeting"), {}).result.isOk());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->request(0).method, QByteArray("GET"));
}

void TestWireRequests::unknownKeySendsNothing_data()
{
    QTest::addColumn<QString>("op");
    for (const auto &spec : OperationTable::all())
        QTest::newRow(qPrintable(spec.id)) << spec.id;
}

void TestWireRequests::unknownKeySendsNothing()
{
    // issue 13: a key the op does not know was dropped and the call ran as if nothing was
    // typed. Every op of the table refuses it before anything leaves.
    QFETCH(QString, op);
    QJsonObject input;
    for (const auto &c : opCases()) {
        if (c.op == op) {
            input = c.input;
            break;
        }
    }
    input.insert(QStringLiteral("foo"), 1);
    CallOptions options = pageOptions();
    options.userToken = kUserToken;
    QSignalSpy events(m_client->events(), &EventHub::published);
    const Outcome outcome = callAndWait(op, input, options);
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.result.isOk());
    QCOMPARE(outcome.result.error().category, ErrorCategory::InvalidInput);
    QCOMPARE(outcome.result.error().field, QStringLiteral("foo"));
    QVERIFY2(outcome.result.error().message.contains(op),
             qPrintable(outcome.result.error().message));
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(events.count(), 0);
}

void TestWireRequests::wireCasesPassTheFieldRules_data()
{
    everyOpOnTheWire_data();
}

void TestWireRequests::wireCasesPassTheFieldRules()
{
    // What Graph takes (every recipient form, sender actions, http menu items, an empty
    // locale with the composer on, ...) also passes the field rules the CLI and the GUI
    // check before sending; only operations Graph removed on the case's version are exempt.
    QFETCH(int, index);
    const OpCase &c = opCases().at(index);
    const OperationSpec *spec = OperationTable::find(c.op);
    if (spec->isRemovedOn(c.version))
        QSKIP("removed on this version; the rules say so on purpose");
    const auto violations = FieldRules::validateInput(*spec, c.input, c.version);
    QStringList why;
    for (const auto &violation : violations)
        why.append(violation.field + QStringLiteral(": ") + violation.message);
    QVERIFY2(violations.isEmpty(), qPrintable(why.join(QLatin1Char('\n'))));
}

void TestWireRequests::missingTokenSendsNothing()
{
    CallOptions options = pageOptions();
    options.pageId = QStringLiteral("9999"); // no token known for this page
    const Outcome outcome = callAndWait(QStringLiteral("fetch_greeting"), {}, options);
    QCOMPARE(outcome.result.error().category, ErrorCategory::InvalidInput);
    QCOMPARE(outcome.result.error().field, QStringLiteral("access_token"));

    const Outcome user = callAndWait(QStringLiteral("list_pages"), {}); // no user token given
    QCOMPARE(user.result.error().category, ErrorCategory::InvalidInput);
    QCOMPARE(user.result.error().field, QStringLiteral("access_token"));

    CallOptions otherApp = pageOptions();
    otherApp.appId = QStringLiteral("4242");
    const Outcome noApp = callAndWait(QStringLiteral("fetch_greeting"), {}, otherApp);
    QCOMPARE(noApp.result.error().category, ErrorCategory::InvalidInput);
    QCOMPARE(noApp.result.error().field, QStringLiteral("app_id"));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestWireRequests::unknownOperation()
{
    const Outcome outcome = callAndWait(QStringLiteral("fetch_everything"), {});
    QCOMPARE(outcome.result.error().category, ErrorCategory::InvalidInput);
    QVERIFY(outcome.result.error().message.contains(QLatin1String("fetch_everything")));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestWireRequests::graphUrlRule_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << QStringLiteral("https://graph.facebook.com") << true;
    QTest::newRow("http remote") << QStringLiteral("http://graph.facebook.com") << false;
    QTest::newRow("http private ip") << QStringLiteral("http://10.0.0.1:8080") << false;
    QTest::newRow("http loopback-looking name")
        << QStringLiteral("http://127.0.0.1.example.com") << false;
    QTest::newRow("http localhost.evil") << QStringLiteral("http://localhost.evil.com") << false;
    QTest::newRow("ftp loopback") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no host") << QStringLiteral("http:///v23.0") << false;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:9") << true;
    QTest::newRow("http 127.0.0.2") << QStringLiteral("http://127.0.0.2:9") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:9") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9") << true;
}

void TestWireRequests::graphUrlRule()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    configureClient(*m_client, QUrl(url));
    const auto planned = m_client->plan(QStringLiteral("fetch_greeting"), {}, pageOptions());
    QCOMPARE(std::holds_alternative<CallPlan>(planned), allowed);
    if (allowed)
        return;
    QCOMPARE(std::get<GraphError>(planned).field, QStringLiteral("graph_url"));

    QSignalSpy events(m_client->events(), &EventHub::published);
    const Outcome outcome = callAndWait(QStringLiteral("fetch_greeting"), {});
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.result.error().category, ErrorCategory::InvalidInput);
    QCOMPARE(outcome.result.error().field, QStringLiteral("graph_url"));
    QCOMPARE(events.count(), 0);
}

void TestWireRequests::redirectsAreNotFollowed()
{
    // Graph does not redirect API calls; following one would hand the Bearer token to
    // whatever host the Location names.
    TestHttpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    QUrl target = elsewhere.url();
    target.setPath(QStringLiteral("/v23.0/me/messenger_profile"));
    m_server->enqueue(ScriptedResponse::raw(302, "{}").withHeader("Location", target.toEncoded()));
    const Outcome outcome = callAndWait(QStringLiteral("fetch_greeting"), {});
    QVERIFY(outcome.finished);
    if (elsewhere.requestCount() > 0)
        qWarning("redirect carried Authorization: %s",
                 elsewhere.lastRequest().header("authorization").constData());
    QCOMPARE(elsewhere.requestCount(), 0);
    QVERIFY(!outcome.result.isOk());
    QCOMPARE(outcome.result.error().httpStatus, 302);
}

QTEST_GUILESS_MAIN(TestWireRequests)
#include "tst_wirerequests.moc"
