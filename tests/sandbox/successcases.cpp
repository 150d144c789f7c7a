#include "successcases.h"

#include "api/operationtable.h"
#include "api/sandbox/demodata.h"
#include "api/sandbox/sandboxstate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mdesk::sandboxtest {

using api::GraphVersion;

QJsonValue json(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("{\"v\":") + text + "}", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("successcases: bad JSON (%s): %s", qPrintable(error.errorString()), text);
    return document.object().value(QStringLiteral("v"));
}

QJsonValue validProfileValue(const QString &field)
{
    static const QHash<QString, const char *> values{
        {QStringLiteral("account_linking_url"), R"("https://bluebird-bakery.example/link")"},
        {QStringLiteral("get_started"), R"("START_ORDER")"},
        {QStringLiteral("greeting"),
         R"([{"locale":"default","text":"Hello {{user_first_name}}!"},
             {"locale":"fr_FR","text":"Bonjour {{user_first_name}} !"}])"},
        {QStringLiteral("home_url"),
         R"({"url":"https://bluebird-bakery.example/home","webview_height_ratio":"tall",
             "in_test":true})"},
        {QStringLiteral("payment_settings"),
         R"({"privacy_url":"https://bluebird-bakery.example/privacy","public_key":"pk-test",
             "test_users":["1234567890"]})"},
        {QStringLiteral("persistent_menu"),
         R"([{"locale":"default","composer_input_disabled":false,"call_to_actions":[
             {"type":"postback","title":"Today's bakes","payload":"TODAY"},
             {"type":"web_url","title":"Shop","url":"https://bluebird-bakery.example/shop",
              "webview_height_ratio":"full"}]}])"},
        {QStringLiteral("target_audience"),
         R"({"audience_type":"custom","countries":{"whitelist":["US","DE"]}})"},
        {QStringLiteral("whitelisted_domains"),
         R"(["https://bluebird-bakery.example","https://shop.bluebird-bakery.example"])"},
        {QStringLiteral("ice_breakers"),
         R"([{"question":"Are you open today?","payload":"HOURS"}])"},
    };
    return json(values.value(field, "null"));
}

QJsonValue storedProfileValue(const QString &field)
{
    if (field == QLatin1String("get_started"))
        return QJsonObject{{QStringLiteral("payload"), validProfileValue(field)}};
    return validProfileValue(field);
}

QJsonObject setInput(const QString &field)
{
    if (field == QLatin1String("get_started"))
        return {{QStringLiteral("payload"), validProfileValue(field)}};
    return {{QStringLiteral("value"), validProfileValue(field)}};
}

