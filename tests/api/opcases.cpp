#include "opcases.h"

#include "api/operationtable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace mdesk::apitest {

using api::TokenKind;

QJsonObject json(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (!document.isObject())
        qFatal("opcases: not a JSON object (%s): %s", qPrintable(error.errorString()), text);
    return document.object();
}

namespace {

const QString kProfilePath = QStringLiteral("/me/messenger_profile");

OpCase make(const char *op, const char *input, const char *method, const char *path,
            QMap<QString, QString> query = {}, std::optional<QJsonObject> body = std::nullopt,
            TokenKind token = TokenKind::Page)
{
    OpCase c;
    c.op = QLatin1String(op);
    c.tag = c.op;
    c.input = json(input);
    c.method = method;
    c.path = QLatin1String(path);
    c.query = std::move(query);
    c.body = std::move(body);
    c.token = token;
    return c;
}

OpCase variant(OpCase c, const char *name)
{
    c.tag = c.op + QLatin1Char('@') + QLatin1String(name);
    return c;
}

// set_X / reset_X / fetch_X for one Messenger profile property (graph-api.md section 2).
void addProfileCases(QList<OpCase> &cases, const char *field, const char *valueJson)
{
    const QString name = QLatin1String(field);
    const QJsonValue value =
        json((QByteArray("{\"v\":") + valueJson + "}").constData()).value(QStringLiteral("v"));

    OpCase set = make("set_x", "{}", "POST", "/me/messenger_profile");
    set.op = set.tag = QStringLiteral("set_") + name;
    set.input = QJsonObject{{QStringLiteral("value"), value}};
    set.body = QJsonObject{{name, value}};

    OpCase reset = make("reset_x", "{}", "DELETE", "/me/messenger_profile");
    reset.op = reset.tag = QStringLiteral("reset_") + name;
    reset.body = QJsonObject{{QStringLiteral("fields"), QJsonArray{name}}};

    OpCase fetch = make("fetch_x", "{}", "GET", "/me/messenger_profile");
    fetch.op = fetch.tag = QStringLiteral("fetch_") + name;
    fetch.query = {{QStringLiteral("fields"), name}};
    cases << set << reset << fetch;
}

QMap<QString, QString> q(std::initializer_list<std::pair<const char *, const char *>> items)
{
    QMap<QString, QString> map;
    for (const auto &[key, value] : items)
        map.insert(QLatin1String(key), QString::fromUtf8(value));
    return map;
}

// send_message as graph-api.md section 3 gives it: every recipient form, sender actions
// (no message, no messaging_type), UTILITY, HUMAN_AGENT, persona_id, notification_type.
// The body is the input, exactly.
void addSendCases(QList<OpCase> &c)
{
    const auto send = [&c](const char *name, const char *input) {
        c << variant(make("send_message", input, "POST", "/me/messages", {}, json(input)), name);
    };
    send("user_ref", R"({"messaging_type":"RESPONSE","recipient":{"user_ref":"UREF-77"},
                         "message":{"text":"Hi"}})");
    send("phone_number", R"({"messaging_type":"UPDATE","recipient":{"phone_number":"+1(212)555-2368",
                             "name":{"first_name":"Ana","last_name":"Lima"}},"message":{"text":"Hi"}})");
    send("phone_number_without_name", R"({"messaging_type":"UPDATE",
                          "recipient":{"phone_number":"+4915112345678"},"message":{"text":"Hi"}})");
    send("post_id", R"({"messaging_type":"RESPONSE","recipient":{"post_id":"2002_9876"},
                        "message":{"text":"Thanks for your post"}})");
    send("comment_id", R"({"messaging_type":"RESPONSE","recipient":{"comment_id":"9876_5432"},
                           "message":{"text":"Thanks for your comment"}})");
    send("notification_messages_token",
         R"({"messaging_type":"UPDATE","recipient":{"notification_messages_token":"NMT-1"},
             "message":{"text":"News"}})");
    send("one_time_notif_token", R"({"messaging_type":"UPDATE",
             "recipient":{"one_time_notif_token":"OTN-1"},"message":{"text":"Back in stock"}})");
    send("numeric_id", R"({"messaging_type":"RESPONSE","recipient":{"id":2460000000000017},
                           "message":{"text":"Hi"}})");
    send("mark_seen", R"({"recipient":{"id":"31"},"sender_action":"mark_seen"})");
    send("typing_on", R"({"recipient":{"id":"31"},"sender_action":"typing_on"})");
    send("typing_off", R"({"recipient":{"id":"31"},"sender_action":"typing_off"})");
    send("typing_on_as_persona",
         R"({"recipient":{"id":"31"},"sender_action":"typing_on","persona_id":"61"})");
    send("react", R"({"recipient":{"id":"31"},"sender_action":"react",
                      "payload":{"message_id":"m_AbC1","reaction":"love"}})");
    send("unreact", R"({"recipient":{"id":"31"},"sender_action":"unreact",
                        "payload":{"message_id":"m_AbC1"}})");
    send("persona", R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},
                        "message":{"text":"Ana here"},"persona_id":"61"})");
    send("human_agent", R"({"messaging_type":"MESSAGE_TAG","tag":"HUMAN_AGENT",
                            "recipient":{"id":"31"},"message":{"text":"A person replies"}})");
    send("utility", R"({"messaging_type":"UTILITY","recipient":{"id":"31"},
        "message":{"attachment":{"type":"template","payload":{"template_type":"button",
        "text":"Your order shipped","buttons":[{"type":"web_url","url":"http://example.com/o/1",
        "title":"Track"}]}}}})");
    send("silent_push_quick_replies", R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},
        "notification_type":"SILENT_PUSH","message":{"text":"Pick one","metadata":"m-1",
        "quick_replies":[{"content_type":"text","title":"Yes","payload":"Y"},
                         {"content_type":"user_email"}]}})");
}

