// What the request builder refuses before anything is sent (issue 13, issue 18 item 7):
// keys an op does not take (a loop over the whole operation table), values of the wrong
// type (one row per parameter type, each naming the field), send_message inputs whose parts
// do not fit; and what it must not drop: every parameter of every op reaches the wire.
#include "api/operationtable.h"
#include "api/paramcheck.h"
#include "api/requestbuilder.h"
#include "apitestkit.h"
#include "opcases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mdesk::api;
using namespace mdesk::apitest;

namespace {

const OpCase *caseFor(const QString &op)
{
    for (const auto &c : opCases()) {
        if (c.op == op)
            return &c;
    }
    return nullptr;
}

BuildOutcome build(const QString &op, const QJsonObject &input)
{
    const OperationSpec *spec = OperationTable::find(op);
    if (!spec)
        qFatal("no op %s", qPrintable(op));
    return buildRequest(*spec, input, GraphVersion::defaultVersion(), PathContext{kPageId, kAppId});
}

// A value of the parameter's type that the builder takes.
QJsonValue sampleValue(const ParamSpec &param)
{
    switch (param.type) {
    case ParamType::Id:
    case ParamType::Psid:
        return QStringLiteral("4242");
    case ParamType::ObjectRef:
        return QStringLiteral("t_4242");
    case ParamType::Cursor:
        return QStringLiteral("CURSOR9");
    case ParamType::Url:
        return QStringLiteral("https://example.com/x");
    case ParamType::Enum:
        return param.choices.last();
    case ParamType::List:
        return QStringLiteral("id,name");
    case ParamType::Bool:
        return true;
    case ParamType::Int:
        return double(param.min);
    case ParamType::Time:
        return 1700000000;
    case ParamType::Object:
        return QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}};
    case ParamType::Array:
        return QJsonArray{QStringLiteral("v")};
    case ParamType::Recipient:
    case ParamType::UserRef:
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("4242")}};
    case ParamType::Text:
    case ParamType::Any:
        break;
    }
    return QStringLiteral("sample text");
}

} // namespace

class TestInputChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownKeyRefusedOnEveryOp_data();
    void unknownKeyRefusedOnEveryOp();
    void fetchGreetingWithFoo();
    void everyParamReachesTheWire_data();
    void everyParamReachesTheWire();
    void everyParamIsTyped();
    void refusals_data();
    void refusals();
    void batchReferencesStandForAnyScalar();
    void idTextIsTheRuleOfEveryPsidList_data();
    void idTextIsTheRuleOfEveryPsidList();
};

void TestInputChecks::unknownKeyRefusedOnEveryOp_data()
{
    QTest::addColumn<QString>("op");
    for (const auto &spec : OperationTable::all())
        QTest::newRow(qPrintable(spec.id)) << spec.id;
}

void TestInputChecks::unknownKeyRefusedOnEveryOp()
{
    QFETCH(QString, op);
    const OpCase *c = caseFor(op);
    QVERIFY(c);
    QJsonObject input = c->input;
    input.insert(QStringLiteral("zz_typo"), 1);
    const auto outcome = build(op, input);
    const auto *error = std::get_if<InputError>(&outcome);
    QVERIFY2(error, "an unknown key was dropped instead of refused");
    QCOMPARE(error->field, QStringLiteral("zz_typo"));
    QVERIFY2(error->message.contains(QLatin1String("\"zz_typo\"")), qPrintable(error->message));
    QVERIFY2(error->message.contains(op), qPrintable(error->message));
    // The message lists every key the op takes, so the user sees what was meant.
    for (const auto &param : OperationTable::find(op)->params)
        QVERIFY2(error->message.contains(param.name), qPrintable(error->message));
}

void TestInputChecks::fetchGreetingWithFoo()
{
    const auto outcome = build(QStringLiteral("fetch_greeting"), json(R"({"foo":1})"));
    const auto *error = std::get_if<InputError>(&outcome);
    QVERIFY(error);
    QCOMPARE(error->field, QStringLiteral("foo"));
    QCOMPARE(error->message,
             QStringLiteral("The operation fetch_greeting takes no input; \"foo\" is not one of "
                            "its fields."));
}

void TestInputChecks::everyParamReachesTheWire_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("param");
    for (const auto &spec : OperationTable::all()) {
        // Their adjusters rebuild the body on purpose (label name key, multipart upload);
        // opcases.cpp checks them.
        if (spec.adjust && spec.method == "POST")
            continue;
        for (const auto &param : spec.params)
            QTest::newRow(qPrintable(spec.id + QLatin1Char('/') + param.name))
                << spec.id << param.name;
    }
}

