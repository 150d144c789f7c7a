#include "api/appsecretproof.h"
#include "api/batchrequest.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace mdesk::api;
using namespace mdesk::apitest;

// Graph batch requests (graph-api.md section 5): the item JSON (relative_url without the
// version, access_token and appsecret_proof in it, form-encoded body), the batch call on
// the wire, and the decoding of the answer array, omitted (null) items included.
class TestBatchRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void itemForLabelUser();
    void itemForRead();
    void itemForDeleteWithBody();
    void itemOptions();
    void uploadCannotBeBatched();
    void formEncoding();
    void planLimits();
    void batchOnTheWire();
    void decodeItems();
    void decodeWholeFailure();
    void decodeOddShapes();

private:
    QJsonObject item(const QString &op, const QJsonObject &input, const BatchItem &extra = {});

    TestHttpServer *m_server = nullptr;
    GraphClient *m_client = nullptr;
};

namespace {

std::pair<QString, QUrlQuery> splitRelativeUrl(const QString &relativeUrl)
{
    const qsizetype question = relativeUrl.indexOf(QLatin1Char('?'));
    return {relativeUrl.left(question), QUrlQuery(relativeUrl.mid(question + 1))};
}

BatchItem labelItem(const QString &psid)
{
    return {QStringLiteral("label_user"),
            QJsonObject{{QStringLiteral("label_id"), QStringLiteral("555")},
                        {QStringLiteral("user"), psid}},
            {},
            {},
            false};
}

} // namespace

void TestBatchRequest::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new GraphClient(this);
    configureClient(*m_client, m_server->url());
}

void TestBatchRequest::cleanup()
{
    delete m_client;
    delete m_server;
}

QJsonObject TestBatchRequest::item(const QString &op, const QJsonObject &input,
                                   const BatchItem &extra)
{
    BatchItem batchItem = extra;
    batchItem.op = op;
    batchItem.input = input;
    const auto json = BatchRequest::itemJson(*m_client, batchItem, pageOptions());
    if (const auto *error = std::get_if<GraphError>(&json)) {
        qWarning("%s", qPrintable(error->message));
        return {};
    }
    return std::get<QJsonObject>(json);
}

void TestBatchRequest::itemForLabelUser()
{
    const QJsonObject json = item(QStringLiteral("label_user"),
                                  mdesk::apitest::json(R"({"label_id":"555","user":"31"})"));
    QCOMPARE(json.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    const auto [path, query] =
        splitRelativeUrl(json.value(QStringLiteral("relative_url")).toString());
    QCOMPARE(path, QStringLiteral("555/label")); // relative to the version, no leading slash
    QCOMPARE(query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded), kPageToken);
    QCOMPARE(query.queryItemValue(QStringLiteral("appsecret_proof")),
             appSecretProof(kAppSecret, kPageToken));
    QCOMPARE(query.queryItems().size(), 2);
    QCOMPARE(json.value(QStringLiteral("body")).toString(), QStringLiteral("user=31"));
    QVERIFY(!json.contains(QStringLiteral("name")));
    QVERIFY(
        !json.value(QStringLiteral("relative_url")).toString().contains(QLatin1String("v23.0")));
}

void TestBatchRequest::itemForRead()
{
    const QJsonObject json =
        item(QStringLiteral("fetch_user_profile"), mdesk::apitest::json(R"({"psid":"31"})"));
    QCOMPARE(json.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    const auto [path, query] =
        splitRelativeUrl(json.value(QStringLiteral("relative_url")).toString());
    QCOMPARE(path, QStringLiteral("31"));
    QCOMPARE(query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded),
             QStringLiteral("first_name,last_name,profile_pic"));
    QCOMPARE(query.queryItemValue(QStringLiteral("access_token")), kPageToken);
    QVERIFY(!json.contains(QStringLiteral("body")));

    // An app-token op carries the app token and its proof.
    const QJsonObject app =
        item(QStringLiteral("fetch_ids_for_page"), mdesk::apitest::json(R"({"asid":"41"})"));
    const auto appUrl = splitRelativeUrl(app.value(QStringLiteral("relative_url")).toString());
    QCOMPARE(appUrl.second.queryItemValue(QStringLiteral("access_token")), kAppToken);
    QCOMPARE(appUrl.second.queryItemValue(QStringLiteral("appsecret_proof")),
             appSecretProof(kAppSecret, kAppToken));
}

