// Users as pages and apps see them: the user profile of a PSID, ID matching between
// page-scoped and app-scoped ids, and the /me node of each token.
#include "handlers.h"

#include "fieldselection.h"

#include "listpaging.h"

#include <QJsonArray>
#include <algorithm>

namespace mdesk::sandbox {

namespace {

// Check requested fields against those a node has.
std::optional<GraphFailure> checkFields(const QStringList &fields, const QStringList &known,
                                        const QString &nodeType)
{
    for (const QString &field : fields) {
        if (!known.contains(field))
            return Errors::nonexistingField(field, nodeType);
    }
    return std::nullopt;
}

} // namespace

GraphAnswer Handlers::userProfile(GraphCall &call)
{
    static const QStringList known{QStringLiteral("id"),          QStringLiteral("name"),
                                   QStringLiteral("first_name"),  QStringLiteral("last_name"),
                                   QStringLiteral("profile_pic"), QStringLiteral("locale"),
                                   QStringLiteral("timezone"),    QStringLiteral("gender")};
    QStringList fields = call.params.list(QStringLiteral("fields"));
    if (fields.isEmpty())
        fields = {QStringLiteral("first_name"), QStringLiteral("last_name"),
                  QStringLiteral("profile_pic")};
    if (auto failure = checkFields(fields, known, QStringLiteral("User")))
        return GraphAnswer::fail(*failure);
    // locale, timezone and gender need their feature approved in the Page's review.
    for (const QString &field : std::as_const(fields)) {
        if (field != QLatin1String("locale") && field != QLatin1String("timezone") &&
            field != QLatin1String("gender"))
            continue;
        const QString feature = QStringLiteral("pages_user_") + field;
        const auto &review = call.page().featureReview;
        if (std::none_of(review.begin(), review.end(), [&](const auto &entry) {
                return entry.first == feature && entry.second == QLatin1String("approved");
            })) {
            GraphFailure failure;
            failure.httpStatus = 403;
            failure.code = 10;
            failure.message = QStringLiteral("(#10) The field %1 needs the %2 feature approved "
                                             "for this Page")
                                  .arg(field, feature);
            return GraphAnswer::fail(failure);
        }
    }
    const QString psid = call.pathValues.value(QStringLiteral("psid"));
    const Person &person = *call.pageUser(psid);
    QJsonObject profile;
    for (const QString &field : std::as_const(fields)) {
        if (field == QLatin1String("name"))
            profile.insert(field, person.fullName());
        else if (field == QLatin1String("first_name"))
            profile.insert(field, person.firstName);
        else if (field == QLatin1String("last_name"))
            profile.insert(field, person.lastName);
        else if (field == QLatin1String("profile_pic"))
            profile.insert(
                field, call.serverUrl(QStringLiteral("/__sandbox/cdn/profile_pic/%1.png").arg(psid))
                           .toString());
        else if (field == QLatin1String("locale"))
            profile.insert(field, person.locale);
        else if (field == QLatin1String("timezone"))
            profile.insert(field, person.timezone);
        else if (field == QLatin1String("gender"))
            profile.insert(field, person.gender);
    }
    profile.insert(QStringLiteral("id"), psid);
    return GraphAnswer::ok(profile);
}

GraphAnswer Handlers::idsForApps(GraphCall &call)
{
    const Person &person = *call.pageUser(call.pathValues.value(QStringLiteral("psid")));
    const QString onlyApp = call.params.string(QStringLiteral("app"));
    QStringList asids;
    QHash<QString, const AppState *> appOf;
    for (const AppState &app : std::as_const(call.state.apps)) {
        if (!person.asidByApp.contains(app.id) || (!onlyApp.isEmpty() && onlyApp != app.id))
            continue;
        const QString asid = person.asidByApp.value(app.id);
        asids.append(asid);
        appOf.insert(asid, &app);
    }
    return ListPaging::answer(call, asids, [&](const QString &asid) {
        const AppState *app = appOf.value(asid);
        return QJsonObject{
            {QStringLiteral("id"), asid},
            {QStringLiteral("app"),
             QJsonObject{{QStringLiteral("link"),
                          QStringLiteral("https://www.facebook.com/games/?app_id=") + app->id},
                         {QStringLiteral("name"), app->name},
                         {QStringLiteral("id"), app->id}}}};
    });
}

GraphAnswer Handlers::idsForPages(GraphCall &call)
{
    const Person *person = call.state.personForAsid(call.pathValues.value(QStringLiteral("asid")));
    const QString onlyPage = call.params.string(QStringLiteral("page"));
    QStringList psids;
    for (const QString &pageId : std::as_const(call.state.pageOrder)) {
        if (person->psidByPage.contains(pageId) && (onlyPage.isEmpty() || onlyPage == pageId))
            psids.append(person->psidByPage.value(pageId));
    }
    return ListPaging::answer(call, psids, [&](const QString &psid) {
        const PageState *page = call.state.page(call.state.object(psid).pageId);
        return QJsonObject{
            {QStringLiteral("id"), psid},
            {QStringLiteral("page"),
             QJsonObject{{QStringLiteral("name"), page->name}, {QStringLiteral("id"), page->id}}}};
    });
}

// The Page node as fetch_page reads it (graph-api.md section 2).
static GraphAnswer pageNode(GraphCall &call)
{
    static const QStringList known{QStringLiteral("id"),        QStringLiteral("name"),
                                   QStringLiteral("category"),  QStringLiteral("followers_count"),
                                   QStringLiteral("fan_count"), QStringLiteral("picture"),
                                   QStringLiteral("link"),      QStringLiteral("username")};
    GraphFailure failure;
    auto fields = FieldSelection::forCall(call, known, QStringLiteral("Page"), &failure);
    if (!fields)
        return GraphAnswer::fail(failure);
    if (fields->isEmpty())
        *fields = {{QStringLiteral("name"), {}, {}}, {QStringLiteral("id"), {}, {}}};
    const PageState &page = call.page();
    // Audience sizes that differ per page and stay the same on every run.
    const int fans = 800 + int(qHash(page.id, 7) % 24000u);
    const QJsonObject full{
        {QStringLiteral("id"), page.id},
        {QStringLiteral("name"), page.name},
        {QStringLiteral("category"), page.category},
        {QStringLiteral("fan_count"), fans},
        {QStringLiteral("followers_count"), fans + fans / 16},
        {QStringLiteral("link"), QStringLiteral("https://www.facebook.com/") + page.id},
        {QStringLiteral("username"),
         page.name.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('\''))},
        {QStringLiteral("picture"),
         QJsonObject{
             {QStringLiteral("data"),
              QJsonObject{
                  {QStringLiteral("height"), 50},
                  {QStringLiteral("is_silhouette"), false},
                  {QStringLiteral("url"),
                   call.serverUrl(QStringLiteral("/__sandbox/cdn/page_pic/%1.png").arg(page.id))
                       .toString()},
                  {QStringLiteral("width"), 50}}}}}};
    QJsonObject node = FieldSelection::apply(full, *fields).toObject();
    node.insert(QStringLiteral("id"), page.id);
    return GraphAnswer::ok(node);
}

GraphAnswer Handlers::meNode(GraphCall &call)
{
    if (call.caller.type == TokenType::Page)
        return pageNode(call);
    QStringList fields = call.params.list(QStringLiteral("fields"));
    if (fields.isEmpty())
        fields = {QStringLiteral("name"), QStringLiteral("id")};
    QJsonObject node;
    if (call.caller.type == TokenType::User) {
        if (auto failure = checkFields(fields, {QStringLiteral("id"), QStringLiteral("name")},
                                       QStringLiteral("User")))
            return GraphAnswer::fail(*failure);
        const AppState &app = call.app();
        for (const QString &field : std::as_const(fields))
            node.insert(field, field == QLatin1String("name") ? app.userName : app.userId);
        return GraphAnswer::ok(node);
    }
    return GraphAnswer::fail(Errors::activeUserTokenRequired());
}

} // namespace mdesk::sandbox