// Persistent menus Graph takes (graph-api.md section 3): http:// web_url items without
// Messenger extensions, https with them (and only then a fallback_url), and a locale whose
// composer stays on with no items.
void addMenuCases(QList<OpCase> &c)
{
    const auto menu = [&c](const char *name, const char *value) {
        const QByteArray input = QByteArray(R"({"value":)") + value + "}";
        const QByteArray body = QByteArray(R"({"persistent_menu":)") + value + "}";
        c << variant(make("set_persistent_menu", input.constData(), "POST",
                          "/me/messenger_profile", {}, json(body.constData())),
                     name);
    };
    menu("http_web_url", R"([{"locale":"default","composer_input_disabled":false,
        "call_to_actions":[{"type":"web_url","title":"Shop","url":"http://shop.example.com/"}]}])");
    menu("extensions_https_fallback", R"([{"locale":"default","call_to_actions":[
        {"type":"web_url","title":"Shop","url":"https://shop.example.com/",
         "messenger_extensions":true,"fallback_url":"http://shop.example.com/plain",
         "webview_height_ratio":"full","webview_share_button":"hide"}]}])");
    menu("empty_locale_composer_on", R"([{"locale":"default","composer_input_disabled":false,
        "call_to_actions":[{"type":"postback","title":"Help","payload":"HELP"}]},
        {"locale":"de_DE","composer_input_disabled":false,"call_to_actions":[]}])");
    menu("locale_without_items_key", R"([{"locale":"default","call_to_actions":[
        {"type":"postback","title":"Help","payload":"HELP"}]},{"locale":"fr_FR"}])");
}