void TestBatchRequest::itemForDeleteWithBody()
{
    const QJsonObject json = item(QStringLiteral("unlabel_user"),
                                  mdesk::apitest::json(R"({"label_id":"555","user":"31"})"));
    QCOMPARE(json.value(QStringLiteral("method")).toString(), QStringLiteral("DELETE"));
    QCOMPARE(json.value(QStringLiteral("body")).toString(), QStringLiteral("user=31"));
}

void TestBatchRequest::itemOptions()
{
    BatchItem extra;
    extra.name = QStringLiteral("create");
    extra.dependsOn = QStringLiteral("first");
    extra.omitResponseOnSuccess = true;
    const QJsonObject json = item(QStringLiteral("create_custom_label"),
                                  mdesk::apitest::json(R"({"name":"VIP"})"), extra);
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("create"));
    QCOMPARE(json.value(QStringLiteral("depends_on")).toString(), QStringLiteral("first"));
    QCOMPARE(json.value(QStringLiteral("omit_response_on_success")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("body")).toString(), QStringLiteral("page_label_name=VIP"));
}

void TestBatchRequest::uploadCannotBeBatched()
{
    BatchItem upload{QStringLiteral("upload_attachment"),
                     json(R"({"type":"image","file":"/tmp/x.png"})"),
                     {},
                     {},
                     false};
    const auto result = BatchRequest::itemJson(*m_client, upload, pageOptions());
    QVERIFY(std::holds_alternative<GraphError>(result));
    QCOMPARE(std::get<GraphError>(result).field, QStringLiteral("file"));
}

void TestBatchRequest::formEncoding()
{
    const QString encoded = BatchRequest::formEncode(
        json(R"({"user":"a&b=c d","n":3,"flag":true,"obj":{"k":"v w"},"arr":["x","y"]})"));
    const QMap<QString, QString> fields = formFields(encoded);
    QCOMPARE(fields.value(QStringLiteral("user")), QStringLiteral("a&b=c d"));
    QCOMPARE(fields.value(QStringLiteral("n")), QStringLiteral("3"));
    QCOMPARE(fields.value(QStringLiteral("flag")), QStringLiteral("true"));
    QCOMPARE(QJsonDocument::fromJson(fields.value(QStringLiteral("obj")).toUtf8()).object(),
             json(R"({"k":"v w"})"));
    QCOMPARE(fields.value(QStringLiteral("arr")), QStringLiteral("[\"x\",\"y\"]"));
    QCOMPARE(fields.size(), 5);
    QVERIFY(!encoded.contains(QLatin1Char(' ')));
}

void TestBatchRequest::planLimits()
{
    QList<BatchItem> items;
    QVERIFY(
        std::holds_alternative<GraphError>(BatchRequest::plan(*m_client, items, pageOptions())));
    for (int i = 0; i < 51; ++i)
        items.append(labelItem(QString::number(i)));
    const auto tooMany = BatchRequest::plan(*m_client, items, pageOptions());
    QVERIFY(std::holds_alternative<GraphError>(tooMany));
    QVERIFY(std::get<GraphError>(tooMany).message.contains(QLatin1String("51")));
    items.removeLast();
    QVERIFY(std::holds_alternative<CallPlan>(BatchRequest::plan(*m_client, items, pageOptions())));

    // A bad item fails the plan, naming the item.
    items[1].input.remove(QStringLiteral("user"));
    const auto bad = BatchRequest::plan(*m_client, items, pageOptions());
    QVERIFY(std::holds_alternative<GraphError>(bad));
    QVERIFY2(std::get<GraphError>(bad).message.startsWith(QLatin1String("Item 2 (label_user)")),
             qPrintable(std::get<GraphError>(bad).message));
    QCOMPARE(std::get<GraphError>(bad).field, QStringLiteral("user"));
}

