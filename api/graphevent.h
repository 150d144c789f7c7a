#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace mdesk::api {

enum class EventOutcome { Started, Succeeded, Failed, Erred, RetryScheduled };

QString outcomeName(EventOutcome outcome); // "started", "succeeded", ...

// One entry of the live log. Built only from redacted data: no token, secret or proof can
// reach one (Redactor runs before the event is constructed).
struct GraphEvent
{
    QString id;              // UUID of this event
    QString topic;           // mb_<op>_<outcome>, e.g. mb_set_messenger_profile_succeeded
    QString transactionId;   // tx_id grouping related calls
    QString source;          // "gui", "cli", "bulk", ...
    QDateTime initializedAt; // when the call began
    QDateTime occurredAt;    // when this event happened
    EventOutcome outcome = EventOutcome::Started;
    QString op;
    QString appId;
    QString pageId;
    int attempt = 1;
    int httpStatus = 0;
    qint64 durationMs = 0;
    QJsonObject data; // {app_id, page_id, op, attempt, request, response | error}

    static QString topicFor(const QString &op, EventOutcome outcome);
    QJsonObject toJson() const;
    // A toJson() form back as an event (an unknown outcome reads as Erred).
    static GraphEvent fromJson(const QJsonObject &json);
    QByteArray toJsonLine() const; // compact JSON plus "\n"
};

} // namespace mdesk::api

Q_DECLARE_METATYPE(mdesk::api::GraphEvent)