// Filters and paging Graph takes pass through on the wire (issue 13: page on
// fetch_ids_for_app and app on fetch_ids_for_page were dropped).
void addFilterCases(QList<OpCase> &c)
{
    c << variant(make("fetch_ids_for_app", R"({"psid":"31","page":"5678"})", "GET",
                      "/31/ids_for_apps", q({{"page", "5678"}})),
                 "page")
      << variant(make("fetch_ids_for_app",
                      R"({"psid":"31","app":"1001","page":"5678","limit":10,"after":"A1"})", "GET",
                      "/31/ids_for_apps",
                      q({{"app", "1001"}, {"page", "5678"}, {"limit", "10"}, {"after", "A1"}})),
                 "all_filters")
      << variant(make("fetch_ids_for_page", R"({"asid":"41","app":"1001"})", "GET",
                      "/41/ids_for_pages", q({{"app", "1001"}}), std::nullopt, TokenKind::App),
                 "app")
      << variant(make("fetch_ids_for_page", R"({"asid":41,"page":2002,"before":"B1"})", "GET",
                      "/41/ids_for_pages", q({{"page", "2002"}, {"before", "B1"}}), std::nullopt,
                      TokenKind::App),
                 "numbers")
      << variant(make("list_custom_labels", R"({"limit":50,"fields":"page_label_name,id"})", "GET",
                      "/me/custom_labels", q({{"fields", "page_label_name,id"}, {"limit", "50"}})),
                 "limit")
      << variant(make("list_conversations",
                      R"({"fields":["participants","updated_time",
                          "messages.limit(5){from,created_time}"],"limit":100})",
                      "GET", "/me/conversations",
                      q({{"platform", "messenger"},
                         {"fields", "participants,updated_time,messages.limit(5){from,created_time}"},
                         {"limit", "100"}})),
                 "expansion")
      << variant(make("list_conversations", R"({"before":"C0"})", "GET", "/me/conversations",
                      q({{"platform", "messenger"},
                         {"fields", "id,updated_time,participants"},
                         {"before", "C0"}})),
                 "before")
      << variant(make("fetch_conversation_messages",
                      R"({"conversation_id":"t_10161234567890123","limit":5,
                          "fields":"message,from,created_time"})",
                      "GET", "/t_10161234567890123/messages",
                      q({{"fields", "message,from,created_time"}, {"limit", "5"}})),
                 "limit")
      << variant(make("fetch_subscribed_apps", R"({"fields":["id","subscribed_fields"]})", "GET",
                      "/me/subscribed_apps", q({{"fields", "id,subscribed_fields"}})),
                 "fields")
      << variant(make("list_personas", R"({"limit":2,"fields":"id,name"})", "GET", "/me/personas",
                      q({{"fields", "id,name"}, {"limit", "2"}})),
                 "limit")
      << variant(make("fetch_persona", R"({"persona_id":51,"fields":"name,profile_picture_url"})",
                      "GET", "/51", q({{"fields", "name,profile_picture_url"}})),
                 "fields")
      << variant(make("fetch_page", R"({"fields":["name","followers_count"]})", "GET", "/me",
                      q({{"fields", "name,followers_count"}})),
                 "fields")
      << variant(make("create_persona",
                      R"({"name":"Bo","profile_picture_url":"http://example.com/bo.png"})", "POST",
                      "/me/personas", {},
                      json(R"({"name":"Bo","profile_picture_url":"http://example.com/bo.png"})")),
                 "http_picture");
}

QList<OpCase> buildCases()
{
    QList<OpCase> c;
    addProfileCases(c, "account_linking_url", "\"https://example.com/link\"");
    addProfileCases(c, "greeting", R"([{"locale":"default","text":"Hi {{user_first_name}}"}])");
    addProfileCases(
        c, "home_url",
        R"({"url":"https://example.com","webview_height_ratio":"tall","in_test":true})");
    addProfileCases(
        c, "payment_settings",
        R"({"privacy_url":"https://example.com/p","public_key":"K","test_users":["9"]})");
    addProfileCases(c, "persistent_menu",
                    R"([{"locale":"default","composer_input_disabled":false,"call_to_actions":[
                        {"type":"postback","title":"Start over","payload":"RESTART"}]}])");
    addProfileCases(c, "target_audience", R"({"audience_type":"all"})");
    addProfileCases(c, "whitelisted_domains", R"(["https://example.com"])");
    addProfileCases(c, "ice_breakers", R"([{"question":"Where are you?","payload":"WHERE"}])");

    // get_started takes {"payload"} (default GET_STARTED) instead of {"value"}.
    c << make("set_get_started", R"({"payload":"START"})", "POST", "/me/messenger_profile", {},
              json(R"({"get_started":{"payload":"START"}})"))
      << variant(make("set_get_started", "{}", "POST", "/me/messenger_profile", {},
                      json(R"({"get_started":{"payload":"GET_STARTED"}})")),
                 "default_payload")
      << make("reset_get_started", "{}", "DELETE", "/me/messenger_profile", {},
              json(R"({"fields":["get_started"]})"))
      << make("fetch_get_started", "{}", "GET", "/me/messenger_profile",
              q({{"fields", "get_started"}}));

    // Multi-property forms and the per-user menu.
    c << make("set_messenger_profile",
              R"({"profile":{"greeting":[{"locale":"default","text":"Hi"}],
                  "get_started":{"payload":"GO"}}})",
              "POST", "/me/messenger_profile", {},
              json(R"({"greeting":[{"locale":"default","text":"Hi"}],
                       "get_started":{"payload":"GO"}})"))
      << make("reset_messenger_profile", R"({"fields":["greeting","get_started"]})", "DELETE",
              "/me/messenger_profile", {}, json(R"({"fields":["greeting","get_started"]})"))
      << make("fetch_messenger_profile", R"({"fields":["greeting","get_started"]})", "GET",
              "/me/messenger_profile", q({{"fields", "greeting,get_started"}}))
      << make(
             "set_user_persistent_menu",
             R"({"psid":"31","persistent_menu":[{"locale":"default","call_to_actions":[]}]})",
             "POST", "/me/custom_user_settings", {},
             json(R"({"psid":"31","persistent_menu":[{"locale":"default","call_to_actions":[]}]})"))
      << make("fetch_user_persistent_menu", R"({"psid":"31"})", "GET", "/me/custom_user_settings",
              q({{"psid", "31"}}))
      << make("reset_user_persistent_menu", R"({"psid":"31"})", "DELETE",
              "/me/custom_user_settings", q({{"psid", "31"}, {"params", "[\"persistent_menu\"]"}}));

    // Custom labels: page_label_name from v12.0, name before.
    OpCase createOld = make("create_custom_label", R"({"name":"VIP"})", "POST", "/me/custom_labels",
                            {}, json(R"({"name":"VIP"})"));
    createOld.version = {11, 0};
    OpCase fetchOld =
        make("fetch_custom_label", R"({"label_id":"555"})", "GET", "/555", q({{"fields", "name"}}));
    fetchOld.version = {11, 0};
    OpCase createV12 = make("create_custom_label", R"({"name":"VIP"})", "POST", "/me/custom_labels",
                            {}, json(R"({"page_label_name":"VIP"})"));
    createV12.version = {12, 0};
    c << make("create_custom_label", R"({"name":"VIP"})", "POST", "/me/custom_labels", {},
              json(R"({"page_label_name":"VIP"})"))
      << variant(createOld, "v11.0") << variant(createV12, "v12.0")
      << make("fetch_custom_label", R"({"label_id":"555"})", "GET", "/555",
              q({{"fields", "page_label_name"}}))
      << variant(fetchOld, "v11.0")
      << make("delete_custom_label", R"({"label_id":"555"})", "DELETE", "/555")
      << make("list_custom_labels", R"({"after":"CUR1"})", "GET", "/me/custom_labels",
              q({{"fields", "page_label_name"}, {"after", "CUR1"}}))
      << make("list_custom_labels_of_user", R"({"psid":"31","fields":["page_label_name","id"]})",
              "GET", "/31/custom_labels", q({{"fields", "page_label_name,id"}}))
      << make("label_user", R"({"label_id":"555","user":"31"})", "POST", "/555/label", {},
              json(R"({"user":"31"})"))
      << make("unlabel_user", R"({"label_id":"555","user":"31"})", "DELETE", "/555/label", {},
              json(R"({"user":"31"})"));

    // Broadcasts (removed by Graph, still spoken).
    c << make("create_message_creative", R"({"messages":[{"text":"Hello"}]})", "POST",
              "/me/message_creatives", {}, json(R"({"messages":[{"text":"Hello"}]})"))
      << make("broadcast_message",
              R"({"message_creative_id":"77","notification_type":"REGULAR",
                  "messaging_type":"MESSAGE_TAG","tag":"ACCOUNT_UPDATE","custom_label_id":"555"})",
              "POST", "/me/broadcast_messages", {},
              json(R"({"message_creative_id":"77","notification_type":"REGULAR",
                  "messaging_type":"MESSAGE_TAG","tag":"ACCOUNT_UPDATE","custom_label_id":"555"})"))
      << make("fetch_broadcast", R"({"broadcast_id":"88"})", "GET", "/88",
              q({{"fields", "scheduled_time,status"}}))
      << make("cancel_broadcast", R"({"broadcast_id":"88"})", "POST", "/88", {},
              json(R"({"operation":"cancel"})"))
      << make("estimate_broadcast_reach", R"({"custom_label_id":"555"})", "POST",
              "/me/broadcast_reach_estimations", {}, json(R"({"custom_label_id":"555"})"));

    // Handover protocol.
    c << make("pass_thread_control",
              R"({"recipient":{"id":"31"},"target_app_id":263902037430900,"metadata":"m"})", "POST",
              "/me/pass_thread_control", {},
              json(R"({"recipient":{"id":"31"},"target_app_id":263902037430900,"metadata":"m"})"))
      << make("take_thread_control", R"({"recipient":{"id":"31"},"metadata":"m"})", "POST",
              "/me/take_thread_control", {}, json(R"({"recipient":{"id":"31"},"metadata":"m"})"))
      << make("request_thread_control", R"({"recipient":{"id":"31"}})", "POST",
              "/me/request_thread_control", {}, json(R"({"recipient":{"id":"31"}})"))
      << make("fetch_secondary_receivers", "{}", "GET", "/me/secondary_receivers",
              q({{"fields", "id,name"}}))
      << make("fetch_thread_owner", R"({"psid":"31"})", "GET", "/me/thread_owner",
              q({{"recipient", "31"}}));

    // ID matching, user profile, insights.
    c << make("fetch_ids_for_app", R"({"psid":"31","app":"1001"})", "GET", "/31/ids_for_apps",
              q({{"app", "1001"}}))
      << make("fetch_ids_for_page", R"({"asid":"41","page":"2002"})", "GET", "/41/ids_for_pages",
              q({{"page", "2002"}}), std::nullopt, TokenKind::App)
      << make("fetch_user_profile", R"({"psid":"31"})", "GET", "/31",
              q({{"fields", "first_name,last_name,profile_pic"}}))
      << variant(make("fetch_user_profile", R"({"psid":"31","fields":["locale","timezone"]})",
                      "GET", "/31", q({{"fields", "locale,timezone"}})),
                 "fields")
      << make("fetch_insights",
              R"({"metrics":["page_messages_total_messaging_connections",
                  "page_messages_new_conversations_unique"],
                  "since":1700000000,"until":1700086400,"period":"day"})",
              "GET", "/me/insights",
              q({{"metric", "page_messages_total_messaging_connections,"
                            "page_messages_new_conversations_unique"},
                 {"since", "1700000000"},
                 {"until", "1700086400"},
                 {"period", "day"}}))
      << variant(make("fetch_insights",
                      R"({"metrics":["page_messages_blocked_conversations_unique"]})", "GET",
                      "/me/insights",
                      q({{"metric", "page_messages_blocked_conversations_unique"}})),
                 "metrics_only");

    // Tools, attachments, send.
    c << make("create_messenger_code", R"({"data":{"ref":"promo-1"},"image_size":500})", "POST",
              "/me/messenger_codes", {},
              json(R"({"type":"standard","data":{"ref":"promo-1"},"image_size":500})"))
      << make("fetch_messaging_feature_review", "{}", "GET", "/me/messaging_feature_review")
      << make("upload_attachment",
              R"({"type":"image","url":"https://example.com/a.png","is_reusable":true})", "POST",
              "/me/message_attachments", {}, json(R"({"message":{"attachment":{"type":"image",
                  "payload":{"url":"https://example.com/a.png","is_reusable":true}}}})"))
      << make(
             "send_message",
             R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},"message":{"text":"Hi"}})",
             "POST", "/me/messages", {},
             json(
                 R"({"messaging_type":"RESPONSE","recipient":{"id":"31"},"message":{"text":"Hi"}})"))
      << make("unlink_account", R"({"psid":"31"})", "POST", "/me/unlink_accounts", {},
              json(R"({"psid":"31"})"))
      << make("set_nlp_configs", R"({"nlp_enabled":true,"model":"ENGLISH","n_best":3})", "POST",
              "/me/nlp_configs", {}, json(R"({"nlp_enabled":true,"model":"ENGLISH","n_best":3})"))
      << make("subscribe_to_page_webhooks",
              R"({"subscribed_fields":["messages","messaging_postbacks"]})", "POST",
              "/2002/subscribed_apps", {},
              json(R"({"subscribed_fields":["messages","messaging_postbacks"]})"))
      << make("unsubscribe_to_page_webhooks", "{}", "DELETE", "/2002/subscribed_apps")
      << make("debug_token", R"({"input_token":"INPUTTOKEN-9-abcdefgh"})", "GET", "/debug_token",
              q({{"input_token", "INPUTTOKEN-9-abcdefgh"}}), std::nullopt, TokenKind::App)
      << make("list_pages", "{}", "GET", "/me/accounts", q({{"fields", "id,name,access_token"}}),
              std::nullopt, TokenKind::User)
      << make("list_conversations", R"({"after":"C1","limit":25})", "GET", "/me/conversations",
              q({{"platform", "messenger"},
                 {"fields", "id,updated_time,participants"},
                 {"after", "C1"},
                 {"limit", "25"}}))
      << variant(
             make("list_conversations", R"({"user_id":"31","fields":"participants"})", "GET",
                  "/me/conversations",
                  q({{"platform", "messenger"}, {"fields", "participants"}, {"user_id", "31"}})),
             "user_id")
      << make("fetch_conversation_messages", R"({"conversation_id":"t_77","after":"M1"})", "GET",
              "/t_77/messages", q({{"fields", "message,from,to,created_time"}, {"after", "M1"}}))
      << make("fetch_subscribed_apps", "{}", "GET", "/me/subscribed_apps")
      << make("create_persona",
              R"({"name":"Ana","profile_picture_url":"https://example.com/ana.png"})", "POST",
              "/me/personas", {},
              json(R"({"name":"Ana","profile_picture_url":"https://example.com/ana.png"})"))
      << make("list_personas", R"({"after":"P1"})", "GET", "/me/personas", q({{"after", "P1"}}))
      << make("fetch_persona", R"({"persona_id":"51"})", "GET", "/51")
      << make("delete_persona", R"({"persona_id":"51"})", "DELETE", "/51")
      << make("fetch_page", "{}", "GET", "/me",
              q({{"fields", "id,name,picture,followers_count,fan_count"}}));
    addSendCases(c);
    addMenuCases(c);
    addFilterCases(c);
    return c;
}

} // namespace

const QList<OpCase> &opCases()
{
    static const QList<OpCase> cases = buildCases();
    return cases;
}

QStringList opsWithoutCase()
{
    QSet<QString> covered;
    for (const auto &c : opCases())
        covered.insert(c.op);
    QStringList missing;
    for (const auto &spec : api::OperationTable::all()) {
        if (!covered.contains(spec.id))
            missing.append(spec.id);
    }
    return missing;
}

QStringList casesWithoutOp()
{
    QStringList unknown;
    for (const auto &c : opCases()) {
        if (!api::OperationTable::find(c.op))
            unknown.append(c.tag);
    }
    return unknown;
}

} // namespace mdesk::apitest
