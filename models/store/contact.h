#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

namespace mdesk::store {

// How long a person can be messaged after their own last message (graph-api.md section 7).
constexpr qint64 kMessagingWindowMs = 24LL * 60 * 60 * 1000;

// One person a Page knows, as the contacts table holds them. Times are milliseconds since
// the epoch (UTC); nullopt means unknown.
struct Contact
{
    QString psid;
    QString name;
    std::optional<qint64> firstSeen; // when this app first recorded the person
    std::optional<qint64> lastInbound;
    std::optional<qint64> lastOutbound;
    bool unavailable = false; // a send answered 551: the person blocked the Page or left
    bool blocked = false;
    QString conversationId;
    std::optional<qint64> updatedTime; // the thread's updated_time when it was last synced
    QStringList labels;                // label ids the app knows the person carries, sorted

    // Whether a message to the person can go out now: their last message is under 24 h old.
    bool windowOpen(qint64 nowMs) const
    {
        return lastInbound && *lastInbound > nowMs - kMessagingWindowMs;
    }
};

// Which contacts a list or count covers. Empty fields do not filter.
struct ContactFilter
{
    QString labelId;       // only people carrying this label
    bool openOnly = false; // only people whose window is open at nowMs
    qint64 nowMs = 0;      // the "now" of openOnly
    QString text;          // a substring of the PSID or the name (case-insensitive)
};

// What a conversation sync learned about one thread.
struct ConversationRecord
{
    QString psid;
    QString name;
    QString conversationId;
    qint64 updatedTime = 0;
    std::optional<qint64> lastInbound;  // newest message not from the Page
    std::optional<qint64> lastOutbound; // newest message from the Page
};

} // namespace mdesk::store
