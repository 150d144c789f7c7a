// Personas of a page (POST/GET /me/personas, GET/DELETE /{persona_id}): a name and a
// picture a human agent speaks as; send_message takes their id as persona_id.
#include "handlers.h"

#include "fieldselection.h"
#include "listpaging.h"

#include <QUrl>

namespace mdesk::sandbox {

namespace {

const QStringList &personaFields()
{
    static const QStringList fields{QStringLiteral("id"), QStringLiteral("name"),
                                    QStringLiteral("profile_picture_url")};
    return fields;
}

QJsonObject render(const Persona &persona)
{
    return {{QStringLiteral("id"), persona.id},
            {QStringLiteral("name"), persona.name},
            {QStringLiteral("profile_picture_url"), persona.profilePictureUrl}};
}

} // namespace

GraphAnswer Handlers::createPersona(GraphCall &call)
{
    Persona persona;
    persona.name = call.params.string(QStringLiteral("name")).trimmed();
    persona.profilePictureUrl = call.params.string(QStringLiteral("profile_picture_url"));
    if (persona.name.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("name")));
    if (persona.profilePictureUrl.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("profile_picture_url")));
    const QUrl url(persona.profilePictureUrl);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("param profile_picture_url should represent a valid URL")));
    persona.id = call.state.newId();
    PageState &page = call.page();
    page.personaOrder.append(persona.id);
    page.personas.insert(persona.id, persona);
    call.state.registerObject(persona.id, {ObjectKind::Persona, page.id, page.appId, -1});
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("id"), persona.id}});
}

GraphAnswer Handlers::listPersonas(GraphCall &call)
{
    const PageState &page = call.page();
    return ListPaging::answer(call, page.personaOrder,
                              [&](const QString &id) { return render(page.personas.value(id)); });
}

GraphAnswer Handlers::fetchPersona(GraphCall &call)
{
    GraphFailure failure;
    const auto fields =
        FieldSelection::forCall(call, personaFields(), QStringLiteral("Persona"), &failure);
    if (!fields)
        return GraphAnswer::fail(failure);
    const Persona persona =
        call.page().personas.value(call.pathValues.value(QStringLiteral("persona_id")));
    QJsonObject answer = render(persona);
    if (!fields->isEmpty()) {
        answer = FieldSelection::apply(answer, *fields).toObject();
        answer.insert(QStringLiteral("id"), persona.id);
    }
    return GraphAnswer::ok(answer);
}

GraphAnswer Handlers::deletePersona(GraphCall &call)
{
    const QString id = call.pathValues.value(QStringLiteral("persona_id"));
    PageState &page = call.page();
    page.personas.remove(id);
    page.personaOrder.removeAll(id);
    call.state.unregisterObject(id);
    return GraphAnswer::success();
}

} // namespace mdesk::sandbox
