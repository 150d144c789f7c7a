// The field rules of graph-api.md section 3, one data row per rule, each checked for the
// field it names and for passing when the input is right.
#include "api/fieldrules.h"
#include "api/operationtable.h"

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

QJsonArray domains(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("https://shop%1.example.com").arg(i));
    return list;
}

} // namespace

class TestFieldRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opInput_data();
    void opInput();
    void menuByVersion_data();
    void menuByVersion();
    void profileCrossFieldRules();
    void greetingLimitCountsCharacters();
    void domainsLimit();
    void attachmentFile();
};

void TestFieldRules::opInput_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("badField"); // empty: the input is valid

    const QString longText(161, QLatin1Char('x'));
    QTest::newRow("greeting ok")
        << "set_greeting"
        << "v23.0" << json(R"({"value":[{"locale":"default","text":"Hi {{user_first_name}}"}]})")
        << "";
    QTest::newRow("greeting 161 chars")
        << "set_greeting"
        << "v23.0"
        << QJsonObject{{QStringLiteral("value"),
                        QJsonArray{
                            QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                                        {QStringLiteral("text"), longText}}}}}
        << "value[0].text";
    QTest::newRow("greeting without default")
        << "set_greeting"
        << "v23.0" << json(R"({"value":[{"locale":"en_US","text":"Hi"}]})") << "value";
    QTest::newRow("greeting unknown locale")
        << "set_greeting"
        << "v23.0"
        << json(R"({"value":[{"locale":"default","text":"Hi"},{"locale":"xx_YY","text":"Yo"}]})")
        << "value[1].locale";
    QTest::newRow("greeting umbrella locale es_LA")
        << "set_greeting"
        << "v23.0"
        << json(R"({"value":[{"locale":"default","text":"Hi"},{"locale":"es_LA","text":"Hola"}]})")
        << "";
    QTest::newRow("greeting unknown placeholder")
        << "set_greeting"
        << "v23.0" << json(R"({"value":[{"locale":"default","text":"Hi {{name}}"}]})")
        << "value[0].text";
    QTest::newRow("get started payload too long")
        << "set_get_started"
        << "v23.0" << QJsonObject{{QStringLiteral("payload"), QString(1001, QLatin1Char('p'))}}
        << "payload";
    QTest::newRow("get started default payload") << "set_get_started"
                                                 << "v23.0" << QJsonObject() << "";
    QTest::newRow("domain http") << "set_whitelisted_domains"
                                 << "v23.0" << json(R"({"value":["http://shop.example.com"]})")
                                 << "value[0]";
    QTest::newRow("domain ip") << "set_whitelisted_domains"
                               << "v23.0" << json(R"({"value":["https://10.0.0.1"]})")
                               << "value[0]";
    QTest::newRow("domain localhost")
        << "set_whitelisted_domains"
        << "v23.0" << json(R"({"value":["https://localhost"]})") << "value[0]";
    QTest::newRow("account linking http")
        << "set_account_linking_url"
        << "v23.0" << json(R"({"value":"http://login.example.com"})") << "value";
    QTest::newRow("home url on v23")
        << "set_home_url"
        << "v23.0"
        << json(
               R"({"value":{"url":"https://a.example.com","webview_height_ratio":"tall","in_test":true}})")
        << "value";
    QTest::newRow("home url on v6")
        << "set_home_url"
        << "v6.0"
        << json(
               R"({"value":{"url":"https://a.example.com","webview_height_ratio":"tall","in_test":true}})")
        << "";
    QTest::newRow("home url ratio")
        << "set_home_url"
        << "v6.0"
        << json(
               R"({"value":{"url":"https://a.example.com","webview_height_ratio":"full","in_test":true}})")
        << "value.webview_height_ratio";
    QTest::newRow("audience custom unknown country")
        << "set_target_audience"
        << "v23.0"
        << json(R"({"value":{"audience_type":"custom","countries":{"whitelist":["US","ZZ"]}}})")
        << "value.countries.whitelist[1]";
    QTest::newRow("audience custom ok")
        << "set_target_audience"
        << "v23.0"
        << json(R"({"value":{"audience_type":"custom","countries":{"blacklist":["DE","TR"]}}})")
        << "";
    QTest::newRow("audience type")
        << "set_target_audience"
        << "v23.0" << json(R"({"value":{"audience_type":"some"}})") << "value.audience_type";
    QTest::newRow("ice breakers five")
        << "set_ice_breakers"
        << "v23.0"
        << json(
               R"({"value":[{"question":"a","payload":"A"},{"question":"b","payload":"B"},{"question":"c","payload":"C"},{"question":"d","payload":"D"},{"question":"e","payload":"E"}]})")
        << "value";
    QTest::newRow("send tag missing")
        << "send_message"
        << "v23.0"
        << json(R"({"messaging_type":"MESSAGE_TAG","recipient":{"id":"1"},"message":{"text":"x"}})")
        << "tag";
    QTest::newRow("send retired tag")
        << "send_message"
        << "v23.0"
        << json(
               R"({"messaging_type":"MESSAGE_TAG","tag":"SHIPPING_UPDATE","recipient":{"id":"1"},"message":{"text":"x"}})")
        << "tag";
    QTest::newRow("send action with message")
        << "send_message"
        << "v23.0"
        << json(
               R"({"messaging_type":"RESPONSE","recipient":{"id":"1"},"message":{"text":"x"},"sender_action":"typing_on"})")
        << "sender_action";
    QTest::newRow("send text too long")
        << "send_message"
        << "v23.0"
        << QJsonObject{{QStringLiteral("messaging_type"), QStringLiteral("RESPONSE")},
                       {QStringLiteral("recipient"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}},
                       {QStringLiteral("message"),
                        QJsonObject{{QStringLiteral("text"), QString(2001, QLatin1Char('t'))}}}}
        << "message.text";
    QTest::newRow("send ok")
        << "send_message"
        << "v23.0"
        << json(
               R"({"messaging_type":"RESPONSE","recipient":{"id":"1"},"message":{"text":"Hello"}})")
        << "";
    // Tags: only HUMAN_AGENT is left; the 2026 retirements are refused on every version.
    for (const char *tag : {"POST_PURCHASE_UPDATE", "CONFIRMED_EVENT_UPDATE", "ACCOUNT_UPDATE"}) {
        for (const char *version : {"v17.0", "v23.0", "v26.0"}) {
            QTest::newRow(qPrintable(
                QStringLiteral("send %1 on %2").arg(QLatin1String(tag), QLatin1String(version))))
                << "send_message" << QString::fromLatin1(version)
                << QJsonObject{{QStringLiteral("messaging_type"), QStringLiteral("MESSAGE_TAG")},
                               {QStringLiteral("tag"), QLatin1String(tag)},
                               {QStringLiteral("recipient"),
                                QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}},
                               {QStringLiteral("message"),
                                QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}}}
                << "tag";
        }
    }
    QTest::newRow("send human agent")
        << "send_message"
        << "v23.0"
        << json(R"({"messaging_type":"MESSAGE_TAG","tag":"HUMAN_AGENT","recipient":{"id":"1"},
                    "message":{"text":"x"}})")
        << "";
    QTest::newRow("send tag without MESSAGE_TAG")
        << "send_message"
        << "v23.0" << json(R"({"messaging_type":"UPDATE","tag":"HUMAN_AGENT","recipient":{"id":"1"},
                    "message":{"text":"x"}})")
        << "tag";
    QTest::newRow("send utility template")
        << "send_message"
        << "v23.0"
        << json(R"({"messaging_type":"UTILITY","recipient":{"id":"1"},"message":{"attachment":{
                    "type":"template","payload":{"template_type":"button","text":"Shipped",
                    "buttons":[{"type":"postback","title":"Where?","payload":"WHERE"}]}}}})")
        << "";
    for (const char *recipient :
         {R"({"user_ref":"u-1"})", R"({"phone_number":"+1 555 0100"})",
          R"({"phone_number":"+1 555 0100","name":{"first_name":"A","last_name":"B"}})",
          R"({"post_id":"1_2"})", R"({"comment_id":"3_4"})",
          R"({"notification_messages_token":"T"})", R"({"one_time_notif_token":"O"})"})
        QTest::newRow(qPrintable(QStringLiteral("send to %1").arg(QLatin1String(recipient))))
            << "send_message"
            << "v23.0"
            << QJsonObject{{QStringLiteral("messaging_type"), QStringLiteral("RESPONSE")},
                           {QStringLiteral("recipient"), json(recipient)},
                           {QStringLiteral("message"),
                            QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}}}
            << "";
    for (const char *action : {"mark_seen", "typing_on", "typing_off"})
        QTest::newRow(qPrintable(QStringLiteral("sender action %1").arg(QLatin1String(action))))
            << "send_message"
            << "v23.0"
            << QJsonObject{{QStringLiteral("recipient"),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}},
                           {QStringLiteral("sender_action"), QLatin1String(action)}}
            << "";
    QTest::newRow("sender action react")
        << "send_message"
        << "v23.0" << json(R"({"recipient":{"id":"1"},"sender_action":"react",
                    "payload":{"message_id":"m_1","reaction":"love"}})")
        << "";
    // A sender action needs no messaging_type; one that carries it anyway is what Graph
    // takes too (issue 13: refused though Graph takes it).
    QTest::newRow("sender action with messaging_type")
        << "send_message"
        << "v23.0"
        << json(
               R"({"messaging_type":"RESPONSE","recipient":{"id":"1"},"sender_action":"mark_seen"})")
        << "";
    QTest::newRow("send quick reply title")
        << "send_message"
        << "v23.0"
        << json(R"({"messaging_type":"RESPONSE","recipient":{"id":"1"},"message":{"text":"x",
                    "quick_replies":[{"content_type":"text","title":"This title is far too long",
                    "payload":"P"}]}})")
        << "message.quick_replies[0].title";
    QTest::newRow("insights period")
        << "fetch_insights"
        << "v23.0" << json(R"({"metrics":["m"],"period":"fortnight"})") << "period";
    QTest::newRow("insights days_28")
        << "fetch_insights"
        << "v23.0" << json(R"({"metrics":["m"],"period":"days_28"})") << "";
    QTest::newRow("code size") << "create_messenger_code"
                               << "v23.0" << json(R"({"image_size":50})") << "image_size";
    QTest::newRow("code ref chars")
        << "create_messenger_code"
        << "v23.0" << json(R"({"data":{"ref":"bad ref!"}})") << "data.ref";
    QTest::newRow("label name empty") << "create_custom_label"
                                      << "v23.0" << json(R"({"name":"  "})") << "name";
    QTest::newRow("attachment type")
        << "upload_attachment"
        << "v23.0" << json(R"({"type":"gif","url":"https://cdn.example.com/a.gif"})") << "type";
}

