// Tools of a page: Messenger codes, feature review, account unlinking, built-in NLP and
// the app's webhook subscription.
#include "handlers.h"

#include "fieldselection.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace mdesk::sandbox {

namespace {

constexpr int kMinCodeSize = 100;
constexpr int kMaxCodeSize = 2000;
constexpr int kDefaultCodeSize = 1000;
constexpr int kRefMaxChars = 250;

const QStringList &webhookFields()
{
    static const QStringList fields{QStringLiteral("messages"),
                                    QStringLiteral("messaging_postbacks"),
                                    QStringLiteral("messaging_optins"),
                                    QStringLiteral("message_deliveries"),
                                    QStringLiteral("message_reads"),
                                    QStringLiteral("messaging_payments"),
                                    QStringLiteral("messaging_pre_checkouts"),
                                    QStringLiteral("messaging_checkout_updates"),
                                    QStringLiteral("messaging_account_linking"),
                                    QStringLiteral("messaging_referrals"),
                                    QStringLiteral("message_echoes"),
                                    QStringLiteral("messaging_game_plays"),
                                    QStringLiteral("standby"),
                                    QStringLiteral("messaging_handovers"),
                                    QStringLiteral("messaging_policy_enforcement"),
                                    QStringLiteral("message_reactions"),
                                    QStringLiteral("inbox_labels"),
                                    QStringLiteral("messaging_feedback"),
                                    QStringLiteral("messaging_customer_information"),
                                    QStringLiteral("feed")};
    return fields;
}

} // namespace

GraphAnswer Handlers::createMessengerCode(GraphCall &call)
{
    const QString type = call.params.string(QStringLiteral("type"));
    if (type != QLatin1String("standard"))
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("param type must be one of {standard} - got \"%1\"").arg(type)));
    MessengerCode code;
    code.imageSize = kDefaultCodeSize;
    if (call.params.has(QStringLiteral("image_size"))) {
        const auto size = call.params.integer(QStringLiteral("image_size"));
        if (!size || *size < kMinCodeSize || *size > kMaxCodeSize)
            return GraphAnswer::fail(Errors::invalidParameter(
                QStringLiteral("param image_size must be a number between %1 and %2")
                    .arg(kMinCodeSize)
                    .arg(kMaxCodeSize)));
        code.imageSize = int(*size);
    }
    code.ref =
        GraphParams(call.params.object(QStringLiteral("data"))).string(QStringLiteral("ref"));
    static const QRegularExpression refPattern(QStringLiteral("^[a-zA-Z0-9+/=\\-.:_]*$"));
    if (code.ref.size() > kRefMaxChars || !refPattern.match(code.ref).hasMatch())
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("param data[ref] must be at most %1 characters of a-z A-Z 0-9 "
                           "+/=-.:_")
                .arg(kRefMaxChars)));
    code.id = call.state.newId();
    PageState &page = call.page();
    page.codes.insert(code.id, code);
    call.state.registerObject(code.id, {ObjectKind::MessengerCode, page.id, page.appId, -1});
    const QUrl uri =
        call.serverUrl(QStringLiteral("/__sandbox/cdn/messenger_code/%1.png").arg(code.id));
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("uri"), uri.toString()}});
}

GraphAnswer Handlers::featureReview(GraphCall &call)
{
    QJsonArray data;
    for (const auto &[feature, status] : std::as_const(call.page().featureReview))
        data.append(
            QJsonObject{{QStringLiteral("feature"), feature}, {QStringLiteral("status"), status}});
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("data"), data}});
}

GraphAnswer Handlers::unlinkAccount(GraphCall &call)
{
    const QString psid = call.params.string(QStringLiteral("psid"));
    if (psid.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("psid")));
    if (!call.pageUser(psid))
        return GraphAnswer::fail(Errors::noMatchingUser());
    call.page().linkedPsids.remove(psid);
    return GraphAnswer::ok(
        QJsonObject{{QStringLiteral("result"), QStringLiteral("unlink account success")}});
}

GraphAnswer Handlers::setNlpConfigs(GraphCall &call)
{
    if (!call.params.has(QStringLiteral("nlp_enabled")))
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("nlp_enabled")));
    QJsonObject config{
        {QStringLiteral("nlp_enabled"), call.params.boolean(QStringLiteral("nlp_enabled"))}};
    if (call.params.has(QStringLiteral("model")))
        config.insert(QStringLiteral("model"), call.params.string(QStringLiteral("model")));
    if (call.params.has(QStringLiteral("custom_token")))
        config.insert(QStringLiteral("custom_token"),
                      call.params.string(QStringLiteral("custom_token")));
    if (call.params.has(QStringLiteral("verbose")))
        config.insert(QStringLiteral("verbose"), call.params.boolean(QStringLiteral("verbose")));
    if (call.params.has(QStringLiteral("n_best"))) {
        const auto best = call.params.integer(QStringLiteral("n_best"));
        if (!best || *best < 1 || *best > 8)
            return GraphAnswer::fail(Errors::invalidParameter(
                QStringLiteral("param n_best must be a number between 1 and 8")));
        config.insert(QStringLiteral("n_best"), int(*best));
    }
    call.page().nlpConfig = config;
    return GraphAnswer::success();
}

GraphAnswer Handlers::subscribeApp(GraphCall &call)
{
    const QStringList fields = call.params.list(QStringLiteral("subscribed_fields"));
    if (fields.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("subscribed_fields")));
    for (const QString &field : fields) {
        if (!webhookFields().contains(field))
            return GraphAnswer::fail(Errors::invalidParameter(
                QStringLiteral("param subscribed_fields must be one of {%1} - got \"%2\"")
                    .arg(webhookFields().join(QStringLiteral(", ")), field)));
    }
    call.page().subscribedFields = fields;
    return GraphAnswer::success();
}

GraphAnswer Handlers::unsubscribeApp(GraphCall &call)
{
    call.page().subscribedFields.clear();
    return GraphAnswer::success();
}

GraphAnswer Handlers::subscribedApps(GraphCall &call)
{
    static const QStringList known{QStringLiteral("id"), QStringLiteral("name"),
                                   QStringLiteral("category"), QStringLiteral("link"),
                                   QStringLiteral("subscribed_fields")};
    GraphFailure failure;
    const auto fields =
        FieldSelection::forCall(call, known, QStringLiteral("Application"), &failure);
    if (!fields)
        return GraphAnswer::fail(failure);
    const PageState &page = call.page();
    QJsonArray data;
    if (!page.subscribedFields.isEmpty()) {
        const AppState &app = call.app();
        const QJsonObject entry{
            {QStringLiteral("category"), QStringLiteral("Business")},
            {QStringLiteral("link"),
             QStringLiteral("https://www.facebook.com/games/?app_id=") + app.id},
            {QStringLiteral("name"), app.name},
            {QStringLiteral("id"), app.id},
            {QStringLiteral("subscribed_fields"),
             QJsonArray::fromStringList(page.subscribedFields)}};
        data.append(FieldSelection::apply(entry, *fields));
    }
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("data"), data}});
}

} // namespace mdesk::sandbox
