#include "models/audience/threadscan.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>

namespace mdesk::models {

namespace {

std::optional<qint64> later(std::optional<qint64> a, std::optional<qint64> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::max(*a, *b);
}

} // namespace

QString ThreadScan::listFields()
{
    return QStringLiteral("id,updated_time,participants,messages.limit(%1){from,created_time}")
        .arg(kInlineMessages);
}

std::optional<qint64> ThreadScan::parseTime(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QString iso = text;
    // Graph writes the offset without a colon (+0000); Qt wants +00:00.
    static const QRegularExpression compactOffset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    iso.replace(compactOffset, QStringLiteral("\\1:\\2"));
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

QString ThreadScan::formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool ThreadScan::foldMessages(const QJsonArray &messages, const QString &pageId,
                              store::ConversationRecord &record, std::optional<qint64> *oldest)
{
    bool inbound = false;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const auto created = parseTime(message.value(QStringLiteral("created_time")).toString());
        if (!created)
            continue;
        if (oldest)
            *oldest = oldest->has_value() ? std::min(**oldest, *created) : *created;
        const QString from =
            message.value(QStringLiteral("from")).toObject().value(QStringLiteral("id")).toString();
        if (from == pageId) {
            record.lastOutbound = later(record.lastOutbound, created);
        } else if (!from.isEmpty()) {
            record.lastInbound = later(record.lastInbound, created);
            inbound = true;
        }
    }
    return inbound;
}

std::optional<ThreadScan::ListedThread> ThreadScan::listedThread(const QJsonObject &item,
                                                                 const QString &pageId)
{
    ListedThread thread;
    const auto updated = parseTime(item.value(QStringLiteral("updated_time")).toString());
    if (!updated)
        return std::nullopt;
    thread.record.updatedTime = *updated;
    thread.record.conversationId = item.value(QStringLiteral("id")).toString();
    const QJsonArray participants = item.value(QStringLiteral("participants"))
                                        .toObject()
                                        .value(QStringLiteral("data"))
                                        .toArray();
    for (const QJsonValue &value : participants) {
        const QJsonObject participant = value.toObject();
        const QString id = participant.value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && id != pageId) {
            thread.record.psid = id;
            thread.record.name = participant.value(QStringLiteral("name")).toString();
            break;
        }
    }
    if (thread.record.psid.isEmpty())
        return std::nullopt;
    if (!item.contains(QStringLiteral("messages"))) {
        thread.needsRead = true; // the server ignored the expansion
        return thread;
    }
    const QJsonObject messages = item.value(QStringLiteral("messages")).toObject();
    const QJsonArray data = messages.value(QStringLiteral("data")).toArray();
    const bool inbound = foldMessages(data, pageId, thread.record);
    // Older messages exist when Graph offers a next page, or (an answer without paging)
    // when the inline limit was filled.
    const QJsonObject paging = messages.value(QStringLiteral("paging")).toObject();
    const bool mayHaveMore =
        paging.isEmpty() ? data.size() >= kInlineMessages : paging.contains(QStringLiteral("next"));
    thread.needsRead = !inbound && mayHaveMore;
    return thread;
}

} // namespace mdesk::models
