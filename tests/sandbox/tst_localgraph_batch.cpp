// Batch requests against LocalGraph: the api/ BatchRequest with depends_on and result
// references, and raw batches for per-item tokens, form encoding, limits and omission.
#include "sandboxharness.h"

#include "api/appsecretproof.h"
#include "api/batchrequest.h"
#include "api/graphreply.h"
#include "api/sandbox/sandboxstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace mdesk;
using namespace mdesk::sandboxtest;

namespace {

// A raw batch item for a page of the demo data, with its own token and proof.
QJsonObject rawItem(SandboxHarness &h, int app, int page, const QString &method,
                    const QString &pathAndQuery, const QString &body = {})
{
    const QString token = h.pageToken(app, page);
    const QString proof = api::appSecretProof(h.graph().apps().at(app).secret, token);
    const QString separator =
        pathAndQuery.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
    QJsonObject item{{QStringLiteral("method"), method},
                     {QStringLiteral("relative_url"),
                      pathAndQuery + separator +
                          QStringLiteral("access_token=%1&appsecret_proof=%2").arg(token, proof)}};
    if (!body.isEmpty())
        item.insert(QStringLiteral("body"), body);
    return item;
}

HttpAnswer postBatch(SandboxHarness &h, const QJsonArray &items, bool includeHeaders = false)
{
    const QJsonObject body{{QStringLiteral("batch"), items},
                           {QStringLiteral("include_headers"), includeHeaders}};
    return h.http("POST", QStringLiteral("/v23.0/"),
                  QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                  {{"Authorization", "Bearer " + h.pageToken(1, 0).toUtf8()}});
}

QJsonObject itemBody(const QJsonValue &answer)
{
    return QJsonDocument::fromJson(
               answer.toObject().value(QStringLiteral("body")).toString().toUtf8())
        .object();
}

} // namespace

class TestLocalGraphBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThenLabelByReference();
    void itemsCarryTheirOwnTokens();
    void formEncodedBatchWorks();
    void failedDependencyIsNotRun();
    void omittedResponsesCanBeAskedFor();
    void headersAreIncludedByDefault();
    void moreThanFiftyItemsAreRefused();
    void everyItemCountsAgainstTheLimits();
};

void TestLocalGraphBatch::createThenLabelByReference()
{
    SandboxHarness h;
    const QString psid = h.psid(0, 0, 1);
    const QString reference = QStringLiteral("{result=create:$.id}");
    const QList<api::BatchItem> items{
        {QStringLiteral("create_custom_label"),
         {{QStringLiteral("name"), QStringLiteral("From a batch")}},
         QStringLiteral("create"),
         {},
         false},
        {QStringLiteral("label_user"),
         {{QStringLiteral("label_id"), reference}, {QStringLiteral("user"), psid}},
         {},
         QStringLiteral("create"),
         false},
        {QStringLiteral("fetch_custom_label"),
         {{QStringLiteral("label_id"), reference}},
         {},
         QStringLiteral("create"),
         false},
    };
    auto planned = api::BatchRequest::plan(h.client(), items, h.on());
    QVERIFY(std::holds_alternative<api::CallPlan>(planned));
    const api::GraphResult batch =
        h.wait(h.client().send(std::get<api::CallPlan>(std::move(planned))));
    QVERIFY2(batch.isOk(), describe(batch));
    const QList<api::GraphResult> results = api::BatchRequest::decode(batch, int(items.size()));

    // Graph omits the answer of a named item that others depend on.
    QVERIFY(results.at(0).isOk());
    QVERIFY(batch.body().toArray().at(0).isNull());
    QVERIFY2(results.at(1).isOk(), describe(results.at(1)));
    QCOMPARE(results.at(1).object().value(QStringLiteral("success")).toBool(), true);
    QVERIFY2(results.at(2).isOk(), describe(results.at(2)));
    QCOMPARE(results.at(2).object().value(QStringLiteral("page_label_name")).toString(),
             QStringLiteral("From a batch"));

    const QString labelId = results.at(2).object().value(QStringLiteral("id")).toString();
    const sandbox::PageState &page = *h.graph().state().page(h.pageId(0, 0));
    QCOMPARE(page.labels.value(labelId).psids, QStringList{psid});
}

void TestLocalGraphBatch::itemsCarryTheirOwnTokens()
{
    SandboxHarness h;
    const HttpAnswer answer = postBatch(
        h, {rawItem(h, 0, 0, QStringLiteral("GET"), QStringLiteral("me?fields=name")),
            rawItem(h, 1, 1, QStringLiteral("GET"), QStringLiteral("v23.0/me?fields=name")),
            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("relative_url"), QStringLiteral("me?fields=name")}}});
    QCOMPARE(answer.status, 200);
    const QJsonArray items = answer.json().toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(itemBody(items.at(0)).value(QStringLiteral("name")).toString(),
             QStringLiteral("Bluebird Bakery"));
    QCOMPARE(itemBody(items.at(1)).value(QStringLiteral("name")).toString(),
             QStringLiteral("Northwind Bike Repair"));
    // No token of its own: the batch's token (Northwind Outdoor Gear).
    QCOMPARE(itemBody(items.at(2)).value(QStringLiteral("name")).toString(),
             QStringLiteral("Northwind Outdoor Gear"));
}

