// Success cases of the handover, ID matching, user profile, insights, tools, send and
// accounts groups.
#include "successcases_p.h"

#include "api/sandbox/demodata.h"

#include <QJsonArray>

namespace mdesk::sandboxtest::cases {

void addOtherCases(QList<SuccessCase> &cases)
{
    const api::GraphVersion kLegacy{3, 3}; // Messenger codes still served
    const auto psid = [](SandboxHarness &h) { return h.psid(0, 0); };
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
}

} // namespace mdesk::sandboxtest::cases
