// Conversations of a page: GET /me/conversations (newest first, cursors, user_id, and the
// field expansion messages.limit(n){...}) and GET /{conversation_id}/messages.
#include "handlers.h"

#include "fieldselection.h"
#include "listpaging.h"

#include <QJsonArray>
#include <algorithm>

namespace mdesk::sandbox {

namespace {

const QStringList &conversationFields()
{
    static const QStringList fields{QStringLiteral("id"),           QStringLiteral("updated_time"),
                                    QStringLiteral("participants"), QStringLiteral("senders"),
                                    QStringLiteral("messages"),     QStringLiteral("message_count"),
                                    QStringLiteral("unread_count"), QStringLiteral("snippet"),
                                    QStringLiteral("can_reply"),    QStringLiteral("link")};
    return fields;
}

const QStringList &messageFields()
{
    static const QStringList fields{QStringLiteral("id"), QStringLiteral("message"),
                                    QStringLiteral("from"), QStringLiteral("to"),
                                    QStringLiteral("created_time")};
    return fields;
}

QJsonObject personRef(const SandboxState &state, const Contact &contact)
{
    const QString name = contact.person >= 0 && contact.person < state.persons.size()
                             ? state.persons.at(contact.person).fullName()
                             : QString();
    return {{QStringLiteral("name"), name},
            {QStringLiteral("email"), contact.psid + QStringLiteral("@facebook.com")},
            {QStringLiteral("id"), contact.psid}};
}

QJsonObject pageRef(const PageState &page)
{
    return {{QStringLiteral("name"), page.name},
            {QStringLiteral("email"), page.id + QStringLiteral("@facebook.com")},
            {QStringLiteral("id"), page.id}};
}

QJsonObject renderMessage(const GraphCall &call, const Contact &contact,
                          const ThreadMessage &message, const QList<FieldSpec> &fields)
{
    const PageState &page = call.page();
    const QJsonObject person = personRef(call.state, contact);
    const QJsonObject full{{QStringLiteral("id"), message.id},
                           {QStringLiteral("message"), message.text},
                           {QStringLiteral("from"), message.fromPage ? pageRef(page) : person},
                           {QStringLiteral("to"),
                            QJsonObject{{QStringLiteral("data"),
                                         QJsonArray{message.fromPage ? person : pageRef(page)}}}},
                           {QStringLiteral("created_time"),
                            graphTimestamp(QDateTime::fromSecsSinceEpoch(message.at, Qt::UTC))}};
    QList<FieldSpec> selection = fields;
    if (!FieldSelection::find(selection, QStringLiteral("id")))
        selection.prepend({QStringLiteral("id"), {}, {}});
    return FieldSelection::apply(full, selection).toObject();
}

int limitOf(const FieldSpec &field)
{
    bool ok = false;
    const int limit = field.modifiers.value(QStringLiteral("limit")).toInt(&ok);
    return ok && limit > 0 ? std::min(limit, ListPaging::kMaxLimit) : ListPaging::kDefaultLimit;
}

// The thread's newest messages as an inline edge {"data":[...],"paging":{...}}.
QJsonObject inlineMessages(const GraphCall &call, const Contact &contact, const FieldSpec &field)
{
    const QList<ThreadMessage> messages = ContactBook::messages(contact);
    const int limit = limitOf(field);
    QList<FieldSpec> children = field.children;
    if (children.isEmpty())
        children = {{QStringLiteral("id"), {}, {}}, {QStringLiteral("created_time"), {}, {}}};
    QJsonArray data;
    for (qsizetype i = 0; i < messages.size() && i < limit; ++i)
        data.append(renderMessage(call, contact, messages.at(i), children));
    QJsonObject edge{{QStringLiteral("data"), data}};
    if (data.isEmpty())
        return edge;
    const qsizetype shown = data.size();
    const QString after = ListPaging::cursorFor(messages.at(shown - 1).id);
    QJsonObject paging{
        {QStringLiteral("cursors"),
         QJsonObject{{QStringLiteral("before"), ListPaging::cursorFor(messages.first().id)},
                     {QStringLiteral("after"), after}}}};
    if (shown < messages.size()) {
        QStringList names;
        for (const FieldSpec &child : std::as_const(children))
            names.append(child.name);
        QUrl next = call.serverUrl(
            QStringLiteral("/%1/%2/messages").arg(call.version.toString(), contact.threadId));
        next.setQuery(QStringLiteral("fields=%1&limit=%2&after=%3")
                          .arg(names.join(QLatin1Char(',')))
                          .arg(limit)
                          .arg(after));
        paging.insert(QStringLiteral("next"), next.toString());
    }
    edge.insert(QStringLiteral("paging"), paging);
    return edge;
}

QJsonObject renderConversation(const GraphCall &call, const Contact &contact,
                               const QList<FieldSpec> &fields)
{
    const PageState &page = call.page();
    QJsonObject thread{{QStringLiteral("id"), contact.threadId}};
    const QList<ThreadMessage> messages = ContactBook::messages(contact);
    const QJsonObject participants{
        {QStringLiteral("data"), QJsonArray{personRef(call.state, contact), pageRef(page)}}};
    for (const FieldSpec &field : fields) {
        QJsonValue value;
        if (field.name == QLatin1String("updated_time"))
            value = graphTimestamp(
                QDateTime::fromSecsSinceEpoch(ContactBook::updatedTime(contact), Qt::UTC));
        else if (field.name == QLatin1String("participants") ||
                 field.name == QLatin1String("senders"))
            value = FieldSelection::apply(participants, field.children);
        else if (field.name == QLatin1String("messages"))
            value = inlineMessages(call, contact, field);
        else if (field.name == QLatin1String("message_count"))
            value = int(messages.size());
        else if (field.name == QLatin1String("unread_count"))
            value = !messages.isEmpty() && !messages.first().fromPage ? 1 : 0;
        else if (field.name == QLatin1String("snippet"))
            value = messages.isEmpty() ? QString() : messages.first().text;
        else if (field.name == QLatin1String("can_reply"))
            value = !contact.unavailable;
        else if (field.name == QLatin1String("link"))
            value = QStringLiteral("/%1/inbox/%2/").arg(page.id, contact.threadId.mid(2));
        else
            continue; // id, already there
        thread.insert(field.name, value);
    }
    return thread;
}

} // namespace

GraphAnswer Handlers::listConversations(GraphCall &call)
{
    GraphFailure failure;
    auto fields = FieldSelection::forCall(call, conversationFields(),
                                          QStringLiteral("Conversation"), &failure);
    if (!fields)
        return GraphAnswer::fail(failure);
    if (fields->isEmpty())
        *fields = {{QStringLiteral("id"), {}, {}}, {QStringLiteral("updated_time"), {}, {}}};
    if (const FieldSpec *messages = FieldSelection::find(*fields, QStringLiteral("messages"))) {
        if (const QString unknown =
                FieldSelection::firstUnknown(messages->children, messageFields());
            !unknown.isEmpty())
            return GraphAnswer::fail(Errors::nonexistingField(unknown, QStringLiteral("Message")));
    }
    const QString platform = call.params.string(QStringLiteral("platform"));
    if (!platform.isEmpty() && platform != QLatin1String("messenger") &&
        platform != QLatin1String("instagram"))
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("param platform must be one of {messenger, instagram} - got \"%1\"")
                .arg(platform)));

    const PageState &page = call.page();
    QStringList ids;
    if (platform != QLatin1String("instagram")) {
        const QString userId = call.params.string(QStringLiteral("user_id"));
        if (!userId.isEmpty()) {
            if (const Contact *contact = page.contacts.byPsid(userId))
                ids.append(contact->threadId);
        } else {
            const QList<int> &order = page.contacts.newestFirst();
            ids.reserve(order.size());
            for (int index : order)
                ids.append(page.contacts.all().at(index).threadId);
        }
    }
    const QList<FieldSpec> selection = *fields;
    return ListPaging::answer(call, ids, [&](const QString &threadId) {
        return renderConversation(call, *page.contacts.byThread(threadId), selection);
    });
}

GraphAnswer Handlers::conversationMessages(GraphCall &call)
{
    GraphFailure failure;
    auto fields =
        FieldSelection::forCall(call, messageFields(), QStringLiteral("Message"), &failure);
    if (!fields)
        return GraphAnswer::fail(failure);
    if (fields->isEmpty())
        *fields = {{QStringLiteral("id"), {}, {}}, {QStringLiteral("created_time"), {}, {}}};
    const Contact *contact =
        call.page().contacts.byThread(call.pathValues.value(QStringLiteral("conversation_id")));
    if (!contact)
        return GraphAnswer::fail(Errors::unsupportedRequest(
            call.method, call.pathValues.value(QStringLiteral("conversation_id"))));
    const QList<ThreadMessage> messages = ContactBook::messages(*contact);
    QStringList ids;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        ids.append(messages.at(i).id);
        at.insert(messages.at(i).id, i);
    }
    const QList<FieldSpec> selection = *fields;
    return ListPaging::answer(call, ids, [&](const QString &id) {
        return renderMessage(call, *contact, messages.at(at.value(id)), selection);
    });
}

} // namespace mdesk::sandbox