void TestFieldRules::opInput()
{
    QFETCH(QString, op);
    QFETCH(QString, version);
    QFETCH(QJsonObject, input);
    QFETCH(QString, badField);
    const OperationSpec *spec = OperationTable::find(op);
    QVERIFY(spec);
    const QList<Violation> violations =
        FieldRules::validateInput(*spec, input, GraphVersion::parse(version));
    if (badField.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(fields(violations).join(QLatin1Char(' '))));
        return;
    }
    QVERIFY2(fields(violations).contains(badField),
             qPrintable(QStringLiteral("expected %1, got %2")
                            .arg(badField, fields(violations).join(QLatin1Char(' ')))));
    for (const auto &violation : violations)
        QVERIFY2(violation.message.endsWith(QLatin1Char('.')), qPrintable(violation.message));
}

void TestFieldRules::menuByVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QJsonArray>("menu");
    QTest::addColumn<QString>("badField");

    const auto postback = [](int i) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("postback")},
                           {QStringLiteral("title"), QStringLiteral("Item %1").arg(i)},
                           {QStringLiteral("payload"), QStringLiteral("P%1").arg(i)}};
    };
    const auto menu = [](const QJsonArray &items) {
        return QJsonArray{QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                                      {QStringLiteral("call_to_actions"), items}}};
    };
    QJsonArray twenty, twentyOne, four;
    for (int i = 0; i < 21; ++i) {
        if (i < 20)
            twenty.append(postback(i));
        twentyOne.append(postback(i));
        if (i < 4)
            four.append(postback(i));
    }
    const QJsonObject nested{
        {QStringLiteral("type"), QStringLiteral("nested")},
        {QStringLiteral("title"), QStringLiteral("More")},
        {QStringLiteral("call_to_actions"), QJsonArray{postback(1), postback(2)}}};
    QTest::newRow("v8 twenty flat") << "v8.0" << menu(twenty) << "";
    QTest::newRow("v8 twenty-one")
        << "v8.0" << menu(twentyOne) << "persistent_menu[0].call_to_actions";
    QTest::newRow("v8 nested") << "v23.0" << menu({nested})
                               << "persistent_menu[0].call_to_actions[0].type";
    QTest::newRow("v7 nested ok") << "v7.0" << menu({nested, postback(3)}) << "";
    QTest::newRow("v7 four top items")
        << "v7.0" << menu(four) << "persistent_menu[0].call_to_actions";
    QJsonObject deep = nested;
    QJsonObject deeper = nested;
    deeper.insert(QStringLiteral("call_to_actions"), QJsonArray{nested});
    deep.insert(QStringLiteral("call_to_actions"), QJsonArray{deeper});
    QTest::newRow("v7 four levels")
        << "v7.0" << menu({deep})
        << "persistent_menu[0].call_to_actions[0].call_to_actions[0].call_to_actions[0].type";
    QJsonObject longTitle = postback(1);
    longTitle.insert(QStringLiteral("title"), QString(31, QLatin1Char('t')));
    QTest::newRow("title 31") << "v23.0" << menu({longTitle})
                              << "persistent_menu[0].call_to_actions[0].title";
    const QJsonObject web{{QStringLiteral("type"), QStringLiteral("web_url")},
                          {QStringLiteral("title"), QStringLiteral("Shop")},
                          {QStringLiteral("url"), QStringLiteral("http://shop.example.com")}};
    // http:// is fine without Messenger extensions; https is required only with them.
    QTest::newRow("web_url http") << "v23.0" << menu({web}) << "";
    QJsonObject extensions = web;
    extensions.insert(QStringLiteral("messenger_extensions"), true);
    QTest::newRow("web_url http with extensions")
        << "v23.0" << menu({extensions}) << "persistent_menu[0].call_to_actions[0].url";
    extensions.insert(QStringLiteral("url"), QStringLiteral("https://shop.example.com"));
    extensions.insert(QStringLiteral("fallback_url"), QStringLiteral("http://shop.example.com/f"));
    QTest::newRow("extensions https with fallback") << "v23.0" << menu({extensions}) << "";
    QJsonObject ftp = web;
    ftp.insert(QStringLiteral("url"), QStringLiteral("ftp://shop.example.com"));
    QTest::newRow("web_url ftp") << "v23.0" << menu({ftp})
                                 << "persistent_menu[0].call_to_actions[0].url";
    // A locale whose composer stays on may have no items; with the composer off it may not.
    const auto locale = [](const char *name, bool composerOff, const QJsonArray &items) {
        return QJsonObject{{QStringLiteral("locale"), QLatin1String(name)},
                           {QStringLiteral("composer_input_disabled"), composerOff},
                           {QStringLiteral("call_to_actions"), items}};
    };
    QTest::newRow("empty locale, composer on")
        << "v23.0"
        << QJsonArray{locale("default", false, {postback(1)}), locale("de_DE", false, {})} << "";
    QTest::newRow("empty default, composer on")
        << "v23.0" << QJsonArray{locale("default", false, {})} << "";
    QTest::newRow("empty locale, composer off")
        << "v23.0" << QJsonArray{locale("default", false, {postback(1)}), locale("de_DE", true, {})}
        << "persistent_menu[1].call_to_actions";
    QJsonObject fallback = web;
    fallback.insert(QStringLiteral("url"), QStringLiteral("https://shop.example.com"));
    fallback.insert(QStringLiteral("fallback_url"), QStringLiteral("https://shop.example.com/f"));
    QTest::newRow("fallback without extensions")
        << "v23.0" << menu({fallback}) << "persistent_menu[0].call_to_actions[0].fallback_url";
}

