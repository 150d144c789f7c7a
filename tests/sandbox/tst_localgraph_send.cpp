// The Send API as Graph enforces it (graph-api.md sections 3, 6 and 7): the 24-hour window,
// HUMAN_AGENT's 7 days, retired tags, unavailable people, unknown PSIDs, sender actions, a
// restricted Page; what was sent lands in the thread and in GET /__sandbox/state, also
// through batch requests. Through the api/ client over loopback.
#include "sandboxharness.h"

#include "api/batchrequest.h"
#include "api/sandbox/sandboxstate.h"

#include <QJsonArray>
#include <QTest>

using namespace mdesk;
using namespace mdesk::sandboxtest;

namespace {

QJsonObject textTo(const QString &psid, const QString &type, const QString &tag = {})
{
    QJsonObject input{
        {QStringLiteral("messaging_type"), type},
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), psid}}},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("text"), QStringLiteral("Your order is ready.")}}}};
    if (!tag.isEmpty())
        input.insert(QStringLiteral("tag"), tag);
    return input;
}

// PSIDs of page (0, 0)'s contacts as the state lists them, filtered.
QStringList contacts(SandboxHarness &h, bool windowOpen, bool unavailable = false)
{
    QStringList psids;
    for (const QJsonValue &contact : h.pageState()[QLatin1String("contacts")].toArray()) {
        if (contact[QLatin1String("window_open")].toBool() == windowOpen &&
            contact[QLatin1String("unavailable")].toBool() == unavailable)
            psids.append(contact[QLatin1String("psid")].toString());
    }
    return psids;
}

// POST /me/messages with no client in between: the client may refuse some of these inputs
// before sending (retired tags), and these tests are about what Graph answers.
HttpAnswer sendRaw(SandboxHarness &h, const QJsonObject &input)
{
    return h.graphCall("POST", QStringLiteral("/me/messages"), input);
}

QJsonArray sentMessages(SandboxHarness &h)
{
    return h.pageState()[QLatin1String("sent_messages")].toArray();
}

} // namespace

class TestLocalGraphSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updateInsideTheWindowIsSent();
    void updateOutsideTheWindowIs2018278();
    void controlEndpointOpensAndClosesTheWindow();
    void humanAgentWithinSevenDays();
    void retiredTagsAre100_data();
    void retiredTagsAre100();
    void unavailablePersonIs551();
    void unknownPsidIs2018001();
    void senderActionNeedsNoMessagingType();
    void sentMessagesListExactlyTheSuccessfulSends();
    void batchItemsFollowTheSameRules();
    void aSentMessageJoinsTheThread();
    void restrictedPageIs1893063();
    void otherRecipientFormsAreAccepted_data();
    void otherRecipientFormsAreAccepted();
    void personaMustBeThePagesOwn();
};

void TestLocalGraphSend::updateInsideTheWindowIsSent()
{
    SandboxHarness h;
    const QStringList open = contacts(h, true);
    QVERIFY(!open.isEmpty());
    const api::GraphResult result =
        h.call(QStringLiteral("send_message"), textTo(open.first(), QStringLiteral("UPDATE")));
    QVERIFY2(result.isOk(), describe(result));
    QCOMPARE(result.object().value(QStringLiteral("recipient_id")).toString(), open.first());
    QVERIFY(result.object().value(QStringLiteral("message_id")).toString().startsWith(u"m_"));
}

void TestLocalGraphSend::updateOutsideTheWindowIs2018278()
{
    SandboxHarness h;
    const QStringList closed = contacts(h, false);
    QVERIFY(!closed.isEmpty());
    for (const QString &type : {QStringLiteral("UPDATE"), QStringLiteral("RESPONSE")}) {
        const api::GraphResult result =
            h.send(QStringLiteral("send_message"), textTo(closed.first(), type));
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().code, 10);
        QCOMPARE(result.error().subcode, 2018278);
        QVERIFY(result.error().message.contains(QLatin1String("outside of allowed window")));
    }
    QCOMPARE(sentMessages(h), QJsonArray{});
}

