#include "graphevent.h"

#include <QJsonDocument>

namespace mdesk::api {

QString outcomeName(EventOutcome outcome)
{
    switch (outcome) {
    case EventOutcome::Started:
        return QStringLiteral("started");
    case EventOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case EventOutcome::Failed:
        return QStringLiteral("failed");
    case EventOutcome::Erred:
        return QStringLiteral("erred");
    case EventOutcome::RetryScheduled:
        return QStringLiteral("retry_scheduled");
    }
    return {};
}

QString GraphEvent::topicFor(const QString &op, EventOutcome outcome)
{
    return QStringLiteral("mb_%1_%2").arg(op, outcomeName(outcome));
}

namespace {

EventOutcome outcomeFromName(const QString &name)
{
    for (auto outcome : {EventOutcome::Started, EventOutcome::Succeeded, EventOutcome::Failed,
                         EventOutcome::Erred, EventOutcome::RetryScheduled})
        if (outcomeName(outcome) == name)
            return outcome;
    return EventOutcome::Erred;
}

} // namespace

QJsonObject GraphEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("topic"), topic},
            {QStringLiteral("transaction_id"), transactionId},
            {QStringLiteral("source"), source},
            {QStringLiteral("initialized_at"), initializedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("occurred_at"), occurredAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("outcome"), outcomeName(outcome)},
            {QStringLiteral("duration_ms"), durationMs},
            {QStringLiteral("data"), data}};
}

QByteArray GraphEvent::toJsonLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact) + '\n';
}

GraphEvent GraphEvent::fromJson(const QJsonObject &json)
{
    GraphEvent event;
    event.id = json.value(QStringLiteral("id")).toString();
    event.topic = json.value(QStringLiteral("topic")).toString();
    event.transactionId = json.value(QStringLiteral("transaction_id")).toString();
    event.source = json.value(QStringLiteral("source")).toString();
    event.initializedAt = QDateTime::fromString(
        json.value(QStringLiteral("initialized_at")).toString(), Qt::ISODateWithMs);
    event.occurredAt = QDateTime::fromString(json.value(QStringLiteral("occurred_at")).toString(),
                                             Qt::ISODateWithMs);
    event.outcome = outcomeFromName(json.value(QStringLiteral("outcome")).toString());
    event.durationMs = json.value(QStringLiteral("duration_ms")).toInteger();
    event.data = json.value(QStringLiteral("data")).toObject();
    event.op = event.data.value(QStringLiteral("op")).toString();
    event.appId = event.data.value(QStringLiteral("app_id")).toString();
    event.pageId = event.data.value(QStringLiteral("page_id")).toString();
    event.attempt = event.data.value(QStringLiteral("attempt")).toInt(1);
    event.httpStatus = event.data.value(QStringLiteral("response"))
                           .toObject()
                           .value(QStringLiteral("status"))
                           .toInt();
    return event;
}

} // namespace mdesk::api
