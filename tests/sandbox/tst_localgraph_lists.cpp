// Lists, versions and the legacy APIs against LocalGraph: cursor paging, label naming by
// version, broadcasts (schedule, status, cancel) and Messenger codes where still served,
// insights ranges, and a multipart attachment upload.
#include "sandboxharness.h"
#include "successcases.h"

#include "api/appsecretproof.h"
#include "api/graphreply.h"
#include "api/pager.h"
#include "api/sandbox/sandboxstate.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QtEndian>

using namespace mdesk;
using namespace mdesk::sandboxtest;
using api::ErrorCategory;
using api::GraphVersion;

namespace {

const GraphVersion kLegacy{3, 3};

QJsonArray dataOf(const api::GraphResult &result)
{
    return result.object().value(QStringLiteral("data")).toArray();
}

QStringList idsOf(const QJsonArray &items, const QString &key = QStringLiteral("id"))
{
    QStringList ids;
    for (const auto &item : items)
        ids.append(item.toObject().value(key).toString());
    return ids;
}

// Runs a Pager to its end.
api::GraphResult pageAll(SandboxHarness &h, const QString &op, const QJsonObject &input, int *pages)
{
    api::Pager pager(&h.client(), op, input, h.on());
    QSignalSpy finished(&pager, &api::Pager::finished);
    pager.start();
    if (!finished.wait(30000))
        return api::GraphResult::failure(
            api::GraphError::transportError(ErrorCategory::Other, QStringLiteral("test"),
                                            QStringLiteral("the pager never finished")));
    *pages = pager.pages();
    return finished.first().first().value<api::GraphResult>();
}

QString broadcastStatus(SandboxHarness &h, const QString &id)
{
    return h.call(QStringLiteral("fetch_broadcast"), {{QStringLiteral("broadcast_id"), id}})
        .object()
        .value(QStringLiteral("status"))
        .toString();
}

} // namespace

class TestLocalGraphLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsPageThroughThreePages();
    void cursorsGoBothWays();
    void otherListsPage_data();
    void otherListsPage();
    void labelNameFollowsTheVersion();
    void broadcastScheduleStatusAndCancel();
    void broadcastsAreRemovedFromV4();
    void oldVersionsAreUpgradedToTheOldestServed();
    void messengerCodeIsAPngAtTheUri();
    void insightsHonourSinceUntilAndPeriod();
    void insightsRefuseBadRanges();
    void multipartUploadThenSend();
};

void TestLocalGraphLists::labelsPageThroughThreePages()
{
    SandboxHarness h;
    int pages = 0;
    const api::GraphResult result =
        pageAll(h, QStringLiteral("list_custom_labels"), {{QStringLiteral("limit"), 3}}, &pages);
    QVERIFY2(result.isOk(), describe(result));
    QCOMPARE(pages, 3);
    QCOMPARE(idsOf(dataOf(result)), h.graph().state().page(h.pageId(0, 0))->labelOrder);
}

void TestLocalGraphLists::cursorsGoBothWays()
{
    SandboxHarness h;
    const QJsonObject first =
        h.call(QStringLiteral("list_custom_labels"), {{QStringLiteral("limit"), 3}}).object();
    QJsonObject paging = first.value(QStringLiteral("paging")).toObject();
    QVERIFY(paging.contains(QStringLiteral("next")));
    QVERIFY(!paging.contains(QStringLiteral("previous")));
    QVERIFY(
        !paging.value(QStringLiteral("next")).toString().contains(QLatin1String("access_token")));

    const QString after = paging.value(QStringLiteral("cursors"))
                              .toObject()
                              .value(QStringLiteral("after"))
                              .toString();
    const QJsonObject second =
        h.call(QStringLiteral("list_custom_labels"),
               {{QStringLiteral("limit"), 3}, {QStringLiteral("after"), after}})
            .object();
    paging = second.value(QStringLiteral("paging")).toObject();
    QVERIFY(paging.contains(QStringLiteral("previous")));
    QVERIFY(paging.contains(QStringLiteral("next")));

    const QString before = paging.value(QStringLiteral("cursors"))
                               .toObject()
                               .value(QStringLiteral("before"))
                               .toString();
    const QJsonObject back =
        h.call(QStringLiteral("list_custom_labels"),
               {{QStringLiteral("limit"), 3}, {QStringLiteral("before"), before}})
            .object();
    QCOMPARE(back.value(QStringLiteral("data")), first.value(QStringLiteral("data")));

    const api::GraphResult bad =
        h.send(QStringLiteral("list_custom_labels"),
               {{QStringLiteral("after"), QStringLiteral("bm90LWEtY3Vyc29y")}});
    QCOMPARE(bad.error().code, 100);
}