void TestLocalGraphSend::controlEndpointOpensAndClosesTheWindow()
{
    SandboxHarness h;
    const QString psid = contacts(h, false).first();
    const QDateTime now = h.graph().state().now();
    QVERIFY(h.setLastInbound(psid, now.addSecs(-3600)));
    QVERIFY2(
        h.call(QStringLiteral("send_message"), textTo(psid, QStringLiteral("RESPONSE"))).isOk(),
        "an hour after the person wrote, the window is open");

    // ISO text works too; 25 hours ago closes it.
    const HttpAnswer closed = h.control(
        "POST", QStringLiteral("/__sandbox/contacts"),
        {{QStringLiteral("psid"), psid},
         {QStringLiteral("last_inbound"), now.addSecs(-25 * 3600).toString(Qt::ISODate)}});
    QCOMPARE(closed.status, 200);
    QCOMPARE(closed.json()[QLatin1String("window_open")].toBool(), false);
    QCOMPARE(h.send(QStringLiteral("send_message"), textTo(psid, QStringLiteral("RESPONSE")))
                 .error()
                 .subcode,
             2018278);

    // Nonsense is refused with the reason.
    const HttpAnswer bad = h.control(
        "POST", QStringLiteral("/__sandbox/contacts"),
        {{QStringLiteral("psid"), psid}, {QStringLiteral("last_inbound"), QStringLiteral("soon")}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json()[QLatin1String("error")].toString().contains(QLatin1String("last_inbound")));
}

void TestLocalGraphSend::humanAgentWithinSevenDays()
{
    SandboxHarness h;
    const QString psid = h.psid(0, 0, 0);
    const QDateTime now = h.graph().state().now();
    QVERIFY(h.setLastInbound(psid, now.addDays(-5)));
    const api::GraphResult day5 =
        h.call(QStringLiteral("send_message"),
               textTo(psid, QStringLiteral("MESSAGE_TAG"), QStringLiteral("HUMAN_AGENT")));
    QVERIFY2(day5.isOk(), describe(day5));
    QCOMPARE(h.send(QStringLiteral("send_message"), textTo(psid, QStringLiteral("UPDATE")))
                 .error()
                 .subcode,
             2018278);

    QVERIFY(h.setLastInbound(psid, now.addDays(-8)));
    const api::GraphResult day8 =
        h.send(QStringLiteral("send_message"),
               textTo(psid, QStringLiteral("MESSAGE_TAG"), QStringLiteral("HUMAN_AGENT")));
    QVERIFY(!day8.isOk());
    QCOMPARE(day8.error().code, 10);
    QCOMPARE(day8.error().subcode, 2018278);
    QCOMPARE(sentMessages(h).size(), 1);
    QCOMPARE(sentMessages(h).at(0)[QLatin1String("tag")].toString(), QStringLiteral("HUMAN_AGENT"));
}

void TestLocalGraphSend::retiredTagsAre100_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("CONFIRMED_EVENT_UPDATE") << QStringLiteral("CONFIRMED_EVENT_UPDATE");
    QTest::newRow("POST_PURCHASE_UPDATE") << QStringLiteral("POST_PURCHASE_UPDATE");
    QTest::newRow("ACCOUNT_UPDATE") << QStringLiteral("ACCOUNT_UPDATE");
    QTest::newRow("a legacy tag") << QStringLiteral("ISSUE_RESOLUTION");
}

void TestLocalGraphSend::retiredTagsAre100()
{
    QFETCH(QString, tag);
    SandboxHarness h;
    // Inside the window, so only the tag can be wrong.
    const QString psid = contacts(h, true).first();
    const HttpAnswer answer = sendRaw(h, textTo(psid, QStringLiteral("MESSAGE_TAG"), tag));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error().value(QStringLiteral("code")).toInt(), 100);
    const QString message = answer.error().value(QStringLiteral("message")).toString();
    QVERIFY(message.contains(tag));
    QVERIFY(message.contains(QLatin1String("HUMAN_AGENT")));
    QCOMPARE(sentMessages(h), QJsonArray{});
}

