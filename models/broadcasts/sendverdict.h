#pragma once

#include "api/graphresult.h"

#include <QJsonObject>
#include <QString>

namespace mdesk::models {

// What one Send API answer means for one recipient of a broadcast (graph-api.md section
// 6, "Send API outcomes a broadcast must tell apart"). This is the one place that reads
// codes for the broadcast engine.
struct SendVerdict
{
    enum class Kind {
        Sent,    // message_id given
        Skipped, // Graph refused for a reason of the person: window closed, unavailable, no user
        Failed,  // refused for any other reason; never retried
        Unknown, // the request left and no usable answer came: it may have arrived
        Retry,   // refused for rate (4/17/32/613/80xxx): not sent, safe to send again
        StopAll  // the Page is restricted (10/1893063): stop the whole broadcast
    };
    Kind kind = Kind::Failed;
    QString messageId;
    QString reason;    // window_closed, unavailable, no_user, page_restricted, timeout, ...
    QString text;      // plain words for the report
    QJsonObject error; // Graph's error object with "category" and "text"; empty when sent

    static SendVerdict of(const api::GraphResult &result);
};

} // namespace mdesk::models