void TestLocalGraphLists::otherListsPage_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("inputKey");
    QTest::addColumn<int>("expectedPages");

    QTest::newRow("ids_for_pages of a person on four pages")
        << QStringLiteral("fetch_ids_for_page") << QStringLiteral("asid") << 4;
    QTest::newRow("ids_for_apps of a person of two apps")
        << QStringLiteral("fetch_ids_for_app") << QStringLiteral("psid") << 2;
    QTest::newRow("the user's two pages") << QStringLiteral("list_pages") << QString() << 2;
}

void TestLocalGraphLists::otherListsPage()
{
    QFETCH(QString, op);
    QFETCH(QString, inputKey);
    QFETCH(int, expectedPages);
    SandboxHarness h;
    QJsonObject input{{QStringLiteral("limit"), 1}};
    // Person 0 wrote to every page, so has an ASID in both apps.
    if (inputKey == QLatin1String("asid"))
        input.insert(inputKey, h.graph().state().persons.at(0).asidByApp.value(h.appId(0)));
    else if (inputKey == QLatin1String("psid"))
        input.insert(inputKey, h.psid(0, 0));
    int pages = 0;
    const api::GraphResult result = pageAll(h, op, input, &pages);
    QVERIFY2(result.isOk(), describe(result));
    QCOMPARE(pages, expectedPages);
    QCOMPARE(dataOf(result).size(), expectedPages);
}

void TestLocalGraphLists::labelNameFollowsTheVersion()
{
    SandboxHarness h;
    h.useVersion({11, 0});
    api::GraphResult created = h.call(QStringLiteral("create_custom_label"),
                                      {{QStringLiteral("name"), QStringLiteral("Old style")}});
    QVERIFY2(created.isOk(), describe(created));
    const QString oldId = created.object().value(QStringLiteral("id")).toString();
    api::GraphResult fetched =
        h.call(QStringLiteral("fetch_custom_label"), {{QStringLiteral("label_id"), oldId}});
    QCOMPARE(fetched.object().value(QStringLiteral("name")).toString(),
             QStringLiteral("Old style"));
    QVERIFY(!fetched.object().contains(QStringLiteral("page_label_name")));

    h.useVersion({12, 0});
    created = h.call(QStringLiteral("create_custom_label"),
                     {{QStringLiteral("name"), QStringLiteral("New style")}});
    QVERIFY2(created.isOk(), describe(created));
    fetched = h.call(QStringLiteral("fetch_custom_label"), {{QStringLiteral("label_id"), oldId}});
    QCOMPARE(fetched.object().value(QStringLiteral("page_label_name")).toString(),
             QStringLiteral("Old style"));

    // The other version's key is refused, with a message that names the right one.
    const QByteArray token = "Bearer " + h.pageToken(1, 0).toUtf8();
    HttpAnswer answer =
        h.http("POST", QStringLiteral("/v12.0/me/custom_labels"), R"({"name":"Wrong key"})",
               "application/json", {{"Authorization", token}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.error()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("page_label_name")));
    answer = h.http("POST", QStringLiteral("/v11.0/me/custom_labels"),
                    R"({"page_label_name":"Wrong key"})", "application/json",
                    {{"Authorization", token}});
    QCOMPARE(answer.status, 400);
    answer = h.http("GET", QStringLiteral("/v12.0/me/custom_labels?fields=name"), {}, {},
                    {{"Authorization", token}});
    QVERIFY(answer.error()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("nonexisting field (name)")));
}

