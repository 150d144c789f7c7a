#pragma once

#include "models/store/contact.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace mdesk::models {

// Reads what a conversation sync needs out of Graph's answers: pure functions, no I/O.
namespace ThreadScan {

// The messages each listed thread carries inline (graph-api.md section 7).
constexpr int kInlineMessages = 5;
// The fields list_conversations is asked for.
QString listFields();

// Graph's time ("2026-12-03T11:00:00+0000", ISO 8601 with or without a colon in the
// offset) as ms since the epoch; nullopt when it is not one.
std::optional<qint64> parseTime(const QString &text);
// ms since the epoch as ISO 8601 UTC with a Z ("2026-12-03T11:00:00.000Z").
QString formatTime(qint64 ms);

struct ListedThread
{
    store::ConversationRecord record;
    // The inline messages may not reach back far enough: no inbound message was among
    // them and the thread may hold older ones.
    bool needsRead = false;
};

// One item of list_conversations' data: the person (the participant that is not the Page),
// updated_time and the inbound/outbound times of the inline messages. nullopt when the
// item names no person or no valid updated_time.
std::optional<ListedThread> listedThread(const QJsonObject &item, const QString &pageId);

// Folds messages (newest first, each {from:{id}, created_time}) into the record's
// inbound/outbound times; returns whether an inbound message was among them, and sets
// *oldest to the oldest created_time seen.
bool foldMessages(const QJsonArray &messages, const QString &pageId,
                  store::ConversationRecord &record, std::optional<qint64> *oldest = nullptr);

} // namespace ThreadScan

} // namespace mdesk::models
