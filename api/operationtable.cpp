#include "operationtable.h"

#include "requestbuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace mdesk::api {

namespace {

const GraphVersion kV7{7, 0};
const GraphVersion kV12{12, 0};

ParamSpec param(const char *name, Place place, ParamType type, const char *wire = nullptr)
{
    ParamSpec spec;
    spec.name = QLatin1String(name);
    spec.place = place;
    spec.type = type;
    if (wire)
        spec.wire = QLatin1String(wire);
    return spec;
}

ParamSpec query(const char *name, ParamType type, const char *wire = nullptr)
{
    return param(name, Place::Query, type, wire);
}

ParamSpec body(const char *name, ParamType type, const char *wire = nullptr)
{
    return param(name, Place::Body, type, wire);
}

ParamSpec path(const char *name, ParamType type)
{
    ParamSpec spec = param(name, Place::Path, type);
    spec.required = true;
    return spec;
}

ParamSpec required(ParamSpec spec)
{
    spec.required = true;
    return spec;
}

ParamSpec orElse(ParamSpec spec, const QJsonValue &fallback)
{
    spec.fallback = fallback;
    return spec;
}

ParamSpec oneOf(ParamSpec spec, const QStringList &choices)
{
    spec.type = ParamType::Enum;
    spec.choices = choices;
    return spec;
}

ParamSpec range(ParamSpec spec, qint64 min, qint64 max)
{
    spec.type = ParamType::Int;
    spec.min = min;
    spec.max = max;
    return spec;
}

ParamSpec fields(const char *fallback = nullptr)
{
    ParamSpec spec = query("fields", ParamType::List);
    if (fallback)
        spec.fallback = QLatin1String(fallback);
    return spec;
}

// Graph's cursor paging (graph-api.md section 1): opaque cursors and a page size.
QList<ParamSpec> cursorParams()
{
    return {query("after", ParamType::Cursor), query("before", ParamType::Cursor),
            range(query("limit", ParamType::Int), 1, 1000)};
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
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

// The JSON type of each profile property's value; FieldRules checks what is inside.
ParamType profileValueType(const QString &field)
{
    if (field == QLatin1String("account_linking_url"))
        return ParamType::Url;
    if (field == QLatin1String("home_url") || field == QLatin1String("payment_settings") ||
        field == QLatin1String("target_audience"))
        return ParamType::Object;
    return ParamType::Array; // greeting, persistent_menu, whitelisted_domains, ice_breakers
}

void addProfileRows(QList<OperationSpec> &rows, const QString &field)
{
    const QString path = QStringLiteral("/me/messenger_profile");
    const auto deprecation = profileDeprecation(field);

    OperationSpec set =
        makeSpec(QStringLiteral("set_") + field, QStringLiteral("profile"), "POST", path);
    if (field == QLatin1String("get_started")) {
        set.params = {orElse(body("payload", ParamType::Text, "get_started.payload"),
                             QStringLiteral("GET_STARTED"))};
    } else {
        ParamSpec value = required(body("value", profileValueType(field)));
        value.wire = field;
        set.params = {value};
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

void addProfileFormRows(QList<OperationSpec> &rows)
{
    rows << row("set_messenger_profile", "profile", "POST", "/me/messenger_profile",
                {required(body("profile", ParamType::Object, "."))})
         << row("reset_messenger_profile", "profile", "DELETE", "/me/messenger_profile",
                {required(body("fields", ParamType::List))})
         << row("fetch_messenger_profile", "profile", "GET", "/me/messenger_profile",
                {required(query("fields", ParamType::List))})
         << row("set_user_persistent_menu", "profile", "POST", "/me/custom_user_settings",
                {required(body("psid", ParamType::Psid)),
                 required(body("persistent_menu", ParamType::Array))})
         << row("fetch_user_persistent_menu", "profile", "GET", "/me/custom_user_settings",
                {required(query("psid", ParamType::Psid))});
    OperationSpec resetUserMenu =
        row("reset_user_persistent_menu", "profile", "DELETE", "/me/custom_user_settings",
            {required(query("psid", ParamType::Psid))});
    resetUserMenu.fixedQuery = {
        {QStringLiteral("params"), QStringLiteral("[\"persistent_menu\"]")}};
    rows << resetUserMenu;
}

void addLabelRows(QList<OperationSpec> &rows)
{
    OperationSpec create = row("create_custom_label", "labels", "POST", "/me/custom_labels",
                               {required(body("name", ParamType::Text))});
    create.adjust = adjustCreateLabel;
    OperationSpec fetch = row("fetch_custom_label", "labels", "GET", "/{label_id}",
                              {path("label_id", ParamType::Id), fields()});
    fetch.adjust = adjustLabelFields;
    OperationSpec list = row("list_custom_labels", "labels", "GET", "/me/custom_labels",
                             QList<ParamSpec>{fields()} + cursorParams());
    list.adjust = adjustLabelFields;
    OperationSpec listOfUser =
        row("list_custom_labels_of_user", "labels", "GET", "/{psid}/custom_labels",
            QList<ParamSpec>{path("psid", ParamType::Psid), fields()} + cursorParams());
    listOfUser.adjust = adjustLabelFields;
    const QList<ParamSpec> labelAndUser{path("label_id", ParamType::Id),
                                        required(body("user", ParamType::Psid))};
    rows << create << fetch
         << row("delete_custom_label", "labels", "DELETE", "/{label_id}",
                {path("label_id", ParamType::Id)})
         << list << listOfUser
         << row("label_user", "labels", "POST", "/{label_id}/label", labelAndUser)
         << row("unlabel_user", "labels", "DELETE", "/{label_id}/label", labelAndUser);
}

// Broadcasts: removed by Graph, still listed so old scripts and servers keep working.
void addBroadcastRows(QList<OperationSpec> &rows)
{
    OperationSpec cancel = row("cancel_broadcast", "broadcast", "POST", "/{broadcast_id}",
                               {path("broadcast_id", ParamType::Id)});
    cancel.fixedBody = {{QStringLiteral("operation"), QStringLiteral("cancel")}};
    rows
        << broadcastRow(row("create_message_creative", "broadcast", "POST", "/me/message_creatives",
                            {required(body("messages", ParamType::Array))}))
        << broadcastRow(row(
               "broadcast_message", "broadcast", "POST", "/me/broadcast_messages",
               {required(body("message_creative_id", ParamType::Id)),
                body("notification_type", ParamType::Text), body("messaging_type", ParamType::Text),
                body("tag", ParamType::Text), body("custom_label_id", ParamType::Id),
                body("targeting", ParamType::Object), body("schedule_time", ParamType::Time)}))
        << broadcastRow(row("fetch_broadcast", "broadcast", "GET", "/{broadcast_id}",
                            {path("broadcast_id", ParamType::Id), fields("scheduled_time,status")}))
        << broadcastRow(cancel)
        << broadcastRow(row(
               "estimate_broadcast_reach", "broadcast", "POST", "/me/broadcast_reach_estimations",
               {body("custom_label_id", ParamType::Id), body("targeting", ParamType::Object)}));
}

void addHandoverRows(QList<OperationSpec> &rows)
{
    const ParamSpec recipient = required(body("recipient", ParamType::UserRef));
    const ParamSpec metadata = body("metadata", ParamType::Text);
    rows << row("pass_thread_control", "handover", "POST", "/me/pass_thread_control",
                {recipient, required(body("target_app_id", ParamType::Id)), metadata})
         << row("take_thread_control", "handover", "POST", "/me/take_thread_control",
                {recipient, metadata})
         << row("request_thread_control", "handover", "POST", "/me/request_thread_control",
                {recipient, metadata})
         << row("fetch_secondary_receivers", "handover", "GET", "/me/secondary_receivers",
                {fields("id,name")})
         << row("fetch_thread_owner", "handover", "GET", "/me/thread_owner",
                {required(query("psid", ParamType::Psid, "recipient"))});
}

void addUserRows(QList<OperationSpec> &rows)
{
    // ID matching takes both filters Graph takes: app on the PSID side, page on the ASID side.
    rows << row("fetch_ids_for_app", "id_matching", "GET", "/{psid}/ids_for_apps",
                QList<ParamSpec>{path("psid", ParamType::Psid), query("app", ParamType::Id),
                                 query("page", ParamType::Id)} +
                    cursorParams())
         << row("fetch_ids_for_page", "id_matching", "GET", "/{asid}/ids_for_pages",
                QList<ParamSpec>{path("asid", ParamType::Id), query("page", ParamType::Id),
                                 query("app", ParamType::Id)} +
                    cursorParams(),
                TokenKind::App)
         << row("fetch_user_profile", "user_profile", "GET", "/{psid}",
                {path("psid", ParamType::Psid), fields("first_name,last_name,profile_pic")})
         << row("fetch_insights", "insights", "GET", "/me/insights",
                {required(query("metrics", ParamType::List, "metric")),
                 query("since", ParamType::Time), query("until", ParamType::Time),
                 // The periods Graph serves are FieldRules' (LocalGraph's tests send others).
                 query("period", ParamType::Text)});
}

void addToolRows(QList<OperationSpec> &rows)
{
    // Messenger codes: removed by Graph on every version.
    OperationSpec code = row("create_messenger_code", "tools", "POST", "/me/messenger_codes",
                             {orElse(oneOf(body("type", ParamType::Enum), words("standard")),
                                     QStringLiteral("standard")),
                              body("data", ParamType::Object),
                              // Whole pixels; Graph's 100..2000 is FieldRules'.
                              range(body("image_size", ParamType::Int), 1, 100000)});
    code.deprecation =
        Deprecation{QCoreApplication::translate("mdesk::api::OperationTable",
                                                "Messenger codes were removed on all versions on "
                                                "2019-10-29."),
                    QDate(2019, 10, 29), GraphVersion{}, true};
    OperationSpec upload =
        row("upload_attachment", "send", "POST", "/me/message_attachments",
            {required(oneOf(body("type", ParamType::Enum), words("image audio video file"))),
             body("url", ParamType::Url), body("file", ParamType::Text),
             body("is_reusable", ParamType::Bool)});
    upload.adjust = adjustUpload;
    OperationSpec send = row(
        "send_message", "send", "POST", "/me/messages",
        {oneOf(body("messaging_type", ParamType::Enum),
               words("RESPONSE UPDATE MESSAGE_TAG UTILITY")),
         required(body("recipient", ParamType::Recipient)), body("message", ParamType::Object),
         oneOf(body("sender_action", ParamType::Enum),
               words("mark_seen typing_on typing_off react unreact")),
         body("payload", ParamType::Object),
         oneOf(body("notification_type", ParamType::Enum), words("REGULAR SILENT_PUSH NO_PUSH")),
         body("tag", ParamType::Text), body("persona_id", ParamType::Id)});
    ParamSpec pageId = param("page_id", Place::Path, ParamType::Id);
    rows << code
         << row("fetch_messaging_feature_review", "tools", "GET", "/me/messaging_feature_review")
         << upload << send
         << row("unlink_account", "tools", "POST", "/me/unlink_accounts",
                {required(body("psid", ParamType::Psid))})
         << row("set_nlp_configs", "tools", "POST", "/me/nlp_configs",
                {required(body("nlp_enabled", ParamType::Bool)), body("model", ParamType::Text),
                 body("custom_token", ParamType::Text), body("verbose", ParamType::Bool),
                 range(body("n_best", ParamType::Int), 1, 8)})
         << row("subscribe_to_page_webhooks", "tools", "POST", "/{page_id}/subscribed_apps",
                {pageId, required(body("subscribed_fields", ParamType::List))})
         << row("unsubscribe_to_page_webhooks", "tools", "DELETE", "/{page_id}/subscribed_apps",
                {pageId})
         << row("debug_token", "accounts", "GET", "/debug_token",
                {required(query("input_token", ParamType::Text))}, TokenKind::App);
}

// Conversations, webhook subscriptions, personas and the Page node (graph-api.md section 2,
// "Other operations"). Conversation ids are Graph's own text ("t_123..."), not digits.
void addConversationAndPageRows(QList<OperationSpec> &rows)
{
    OperationSpec conversations =
        row("list_conversations", "conversations", "GET", "/me/conversations",
            QList<ParamSpec>{fields("id,updated_time,participants"),
                             query("user_id", ParamType::Psid)} +
                cursorParams());
    conversations.fixedQuery = {{QStringLiteral("platform"), QStringLiteral("messenger")}};
    rows << conversations
         << row("fetch_conversation_messages", "conversations", "GET",
                "/{conversation_id}/messages",
                QList<ParamSpec>{path("conversation_id", ParamType::ObjectRef),
                                 fields("message,from,to,created_time")} +
                    cursorParams())
         << row("fetch_subscribed_apps", "tools", "GET", "/me/subscribed_apps", {fields()})
         << row("create_persona", "personas", "POST", "/me/personas",
                {required(body("name", ParamType::Text)),
                 required(body("profile_picture_url", ParamType::Url))})
         << row("list_personas", "personas", "GET", "/me/personas",
                QList<ParamSpec>{fields()} + cursorParams())
         << row("fetch_persona", "personas", "GET", "/{persona_id}",
                {path("persona_id", ParamType::Id), fields()})
         << row("delete_persona", "personas", "DELETE", "/{persona_id}",
                {path("persona_id", ParamType::Id)})
         << row("fetch_page", "accounts", "GET", "/me",
                {fields("id,name,picture,followers_count,fan_count")})
         << row("list_pages", "accounts", "GET", "/me/accounts",
                QList<ParamSpec>{fields("id,name,access_token")} + cursorParams(), TokenKind::User);
}

QList<OperationSpec> buildTable()
{
    QList<OperationSpec> rows;
    for (const auto &field : OperationTable::profileFields())
        addProfileRows(rows, field);
    addProfileFormRows(rows);
    addLabelRows(rows);
    addBroadcastRows(rows);
    addHandoverRows(rows);
    addUserRows(rows);
    addToolRows(rows);
    addConversationAndPageRows(rows);
    // What callers read from a 2xx answer (issue 18 item 6): profile fetches into exports
    // and LivePage, lists, insights, message ids of sends, label results.
    const QHash<QString, AnswerShape> shapes{
        {QStringLiteral("fetch_messenger_profile"), AnswerShape::DataList},
        {QStringLiteral("list_custom_labels"), AnswerShape::DataList},
        {QStringLiteral("list_custom_labels_of_user"), AnswerShape::DataList},
        {QStringLiteral("list_conversations"), AnswerShape::DataList},
        {QStringLiteral("fetch_conversation_messages"), AnswerShape::DataList},
        {QStringLiteral("fetch_insights"), AnswerShape::DataList},
        {QStringLiteral("send_message"), AnswerShape::MessageSent},
        {QStringLiteral("label_user"), AnswerShape::Success},
        {QStringLiteral("unlabel_user"), AnswerShape::Success}};
    for (auto &spec : rows) {
        if (spec.method == "GET" && !spec.profileField.isEmpty())
            spec.answer = AnswerShape::DataList;
        spec.answer = shapes.value(spec.id, spec.answer);
    }
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