void TestLocalGraphLists::broadcastScheduleStatusAndCancel()
{
    SandboxHarness h;
    h.useVersion(kLegacy);
    const QString creative = h.call(QStringLiteral("create_message_creative"),
                                    {{QStringLiteral("messages"), json(R"([{"text":"Sale!"}])")}})
                                 .object()
                                 .value(QStringLiteral("message_creative_id"))
                                 .toString();
    QVERIFY(!creative.isEmpty());
    const qint64 inOneHour = h.graph().state().now().addSecs(3600).toSecsSinceEpoch();
    const QString scheduled = h.call(QStringLiteral("broadcast_message"),
                                     {{QStringLiteral("message_creative_id"), creative},
                                      {QStringLiteral("schedule_time"), inOneHour},
                                      {QStringLiteral("custom_label_id"), h.labelId(0, 0)}})
                                  .object()
                                  .value(QStringLiteral("broadcast_id"))
                                  .toString();
    QCOMPARE(broadcastStatus(h, scheduled), QStringLiteral("SCHEDULED"));
    QVERIFY(
        h.call(QStringLiteral("cancel_broadcast"), {{QStringLiteral("broadcast_id"), scheduled}})
            .isOk());
    QCOMPARE(broadcastStatus(h, scheduled), QStringLiteral("CANCELED"));
    QCOMPARE(
        h.send(QStringLiteral("cancel_broadcast"), {{QStringLiteral("broadcast_id"), scheduled}})
            .error()
            .code,
        100);

    const QString now = h.call(QStringLiteral("broadcast_message"),
                               {{QStringLiteral("message_creative_id"), creative}})
                            .object()
                            .value(QStringLiteral("broadcast_id"))
                            .toString();
    QCOMPARE(broadcastStatus(h, now), QStringLiteral("IN_PROGRESS"));
    h.graph().advanceClock(60);
    QCOMPARE(broadcastStatus(h, now), QStringLiteral("FINISHED"));
    QCOMPARE(h.send(QStringLiteral("cancel_broadcast"), {{QStringLiteral("broadcast_id"), now}})
                 .error()
                 .code,
             100);

    const qint64 past = h.graph().state().now().addSecs(-60).toSecsSinceEpoch();
    const api::GraphResult late = h.send(QStringLiteral("broadcast_message"),
                                         {{QStringLiteral("message_creative_id"), creative},
                                          {QStringLiteral("schedule_time"), past}});
    QCOMPARE(late.error().code, 100);

    // The reach estimate counts the label's members.
    const QString estimate = h.call(QStringLiteral("estimate_broadcast_reach"),
                                    {{QStringLiteral("custom_label_id"), h.labelId(0, 0)}})
                                 .object()
                                 .value(QStringLiteral("reach_estimation_id"))
                                 .toString();
    // Not an op of its own: read with a plain GET, as Graph served it.
    const sandbox::LocalGraph::App &app = h.graph().apps().at(0);
    const QString proof = api::appSecretProof(app.secret, h.pageToken(0, 0));
    const HttpAnswer answer =
        h.http("GET", QStringLiteral("/v3.3/%1?appsecret_proof=%2").arg(estimate, proof), {}, {},
               {{"Authorization", "Bearer " + h.pageToken(0, 0).toUtf8()}});
    QCOMPARE(
        answer.json().toObject().value(QStringLiteral("reach_estimation")).toInt(),
        int(h.graph().state().page(h.pageId(0, 0))->labels.value(h.labelId(0, 0)).psids.size()));
}

void TestLocalGraphLists::broadcastsAreRemovedFromV4()
{
    SandboxHarness h;
    h.useVersion({4, 0});
    const api::GraphResult result =
        h.send(QStringLiteral("create_message_creative"),
               {{QStringLiteral("messages"), json(R"([{"text":"Sale!"}])")}});
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, 12);
    QCOMPARE(result.error().category, ErrorCategory::Deprecated);
    QVERIFY(result.error().message.contains(QLatin1String("v4.0")));
    QVERIFY(h.graph().state().page(h.pageId(0, 0))->creatives.isEmpty());
}

