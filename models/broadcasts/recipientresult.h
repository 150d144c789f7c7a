#pragma once

#include <QJsonObject>
#include <QString>

namespace mdesk::models {

// The states of one recipient row in the broadcast journal (design.md, "The local store").
// pending -> sending (committed before the request leaves) -> sent | skipped | failed |
// unknown. A `sending` row found after a crash becomes unknown and is never sent again by
// itself.
namespace RecipientState {
inline const QString Pending = QStringLiteral("pending");
inline const QString Sending = QStringLiteral("sending");
inline const QString Sent = QStringLiteral("sent");
inline const QString Skipped = QStringLiteral("skipped");
inline const QString Failed = QStringLiteral("failed");
inline const QString Unknown = QStringLiteral("unknown");
} // namespace RecipientState

// States of a whole broadcast.
namespace BroadcastState {
inline const QString Draft = QStringLiteral("draft");
inline const QString Scheduled = QStringLiteral("scheduled");
inline const QString Running = QStringLiteral("running");
inline const QString Paused = QStringLiteral("paused");
inline const QString Interrupted = QStringLiteral("interrupted"); // found `sending` on reopen
inline const QString Stopped = QStringLiteral("stopped");         // 10/1893063 and the like
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Finished = QStringLiteral("finished");
} // namespace BroadcastState

// What happened to one person. reason is a short machine word for skipped/unknown rows
// ("window_closed", "unavailable", "cancelled", "timeout", ...); error is the Graph error
// object plus "text" (plain words), for failed and unknown rows.
struct RecipientResult
{
    QString psid;
    QString state;
    QString messageId;
    QString reason;
    QJsonObject error;
};

} // namespace mdesk::models
