// Success cases of the conversations, personas, webhook subscription and Page node ops.
#include "successcases_p.h"

#include <QJsonArray>

namespace mdesk::sandboxtest::cases {

namespace {

QString firstThread(SandboxHarness &h)
{
    const sandbox::ContactBook &book = pageOf(h).contacts;
    return book.all().at(book.newestFirst().first()).threadId;
}

QString addPersona(SandboxHarness &h)
{
    sandbox::PageState &page = pageOf(h);
    const QString id = h.graph().state().newId();
    page.personas.insert(id, {id, QStringLiteral("Robin at the counter"),
                              QStringLiteral("https://bluebird-bakery.example/robin.png")});
    page.personaOrder.append(id);
    h.graph().state().registerObject(id, {sandbox::ObjectKind::Persona, page.id, page.appId, -1});
    return id;
}

} // namespace

void addPeopleCases(QList<SuccessCase> &cases)
{
    cases << SuccessCase{
        QStringLiteral("list_conversations"),
        {},
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{
                {QStringLiteral("fields"), QStringLiteral("participants,updated_time")},
                {QStringLiteral("limit"), 10}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            const QJsonArray data = body[QLatin1String("data")].toArray();
            return expect(
                data.size() == 10 && data.at(0)[QLatin1String("id")].toString() == firstThread(h) &&
                    data.at(0)[QLatin1String("participants")][QLatin1String("data")][1]
                              [QLatin1String("id")]
                                  .toString() == h.pageId(0, 0) &&
                    !body[QLatin1String("paging")][QLatin1String("next")].toString().isEmpty(),
                QStringLiteral("ten threads, the newest first, with the page as a "
                               "participant and a next page expected"));
        }};
    cases << SuccessCase{
        QStringLiteral("fetch_conversation_messages"),
        {},
        0,
        0,
        [](SandboxHarness &h) {
            return QJsonObject{{QStringLiteral("conversation_id"), firstThread(h)}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            const QJsonArray data = body[QLatin1String("data")].toArray();
            bool fromPage = false;
            for (const QJsonValue &message : data)
                fromPage =
                    fromPage || message[QLatin1String("from")][QLatin1String("id")].toString() ==
                                    h.pageId(0, 0);
            return expect(data.size() >= 2 &&
                              !data.at(0)[QLatin1String("message")].toString().isEmpty() &&
                              data.at(0)[QLatin1String("created_time")].toString() >=
                                  data.at(1)[QLatin1String("created_time")].toString() &&
                              fromPage,
                          QStringLiteral("messages newest first, one from the page, expected"));
        }};
    cases << SuccessCase{QStringLiteral("fetch_subscribed_apps"),
                         {},
                         0,
                         0,
                         [](SandboxHarness &) { return QJsonObject{}; },
                         [](const QJsonValue &body, SandboxHarness &h) {
                             const QJsonValue app = body[QLatin1String("data")][0];
                             return expect(
                                 app[QLatin1String("id")].toString() == h.appId(0) &&
                                     app[QLatin1String("subscribed_fields")].toArray().size() == 2,
                                 QStringLiteral("the app with its two fields expected"));
                         }};
    cases << SuccessCase{
        QStringLiteral("create_persona"),
        {},
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{{QStringLiteral("name"), QStringLiteral("Sam from the bakery")},
                               {QStringLiteral("profile_picture_url"),
                                QStringLiteral("https://bluebird-bakery.example/sam.png")}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            const QString id = body[QLatin1String("id")].toString();
            return expect(pageOf(h).personas.value(id).name == QLatin1String("Sam from the bakery"),
                          QStringLiteral("the persona should be stored"));
        }};
    cases << SuccessCase{QStringLiteral("list_personas"),
                         {},
                         0,
                         0,
                         [](SandboxHarness &h) {
                             addPersona(h);
                             return QJsonObject{};
                         },
                         [](const QJsonValue &body, SandboxHarness &) {
                             return expect(
                                 body[QLatin1String("data")][0][QLatin1String("name")].toString() ==
                                     QLatin1String("Robin at the counter"),
                                 QStringLiteral("the persona expected in the list"));
                         }};
    cases << SuccessCase{QStringLiteral("fetch_persona"),
                         {},
                         0,
                         0,
                         [](SandboxHarness &h) {
                             return QJsonObject{{QStringLiteral("persona_id"), addPersona(h)}};
                         },
                         [](const QJsonValue &body, SandboxHarness &) {
                             return expect(
                                 body[QLatin1String("profile_picture_url")].toString().endsWith(
                                     QLatin1String("robin.png")),
                                 QStringLiteral("the persona's picture expected"));
                         }};
    cases << SuccessCase{QStringLiteral("delete_persona"),
                         {},
                         0,
                         0,
                         [](SandboxHarness &h) {
                             return QJsonObject{{QStringLiteral("persona_id"), addPersona(h)}};
                         },
                         [](const QJsonValue &body, SandboxHarness &h) {
                             if (const QString wrong = isSuccess(body); !wrong.isEmpty())
                                 return wrong;
                             return expect(pageOf(h).personas.isEmpty(),
                                           QStringLiteral("the persona should be gone"));
                         }};
    cases << SuccessCase{
        QStringLiteral("fetch_page"),
        {},
        0,
        0,
        [](SandboxHarness &) {
            return QJsonObject{
                {QStringLiteral("fields"), QStringLiteral("id,name,followers_count,fan_count,"
                                                          "picture{data{url}}")}};
        },
        [](const QJsonValue &body, SandboxHarness &h) {
            return expect(
                body[QLatin1String("name")].toString() == QLatin1String("Bluebird Bakery") &&
                    body[QLatin1String("id")].toString() == h.pageId(0, 0) &&
                    body[QLatin1String("followers_count")].toInt() >=
                        body[QLatin1String("fan_count")].toInt() &&
                    body[QLatin1String("fan_count")].toInt() > 0 &&
                    body[QLatin1String("picture")][QLatin1String("data")][QLatin1String("url")]
                        .toString()
                        .startsWith(QLatin1String("http")),
                QStringLiteral("name, counts and picture.data.url expected"));
        }};
}

} // namespace mdesk::sandboxtest::cases