void TestLocalGraphSend::unavailablePersonIs551()
{
    SandboxHarness h;
    const QStringList gone = contacts(h, true, true) + contacts(h, false, true);
    QVERIFY(gone.size() >= 2);
    const api::GraphResult result =
        h.send(QStringLiteral("send_message"), textTo(gone.first(), QStringLiteral("RESPONSE")));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, 551);
    QCOMPARE(result.error().subcode, 1545041);

    // Made unavailable through the control endpoint.
    const QString psid = contacts(h, true).first();
    QCOMPARE(h.control("POST", QStringLiteral("/__sandbox/contacts"),
                       {{QStringLiteral("psid"), psid}, {QStringLiteral("unavailable"), true}})
                 .status,
             200);
    QCOMPARE(h.send(QStringLiteral("send_message"), textTo(psid, QStringLiteral("RESPONSE")))
                 .error()
                 .code,
             551);
}

void TestLocalGraphSend::unknownPsidIs2018001()
{
    SandboxHarness h;
    const api::GraphResult result =
        h.send(QStringLiteral("send_message"),
               textTo(QStringLiteral("1234567"), QStringLiteral("UPDATE")));
    QCOMPARE(result.error().code, 100);
    QCOMPARE(result.error().subcode, 2018001);
    // A PSID of another page is no user of this one.
    QCOMPARE(h.send(QStringLiteral("send_message"), textTo(h.psid(1, 0), QStringLiteral("UPDATE")))
                 .error()
                 .subcode,
             2018001);
}

void TestLocalGraphSend::senderActionNeedsNoMessagingType()
{
    SandboxHarness h;
    // Even outside the window: a typing indicator is no message.
    const QString psid = contacts(h, false).first();
    for (const QString &action : {QStringLiteral("typing_on"), QStringLiteral("mark_seen")}) {
        const HttpAnswer answer =
            h.graphCall("POST", QStringLiteral("/me/messages"),
                        {{QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), psid}}},
                         {QStringLiteral("sender_action"), action}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()[QLatin1String("recipient_id")].toString(), psid);
        QVERIFY(!answer.json().toObject().contains(QStringLiteral("message_id")));
    }
    const QJsonObject page = h.pageState();
    QCOMPARE(page[QLatin1String("sender_actions")].toInt(), 2);
    QCOMPARE(page[QLatin1String("sent_messages")].toArray(), QJsonArray{});
}

void TestLocalGraphSend::sentMessagesListExactlyTheSuccessfulSends()
{
    SandboxHarness h;
    const QStringList open = contacts(h, true);
    const QStringList closed = contacts(h, false);
    const QString gone = contacts(h, true, true).value(0, contacts(h, false, true).value(0));
    const QList<QJsonObject> inputs{
        textTo(open.at(0), QStringLiteral("RESPONSE")),
        textTo(closed.at(0), QStringLiteral("UPDATE")),
        textTo(open.at(1), QStringLiteral("MESSAGE_TAG"), QStringLiteral("POST_PURCHASE_UPDATE")),
        textTo(gone, QStringLiteral("UPDATE")),
        textTo(QStringLiteral("42"), QStringLiteral("UPDATE")),
        textTo(open.at(1), QStringLiteral("UPDATE")),
        textTo(open.at(0), QStringLiteral("UPDATE"))};
    QJsonArray expected;
    for (const QJsonObject &input : inputs) {
        const HttpAnswer answer = sendRaw(h, input);
        if (answer.status != 200)
            continue;
        expected.append(QJsonObject{
            {QStringLiteral("recipient_id"), answer.json()[QLatin1String("recipient_id")]},
            {QStringLiteral("message_id"), answer.json()[QLatin1String("message_id")]},
            {QStringLiteral("messaging_type"), input.value(QStringLiteral("messaging_type"))}});
    }
    QCOMPARE(expected.size(), 3);
    QJsonArray listed;
    for (const QJsonValue &sent : sentMessages(h)) {
        QJsonObject entry = sent.toObject();
        QVERIFY(QDateTime::fromString(entry.take(QStringLiteral("at")).toString(), Qt::ISODate)
                    .isValid());
        listed.append(entry);
    }
    QCOMPARE(listed, expected);
    QCOMPARE(h.pageState()[QLatin1String("messages_sent")].toInt(), 3);
}