void TestBatchRequest::batchOnTheWire()
{
    const QList<BatchItem> items{labelItem(QStringLiteral("31")), labelItem(QStringLiteral("32"))};
    const auto planned = BatchRequest::plan(*m_client, items, pageOptions());
    QVERIFY(std::holds_alternative<CallPlan>(planned));
    m_server->enqueue(
        batchAnswer({{200, json(R"({"success":true})")}, {200, json(R"({"success":true})")}}));
    const Outcome outcome = waitFor(m_client->send(std::get<CallPlan>(planned)));
    QVERIFY(outcome.result.isOk());

    const RecordedRequest request = m_server->lastRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/" MDESK_DEFAULT_GRAPH_VERSION "/"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + kPageToken.toUtf8());
    QCOMPARE(request.queryValue(QStringLiteral("appsecret_proof")),
             appSecretProof(kAppSecret, kPageToken));
    QVERIFY(!request.target.contains(kPageToken.toUtf8()));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    const QJsonObject body = request.json().object();
    QCOMPARE(body.value(QStringLiteral("include_headers")), QJsonValue(false));
    const QList<QJsonObject> sent = batchItems(request);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).value(QStringLiteral("body")).toString(), QStringLiteral("user=32"));
    QVERIFY(sent.at(0)
                .value(QStringLiteral("relative_url"))
                .toString()
                .startsWith(QLatin1String("555/label?")));

    const QList<GraphResult> results = BatchRequest::decode(outcome.result, 2);
    QCOMPARE(results.size(), 2);
    QVERIFY(results.at(0).isOk());
    QCOMPARE(results.at(1).object(), json(R"({"success":true})"));
}

void TestBatchRequest::decodeItems()
{
    const QJsonArray answer{
        QJsonObject{{QStringLiteral("code"), 200},
                    {QStringLiteral("headers"), QJsonArray{}},
                    {QStringLiteral("body"), QStringLiteral(R"({"id":"9"})")}},
        QJsonValue(), // omitted: omit_response_on_success
        QJsonObject{
            {QStringLiteral("code"), 400},
            {QStringLiteral("body"),
             QStringLiteral(
                 R"({"error":{"message":"Invalid user","code":100,"error_subcode":2018001}})")}},
        QJsonObject{{QStringLiteral("code"), 200},
                    {QStringLiteral("body"), QStringLiteral("not json")}}};
    const QList<GraphResult> results = BatchRequest::decode(GraphResult::success(answer), 5);
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).object(), json(R"({"id":"9"})"));
    QVERIFY(results.at(1).isOk());
    QVERIFY(results.at(1).body().isNull());
    QCOMPARE(results.at(2).error().category, ErrorCategory::InvalidParameter);
    QCOMPARE(results.at(2).error().code, 100);
    QCOMPARE(results.at(2).error().subcode, 2018001);
    QCOMPARE(results.at(2).error().httpStatus, 400);
    QCOMPARE(results.at(3).error().transport, QStringLiteral("malformed"));
    QCOMPARE(results.at(4).error().transport, QStringLiteral("malformed")); // missing
    QVERIFY(results.at(4).error().message.contains(QLatin1String("item 5")));
    QVERIFY(!results.at(4).error().isUnknownOutcome()); // no op named: a plain failure

    // A write missing from the answer may have been applied: unknown, never "not sent".
    const QStringList ops{QStringLiteral("label_user"), QStringLiteral("fetch_user_profile")};
    const QList<GraphResult> partial =
        BatchRequest::decode(GraphResult::success(QJsonArray{}), ops);
    QVERIFY(partial.at(0).error().isUnknownOutcome());
    QVERIFY(partial.at(0).error().message.contains(QLatin1String("item 1")));
    QVERIFY(!partial.at(1).error().isUnknownOutcome());
    QCOMPARE(partial.at(1).error().transport, QStringLiteral("malformed"));
}

void TestBatchRequest::decodeWholeFailure()
{
    const GraphResult failure = GraphResult::failure(GraphError::fromGraph(
        json(R"({"message":"Invalid OAuth access token.","code":190})"), 400));
    const QList<GraphResult> results = BatchRequest::decode(failure, 3);
    QCOMPARE(results.size(), 3);
    for (const auto &result : results)
        QCOMPARE(result.error().code, 190);
}

void TestBatchRequest::decodeOddShapes()
{
    // Never a crash, always one result per item.
    const QList<QJsonValue> shapes{QJsonValue(json(R"({"data":[]})")),
                                   QJsonValue(QJsonArray{1, QStringLiteral("x"), QJsonArray{}}),
                                   QJsonValue(QStringLiteral("text")), QJsonValue()};
    for (const auto &shape : shapes) {
        const QList<GraphResult> results = BatchRequest::decode(GraphResult::success(shape), 3);
        QCOMPARE(results.size(), 3);
    }
    const QList<GraphResult> results = BatchRequest::decode(
        GraphResult::success(QJsonArray{1, QStringLiteral("x"), QJsonArray{}}), 3);
    for (const auto &result : results)
        QVERIFY(!result.isOk());
}

QTEST_GUILESS_MAIN(TestBatchRequest)
#include "tst_batchrequest.moc"
