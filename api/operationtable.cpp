#include "operationtable.h"

#include "requestbuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace mdesk::api {

namespace {

const GraphVersion kV7{7, 0};
const GraphVersion kV12{12, 0};

ParamSpec pathParam(const QString &name)
{
    return {name, Place::Path, {}, true, {}};
}

ParamSpec query(const QString &name, const QString &wire = {}, bool required = false)
{
    return {name, Place::Query, wire, required, {}};
}

ParamSpec body(const QString &name, const QString &wire = {}, bool required = false)
{
    return {name, Place::Body, wire, required, {}};
}

QList<ParamSpec> cursorParams()
{
    return {query(QStringLiteral("after")), query(QStringLiteral("before")),
            query(QStringLiteral("limit"))};
}

QString labelNameKey(GraphVersion version)
{
    return version >= kV12 ? QStringLiteral("page_label_name") : QStringLiteral("name");
}

// create_custom_label sends {"page_label_name"} from v12.0 and {"name"} before.
void adjustCreateLabel(const QJsonObject &input, GraphVersion version, BuiltRequest &request)
{
    request.body = QJsonObject{{labelNameKey(version), input.value(QStringLiteral("name"))}};
}

// Label reads default to the label's name field of the version.
void adjustLabelFields(const QJsonObject &, GraphVersion version, BuiltRequest &request)
{
    if (request.queryValue(QStringLiteral("fields")).isEmpty())
        request.setQueryValue(QStringLiteral("fields"), labelNameKey(version));
}

// upload_attachment: a remote URL goes in a JSON body; a local file goes multipart with the
// message JSON as its own part.
void adjustUpload(const QJsonObject &input, GraphVersion, BuiltRequest &request)
{
    QJsonObject payload;
    if (input.contains(QStringLiteral("url")))
        payload.insert(QStringLiteral("url"), input.value(QStringLiteral("url")));
    payload.insert(QStringLiteral("is_reusable"),
                   input.value(QStringLiteral("is_reusable")).toBool(true));
    const QJsonObject attachment{{QStringLiteral("type"), input.value(QStringLiteral("type"))},
                                 {QStringLiteral("payload"), payload}};
    request.body = QJsonObject{
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("attachment"), attachment}}}};
    request.uploadFile = input.value(QStringLiteral("file")).toString();
}

Deprecation broadcastDeprecation()
{
    return {QCoreApplication::translate(
                "mdesk::api::OperationTable",
                "The Broadcast API was deprecated with v4.0 on 2019-07-29 and stopped working on "
                "all versions on 2020-01-15."),
            QDate(2020, 1, 15), GraphVersion{}, true};
}

OperationSpec broadcastRow(OperationSpec row)
{
    row.group = QStringLiteral("broadcast");
    row.deprecation = broadcastDeprecation();
    return row;
}

std::optional<Deprecation> profileDeprecation(const QString &field)
{
    if (field == QLatin1String("home_url"))
        return Deprecation{QCoreApplication::translate(
                               "mdesk::api::OperationTable",
                               "home_url (Chat Extensions) is deprecated from v7.0 (May 2020); a "
                               "profile update that holds it fails as a whole there."),
                           QDate(2020, 5, 5), kV7, true};
    if (field == QLatin1String("target_audience") || field == QLatin1String("payment_settings"))
        return Deprecation{QCoreApplication::translate(
                               "mdesk::api::OperationTable",
                               "%1 has been dropped from Meta's documentation; Graph may ignore "
                               "or refuse it.")
                               .arg(field),
                           QDate(2020, 5, 5), GraphVersion{}, false};
    return std::nullopt;
}

OperationSpec makeSpec(const QString &id, const QString &group, QByteArray method,
                       const QString &path)
{
    OperationSpec spec;
    spec.id = id;
    spec.group = group;
    spec.method = std::move(method);
    spec.path = path;
    return spec;
}