void TestLocalGraphBatch::formEncodedBatchWorks()
{
    SandboxHarness h;
    const QJsonArray items{
        rawItem(h, 1, 0, QStringLiteral("POST"), QStringLiteral("me/custom_labels"),
                QStringLiteral("page_label_name=Form%20label")),
        rawItem(h, 1, 0, QStringLiteral("GET"), QStringLiteral("me/custom_labels?limit=100"))};
    const QByteArray form =
        "access_token=" + QUrl::toPercentEncoding(h.pageToken(1, 0)) + "&batch=" +
        QUrl::toPercentEncoding(
            QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
    const HttpAnswer answer =
        h.http("POST", QStringLiteral("/v23.0/"), form, "application/x-www-form-urlencoded");
    QCOMPARE(answer.status, 200);
    const QJsonArray answers = answer.json().toArray();
    QCOMPARE(answers.at(0).toObject().value(QStringLiteral("code")).toInt(), 200);
    const QJsonArray labels = itemBody(answers.at(1)).value(QStringLiteral("data")).toArray();
    QCOMPARE(labels.last().toObject().value(QStringLiteral("page_label_name")).toString(),
             QStringLiteral("Form label"));
}

void TestLocalGraphBatch::failedDependencyIsNotRun()
{
    SandboxHarness h;
    QJsonObject first = rawItem(h, 1, 0, QStringLiteral("POST"), QStringLiteral("me/custom_labels"),
                                QStringLiteral("colour=blue"));
    first.insert(QStringLiteral("name"), QStringLiteral("create"));
    QJsonObject second =
        rawItem(h, 1, 0, QStringLiteral("POST"), QStringLiteral("{result=create:$.id}/label"),
                QStringLiteral("user=") + h.psid(1, 0));
    second.insert(QStringLiteral("depends_on"), QStringLiteral("create"));
    const QJsonArray answers = postBatch(h, {first, second}).json().toArray();
    QCOMPARE(answers.at(0).toObject().value(QStringLiteral("code")).toInt(), 400);
    QCOMPARE(itemBody(answers.at(0))
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             100);
    QCOMPARE(answers.at(1).toObject().value(QStringLiteral("code")).toInt(), 400);
    QVERIFY(itemBody(answers.at(1))
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("create")));
}

void TestLocalGraphBatch::omittedResponsesCanBeAskedFor()
{
    SandboxHarness h;
    QJsonObject named = rawItem(h, 1, 0, QStringLiteral("POST"), QStringLiteral("me/custom_labels"),
                                QStringLiteral("page_label_name=Kept"));
    named.insert(QStringLiteral("name"), QStringLiteral("label"));
    named.insert(QStringLiteral("omit_response_on_success"), false);
    QJsonObject user = rawItem(h, 1, 0, QStringLiteral("GET"),
                               QStringLiteral("{result=label:$.id}?fields=page_label_name"));
    QJsonObject quiet = rawItem(h, 1, 0, QStringLiteral("GET"), QStringLiteral("me?fields=id"));
    quiet.insert(QStringLiteral("omit_response_on_success"), true);
    const QJsonArray answers = postBatch(h, {named, user, quiet}).json().toArray();
    QVERIFY(!itemBody(answers.at(0)).value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(itemBody(answers.at(1)).value(QStringLiteral("page_label_name")).toString(),
             QStringLiteral("Kept"));
    QVERIFY(answers.at(2).isNull());
}

void TestLocalGraphBatch::headersAreIncludedByDefault()
{
    SandboxHarness h;
    const QJsonObject body{
        {QStringLiteral("batch"),
         QJsonArray{rawItem(h, 1, 0, QStringLiteral("GET"), QStringLiteral("me"))}}};
    const HttpAnswer answer =
        h.http("POST", QStringLiteral("/v23.0/"), QJsonDocument(body).toJson(), "application/json",
               {{"Authorization", "Bearer " + h.pageToken(1, 0).toUtf8()}});
    const QJsonArray headers =
        answer.json().toArray().at(0).toObject().value(QStringLiteral("headers")).toArray();
    QStringList names;
    for (const auto &header : headers)
        names.append(header.toObject().value(QStringLiteral("name")).toString());
    QVERIFY(names.contains(QStringLiteral("Content-Type")));
    QVERIFY(!postBatch(h, {rawItem(h, 1, 0, QStringLiteral("GET"), QStringLiteral("me"))})
                 .json()
                 .toArray()
                 .at(0)
                 .toObject()
                 .contains(QStringLiteral("headers")));
}

void TestLocalGraphBatch::moreThanFiftyItemsAreRefused()
{
    SandboxHarness h;
    QJsonArray items;
    for (int i = 0; i < 51; ++i)
        items.append(rawItem(h, 1, 0, QStringLiteral("GET"), QStringLiteral("me")));
    const HttpAnswer answer = postBatch(h, items);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error().value(QStringLiteral("type")).toString(),
             QStringLiteral("GraphBatchException"));
    QVERIFY(
        answer.error().value(QStringLiteral("message")).toString().contains(QLatin1String("50")));
    items.removeLast();
    QCOMPARE(postBatch(h, items).json().toArray().size(), 50);
}

void TestLocalGraphBatch::everyItemCountsAgainstTheLimits()
{
    SandboxHarness h;
    sandbox::CallBudget budget;
    budget.pageCalls = 2;
    h.graph().setBudget(budget);
    const QJsonArray answers =
        postBatch(h, {rawItem(h, 1, 0, QStringLiteral("GET"), QStringLiteral("me")),
                      rawItem(h, 1, 0, QStringLiteral("GET"), QStringLiteral("me")),
                      rawItem(h, 1, 0, QStringLiteral("GET"), QStringLiteral("me"))})
            .json()
            .toArray();
    QCOMPARE(answers.at(1).toObject().value(QStringLiteral("code")).toInt(), 200);
    QCOMPARE(itemBody(answers.at(2))
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             32);
}

QTEST_GUILESS_MAIN(TestLocalGraphBatch)
#include "tst_localgraph_batch.moc"