void TestFieldRules::menuByVersion()
{
    QFETCH(QString, version);
    QFETCH(QJsonArray, menu);
    QFETCH(QString, badField);
    const auto violations = FieldRules::validatePersistentMenu(menu, GraphVersion::parse(version),
                                                               QStringLiteral("persistent_menu"));
    if (badField.isEmpty())
        QVERIFY2(violations.isEmpty(), qPrintable(fields(violations).join(QLatin1Char(' '))));
    else
        QVERIFY2(fields(violations).contains(badField),
                 qPrintable(fields(violations).join(QLatin1Char(' '))));
}

void TestFieldRules::profileCrossFieldRules()
{
    const QJsonObject menuOnly = json(
        R"({"persistent_menu":[{"locale":"default","call_to_actions":[{"type":"postback","title":"Help","payload":"HELP"}]}]})");
    QVERIFY(fields(FieldRules::validateProfile(menuOnly, GraphVersion{23, 0}))
                .contains(QStringLiteral("persistent_menu")));
    // The page already has get started: the menu alone is fine.
    QVERIFY(FieldRules::validateProfile(menuOnly, GraphVersion{23, 0},
                                        json(R"({"get_started":{"payload":"GO"}})"))
                .isEmpty());
    const QJsonObject home = json(
        R"({"home_url":{"url":"https://app.example.com","webview_height_ratio":"tall","in_test":true},"whitelisted_domains":["https://other.example.com"]})");
    QVERIFY(fields(FieldRules::validateProfile(home, GraphVersion{6, 0}))
                .contains(QStringLiteral("home_url.url")));
}

void TestFieldRules::greetingLimitCountsCharacters()
{
    // 160 characters exactly is allowed, placeholders count as typed.
    const QString text = QStringLiteral("{{user_first_name}}") + QString(141, QLatin1Char('a'));
    QCOMPARE(text.size(), 160);
    const QJsonArray greeting{QJsonObject{{QStringLiteral("locale"), QStringLiteral("default")},
                                          {QStringLiteral("text"), text}}};
    QVERIFY(FieldRules::validateGreeting(greeting, QStringLiteral("greeting")).isEmpty());
}

void TestFieldRules::domainsLimit()
{
    QVERIFY(FieldRules::validateDomains(domains(50), QStringLiteral("d")).isEmpty());
    const auto violations = FieldRules::validateDomains(domains(51), QStringLiteral("d"));
    QCOMPARE(fields(violations), QStringList{QStringLiteral("d")});
    QVERIFY(violations.first().message.contains(QStringLiteral("51")));
}

void TestFieldRules::attachmentFile()
{
    const QJsonObject missing{{QStringLiteral("type"), QStringLiteral("image")},
                              {QStringLiteral("file"), QStringLiteral("/nonexistent/picture.png")}};
    QCOMPARE(fields(FieldRules::validateAttachment(missing)), QStringList{QStringLiteral("file")});
    const QJsonObject both{
        {QStringLiteral("type"), QStringLiteral("image")},
        {QStringLiteral("file"), QStringLiteral(__FILE__)},
        {QStringLiteral("url"), QStringLiteral("https://cdn.example.com/a.png")}};
    QVERIFY(fields(FieldRules::validateAttachment(both)).contains(QStringLiteral("url")));
}

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