void TestLocalGraphLists::oldVersionsAreUpgradedToTheOldestServed()
{
    SandboxHarness h;
    const HttpAnswer answer = h.http("GET", QStringLiteral("/v2.6/me?fields=id"), {}, {},
                                     {{"Authorization", "Bearer " + h.pageToken(1, 0).toUtf8()}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("facebook-api-version"), QByteArray("v3.0"));
    const HttpAnswer future = h.http("GET", QStringLiteral("/v99.0/me"), {}, {},
                                     {{"Authorization", "Bearer " + h.pageToken(1, 0).toUtf8()}});
    QCOMPARE(future.status, 400);
}

void TestLocalGraphLists::messengerCodeIsAPngAtTheUri()
{
    SandboxHarness h;
    h.useVersion(kLegacy);
    const api::GraphResult result = h.call(
        QStringLiteral("create_messenger_code"),
        {{QStringLiteral("data"), QJsonObject{{QStringLiteral("ref"), QStringLiteral("table-7")}}},
         {QStringLiteral("image_size"), 300}});
    QVERIFY2(result.isOk(), describe(result));
    const QUrl uri(result.object().value(QStringLiteral("uri")).toString());
    QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
    const HttpAnswer image = h.http("GET", uri.path());
    QCOMPARE(image.status, 200);
    QCOMPARE(image.headers.value("content-type"), QByteArray("image/png"));
    QVERIFY(image.body.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(qFromBigEndian<quint32>(image.body.constData() + 16), 300u); // IHDR width

    h.useVersion({23, 0});
    QCOMPARE(h.send(QStringLiteral("create_messenger_code"), {}).error().code, 12);
}

void TestLocalGraphLists::insightsHonourSinceUntilAndPeriod()
{
    SandboxHarness h;
    const QDateTime now = h.graph().state().now();
    const QJsonObject input{
        {QStringLiteral("metrics"),
         json(
             R"(["page_messages_total_messaging_connections","page_messages_new_conversations_unique"])")},
        {QStringLiteral("since"), now.addDays(-31).toSecsSinceEpoch()},
        {QStringLiteral("until"), now.addDays(-1).toSecsSinceEpoch()}};
    const api::GraphResult daily = h.call(QStringLiteral("fetch_insights"), input);
    QVERIFY2(daily.isOk(), describe(daily));
    const QJsonArray metrics = dataOf(daily);
    QCOMPARE(metrics.size(), 2);
    const QJsonArray values = metrics.at(1).toObject().value(QStringLiteral("values")).toArray();
    QCOMPARE(values.size(), 30);
    for (const auto &value : values) {
        const QDateTime end =
            QDateTime::fromString(value.toObject().value(QStringLiteral("end_time")).toString(),
                                  QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000"));
        QVERIFY(end.isValid());
        QVERIFY(value.toObject().value(QStringLiteral("value")).toInt() >= 0);
    }
    // The same question gets the same numbers.
    QCOMPARE(dataOf(h.call(QStringLiteral("fetch_insights"), input)), metrics);

    QJsonObject weekly = input;
    weekly.insert(QStringLiteral("period"), QStringLiteral("week"));
    const QJsonArray weeklyValues = dataOf(h.call(QStringLiteral("fetch_insights"), weekly))
                                        .at(1)
                                        .toObject()
                                        .value(QStringLiteral("values"))
                                        .toArray();
    QCOMPARE(weeklyValues.size(), 30);
    QVERIFY(weeklyValues.last().toObject().value(QStringLiteral("value")).toInt() >
            values.last().toObject().value(QStringLiteral("value")).toInt());

    // Only two years are kept.
    QJsonObject ancient = input;
    ancient.insert(QStringLiteral("since"), now.addDays(-800).toSecsSinceEpoch());
    ancient.insert(QStringLiteral("until"), now.addDays(-770).toSecsSinceEpoch());
    QCOMPARE(dataOf(h.call(QStringLiteral("fetch_insights"), ancient))
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("values"))
                 .toArray(),
             QJsonArray{});
}

void TestLocalGraphLists::insightsRefuseBadRanges()
{
    SandboxHarness h;
    const QDateTime now = h.graph().state().now();
    QJsonObject input{
        {QStringLiteral("metrics"), json(R"(["page_messages_new_conversations_unique"])")},
        {QStringLiteral("since"), now.addDays(-100).toSecsSinceEpoch()},
        {QStringLiteral("until"), now.toSecsSinceEpoch()}};
    QCOMPARE(h.send(QStringLiteral("fetch_insights"), input).error().code, 100);
    input.insert(QStringLiteral("since"), now.addDays(-3).toSecsSinceEpoch());
    input.insert(QStringLiteral("period"), QStringLiteral("fortnight"));
    QCOMPARE(h.send(QStringLiteral("fetch_insights"), input).error().code, 100);
}

void TestLocalGraphLists::multipartUploadThenSend()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray bytes(4096, 'x');
    file.write(bytes);
    file.flush();

    SandboxHarness h;
    const api::GraphResult uploaded = h.call(QStringLiteral("upload_attachment"),
                                             {{QStringLiteral("type"), QStringLiteral("file")},
                                              {QStringLiteral("file"), file.fileName()},
                                              {QStringLiteral("is_reusable"), true}});
    QVERIFY2(uploaded.isOk(), describe(uploaded));
    const QString id = uploaded.object().value(QStringLiteral("attachment_id")).toString();
    const sandbox::Attachment stored =
        h.graph().state().page(h.pageId(0, 0))->attachments.value(id);
    QCOMPARE(stored.bytes, bytes.size());
    QVERIFY(stored.reusable);

    const api::GraphResult sent = h.call(
        QStringLiteral("send_message"),
        {{QStringLiteral("messaging_type"), QStringLiteral("UPDATE")},
         {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), h.psid(0, 0, 2)}}},
         {QStringLiteral("message"),
          QJsonObject{{QStringLiteral("attachment"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                   {QStringLiteral("payload"),
                                    QJsonObject{{QStringLiteral("attachment_id"), id}}}}}}}});
    QVERIFY2(sent.isOk(), describe(sent));
}

QTEST_GUILESS_MAIN(TestLocalGraphLists)
#include "tst_localgraph_lists.moc"
