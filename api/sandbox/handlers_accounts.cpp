// Tokens and accounts: debug_token (app token) and /me/accounts (user token).
#include "handlers.h"

#include "listpaging.h"

#include <QJsonArray>

namespace mdesk::sandbox {

namespace {

QStringList scopesOf(const TokenGrant &grant)
{
    if (grant.type == TokenType::App)
        return {};
    return {QStringLiteral("pages_messaging"), QStringLiteral("pages_show_list"),
            QStringLiteral("pages_manage_metadata"), QStringLiteral("pages_read_engagement"),
            QStringLiteral("public_profile")};
}

QString typeName(TokenType type)
{
    switch (type) {
    case TokenType::Page:
        return QStringLiteral("PAGE");
    case TokenType::App:
        return QStringLiteral("APP");
    case TokenType::User:
        return QStringLiteral("USER");
    }
    return {};
}

} // namespace

GraphAnswer Handlers::debugToken(GraphCall &call)
{
    const QString input = call.params.string(QStringLiteral("input_token"));
    if (input.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("input_token")));
    const auto found = call.state.tokens.constFind(input);
    if (found == call.state.tokens.constEnd()) {
        // Graph answers an unknown token with 200 and is_valid false.
        const QJsonObject data{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 190},
                                                  {QStringLiteral("message"),
                                                   QStringLiteral("Invalid OAuth access token.")}}},
            {QStringLiteral("is_valid"), false},
            {QStringLiteral("scopes"), QJsonArray{}}};
        return GraphAnswer::ok(QJsonObject{{QStringLiteral("data"), data}});
    }
    const TokenGrant &grant = found.value();
    if (grant.appId != call.caller.appId)
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("The App_id in the input_token did not match the Viewing App")));
    const AppState *app = call.state.app(grant.appId);
    const QStringList scopes = scopesOf(grant);
    QJsonObject data{
        {QStringLiteral("app_id"), grant.appId},
        {QStringLiteral("type"), typeName(grant.type)},
        {QStringLiteral("application"), app ? app->name : QString()},
        {QStringLiteral("data_access_expires_at"), grant.issuedAt.addDays(90).toSecsSinceEpoch()},
        {QStringLiteral("expires_at"),
         grant.type == TokenType::User ? grant.issuedAt.addDays(60).toSecsSinceEpoch() : 0},
        {QStringLiteral("is_valid"), !grant.invalidated},
        {QStringLiteral("issued_at"), grant.issuedAt.toSecsSinceEpoch()},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
    if (grant.type == TokenType::Page) {
        data.insert(QStringLiteral("profile_id"), grant.pageId);
        QJsonArray granular;
        for (const QString &scope : scopes) {
            if (scope.startsWith(QLatin1String("pages_")))
                granular.append(
                    QJsonObject{{QStringLiteral("scope"), scope},
                                {QStringLiteral("target_ids"), QJsonArray{grant.pageId}}});
        }
        data.insert(QStringLiteral("granular_scopes"), granular);
    }
    if (!grant.userId.isEmpty())
        data.insert(QStringLiteral("user_id"), grant.userId);
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("data"), data}});
}

GraphAnswer Handlers::listPages(GraphCall &call)
{
    static const QStringList known{QStringLiteral("id"), QStringLiteral("name"),
                                   QStringLiteral("access_token"), QStringLiteral("category"),
                                   QStringLiteral("tasks")};
    QStringList fields = call.params.list(QStringLiteral("fields"));
    if (fields.isEmpty())
        fields = {QStringLiteral("access_token"), QStringLiteral("category"),
                  QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("tasks")};
    for (const QString &field : std::as_const(fields)) {
        if (!known.contains(field))
            return GraphAnswer::fail(Errors::nonexistingField(field, QStringLiteral("Page")));
    }
    return ListPaging::answer(call, call.app().pageIds, [&](const QString &pageId) {
        const PageState *page = call.state.page(pageId);
        QJsonObject object;
        for (const QString &field : std::as_const(fields)) {
            if (field == QLatin1String("id"))
                object.insert(field, page->id);
            else if (field == QLatin1String("name"))
                object.insert(field, page->name);
            else if (field == QLatin1String("access_token"))
                object.insert(field, page->token);
            else if (field == QLatin1String("category"))
                object.insert(field, page->category);
            else if (field == QLatin1String("tasks"))
                object.insert(
                    field, QJsonArray{QStringLiteral("ANALYZE"), QStringLiteral("ADVERTISE"),
                                      QStringLiteral("MESSAGING"), QStringLiteral("MODERATE"),
                                      QStringLiteral("CREATE_CONTENT"), QStringLiteral("MANAGE")});
        }
        return object;
    });
}

} // namespace mdesk::sandbox
