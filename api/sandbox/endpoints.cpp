#include "endpoints.h"

#include "handlers.h"

#include "api/operationtable.h"

namespace mdesk::sandbox {

using api::TokenKind;

namespace {

Endpoint page(const char *method, const char *path, EndpointHandler handler)
{
    return {QByteArray(method), QLatin1String(path), handler, TokenKind::Page, false};
}

QList<Endpoint> buildEndpoints()
{
    using namespace Handlers;
    QList<Endpoint> endpoints{
        page("POST", "/me/messenger_profile", setProfile),
        page("DELETE", "/me/messenger_profile", resetProfile),
        page("GET", "/me/messenger_profile", fetchProfile),
        page("POST", "/me/custom_user_settings", setUserMenu),
        page("GET", "/me/custom_user_settings", fetchUserMenu),
        page("DELETE", "/me/custom_user_settings", resetUserMenu),

        page("POST", "/me/custom_labels", createLabel),
        page("GET", "/me/custom_labels", listLabels),
        page("GET", "/{label_id}", fetchLabel),
        page("DELETE", "/{label_id}", deleteLabel),
        page("GET", "/{psid}/custom_labels", listUserLabels),
        page("POST", "/{label_id}/label", labelUser),
        page("DELETE", "/{label_id}/label", unlabelUser),

        page("POST", "/me/message_creatives", createCreative),
        page("POST", "/me/broadcast_messages", sendBroadcast),
        page("GET", "/{broadcast_id}", fetchBroadcast),
        page("POST", "/{broadcast_id}", cancelBroadcast),
        page("POST", "/me/broadcast_reach_estimations", estimateReach),
        page("GET", "/{reach_estimation_id}", fetchReachEstimation),

        page("POST", "/me/pass_thread_control", passThreadControl),
        page("POST", "/me/take_thread_control", takeThreadControl),
        page("POST", "/me/request_thread_control", requestThreadControl),
        page("GET", "/me/secondary_receivers", secondaryReceivers),
        page("GET", "/me/thread_owner", threadOwner),

        page("GET", "/{psid}", userProfile),
        page("GET", "/me/insights", insights),
        page("POST", "/me/messenger_codes", createMessengerCode),
        page("GET", "/me/messaging_feature_review", featureReview),
        page("POST", "/me/message_attachments", uploadAttachment),
        page("POST", "/me/messages", sendMessage),
        page("POST", "/me/unlink_accounts", unlinkAccount),
        page("POST", "/me/nlp_configs", setNlpConfigs),
        page("POST", "/{page_id}/subscribed_apps", subscribeApp),
        page("DELETE", "/{page_id}/subscribed_apps", unsubscribeApp),
        page("GET", "/{page_id}/subscribed_apps", subscribedApps),
        page("GET", "/me/subscribed_apps", subscribedApps),

        page("GET", "/me/conversations", listConversations),
        page("GET", "/{conversation_id}/messages", conversationMessages),
        page("POST", "/me/personas", createPersona),
        page("GET", "/me/personas", listPersonas),
        page("GET", "/{persona_id}", fetchPersona),
        page("DELETE", "/{persona_id}", deletePersona),

        {"GET", QStringLiteral("/debug_token"), debugToken, TokenKind::App, false},
        {"GET", QStringLiteral("/me/accounts"), listPages, TokenKind::User, false},
        {"GET", QStringLiteral("/me"), meNode, std::nullopt, false},
    };
    Endpoint idsForApp = page("GET", "/{psid}/ids_for_apps", idsForApps);
    idsForApp.proofAlways = true;
    Endpoint idsForPage{"GET", QStringLiteral("/{asid}/ids_for_pages"), idsForPages, TokenKind::App,
                        true};
    endpoints << idsForApp << idsForPage;
    return endpoints;
}

} // namespace

const QList<Endpoint> &Endpoints::all()
{
    static const QList<Endpoint> endpoints = buildEndpoints();
    return endpoints;
}

const Endpoint *Endpoints::forOperation(const api::OperationSpec &op)
{
    for (const auto &endpoint : all()) {
        if (endpoint.method == op.method && endpoint.path == op.path)
            return &endpoint;
    }
    return nullptr;
}

QList<const api::OperationSpec *> Endpoints::operations(const Endpoint &endpoint)
{
    QList<const api::OperationSpec *> rows;
    for (const auto &op : api::OperationTable::all()) {
        if (endpoint.method == op.method && endpoint.path == op.path)
            rows.append(&op);
    }
    return rows;
}

} // namespace mdesk::sandbox