void TestInputChecks::everyParamReachesTheWire()
{
    QFETCH(QString, op);
    QFETCH(QString, param);
    const OperationSpec *spec = OperationTable::find(op);
    const ParamSpec *p = nullptr;
    for (const auto &candidate : spec->params)
        p = candidate.name == param ? &candidate : p;
    QVERIFY(p);
    QJsonObject input = caseFor(op)->input;
    const QJsonValue value = sampleValue(*p);
    input.insert(param, value);
    const auto outcome = build(op, input);
    const auto *error = std::get_if<InputError>(&outcome);
    QVERIFY2(!error, error ? qPrintable(error->field + QStringLiteral(": ") + error->message) : "");
    const BuiltRequest &request = std::get<BuiltRequest>(outcome);
    switch (p->place) {
    case Place::Path:
        QVERIFY2(request.path.contains(queryText(value)), qPrintable(request.path));
        break;
    case Place::Query:
        QCOMPARE(request.queryValue(p->wireName()), queryText(value));
        break;
    case Place::Body:
        QVERIFY(request.body);
        if (p->wireName() == QLatin1String("."))
            QCOMPARE(request.body->value(QStringLiteral("k")), QJsonValue(QStringLiteral("v")));
        else
            QCOMPARE(valueAtPath(*request.body, p->wireName()), value);
        break;
    }
}

void TestInputChecks::everyParamIsTyped()
{
    // Only profile values (checked by FieldRules) stay untyped JSON.
    for (const auto &spec : OperationTable::all()) {
        for (const auto &param : spec.params) {
            QVERIFY2(param.type != ParamType::Any,
                     qPrintable(spec.id + QLatin1Char('/') + param.name));
            if (param.type == ParamType::Enum)
                QVERIFY(!param.choices.isEmpty());
            if (param.type == ParamType::Int)
                QVERIFY(param.min <= param.max);
        }
    }
}