void TestLocalGraphSend::batchItemsFollowTheSameRules()
{
    SandboxHarness h;
    const QStringList open = contacts(h, true);
    const QStringList closed = contacts(h, false);
    QList<api::BatchItem> items;
    for (int i = 0; i < 4; ++i) {
        items.append({QStringLiteral("send_message"),
                      textTo(open.at(i), QStringLiteral("UPDATE")),
                      {},
                      {},
                      false});
        items.append({QStringLiteral("send_message"),
                      textTo(closed.at(i), QStringLiteral("UPDATE")),
                      {},
                      {},
                      false});
    }
    auto planned = api::BatchRequest::plan(h.client(), items, h.on());
    QVERIFY(std::holds_alternative<api::CallPlan>(planned));
    const api::GraphResult batch =
        h.wait(h.client().send(std::get<api::CallPlan>(std::move(planned))));
    QVERIFY2(batch.isOk(), describe(batch));
    const QList<api::GraphResult> results = api::BatchRequest::decode(batch, int(items.size()));
    QStringList sentTo;
    for (int i = 0; i < results.size(); ++i) {
        if (i % 2 == 0) {
            QVERIFY2(results.at(i).isOk(), describe(results.at(i)));
            sentTo.append(results.at(i).object().value(QStringLiteral("recipient_id")).toString());
        } else {
            QCOMPARE(results.at(i).error().code, 10);
            QCOMPARE(results.at(i).error().subcode, 2018278);
        }
    }
    QStringList listed;
    for (const QJsonValue &sent : sentMessages(h))
        listed.append(sent[QLatin1String("recipient_id")].toString());
    QCOMPARE(listed, sentTo);
    QCOMPARE(listed, open.mid(0, 4));
}

void TestLocalGraphSend::aSentMessageJoinsTheThread()
{
    SandboxHarness h;
    // The contact whose thread is the oldest of those still in the window.
    const QStringList open = contacts(h, true);
    const QString psid = open.last();
    const api::GraphResult sent =
        h.call(QStringLiteral("send_message"), textTo(psid, QStringLiteral("RESPONSE")));
    QVERIFY2(sent.isOk(), describe(sent));

    const api::GraphResult threads = h.call(
        QStringLiteral("list_conversations"),
        {{QStringLiteral("fields"), QStringLiteral("participants,updated_time,"
                                                   "messages.limit(1){message,from,created_time}")},
         {QStringLiteral("limit"), 1}});
    QVERIFY2(threads.isOk(), describe(threads));
    const QJsonValue newest = threads.object()[QLatin1String("data")][0];
    QCOMPARE(newest[QLatin1String("participants")][QLatin1String("data")][0][QLatin1String("id")]
                 .toString(),
             psid);
    const QJsonValue message = newest[QLatin1String("messages")][QLatin1String("data")][0];
    QCOMPARE(message[QLatin1String("message")].toString(), QStringLiteral("Your order is ready."));
    QCOMPARE(message[QLatin1String("from")][QLatin1String("id")].toString(), h.pageId(0, 0));
    QCOMPARE(message[QLatin1String("created_time")], newest[QLatin1String("updated_time")]);

    const api::GraphResult messages =
        h.call(QStringLiteral("fetch_conversation_messages"),
               {{QStringLiteral("conversation_id"), newest[QLatin1String("id")].toString()}});
    QCOMPARE(messages.object()[QLatin1String("data")][0][QLatin1String("id")].toString(),
             sent.object().value(QStringLiteral("message_id")).toString());
}