void addProfileRows(QList<OperationSpec> &rows, const QString &field)
{
    const QString path = QStringLiteral("/me/messenger_profile");
    const auto deprecation = profileDeprecation(field);

    OperationSpec set =
        makeSpec(QStringLiteral("set_") + field, QStringLiteral("profile"), "POST", path);
    if (field == QLatin1String("get_started")) {
        ParamSpec payload = body(QStringLiteral("payload"), QStringLiteral("get_started.payload"));
        payload.fallback = QStringLiteral("GET_STARTED");
        set.params = {payload};
    } else {
        set.params = {body(QStringLiteral("value"), field, true)};
    }
    set.profileField = field;
    set.deprecation = deprecation;

    OperationSpec reset =
        makeSpec(QStringLiteral("reset_") + field, QStringLiteral("profile"), "DELETE", path);
    reset.fixedBody = {{QStringLiteral("fields"), QJsonArray{field}}};
    reset.profileField = field;
    reset.deprecation = deprecation;

    OperationSpec fetch =
        makeSpec(QStringLiteral("fetch_") + field, QStringLiteral("profile"), "GET", path);
    fetch.fixedQuery = {{QStringLiteral("fields"), field}};
    fetch.profileField = field;
    fetch.deprecation = deprecation;

    rows << set << reset << fetch;
}

OperationSpec row(const char *id, const char *group, QByteArray method, const char *path,
                  QList<ParamSpec> params = {}, TokenKind token = TokenKind::Page)
{
    OperationSpec spec =
        makeSpec(QLatin1String(id), QLatin1String(group), std::move(method), QLatin1String(path));
    spec.params = std::move(params);
    spec.token = token;
    return spec;
}

OperationSpec bodyRow(const char *id, const char *group, const char *path, QStringList requiredKeys)
{
    OperationSpec spec = row(id, group, "POST", path);
    spec.bodyIsInput = true;
    spec.requiredKeys = std::move(requiredKeys);
    return spec;
}

