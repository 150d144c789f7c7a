// Handover protocol: pass, take and request thread control; secondary receivers; owner.
#include "handlers.h"

#include <QJsonArray>

namespace mdesk::sandbox {

namespace {

constexpr int kMetadataMaxChars = 1000;

// recipient.id of a handover call: a PSID of this page.
std::optional<GraphFailure> recipient(const GraphCall &call, QString *psid)
{
    const QJsonValue value = call.params.value(QStringLiteral("recipient"));
    *psid = value.isObject() ? GraphParams(value.toObject()).string(QStringLiteral("id"))
                             : call.params.string(QStringLiteral("recipient"));
    if (psid->isEmpty())
        return Errors::requiredParameter(QStringLiteral("recipient"));
    if (!call.pageUser(*psid))
        return Errors::noMatchingUser();
    if (call.params.string(QStringLiteral("metadata")).size() > kMetadataMaxChars)
        return Errors::invalidParameter(
            QStringLiteral("param metadata must be at most %1 characters long")
                .arg(kMetadataMaxChars));
    return std::nullopt;
}

QString ownerOf(const PageState &page, const QString &psid)
{
    return page.threadOwners.value(psid, page.appId);
}

GraphFailure notOwner()
{
    GraphFailure failure = Errors::forCode(10);
    failure.message = QStringLiteral("(#10) This app is not the thread owner of this "
                                     "conversation, so it cannot pass thread control.");
    return failure;
}

} // namespace

GraphAnswer Handlers::passThreadControl(GraphCall &call)
{
    QString psid;
    if (auto failure = recipient(call, &psid))
        return GraphAnswer::fail(*failure);
    const QString target = call.params.string(QStringLiteral("target_app_id"));
    if (target.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("target_app_id")));
    PageState &page = call.page();
    bool known = target == page.appId;
    for (const auto &[appId, name] : std::as_const(page.secondaryReceivers))
        known = known || appId == target;
    if (!known || target == call.caller.appId)
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("param target_app_id must be another app connected to this Page as "
                           "a receiver, got \"%1\"")
                .arg(target)));
    if (ownerOf(page, psid) != call.caller.appId)
        return GraphAnswer::fail(notOwner());
    page.threadOwners.insert(psid, target);
    page.threadRequests.remove(psid);
    return GraphAnswer::success();
}

GraphAnswer Handlers::takeThreadControl(GraphCall &call)
{
    QString psid;
    if (auto failure = recipient(call, &psid))
        return GraphAnswer::fail(*failure);
    PageState &page = call.page();
    if (call.caller.appId != page.appId)
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("Only the Page's primary receiver can take thread control")));
    page.threadOwners.remove(psid); // absent means the primary receiver
    page.threadRequests.remove(psid);
    return GraphAnswer::success();
}

GraphAnswer Handlers::requestThreadControl(GraphCall &call)
{
    QString psid;
    if (auto failure = recipient(call, &psid))
        return GraphAnswer::fail(*failure);
    PageState &page = call.page();
    if (ownerOf(page, psid) == call.caller.appId)
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("This app already controls the thread; there is nothing to request")));
    page.threadRequests.insert(psid, call.caller.appId);
    return GraphAnswer::success();
}

GraphAnswer Handlers::secondaryReceivers(GraphCall &call)
{
    QStringList fields = call.params.list(QStringLiteral("fields"));
    if (fields.isEmpty())
        fields = {QStringLiteral("id"), QStringLiteral("name")};
    for (const QString &field : std::as_const(fields)) {
        if (field != QLatin1String("id") && field != QLatin1String("name"))
            return GraphAnswer::fail(
                Errors::nonexistingField(field, QStringLiteral("Application")));
    }
    QJsonArray data;
    for (const auto &[appId, name] : std::as_const(call.page().secondaryReceivers)) {
        QJsonObject receiver;
        if (fields.contains(QStringLiteral("id")))
            receiver.insert(QStringLiteral("id"), appId);
        if (fields.contains(QStringLiteral("name")))
            receiver.insert(QStringLiteral("name"), name);
        data.append(receiver);
    }
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("data"), data}});
}

GraphAnswer Handlers::threadOwner(GraphCall &call)
{
    const QString psid = call.params.string(QStringLiteral("recipient"));
    if (psid.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("recipient")));
    if (!call.pageUser(psid))
        return GraphAnswer::fail(Errors::noMatchingUser());
    const QJsonObject owner{{QStringLiteral("thread_owner"),
                             QJsonObject{{QStringLiteral("app_id"), ownerOf(call.page(), psid)}}}};
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("data"), QJsonArray{owner}}});
}

} // namespace mdesk::sandbox