namespace {

const GraphVersion kLegacy{3, 3};   // Broadcast API and Messenger codes still served
const GraphVersion kBeforeV7{6, 0}; // home_url still accepted

QString expect(bool condition, const QString &what)
{
    return condition ? QString() : what;
}

QString isSuccess(const QJsonValue &body)
{
    return expect(body[QLatin1String("success")].toBool() ||
                      body[QLatin1String("result")].toString() == QLatin1String("success"),
                  QStringLiteral("expected success"));
}

QString hasKey(const QJsonValue &body, const char *key)
{
    return expect(!body[QLatin1String(key)].toString().isEmpty(),
                  QStringLiteral("expected a non-empty \"%1\"").arg(QLatin1String(key)));
}

sandbox::PageState &pageOf(SandboxHarness &h, int app = 0, int page = 0)
{
    return *h.graph().state().page(h.pageId(app, page));
}

// A profile page with nothing set, where a property can be written from scratch; what a
// property needs first (get_started for a menu, a whitelisted domain for home_url) is set.
void prepareProfile(SandboxHarness &h, const QString &field)
{
    sandbox::PageState &page = pageOf(h, 1, 1);
    page.profile = {};
    if (field == QLatin1String("persistent_menu"))
        page.profile.insert(QStringLiteral("get_started"),
                            storedProfileValue(QStringLiteral("get_started")));
    if (field == QLatin1String("home_url"))
        page.profile.insert(QStringLiteral("whitelisted_domains"),
                            validProfileValue(QStringLiteral("whitelisted_domains")));
}

void addProfileCases(QList<SuccessCase> &cases, const QString &field)
{
    const GraphVersion version = field == QLatin1String("home_url") ? kBeforeV7 : GraphVersion{};
    cases.append({QStringLiteral("set_") + field, version, 1, 1,
                  [field](SandboxHarness &h) {
                      prepareProfile(h, field);
                      return setInput(field);
                  },
                  [field](const QJsonValue &body, SandboxHarness &h) {
                      if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                          return wrong;
                      return expect(pageOf(h, 1, 1).profile.value(field) ==
                                        storedProfileValue(field),
                                    QStringLiteral("the page does not hold the value"));
                  }});
    cases.append({QStringLiteral("reset_") + field, version, 1, 1,
                  [field](SandboxHarness &h) {
                      prepareProfile(h, field);
                      pageOf(h, 1, 1).profile.insert(field, storedProfileValue(field));
                      return QJsonObject{};
                  },
                  [field](const QJsonValue &body, SandboxHarness &h) {
                      if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                          return wrong;
                      return expect(!pageOf(h, 1, 1).profile.contains(field),
                                    QStringLiteral("the value is still set"));
                  }});
    cases.append({QStringLiteral("fetch_") + field, version, 1, 1,
                  [field](SandboxHarness &h) {
                      prepareProfile(h, field);
                      pageOf(h, 1, 1).profile.insert(field, storedProfileValue(field));
                      return QJsonObject{};
                  },
                  [field](const QJsonValue &body, SandboxHarness &) {
                      return expect(
                          body[QLatin1String("data")][0][field] == storedProfileValue(field),
                          QStringLiteral("data[0].%1 is not the stored value").arg(field));
                  }});
}

// A creative, and a broadcast of it, made through the sandbox on a legacy version.
QString createCreative(SandboxHarness &h)
{
    return h
        .call(QStringLiteral("create_message_creative"),
              {{QStringLiteral("messages"), json(R"([{"text":"Fresh croissants today!"}])")}})
        .object()
        .value(QStringLiteral("message_creative_id"))
        .toString();
}

QString scheduleBroadcast(SandboxHarness &h)
{
    const qint64 inOneHour = h.graph().state().now().addSecs(3600).toSecsSinceEpoch();
    return h
        .call(QStringLiteral("broadcast_message"),
              {{QStringLiteral("message_creative_id"), createCreative(h)},
               {QStringLiteral("schedule_time"), inOneHour}})
        .object()
        .value(QStringLiteral("broadcast_id"))
        .toString();
}

QList<SuccessCase> buildCases()
{
    QList<SuccessCase> cases;
    for (const QString &field : api::OperationTable::profileFields())
        addProfileCases(cases, field);

    const auto psid = [](SandboxHarness &h) { return h.psid(0, 0); };
    cases << SuccessCase{
        QStringLiteral("set_messenger_profile"),
        {},
        1,
        1,
        [](SandboxHarness &h) {
            pageOf(h, 1, 1).profile = {};
            return QJsonObject{
                {QStringLiteral("profile"),
                 QJsonObject{
                     {QStringLiteral("greeting"), validProfileValue(QStringLiteral("greeting"))},
                     {QStringLiteral("get_started"),
                      storedProfileValue(QStringLiteral("get_started"))},
                     {QStringLiteral("persistent_menu"),
                      validProfileValue(QStringLiteral("persistent_menu"))}}}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                return wrong;
            return expect(pageOf(h, 1, 1).profile.size() == 3,
                          QStringLiteral("three properties expected"));
        }};
    cases << SuccessCase{
        QStringLiteral("reset_messenger_profile"),
        {},
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{{QStringLiteral("fields"), json(R"(["greeting","ice_breakers"])")}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                return wrong;
            return expect(!pageOf(h).profile.contains(QStringLiteral("greeting")),
                          QStringLiteral("greeting still set"));
        }};
    cases << SuccessCase{
        QStringLiteral("fetch_messenger_profile"),
        {},
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{
                {QStringLiteral("fields"), json(R"(["greeting","get_started","home_url"])")}};
        },
        [](const QJsonValue &body, SandboxHarness &) {
            const QJsonObject data = body[QLatin1String("data")][0].toObject();
            return expect(data.keys() == QStringList{QStringLiteral("get_started"),
                                                     QStringLiteral("greeting")},
                          QStringLiteral("data[0] should hold the two set fields"));
        }};
    const QJsonValue menu = validProfileValue(QStringLiteral("persistent_menu"));
    cases << SuccessCase{QStringLiteral("set_user_persistent_menu"),
                         {},
                         0,
                         0,
                         [psid, menu](SandboxHarness &h) {
                             return QJsonObject{{QStringLiteral("psid"), psid(h)},
                                                {QStringLiteral("persistent_menu"), menu}};
                         },
                         [psid](const QJsonValue &body, SandboxHarness &h) {
                             if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                                 return wrong;
                             return expect(pageOf(h).userMenus.contains(psid(h)),
                                           QStringLiteral("no user menu stored"));
                         }};
    cases << SuccessCase{
        QStringLiteral("fetch_user_persistent_menu"),
        {},
        0,
        0,
        [psid, menu](SandboxHarness &h) {
            pageOf(h).userMenus.insert(psid(h), menu.toArray());
            return QJsonObject{{QStringLiteral("psid"), psid(h)}};
        },
        [menu](const QJsonValue &body, SandboxHarness &) {
            return expect(
                body[QLatin1String("data")][0][QLatin1String("user_level_persistent_menu")] == menu,
                QStringLiteral("user_level_persistent_menu missing"));
        }};
    cases << SuccessCase{QStringLiteral("reset_user_persistent_menu"),
                         {},
                         0,
                         0,
                         [psid, menu](SandboxHarness &h) {
                             pageOf(h).userMenus.insert(psid(h), menu.toArray());
                             return QJsonObject{{QStringLiteral("psid"), psid(h)}};
                         },
                         [psid](const QJsonValue &body, SandboxHarness &h) {
                             if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                                 return wrong;
                             return expect(!pageOf(h).userMenus.contains(psid(h)),
                                           QStringLiteral("user menu still stored"));
                         }};

    const auto label = [](SandboxHarness &h) { return h.labelId(0, 0); };
    cases << SuccessCase{
        QStringLiteral("create_custom_label"),
        {},
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{{QStringLiteral("name"), QStringLiteral("Contract test")}};
        },
        [](const QJsonValue &body, SandboxHarness &) { return hasKey(body, "id"); }};
    cases << SuccessCase{QStringLiteral("fetch_custom_label"),
                         {},
                         0,
                         0,
                         [label](SandboxHarness &h) {
                             return QJsonObject{{QStringLiteral("label_id"), label(h)}};
                         },
                         [](const QJsonValue &body, SandboxHarness &) {
                             return expect(
                                 body[QLatin1String("page_label_name")].toString() ==
                                     QLatin1String("VIP customers"),
                                 QStringLiteral("page_label_name should be VIP customers"));
                         }};
    cases << SuccessCase{QStringLiteral("delete_custom_label"),
                         {},
                         0,
                         0,
                         [label](SandboxHarness &h) {
                             return QJsonObject{{QStringLiteral("label_id"), label(h)}};
                         },
                         [](const QJsonValue &body, SandboxHarness &h) {
                             if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                                 return wrong;
                             return expect(pageOf(h).labelOrder.size() == 7,
                                           QStringLiteral("7 labels should remain"));
                         }};
    cases << SuccessCase{QStringLiteral("list_custom_labels"),
                         {},
                         0,
                         0,
                         [](SandboxHarness &) { return QJsonObject{}; },
                         [](const QJsonValue &body, SandboxHarness &) {
                             return expect(body[QLatin1String("data")].toArray().size() == 8,
                                           QStringLiteral("the bakery has 8 labels"));
                         }};
    cases << SuccessCase{QStringLiteral("list_custom_labels_of_user"),
                         {},
                         0,
                         0,
                         [psid](SandboxHarness &h) {
                             return QJsonObject{{QStringLiteral("psid"), psid(h)}};
                         },
                         [label](const QJsonValue &body, SandboxHarness &h) {
                             return expect(
                                 body[QLatin1String("data")][0][QLatin1String("id")].toString() ==
                                     label(h),
                                 QStringLiteral("the first user is in the first label"));
                         }};
    cases << SuccessCase{QStringLiteral("label_user"),
                         {},
                         0,
                         0,
                         [label](SandboxHarness &h) {
                             return QJsonObject{{QStringLiteral("label_id"), label(h)},
                                                {QStringLiteral("user"), h.psid(0, 0, 1)}};
                         },
                         [label](const QJsonValue &body, SandboxHarness &h) {
                             if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                                 return wrong;
                             return expect(
                                 pageOf(h).labels.value(label(h)).psids.contains(h.psid(0, 0, 1)),
                                 QStringLiteral("the user is not in the label"));
                         }};
    cases << SuccessCase{QStringLiteral("unlabel_user"),
                         {},
                         0,
                         0,
                         [label, psid](SandboxHarness &h) {
                             return QJsonObject{{QStringLiteral("label_id"), label(h)},
                                                {QStringLiteral("user"), psid(h)}};
                         },
                         [label, psid](const QJsonValue &body, SandboxHarness &h) {
                             if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                                 return wrong;
                             return expect(
                                 !pageOf(h).labels.value(label(h)).psids.contains(psid(h)),
                                 QStringLiteral("the user is still in the label"));
                         }};