QList<OperationSpec> buildTable()
{
    QList<OperationSpec> rows;
    for (const auto &field : OperationTable::profileFields())
        addProfileRows(rows, field);

    OperationSpec setProfile =
        row("set_messenger_profile", "profile", "POST", "/me/messenger_profile",
            {body(QStringLiteral("profile"), QStringLiteral("."), true)});
    OperationSpec resetProfile =
        row("reset_messenger_profile", "profile", "DELETE", "/me/messenger_profile",
            {body(QStringLiteral("fields"), {}, true)});
    OperationSpec fetchProfile =
        row("fetch_messenger_profile", "profile", "GET", "/me/messenger_profile",
            {query(QStringLiteral("fields"), {}, true)});
    rows << setProfile << resetProfile << fetchProfile;

    rows << row("set_user_persistent_menu", "profile", "POST", "/me/custom_user_settings",
                {body(QStringLiteral("psid"), {}, true),
                 body(QStringLiteral("persistent_menu"), {}, true)});
    rows << row("fetch_user_persistent_menu", "profile", "GET", "/me/custom_user_settings",
                {query(QStringLiteral("psid"), {}, true)});
    OperationSpec resetUserMenu =
        row("reset_user_persistent_menu", "profile", "DELETE", "/me/custom_user_settings",
            {query(QStringLiteral("psid"), {}, true)});
    resetUserMenu.fixedQuery = {
        {QStringLiteral("params"), QStringLiteral("[\"persistent_menu\"]")}};
    rows << resetUserMenu;

    // Custom labels.
    OperationSpec createLabel = row("create_custom_label", "labels", "POST", "/me/custom_labels",
                                    {body(QStringLiteral("name"), {}, true)});
    createLabel.adjust = adjustCreateLabel;
    OperationSpec fetchLabel =
        row("fetch_custom_label", "labels", "GET", "/{label_id}",
            {pathParam(QStringLiteral("label_id")), query(QStringLiteral("fields"))});
    fetchLabel.adjust = adjustLabelFields;
    OperationSpec listLabels =
        row("list_custom_labels", "labels", "GET", "/me/custom_labels",
            QList<ParamSpec>{query(QStringLiteral("fields"))} + cursorParams());
    listLabels.adjust = adjustLabelFields;
    OperationSpec listUserLabels =
        row("list_custom_labels_of_user", "labels", "GET", "/{psid}/custom_labels",
            QList<ParamSpec>{pathParam(QStringLiteral("psid")), query(QStringLiteral("fields"))} +
                cursorParams());
    listUserLabels.adjust = adjustLabelFields;
    rows << createLabel << fetchLabel
         << row("delete_custom_label", "labels", "DELETE", "/{label_id}",
                {pathParam(QStringLiteral("label_id"))})
         << listLabels << listUserLabels
         << row("label_user", "labels", "POST", "/{label_id}/label",
                {pathParam(QStringLiteral("label_id")), body(QStringLiteral("user"), {}, true)})
         << row("unlabel_user", "labels", "DELETE", "/{label_id}/label",
                {pathParam(QStringLiteral("label_id")), body(QStringLiteral("user"), {}, true)});

    // Broadcasts: removed by Graph, still listed so old scripts and servers keep working.
    OperationSpec fetchBroadcast =
        row("fetch_broadcast", "broadcast", "GET", "/{broadcast_id}",
            {pathParam(QStringLiteral("broadcast_id")), query(QStringLiteral("fields"))});
    fetchBroadcast.params[1].fallback = QStringLiteral("scheduled_time,status");
    OperationSpec cancelBroadcast = row("cancel_broadcast", "broadcast", "POST", "/{broadcast_id}",
                                        {pathParam(QStringLiteral("broadcast_id"))});
    cancelBroadcast.fixedBody = {{QStringLiteral("operation"), QStringLiteral("cancel")}};
    rows << broadcastRow(row("create_message_creative", "broadcast", "POST",
                             "/me/message_creatives", {body(QStringLiteral("messages"), {}, true)}))
         << broadcastRow(bodyRow("broadcast_message", "broadcast", "/me/broadcast_messages",
                                 {QStringLiteral("message_creative_id")}))
         << broadcastRow(fetchBroadcast) << broadcastRow(cancelBroadcast)
         << broadcastRow(bodyRow("estimate_broadcast_reach", "broadcast",
                                 "/me/broadcast_reach_estimations", {}));

    // Handover protocol.
    rows << bodyRow("pass_thread_control", "handover", "/me/pass_thread_control",
                    {QStringLiteral("recipient.id"), QStringLiteral("target_app_id")})
         << bodyRow("take_thread_control", "handover", "/me/take_thread_control",
                    {QStringLiteral("recipient.id")})
         << bodyRow("request_thread_control", "handover", "/me/request_thread_control",
                    {QStringLiteral("recipient.id")});
    OperationSpec receivers = row("fetch_secondary_receivers", "handover", "GET",
                                  "/me/secondary_receivers", {query(QStringLiteral("fields"))});
    receivers.params[0].fallback = QStringLiteral("id,name");
    rows << receivers
         << row("fetch_thread_owner", "handover", "GET", "/me/thread_owner",
                {query(QStringLiteral("psid"), QStringLiteral("recipient"), true)});

    // ID matching, user profile, insights.
    rows << row("fetch_ids_for_app", "id_matching", "GET", "/{psid}/ids_for_apps",
                QList<ParamSpec>{pathParam(QStringLiteral("psid")), query(QStringLiteral("app"))} +
                    cursorParams())
         << row("fetch_ids_for_page", "id_matching", "GET", "/{asid}/ids_for_pages",
                QList<ParamSpec>{pathParam(QStringLiteral("asid")), query(QStringLiteral("page"))} +
                    cursorParams(),
                TokenKind::App);
    OperationSpec userProfile =
        row("fetch_user_profile", "user_profile", "GET", "/{psid}",
            {pathParam(QStringLiteral("psid")), query(QStringLiteral("fields"))});
    userProfile.params[1].fallback = QStringLiteral("first_name,last_name,profile_pic");
    rows << userProfile
         << row("fetch_insights", "insights", "GET", "/me/insights",
                {query(QStringLiteral("metrics"), QStringLiteral("metric"), true),
                 query(QStringLiteral("since")), query(QStringLiteral("until")),
                 query(QStringLiteral("period"))});

    // Messenger codes: removed by Graph on every version.
    OperationSpec code = bodyRow("create_messenger_code", "tools", "/me/messenger_codes", {});
    code.params = {{QStringLiteral("type"), Place::Body, {}, false, QStringLiteral("standard")}};
    code.deprecation =
        Deprecation{QCoreApplication::translate("mdesk::api::OperationTable",
                                                "Messenger codes were removed on all versions on "
                                                "2019-10-29."),
                    QDate(2019, 10, 29), GraphVersion{}, true};
    rows << code
         << row("fetch_messaging_feature_review", "tools", "GET", "/me/messaging_feature_review");
    OperationSpec upload = row("upload_attachment", "send", "POST", "/me/message_attachments",
                               {{QStringLiteral("type"), Place::Body, {}, true, {}}});
    upload.adjust = adjustUpload;
    rows << upload
         << bodyRow("send_message", "send", "/me/messages",
                    {QStringLiteral("messaging_type"), QStringLiteral("recipient.id")})
         << row("unlink_account", "tools", "POST", "/me/unlink_accounts",
                {body(QStringLiteral("psid"), {}, true)})
         << bodyRow("set_nlp_configs", "tools", "/me/nlp_configs", {QStringLiteral("nlp_enabled")})
         << row("subscribe_to_page_webhooks", "tools", "POST", "/{page_id}/subscribed_apps",
                {{QStringLiteral("page_id"), Place::Path, {}, false, {}},
                 body(QStringLiteral("subscribed_fields"), {}, true)})
         << row("unsubscribe_to_page_webhooks", "tools", "DELETE", "/{page_id}/subscribed_apps",
                {{QStringLiteral("page_id"), Place::Path, {}, false, {}}})
         << row("debug_token", "accounts", "GET", "/debug_token",
                {query(QStringLiteral("input_token"), {}, true)}, TokenKind::App);
    // Conversations, webhook subscriptions, personas and the Page node (graph-api.md
    // section 2, "Other operations").
    OperationSpec conversations =
        row("list_conversations", "conversations", "GET", "/me/conversations",
            QList<ParamSpec>{query(QStringLiteral("fields")), query(QStringLiteral("user_id"))} +
                cursorParams());
    conversations.fixedQuery = {{QStringLiteral("platform"), QStringLiteral("messenger")}};
    conversations.params[0].fallback = QStringLiteral("id,updated_time,participants");
    OperationSpec messages =
        row("fetch_conversation_messages", "conversations", "GET", "/{conversation_id}/messages",
            QList<ParamSpec>{pathParam(QStringLiteral("conversation_id")),
                             query(QStringLiteral("fields"))} +
                cursorParams());
    messages.params[1].fallback = QStringLiteral("message,from,to,created_time");
    OperationSpec page =
        row("fetch_page", "accounts", "GET", "/me", {query(QStringLiteral("fields"))});
    page.params[0].fallback = QStringLiteral("id,name,picture,followers_count,fan_count");
    rows << conversations << messages
         << row("fetch_subscribed_apps", "tools", "GET", "/me/subscribed_apps")
         << row("create_persona", "personas", "POST", "/me/personas",
                {body(QStringLiteral("name"), {}, true),
                 body(QStringLiteral("profile_picture_url"), {}, true)})
         << row("list_personas", "personas", "GET", "/me/personas", cursorParams())
         << row("fetch_persona", "personas", "GET", "/{persona_id}",
                {pathParam(QStringLiteral("persona_id")), query(QStringLiteral("fields"))})
         << row("delete_persona", "personas", "DELETE", "/{persona_id}",
                {pathParam(QStringLiteral("persona_id"))})
         << page;
    OperationSpec pages =
        row("list_pages", "accounts", "GET", "/me/accounts",
            QList<ParamSpec>{query(QStringLiteral("fields"))} + cursorParams(), TokenKind::User);
    pages.params[0].fallback = QStringLiteral("id,name,access_token");
    rows << pages;
    return rows;
}

} // namespace

const QStringList &OperationTable::profileFields()
{
    static const QStringList fields{QStringLiteral("account_linking_url"),
                                    QStringLiteral("get_started"),
                                    QStringLiteral("greeting"),
                                    QStringLiteral("home_url"),
                                    QStringLiteral("payment_settings"),
                                    QStringLiteral("persistent_menu"),
                                    QStringLiteral("target_audience"),
                                    QStringLiteral("whitelisted_domains"),
                                    QStringLiteral("ice_breakers")};
    return fields;
}

const QList<OperationSpec> &OperationTable::all()
{
    static const QList<OperationSpec> table = buildTable();
    return table;
}

const OperationSpec *OperationTable::find(const QString &id)
{
    // Looked up once per call and per batch item: a hash, not a walk over every row.
    static const QHash<QString, const OperationSpec *> index = [] {
        QHash<QString, const OperationSpec *> byId;
        for (const auto &spec : all())
            byId.insert(spec.id, &spec);
        return byId;
    }();
    return index.value(id, nullptr);
}

} // namespace mdesk::api