void TestInputChecks::refusals_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says"); // a piece of the message

    const auto row = [](const char *tag, const char *op, const char *input, const char *field,
                        const char *says) {
        QTest::newRow(tag) << QString::fromLatin1(op) << json(input) << QString::fromLatin1(field)
                           << QString::fromUtf8(says);
    };
    // Id: digit strings or whole numbers 1..2^53 (issue 18 item 7).
    row("id true", "fetch_custom_label", R"({"label_id":true})", "label_id", "not true");
    row("id object", "fetch_custom_label", R"({"label_id":{}})", "label_id", "not {}");
    row("id list", "delete_custom_label", R"({"label_id":[]})", "label_id", "not []");
    row("id fraction", "delete_custom_label", R"({"label_id":3.5})", "label_id", "not 3.5");
    row("id 1e308", "fetch_custom_label", R"({"label_id":1e308})", "label_id", "1e+308");
    row("id negative", "fetch_custom_label", R"({"label_id":-5})", "label_id", "not -5");
    row("id zero", "fetch_custom_label", R"({"label_id":0})", "label_id", "not 0");
    row("id 2^53+2", "fetch_custom_label", R"({"label_id":9007199254740994})", "label_id", "id");
    row("id letters", "fetch_custom_label", R"({"label_id":"12a"})", "label_id", "\"12a\"");
    row("id path escape", "label_user", R"({"label_id":"555/../me","user":"31"})", "label_id",
        "digits");
    row("id empty", "label_user", R"({"label_id":"","user":"31"})", "label_id", "digits");
    row("persona id", "delete_persona", R"({"persona_id":"me"})", "persona_id", "\"me\"");
    row("target app id", "pass_thread_control",
        R"({"recipient":{"id":"31"},"target_app_id":"inbox"})", "target_app_id", "digits");
    // PSID: the same form; user of {} or [] (issue 18).
    row("user object", "label_user", R"({"label_id":"555","user":{}})", "user", "PSID");
    row("user list", "unlabel_user", R"({"label_id":"555","user":[]})", "user", "PSID");
    row("psid letters", "fetch_user_profile", R"({"psid":"abc"})", "psid", "PSID");
    row("psid spaced", "unlink_account", R"({"psid":" 31"})", "psid", "PSID");
    row("psid bool", "fetch_thread_owner", R"({"psid":false})", "psid", "not false");
    row("psid in list", "set_user_persistent_menu",
        R"({"psid":3.25,"persistent_menu":[{"locale":"default","call_to_actions":[]}]})", "psid",
        "3.25");
    row("user_id letters", "list_conversations", R"({"user_id":"x1"})", "user_id", "PSID");
    // Conversation ids: Graph's own text, one plain path segment.
    row("conversation slash", "fetch_conversation_messages", R"({"conversation_id":"t_1/x"})",
        "conversation_id", "plain id");
    row("conversation query", "fetch_conversation_messages", R"({"conversation_id":"t_1?a=b"})",
        "conversation_id", "plain id");
    row("conversation dots", "fetch_conversation_messages", R"({"conversation_id":".."})",
        "conversation_id", "plain id");
    row("conversation blank", "fetch_conversation_messages", R"({"conversation_id":"  "})",
        "conversation_id", "plain id");
    row("conversation object", "fetch_conversation_messages", R"({"conversation_id":{}})",
        "conversation_id", "plain id");
    // Cursors, URLs, enums, lists, bools, ranges, times, objects, lists, text.
    row("cursor number", "list_custom_labels", R"({"after":5})", "after", "cursor");
    row("cursor empty", "list_personas", R"({"before":""})", "before", "cursor");
    row("url ftp", "create_persona", R"({"name":"A","profile_picture_url":"ftp://x.example"})",
        "profile_picture_url", "http");
    row("url no host", "create_persona", R"({"name":"A","profile_picture_url":"picture.png"})",
        "profile_picture_url", "http");
    row("enum upload type", "upload_attachment", R"({"type":"gif","url":"https://a.example/x"})",
        "type", "image, audio, video, file");
    row("list number", "fetch_messenger_profile", R"({"fields":5})", "fields", "list");
    row("list of numbers", "fetch_messenger_profile", R"({"fields":[1,2]})", "fields", "list");
    row("list empty", "reset_messenger_profile", R"({"fields":[]})", "fields", "list");
    row("bool text", "set_nlp_configs", R"({"nlp_enabled":"yes"})", "nlp_enabled", "true or false");
    row("int zero limit", "list_conversations", R"({"limit":0})", "limit", "1 to 1000");
    row("int fraction", "list_conversations", R"({"limit":2.5})", "limit", "whole number");
    row("int text", "list_custom_labels", R"({"limit":"25"})", "limit", "whole number");
    row("int 1e308", "list_pages", R"({"limit":1e308})", "limit", "whole number");
    row("int n_best", "set_nlp_configs", R"({"nlp_enabled":true,"n_best":9})", "n_best", "1 to 8");
    row("time bool", "fetch_insights", R"({"metrics":"m","since":true})", "since", "Unix seconds");
    row("time negative", "fetch_insights", R"({"metrics":"m","until":-1})", "until",
        "Unix seconds");
    row("object profile", "set_messenger_profile", R"({"profile":[]})", "profile", "object");
    row("array greeting", "set_greeting", R"({"value":"Hi"})", "value", "list");
    row("text name", "create_custom_label", R"({"name":5})", "name", "text");
    row("text token", "debug_token", R"({"input_token":true})", "input_token", "text");
    row("handover recipient", "take_thread_control", R"({"recipient":{"user_ref":"u"}})",
        "recipient", "PSID");
    row("handover recipient text", "request_thread_control", R"({"recipient":"31"})", "recipient",
        "PSID");
    // send_message recipients: exactly one form (graph-api.md section 3).
    row("recipient empty", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":{},"message":{"text":"Hi"}})", "recipient",
        "exactly one");
    row("recipient two forms", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":{"id":"31","user_ref":"u"},
            "message":{"text":"Hi"}})",
        "recipient", "id, user_ref");
    row("recipient unknown form", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":{"email":"a@b.example"},
            "message":{"text":"Hi"}})",
        "recipient.email", "\"email\"");
    row("recipient name alone", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":{"id":"31","name":{"first_name":"A",
            "last_name":"B"}},"message":{"text":"Hi"}})",
        "recipient.name", "phone_number");
    row("recipient half name", "send_message",
        R"({"messaging_type":"UPDATE","recipient":{"phone_number":"+1 555","name":{
            "first_name":"A"}},"message":{"text":"Hi"}})",
        "recipient.name", "last_name");
    row("recipient id letters", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":{"id":"me"},"message":{"text":"Hi"}})",
        "recipient.id", "PSID");
    row("recipient id true", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":{"id":true},"message":{"text":"Hi"}})",
        "recipient.id", "not true");
    row("recipient blank token", "send_message",
        R"({"messaging_type":"UPDATE","recipient":{"one_time_notif_token":" "},
            "message":{"text":"Hi"}})",
        "recipient.one_time_notif_token", "text");
    row("recipient post path", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":{"post_id":"1/2"},"message":{"text":"Hi"}})",
        "recipient.post_id", "123_456");
    row("recipient missing", "send_message",
        R"({"messaging_type":"RESPONSE","message":{"text":"Hi"}})", "recipient", "required");
    row("recipient text", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":"31","message":{"text":"Hi"}})", "recipient",
        "exactly one");
    row("unknown action", "send_message", R"({"recipient":{"id":"31"},"sender_action":"wave"})",
        "sender_action", "mark_seen, typing_on, typing_off, react, unreact");
    row("unknown messaging type", "send_message",
        R"({"messaging_type":"PROMO","recipient":{"id":"31"},"message":{"text":"Hi"}})",
        "messaging_type", "UTILITY");
    row("notification type", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},"message":{"text":"Hi"},
            "notification_type":"LOUD"})",
        "notification_type", "REGULAR, SILENT_PUSH, NO_PUSH");
    row("persona id", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},"message":{"text":"Hi"},
            "persona_id":{}})",
        "persona_id", "not {}");
    row("message text", "send_message",
        R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},"message":"Hi"})", "message",
        "object");
}

