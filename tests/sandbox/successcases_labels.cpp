// Success cases of the labels and broadcast groups.
#include "successcases_p.h"

#include <QJsonArray>

namespace mdesk::sandboxtest::cases {

namespace {

const api::GraphVersion kLegacy{3, 3}; // Broadcast API still served

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

} // namespace

void addLabelAndBroadcastCases(QList<SuccessCase> &cases)
{
    const auto psid = [](SandboxHarness &h) { return h.psid(0, 0); };
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
}

} // namespace mdesk::sandboxtest::cases
