// The message rules of graph-api.md section 3 (FieldRules::validateMessage, the tag rules):
// what a composer checks while the user types, one data row per rule, each naming the
// dotted path of the field at fault.
#include "api/fieldrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mdesk::api;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QStringList fields(const QList<Violation> &violations)
{
    QStringList names;
    for (const auto &violation : violations)
        names.append(violation.field);
    return names;
}

} // namespace

class TestMessageRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messageRules_data();
    void messageRules();
    void retiredTagsSayWhenAndWhatIsLeft();
    void sendShape_data();
    void sendShape();
};

void TestMessageRules::messageRules_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<QString>("badField"); // empty: the message is valid

    const auto replies = [](int count, int titleLength) {
        QJsonArray list;
        for (int i = 0; i < count; ++i)
            list.append(
                QJsonObject{{QStringLiteral("content_type"), QStringLiteral("text")},
                            {QStringLiteral("title"), QString(titleLength, QLatin1Char('q'))},
                            {QStringLiteral("payload"), QStringLiteral("P%1").arg(i)}});
        return list;
    };
    const auto withText = [](const QString &text) {
        return QJsonObject{{QStringLiteral("text"), text}};
    };
    const auto generic = [](int elements, int buttons, int titleLength, int subtitleLength) {
        QJsonArray list;
        for (int i = 0; i < elements; ++i) {
            QJsonArray buttonList;
            for (int b = 0; b < buttons; ++b)
                buttonList.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("postback")},
                                              {QStringLiteral("title"), QStringLiteral("B")},
                                              {QStringLiteral("payload"), QStringLiteral("P")}});
            list.append(
                QJsonObject{{QStringLiteral("title"), QString(titleLength, QLatin1Char('t'))},
                            {QStringLiteral("subtitle"), QString(subtitleLength, QLatin1Char('s'))},
                            {QStringLiteral("buttons"), buttonList}});
        }
        const QJsonObject payload{{QStringLiteral("template_type"), QStringLiteral("generic")},
                                  {QStringLiteral("elements"), list}};
        return QJsonObject{{QStringLiteral("attachment"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("template")},
                                        {QStringLiteral("payload"), payload}}}};
    };
    const auto buttonTemplate = [](int textLength, int buttons) {
        QJsonArray buttonList;
        for (int b = 0; b < buttons; ++b)
            buttonList.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("web_url")},
                            {QStringLiteral("title"), QStringLiteral("Open")},
                            {QStringLiteral("url"), QStringLiteral("https://a.example")}});
        const QJsonObject payload{{QStringLiteral("template_type"), QStringLiteral("button")},
                                  {QStringLiteral("text"), QString(textLength, QLatin1Char('b'))},
                                  {QStringLiteral("buttons"), buttonList}};
        return QJsonObject{{QStringLiteral("attachment"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("template")},
                                        {QStringLiteral("payload"), payload}}}};
    };
    QTest::newRow("text 2000") << withText(QString(2000, QLatin1Char('t'))) << "";
    QTest::newRow("text 2001") << withText(QString(2001, QLatin1Char('t'))) << "message.text";
    QTest::newRow("text blank") << withText(QStringLiteral("  ")) << "message.text";
    QTest::newRow("nothing") << QJsonObject{} << "message";
    QTest::newRow("text and attachment")
        << json(
               R"({"text":"x","attachment":{"type":"image","payload":{"url":"https://a.example/i.png"}}})")
        << "message";
    QTest::newRow("unknown key") << json(R"({"text":"x","color":"red"})") << "message.color";
    QJsonObject metadata = withText(QStringLiteral("x"));
    metadata.insert(QStringLiteral("metadata"), QString(1000, QLatin1Char('m')));
    QTest::newRow("metadata 1000") << metadata << "";
    metadata.insert(QStringLiteral("metadata"), QString(1001, QLatin1Char('m')));
    QTest::newRow("metadata 1001") << metadata << "message.metadata";
    QJsonObject quick = withText(QStringLiteral("x"));
    quick.insert(QStringLiteral("quick_replies"), replies(13, 20));
    QTest::newRow("13 quick replies of 20") << quick << "";
    quick.insert(QStringLiteral("quick_replies"), replies(14, 5));
    QTest::newRow("14 quick replies") << quick << "message.quick_replies";
    QJsonArray longFourth = replies(5, 5);
    QJsonObject fourth = longFourth.at(3).toObject();
    fourth.insert(QStringLiteral("title"), QString(21, QLatin1Char('q')));
    longFourth.replace(3, fourth);
    quick.insert(QStringLiteral("quick_replies"), longFourth);
    QTest::newRow("quick reply [3] title 21") << quick << "message.quick_replies[3].title";
    QTest::newRow("quick reply content type")
        << json(R"({"text":"x","quick_replies":[{"content_type":"location"}]})")
        << "message.quick_replies[0].content_type";
    QTest::newRow("generic 10 x 3") << generic(10, 3, 80, 80) << "";
    QTest::newRow("generic 11 elements")
        << generic(11, 1, 5, 5) << "message.attachment.payload.elements";
    QTest::newRow("generic title 81")
        << generic(2, 1, 81, 5) << "message.attachment.payload.elements[0].title";
    QTest::newRow("generic subtitle 81")
        << generic(1, 1, 5, 81) << "message.attachment.payload.elements[0].subtitle";
    QTest::newRow("generic 4 buttons")
        << generic(1, 4, 5, 5) << "message.attachment.payload.elements[0].buttons";
    QTest::newRow("button template 640 x 3") << buttonTemplate(640, 3) << "";
    QTest::newRow("button template 641")
        << buttonTemplate(641, 1) << "message.attachment.payload.text";
    QTest::newRow("button template no buttons")
        << buttonTemplate(10, 0) << "message.attachment.payload.buttons";
    QTest::newRow("button template 4 buttons")
        << buttonTemplate(10, 4) << "message.attachment.payload.buttons";
    QTest::newRow("image by url")
        << json(R"({"attachment":{"type":"image","payload":{"url":"http://a.example/i.png"}}})")
        << "";
    QTest::newRow("image by id")
        << json(R"({"attachment":{"type":"image","payload":{"attachment_id":"1857777774821032"}}})")
        << "";
    QTest::newRow("attachment type")
        << json(R"({"attachment":{"type":"gif","payload":{"url":"https://a.example/i.gif"}}})")
        << "message.attachment.type";
    QTest::newRow("attachment without source")
        << json(R"({"attachment":{"type":"file","payload":{}}})") << "message.attachment.payload";
}

void TestMessageRules::messageRules()
{
    QFETCH(QJsonObject, message);
    QFETCH(QString, badField);
    const auto violations = FieldRules::validateMessage(message);
    if (badField.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(fields(violations).join(QLatin1Char(' '))));
        return;
    }
    QVERIFY2(fields(violations).contains(badField),
             qPrintable(fields(violations).join(QLatin1Char(' '))));
    for (const auto &violation : violations)
        QVERIFY2(violation.message.endsWith(QLatin1Char('.')), qPrintable(violation.message));
    // A composer nests the message elsewhere: the path follows.
    const auto nested = FieldRules::validateMessage(message, QStringLiteral("draft"));
    QVERIFY(fields(nested).contains(QStringLiteral("draft") + badField.mid(7)));
}

void TestMessageRules::retiredTagsSayWhenAndWhatIsLeft()
{
    for (const char *tag : {"POST_PURCHASE_UPDATE", "CONFIRMED_EVENT_UPDATE", "ACCOUNT_UPDATE"}) {
        const QString note = FieldRules::retiredTagNote(QLatin1String(tag));
        QVERIFY2(note.contains(QLatin1String(tag)), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("2026-04-27")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("HUMAN_AGENT")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("7 days")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("24-hour window")), qPrintable(note));
        const auto violations =
            FieldRules::validateTag(QStringLiteral("MESSAGE_TAG"), QJsonValue(QLatin1String(tag)));
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().message, note);
    }
    QVERIFY(FieldRules::retiredTagNote(QStringLiteral("HUMAN_AGENT")).isEmpty());
    QVERIFY(FieldRules::retiredTagNote(QStringLiteral("ISSUE_RESOLUTION"))
                .contains(QLatin1String("2020-03-04")));
}