    cases << SuccessCase{
        QStringLiteral("create_message_creative"),
        kLegacy,
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{{QStringLiteral("messages"), json(R"([{"text":"Hi!"}])")}};
        },
        [](const QJsonValue &body, SandboxHarness &) {
            return hasKey(body, "message_creative_id");
        }};
    cases << SuccessCase{
        QStringLiteral("broadcast_message"),
        kLegacy,
        0,
        0,
        [](SandboxHarness &h) {
            return QJsonObject{{QStringLiteral("message_creative_id"), createCreative(h)},
                               {QStringLiteral("notification_type"), QStringLiteral("REGULAR")},
                               {QStringLiteral("custom_label_id"), h.labelId(0, 0)}};
        },
        [](const QJsonValue &body, SandboxHarness &) { return hasKey(body, "broadcast_id"); }};
    cases << SuccessCase{
        QStringLiteral("fetch_broadcast"),
        kLegacy,
        0,
        0,
        [](SandboxHarness &h) {
            return QJsonObject{{QStringLiteral("broadcast_id"), scheduleBroadcast(h)}};
        },
        [](const QJsonValue &body, SandboxHarness &) {
            return expect(body[QLatin1String("status")].toString() == QLatin1String("SCHEDULED") &&
                              !body[QLatin1String("scheduled_time")].toString().isEmpty(),
                          QStringLiteral("a scheduled broadcast with its time expected"));
        }};
    cases << SuccessCase{
        QStringLiteral("cancel_broadcast"),
        kLegacy,
        0,
        0,
        [](SandboxHarness &h) {
            return QJsonObject{{QStringLiteral("broadcast_id"), scheduleBroadcast(h)}};
        },
        [](const QJsonValue &body, SandboxHarness &) { return isSuccess(body); }};
    cases << SuccessCase{
        QStringLiteral("estimate_broadcast_reach"),
        kLegacy,
        0,
        0,
        [](SandboxHarness &h) {
            return QJsonObject{{QStringLiteral("custom_label_id"), h.labelId(0, 0)}};
        },
        [](const QJsonValue &body, SandboxHarness &) {
            return hasKey(body, "reach_estimation_id");
        }};

    cases << SuccessCase{
        QStringLiteral("pass_thread_control"),
        {},
        0,
        0,
        [psid](SandboxHarness &h) {
            return QJsonObject{
                {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), psid(h)}}},
                {QStringLiteral("target_app_id"), sandbox::DemoData::kPageInboxAppId},
                {QStringLiteral("metadata"), QStringLiteral("needs a human")}};
        },
        [psid](const QJsonValue &body, SandboxHarness &h) {
            if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                return wrong;
            return expect(pageOf(h).threadOwners.value(psid(h)) ==
                              sandbox::DemoData::kPageInboxAppId,
                          QStringLiteral("Page Inbox should own the thread"));
        }};
    cases << SuccessCase{
        QStringLiteral("take_thread_control"),
        {},
        0,
        0,
        [psid](SandboxHarness &h) {
            pageOf(h).threadOwners.insert(psid(h), sandbox::DemoData::kPageInboxAppId);
            return QJsonObject{
                {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), psid(h)}}}};
        },
        [psid](const QJsonValue &body, SandboxHarness &h) {
            if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                return wrong;
            return expect(!pageOf(h).threadOwners.contains(psid(h)),
                          QStringLiteral("the primary receiver should own the thread"));
        }};
    cases << SuccessCase{QStringLiteral("request_thread_control"),
                         {},
                         0,
                         0,
                         [psid](SandboxHarness &h) {
                             pageOf(h).threadOwners.insert(psid(h),
                                                           sandbox::DemoData::kPageInboxAppId);
                             return QJsonObject{{QStringLiteral("recipient"),
                                                 QJsonObject{{QStringLiteral("id"), psid(h)}}}};
                         },
                         [](const QJsonValue &body, SandboxHarness &) { return isSuccess(body); }};
    cases << SuccessCase{QStringLiteral("fetch_secondary_receivers"),
                         {},
                         0,
                         0,
                         [](SandboxHarness &) { return QJsonObject{}; },
                         [](const QJsonValue &body, SandboxHarness &) {
                             return expect(
                                 body[QLatin1String("data")][1][QLatin1String("name")].toString() ==
                                     QLatin1String("Page Inbox"),
                                 QStringLiteral("Page Inbox should be a secondary receiver"));
                         }};
    cases << SuccessCase{QStringLiteral("fetch_thread_owner"),
                         {},
                         0,
                         0,
                         [psid](SandboxHarness &h) {
                             return QJsonObject{{QStringLiteral("psid"), psid(h)}};
                         },
                         [](const QJsonValue &body, SandboxHarness &h) {
                             return expect(body[QLatin1String("data")][0][QLatin1String(
                                               "thread_owner")][QLatin1String("app_id")]
                                                   .toString() == h.appId(0),
                                           QStringLiteral("the app itself should own the thread"));
                         }};

    cases << SuccessCase{
        QStringLiteral("fetch_ids_for_app"),
        {},
        0,
        0,
        [psid](SandboxHarness &h) {
            return QJsonObject{{QStringLiteral("psid"), psid(h)}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            return expect(body[QLatin1String("data")][0][QLatin1String("app")][QLatin1String("id")]
                                  .toString() == h.appId(0),
                          QStringLiteral("the ASID of app 0 expected first"));
        }};
    cases << SuccessCase{
        QStringLiteral("fetch_ids_for_page"),
        {},
        0,
        0,
        [](SandboxHarness &h) {
            return QJsonObject{{QStringLiteral("asid"),
                                h.graph().state().persons.at(0).asidByApp.value(h.appId(0))}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            return expect(body[QLatin1String("data")][0][QLatin1String("id")].toString() ==
                              h.psid(0, 0),
                          QStringLiteral("the PSID on the first page expected first"));
        }};
    cases << SuccessCase{
        QStringLiteral("fetch_user_profile"),
        {},
        0,
        0,
        [psid](SandboxHarness &h) {
            return QJsonObject{{QStringLiteral("psid"), psid(h)}};
        },
        [](const QJsonValue &body, SandboxHarness &) {
            return expect(
                !body[QLatin1String("first_name")].toString().isEmpty() &&
                    body[QLatin1String("profile_pic")].toString().startsWith(QLatin1String("http")),
                QStringLiteral("first_name and profile_pic expected"));
        }};
    cases << SuccessCase{
        QStringLiteral("fetch_insights"),
        {},
        0,
        0,
        [](SandboxHarness &h) {
            const QDateTime now = h.graph().state().now();
            return QJsonObject{
                {QStringLiteral("metrics"), json(R"(["page_messages_new_conversations_unique"])")},
                {QStringLiteral("since"), now.addDays(-7).toSecsSinceEpoch()},
                {QStringLiteral("until"), now.toSecsSinceEpoch()},
                {QStringLiteral("period"), QStringLiteral("day")}};
        },
        [](const QJsonValue &body, SandboxHarness &) {
            return expect(
                body[QLatin1String("data")][0][QLatin1String("values")].toArray().size() >= 6,
                QStringLiteral("a week of daily values expected"));
        }};
    cases << SuccessCase{
        QStringLiteral("create_messenger_code"),
        kLegacy,
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{{QStringLiteral("data"),
                                QJsonObject{{QStringLiteral("ref"), QStringLiteral("table-12")}}},
                               {QStringLiteral("image_size"), 200}};
        },
        [](const QJsonValue &body, SandboxHarness &) { return hasKey(body, "uri"); }};
    cases << SuccessCase{
        QStringLiteral("fetch_messaging_feature_review"),
        {},
        0,
        0,
        [](SandboxHarness &) { return QJsonObject{}; },
        [](const QJsonValue &body, SandboxHarness &) {
            return expect(body[QLatin1String("data")][0][QLatin1String("status")].toString() ==
                              QLatin1String("approved"),
                          QStringLiteral("subscription_messaging should be approved"));
        }};
    cases << SuccessCase{
        QStringLiteral("upload_attachment"),
        {},
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{
                {QStringLiteral("type"), QStringLiteral("image")},
                {QStringLiteral("url"), QStringLiteral("https://bluebird-bakery.example/cake.png")},
                {QStringLiteral("is_reusable"), true}};
        },
        [](const QJsonValue &body, SandboxHarness &) { return hasKey(body, "attachment_id"); }};
    cases << SuccessCase{
        QStringLiteral("send_message"),
        {},
        0,
        0,
        [psid](SandboxHarness &h) {
            return QJsonObject{
                {QStringLiteral("messaging_type"), QStringLiteral("RESPONSE")},
                {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), psid(h)}}},
                {QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("text"), QStringLiteral("Your cake is ready!")}}}};
        },
        [psid](const QJsonValue &body, SandboxHarness &h) {
            return expect(
                body[QLatin1String("message_id")].toString().startsWith(QLatin1String("m_")) &&
                    body[QLatin1String("recipient_id")].toString() == psid(h),
                QStringLiteral("recipient_id and an m_ message_id expected"));
        }};
    cases << SuccessCase{QStringLiteral("unlink_account"),
                         {},
                         0,
                         0,
                         [](SandboxHarness &h) {
                             return QJsonObject{{QStringLiteral("psid"), h.psid(0, 0, 3)}};
                         },
                         [](const QJsonValue &body, SandboxHarness &) {
                             return expect(body[QLatin1String("result")].toString() ==
                                               QLatin1String("unlink account success"),
                                           QStringLiteral("unlink account success expected"));
                         }};
    cases << SuccessCase{
        QStringLiteral("set_nlp_configs"),
        {},
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{{QStringLiteral("nlp_enabled"), true},
                               {QStringLiteral("model"), QStringLiteral("GERMAN")}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                return wrong;
            return expect(pageOf(h).nlpConfig.value(QStringLiteral("model")).toString() ==
                              QLatin1String("GERMAN"),
                          QStringLiteral("model not stored"));
        }};
    cases << SuccessCase{QStringLiteral("subscribe_to_page_webhooks"),
                         {},
                         0,
                         1,
                         [](SandboxHarness &) {
                             return QJsonObject{{QStringLiteral("subscribed_fields"),
                                                 json(R"(["messages","messaging_postbacks"])")}};
                         },
                         [](const QJsonValue &body, SandboxHarness &h) {
                             if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                                 return wrong;
                             return expect(pageOf(h, 0, 1).subscribedFields.size() == 2,
                                           QStringLiteral("fields not stored"));
                         }};
    cases << SuccessCase{QStringLiteral("unsubscribe_to_page_webhooks"),
                         {},
                         0,
                         0,
                         [](SandboxHarness &) { return QJsonObject{}; },
                         [](const QJsonValue &body, SandboxHarness &h) {
                             if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                                 return wrong;
                             return expect(pageOf(h).subscribedFields.isEmpty(),
                                           QStringLiteral("still subscribed"));
                         }};
    cases << SuccessCase{
        QStringLiteral("debug_token"),
        {},
        0,
        0,
        [](SandboxHarness &h) {
            return QJsonObject{{QStringLiteral("input_token"), h.pageToken(0, 0)}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            const QJsonValue data = body[QLatin1String("data")];
            return expect(data[QLatin1String("is_valid")].toBool() &&
                              data[QLatin1String("type")].toString() == QLatin1String("PAGE") &&
                              data[QLatin1String("profile_id")].toString() == h.pageId(0, 0),
                          QStringLiteral("a valid PAGE token of the bakery expected"));
        }};
    cases << SuccessCase{QStringLiteral("list_pages"),
                         {},
                         0,
                         0,
                         [](SandboxHarness &) { return QJsonObject{}; },
                         [](const QJsonValue &body, SandboxHarness &h) {
                             const QJsonArray data = body[QLatin1String("data")].toArray();
                             return expect(
                                 data.size() == 2 &&
                                     data.at(0)[QLatin1String("access_token")].toString() ==
                                         h.pageToken(0, 0),
                                 QStringLiteral("the app's two pages with tokens expected"));
                         }};
    return cases;
}

} // namespace

const QList<SuccessCase> &successCases()
{
    static const QList<SuccessCase> cases = buildCases();
    return cases;
}

const SuccessCase *successCaseFor(const QString &op)
{
    for (const auto &c : successCases()) {
        if (c.op == op)
            return &c;
    }
    return nullptr;
}

} // namespace mdesk::sandboxtest