void TestLocalGraphSend::restrictedPageIs1893063()
{
    SandboxHarness h;
    const QString psid = contacts(h, true).first();
    QCOMPARE(h.control("POST", QStringLiteral("/__sandbox/options"),
                       {{QStringLiteral("restricted_pages"), QJsonObject{{h.pageId(0, 0), true}}}})
                 .status,
             200);
    QCOMPARE(h.pageState()[QLatin1String("restricted")].toBool(), true);
    const api::GraphResult result =
        h.send(QStringLiteral("send_message"), textTo(psid, QStringLiteral("RESPONSE")));
    QCOMPARE(result.error().code, 10);
    QCOMPARE(result.error().subcode, 1893063);
    // Other pages still send; reset lifts it.
    QVERIFY(h.control("POST", QStringLiteral("/__sandbox/reset")).status == 200);
    QVERIFY(
        h.call(QStringLiteral("send_message"), textTo(psid, QStringLiteral("RESPONSE"))).isOk());
}

void TestLocalGraphSend::otherRecipientFormsAreAccepted_data()
{
    QTest::addColumn<QJsonObject>("recipient");
    QTest::newRow("user_ref") << QJsonObject{{QStringLiteral("user_ref"), QStringLiteral("ref-7")}};
    QTest::newRow("phone_number") << QJsonObject{
        {QStringLiteral("phone_number"), QStringLiteral("+1(212)555-2368")},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("first_name"), QStringLiteral("John")},
                     {QStringLiteral("last_name"), QStringLiteral("Doe")}}}};
    QTest::newRow("post_id") << QJsonObject{{QStringLiteral("post_id"), QStringLiteral("1_2")}};
    QTest::newRow("comment_id") << QJsonObject{
        {QStringLiteral("comment_id"), QStringLiteral("3_4")}};
    QTest::newRow("notification_messages_token")
        << QJsonObject{{QStringLiteral("notification_messages_token"), QStringLiteral("tok")}};
}

void TestLocalGraphSend::otherRecipientFormsAreAccepted()
{
    QFETCH(QJsonObject, recipient);
    SandboxHarness h;
    QJsonObject input = textTo({}, QStringLiteral("RESPONSE"));
    input.insert(QStringLiteral("recipient"), recipient);
    const HttpAnswer answer = h.graphCall("POST", QStringLiteral("/me/messages"), input);
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.json()[QLatin1String("message_id")].toString().isEmpty());
    QCOMPARE(sentMessages(h).size(), 1);

    // Two forms at once are refused.
    recipient.insert(QStringLiteral("id"), h.psid(0, 0));
    input.insert(QStringLiteral("recipient"), recipient);
    const HttpAnswer two = h.graphCall("POST", QStringLiteral("/me/messages"), input);
    QCOMPARE(two.error().value(QStringLiteral("code")).toInt(), 100);
}

void TestLocalGraphSend::personaMustBeThePagesOwn()
{
    SandboxHarness h;
    const QString psid = contacts(h, true).first();
    const api::GraphResult persona = h.call(
        QStringLiteral("create_persona"),
        {{QStringLiteral("name"), QStringLiteral("Robin")},
         {QStringLiteral("profile_picture_url"), QStringLiteral("https://example.com/r.png")}});
    QVERIFY2(persona.isOk(), describe(persona));
    const QString personaId = persona.object().value(QStringLiteral("id")).toString();

    QJsonObject input = textTo(psid, QStringLiteral("RESPONSE"));
    input.insert(QStringLiteral("persona_id"), QStringLiteral("999"));
    QCOMPARE(h.send(QStringLiteral("send_message"), input).error().code, 100);
    input.insert(QStringLiteral("persona_id"), personaId);
    QVERIFY(h.send(QStringLiteral("send_message"), input).isOk());
    QCOMPARE(sentMessages(h).size(), 1);
    QCOMPARE(sentMessages(h).at(0)[QLatin1String("persona_id")].toString(), personaId);
}

QTEST_GUILESS_MAIN(TestLocalGraphSend)
#include "tst_localgraph_send.moc"