void TestInputChecks::refusals()
{
    QFETCH(QString, op);
    QFETCH(QJsonObject, input);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const auto outcome = build(op, input);
    const auto *error = std::get_if<InputError>(&outcome);
    QVERIFY2(error, "built a request Graph would refuse");
    QCOMPARE(error->field, field);
    QVERIFY2(error->message.contains(says), qPrintable(error->message));
    // The message names the field, so a CLI user sees which one without the prefix.
    QVERIFY2(error->message.contains(field.section(QLatin1Char('.'), 0, 0)) ||
                 error->message.contains(field),
             qPrintable(error->message));
}

void TestInputChecks::batchReferencesStandForAnyScalar()
{
    // graph-api.md section 5: create a label, then label a user with {result=create:$.id}.
    const auto outcome = build(QStringLiteral("label_user"),
                               json(R"({"label_id":"{result=create:$.id}","user":"31"})"));
    QVERIFY(std::holds_alternative<BuiltRequest>(outcome));
    QCOMPARE(std::get<BuiltRequest>(outcome).path, QStringLiteral("/{result=create:$.id}/label"));
    QVERIFY(ParamCheck::isBatchReference(QStringLiteral("{result=first:$.data.*.id}")));
    QVERIFY(!ParamCheck::isBatchReference(QStringLiteral("{result=create}")));
    QVERIFY(!ParamCheck::isBatchReference(QStringLiteral("555/{result=create:$.id}")));
    // Not for objects: a recipient stays a recipient.
    const auto recipient = build(QStringLiteral("send_message"),
                                 json(R"({"messaging_type":"RESPONSE","recipient":"{result=a:$.id}",
                       "message":{"text":"Hi"}})"));
    QVERIFY(std::holds_alternative<InputError>(recipient));
}

void TestInputChecks::idTextIsTheRuleOfEveryPsidList_data()
{
    // PSID files, pastes, --label and the one-recipient field all take this rule, the same as
    // the builder's for a PSID given as text: what passes here is never refused by Graph's
    // id check later, and what the store holds comes back unchanged.
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fits");
    QTest::newRow("one digit") << QStringLiteral("7") << true;
    QTest::newRow("a PSID") << QStringLiteral("6789012345678901") << true;
    QTest::newRow("30 digits") << QString(30, QLatin1Char('9')) << true;
    QTest::newRow("31 digits") << QString(31, QLatin1Char('9')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space before") << QStringLiteral(" 12") << false;
    QTest::newRow("a letter") << QStringLiteral("12a") << false;
    QTest::newRow("a sign") << QStringLiteral("-12") << false;
    QTest::newRow("an underscore") << QStringLiteral("12_34") << false;
    QTest::newRow("a NUL") << QStringLiteral("12").append(QChar(0)) << false;
    QTest::newRow("fullwidth digits") << QStringLiteral("\uFF11\uFF12") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662") << false;
    QTest::newRow("a noncharacter") << QStringLiteral("12\uFFFE") << false;
}

void TestInputChecks::idTextIsTheRuleOfEveryPsidList()
{
    QFETCH(QString, text);
    QFETCH(bool, fits);
    QCOMPARE(ParamCheck::isIdText(text), fits);
    QCOMPARE(ParamCheck::isGraphId(QJsonValue(text)), fits);
}

QTEST_GUILESS_MAIN(TestInputChecks)
#include "tst_inputchecks.moc"
