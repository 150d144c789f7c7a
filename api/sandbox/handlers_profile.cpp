// Messenger profile: /me/messenger_profile and the per-user menu on /me/custom_user_settings.
#include "handlers.h"

#include "profilerules.h"

#include <QJsonArray>

namespace mdesk::sandbox {

namespace {

GraphAnswer result(const char *text = "success")
{
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("result"), QLatin1String(text)}});
}

// The psid parameter of a custom_user_settings call, or the error Graph gives.
std::optional<GraphFailure> checkPsid(const GraphCall &call, QString *psid)
{
    *psid = call.params.string(QStringLiteral("psid"));
    if (psid->isEmpty())
        return Errors::requiredParameter(QStringLiteral("psid"));
    if (!call.pageUser(*psid))
        return Errors::noMatchingUser();
    return std::nullopt;
}

} // namespace

GraphAnswer Handlers::setProfile(GraphCall &call)
{
    QJsonObject update;
    const QJsonObject raw = call.params.all();
    for (auto it = raw.begin(); it != raw.end(); ++it)
        update.insert(it.key(), call.params.value(it.key()));
    PageState &page = call.page();
    if (auto failure = ProfileRules::checkUpdate(update, page.profile, call.version))
        return GraphAnswer::fail(*failure);
    for (auto it = update.begin(); it != update.end(); ++it)
        page.profile.insert(it.key(), it.value());
    return result();
}

GraphAnswer Handlers::resetProfile(GraphCall &call)
{
    const QStringList fields = call.params.list(QStringLiteral("fields"));
    if (fields.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("fields")));
    if (auto failure = ProfileRules::checkFieldNames(fields))
        return GraphAnswer::fail(*failure);
    PageState &page = call.page();
    for (const QString &field : fields)
        page.profile.remove(field);
    return result();
}

GraphAnswer Handlers::fetchProfile(GraphCall &call)
{
    const QStringList fields = call.params.list(QStringLiteral("fields"));
    if (fields.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("fields")));
    if (auto failure = ProfileRules::checkFieldNames(fields))
        return GraphAnswer::fail(*failure);
    // Graph answers all requested fields that are set in one object, and an empty list
    // when none of them is set.
    const PageState &page = call.page();
    QJsonObject values;
    for (const QString &field : fields) {
        if (page.profile.contains(field))
            values.insert(field, page.profile.value(field));
    }
    QJsonArray data;
    if (!values.isEmpty())
        data.append(values);
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("data"), data}});
}

GraphAnswer Handlers::setUserMenu(GraphCall &call)
{
    QString psid;
    if (auto failure = checkPsid(call, &psid))
        return GraphAnswer::fail(*failure);
    const QJsonValue menu = call.params.value(QStringLiteral("persistent_menu"));
    if (menu.isUndefined() || menu.isNull())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("persistent_menu")));
    if (auto failure =
            ProfileRules::checkMenu(menu, call.version, QStringLiteral("persistent_menu")))
        return GraphAnswer::fail(*failure);
    call.page().userMenus.insert(psid, menu.toArray());
    return result();
}

GraphAnswer Handlers::fetchUserMenu(GraphCall &call)
{
    QString psid;
    if (auto failure = checkPsid(call, &psid))
        return GraphAnswer::fail(*failure);
    const PageState &page = call.page();
    QJsonObject settings;
    if (page.userMenus.contains(psid))
        settings.insert(QStringLiteral("user_level_persistent_menu"), page.userMenus.value(psid));
    if (page.profile.contains(QStringLiteral("persistent_menu")))
        settings.insert(QStringLiteral("page_level_persistent_menu"),
                        page.profile.value(QStringLiteral("persistent_menu")));
    QJsonArray data;
    if (!settings.isEmpty())
        data.append(settings);
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("data"), data}});
}

GraphAnswer Handlers::resetUserMenu(GraphCall &call)
{
    QString psid;
    if (auto failure = checkPsid(call, &psid))
        return GraphAnswer::fail(*failure);
    const QStringList params = call.params.list(QStringLiteral("params"));
    if (params.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("params")));
    for (const QString &param : params) {
        if (param != QLatin1String("persistent_menu"))
            return GraphAnswer::fail(Errors::invalidParameter(
                QStringLiteral("param params[] must be one of {persistent_menu} - got \"%1\"")
                    .arg(param)));
    }
    call.page().userMenus.remove(psid);
    return result();
}

} // namespace mdesk::sandbox