// How a send_message input fits together (graph-api.md section 3): the CLI refuses these
// with exit 2 (FieldRules::validateInput), the GUI composer shows them.
void TestMessageRules::sendShape_data()
{
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says"); // a piece of the message

    const auto row = [](const char *tag, const char *, const char *input, const char *field,
                        const char *says) {
        QTest::newRow(tag) << json(input) << QString::fromLatin1(field) << QString::fromUtf8(says);
    };
    row("message without type", "send_message",
        R"({"recipient":{"id":"31"},"message":{"text":"Hi"}})", "messaging_type",
        "RESPONSE, UPDATE, MESSAGE_TAG or UTILITY");
    row("neither message nor action", "send_message", R"({"recipient":{"id":"31"}})", "message",
        "sender_action");
    row("action with message", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},"message":{"text":"Hi"},
            "sender_action":"typing_on"})",
        "sender_action", "two requests");
    row("react without payload", "send_message",
        R"({"recipient":{"id":"31"},"sender_action":"react"})", "payload.message_id", "react");
    row("react payload extra", "send_message",
        R"({"recipient":{"id":"31"},"sender_action":"react","payload":{"message_id":"m_1",
            "emoji":"x"}})",
        "payload.emoji", "message_id and reaction");
    row("payload with typing", "send_message",
        R"({"recipient":{"id":"31"},"sender_action":"typing_on","payload":{"message_id":"m"}})",
        "payload", "react or unreact");
}

void TestMessageRules::sendShape()
{
    QFETCH(QJsonObject, input);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const auto violations = FieldRules::validateSendMessage(input);
    QVERIFY2(fields(violations).contains(field),
             qPrintable(fields(violations).join(QLatin1Char(' '))));
    for (const auto &violation : violations) {
        if (violation.field == field)
            QVERIFY2(violation.message.contains(says), qPrintable(violation.message));
    }
}

QTEST_GUILESS_MAIN(TestMessageRules)
#include "tst_messagerules.moc"
