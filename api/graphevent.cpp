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

} // namespace mdesk::api
