#pragma once

#include "api/graphresult.h"

#include <QJsonObject>
#include <QString>

namespace mdesk::models {

// What one Send API answer means for one recipient of a broadcast (graph-api.md section
// 6, "Send API outcomes a broadcast must tell apart"), from api::SendOutcome: the one place
// the broadcast engine turns an answer into sent, skipped, failed, unknown, retry or stop.
struct SendVerdict
{
    enum class Kind {
        Sent,    // message_id given
        Skipped, // Graph refused for a reason of the person: window closed, unavailable, no user
        Failed,  // refused for any other reason; never retried
        Unknown, // the request left and no usable answer came: it may have arrived
        Retry,   // refused for rate (4/17/32/613/80xxx): not sent, safe to send again
        StopAll  // no later send can succeed (10/1893063, permission, token): stop
    };
    Kind kind = Kind::Failed;
    QString messageId;
    QString reason;    // api::sendOutcomeName: window_closed, unavailable, unknown_outcome, ...
    QString text;      // plain words for the report
    QJsonObject error; // Graph's error object with "category" and "text"; empty when sent

    static SendVerdict of(const api::GraphResult &result);
};

} // namespace mdesk::models
