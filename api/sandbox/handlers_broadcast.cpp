// The Broadcast API: message creatives, broadcasts with schedule, status and cancel, reach
// estimations. Graph removed it; the router answers "removed" from v4.0 (VersionRules), so
// these run for older versions only.
#include "handlers.h"

#include "versionrules.h"

#include <QJsonArray>

namespace mdesk::sandbox {

namespace {

constexpr int kMaxScheduleDays = 14;

// Recipients a broadcast or estimate reaches: a label's members or every subscriber.
std::optional<GraphFailure> audience(const GraphCall &call, QString *labelId, int *recipients)
{
    const PageState &page = call.page();
    *labelId = call.params.string(QStringLiteral("custom_label_id"));
    if (labelId->isEmpty()) {
        *recipients = int(page.psids.size());
        return std::nullopt;
    }
    if (!page.labels.contains(*labelId))
        return Errors::invalidParameter(
            QStringLiteral("param custom_label_id must be a label of this Page, got \"%1\"")
                .arg(*labelId));
    *recipients = int(page.labels.value(*labelId).psids.size());
    return std::nullopt;
}

// schedule_time as a Unix time or an ISO 8601 text.
QDateTime parseScheduleTime(const GraphParams &params)
{
    if (const auto seconds = params.integer(QStringLiteral("schedule_time")))
        return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
    return QDateTime::fromString(params.string(QStringLiteral("schedule_time")), Qt::ISODate);
}

} // namespace

GraphAnswer Handlers::createCreative(GraphCall &call)
{
    const QJsonValue messages = call.params.value(QStringLiteral("messages"));
    if (!messages.isArray() || messages.toArray().isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("messages")));
    const QJsonArray list = messages.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject message = list.at(i).toObject();
        if (!message.contains(QStringLiteral("text")) &&
            !message.contains(QStringLiteral("dynamic_text")) &&
            !message.contains(QStringLiteral("attachment")))
            return GraphAnswer::fail(Errors::invalidParameter(
                QStringLiteral("param messages[%1] must have text, dynamic_text or attachment")
                    .arg(i)));
    }
    const QString id = call.state.newId();
    PageState &page = call.page();
    page.creatives.insert(id, list);
    call.state.registerObject(id, {ObjectKind::Creative, page.id, page.appId, -1});
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("message_creative_id"), id}});
}

GraphAnswer Handlers::sendBroadcast(GraphCall &call)
{
    PageState &page = call.page();
    Broadcast broadcast;
    broadcast.creativeId = call.params.string(QStringLiteral("message_creative_id"));
    if (broadcast.creativeId.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("message_creative_id")));
    if (!page.creatives.contains(broadcast.creativeId))
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("param message_creative_id must be a message creative of this Page")));
    broadcast.notificationType = call.params.string(QStringLiteral("notification_type"));
    static const QStringList notificationTypes{
        QStringLiteral("REGULAR"), QStringLiteral("SILENT_PUSH"), QStringLiteral("NO_PUSH")};
    if (!broadcast.notificationType.isEmpty() &&
        !notificationTypes.contains(broadcast.notificationType))
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("param notification_type must be one of {REGULAR, SILENT_PUSH, "
                           "NO_PUSH}")));
    broadcast.messagingType = call.params.string(QStringLiteral("messaging_type"));
    broadcast.tag = call.params.string(QStringLiteral("tag"));
    if (broadcast.messagingType == QLatin1String("MESSAGE_TAG") && broadcast.tag.isEmpty())
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("param tag is required when messaging_type is MESSAGE_TAG")));
    if (auto failure = audience(call, &broadcast.labelId, &broadcast.recipients))
        return GraphAnswer::fail(*failure);
    broadcast.createdAt = call.state.now();
    if (call.params.has(QStringLiteral("schedule_time"))) {
        broadcast.scheduledAt = parseScheduleTime(call.params);
        if (!broadcast.scheduledAt.isValid() || broadcast.scheduledAt <= broadcast.createdAt ||
            broadcast.scheduledAt > broadcast.createdAt.addDays(kMaxScheduleDays))
            return GraphAnswer::fail(Errors::invalidParameter(
                QStringLiteral("param schedule_time must be a time in the future, at most %1 "
                               "days ahead")
                    .arg(kMaxScheduleDays)));
    }
    broadcast.id = call.state.newId();
    page.broadcasts.insert(broadcast.id, broadcast);
    page.broadcastOrder.append(broadcast.id);
    call.state.registerObject(broadcast.id, {ObjectKind::Broadcast, page.id, page.appId, -1});
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("broadcast_id"), broadcast.id}});
}

GraphAnswer Handlers::fetchBroadcast(GraphCall &call)
{
    const Broadcast broadcast =
        call.page().broadcasts.value(call.pathValues.value(QStringLiteral("broadcast_id")));
    QStringList fields = call.params.list(QStringLiteral("fields"));
    if (fields.isEmpty())
        fields = {QStringLiteral("scheduled_time"), QStringLiteral("status")};
    QJsonObject object{{QStringLiteral("id"), broadcast.id}};
    const QDateTime now = call.state.now();
    for (const QString &field : std::as_const(fields)) {
        if (field == QLatin1String("id"))
            continue;
        if (field == QLatin1String("scheduled_time"))
            object.insert(field,
                          graphTimestamp(broadcast.scheduledAt.isValid() ? broadcast.scheduledAt
                                                                         : broadcast.createdAt));
        else if (field == QLatin1String("status"))
            object.insert(field, broadcast.status(now));
        else if (field == QLatin1String("message_creative_id"))
            object.insert(field, broadcast.creativeId);
        else
            return GraphAnswer::fail(Errors::nonexistingField(field, QStringLiteral("Broadcast")));
    }
    return GraphAnswer::ok(object);
}

GraphAnswer Handlers::cancelBroadcast(GraphCall &call)
{
    const QString operation = call.params.string(QStringLiteral("operation"));
    if (operation != QLatin1String("cancel"))
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("param operation must be one of {cancel} - got \"%1\"").arg(operation)));
    Broadcast &broadcast =
        call.page().broadcasts[call.pathValues.value(QStringLiteral("broadcast_id"))];
    const QString status = broadcast.status(call.state.now());
    if (status != QLatin1String("SCHEDULED"))
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("Only a scheduled broadcast can be canceled; this one is %1")
                .arg(status)));
    broadcast.cancelled = true;
    return GraphAnswer::success();
}

GraphAnswer Handlers::estimateReach(GraphCall &call)
{
    QString labelId;
    int recipients = 0;
    if (auto failure = audience(call, &labelId, &recipients))
        return GraphAnswer::fail(*failure);
    const QString id = call.state.newId();
    PageState &page = call.page();
    page.reachEstimations.insert(id, recipients);
    call.state.registerObject(id, {ObjectKind::ReachEstimation, page.id, page.appId, -1});
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("reach_estimation_id"), id}});
}

GraphAnswer Handlers::fetchReachEstimation(GraphCall &call)
{
    // Not a row of its own: it goes with estimate_broadcast_reach.
    GraphFailure removed;
    if (VersionRules::isRemoved(QStringLiteral("estimate_broadcast_reach"), call.version, &removed))
        return GraphAnswer::fail(removed);
    const QString id = call.pathValues.value(QStringLiteral("reach_estimation_id"));
    return GraphAnswer::ok(
        QJsonObject{{QStringLiteral("reach_estimation"), call.page().reachEstimations.value(id)},
                    {QStringLiteral("id"), id}});
}

} // namespace mdesk::sandbox
