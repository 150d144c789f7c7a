// The Send API (POST /me/messages) and the Attachment Upload API.
#include "handlers.h"

#include <QJsonArray>
#include <QUrl>

namespace mdesk::sandbox {

namespace {

constexpr int kTextMaxChars = 2000;
constexpr int kMaxQuickReplies = 13;
constexpr int kQuickReplyTitleMaxChars = 20;
constexpr int kPayloadMaxChars = 1000;
constexpr qint64 kMaxAttachmentBytes = 25 * 1024 * 1024;

const QStringList &currentTags()
{
    static const QStringList tags{QStringLiteral("CONFIRMED_EVENT_UPDATE"),
                                  QStringLiteral("POST_PURCHASE_UPDATE"),
                                  QStringLiteral("ACCOUNT_UPDATE"), QStringLiteral("HUMAN_AGENT")};
    return tags;
}

GraphFailure bad(const QString &message)
{
    return Errors::invalidParameter(message);
}

std::optional<GraphFailure> checkQuickReplies(const QJsonValue &value)
{
    if (value.isUndefined())
        return std::nullopt;
    const QJsonArray replies = value.toArray();
    if (replies.size() > kMaxQuickReplies)
        return bad(QStringLiteral("param message[quick_replies] must have at most %1 elements")
                       .arg(kMaxQuickReplies));
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const QJsonObject reply = replies.at(i).toObject();
        const QString type = reply.value(QStringLiteral("content_type")).toString();
        if (type == QLatin1String("user_phone_number") || type == QLatin1String("user_email"))
            continue;
        if (type != QLatin1String("text"))
            return bad(QStringLiteral("param message[quick_replies][%1][content_type] must be one "
                                      "of {text, user_phone_number, user_email}")
                           .arg(i));
        const QString title = reply.value(QStringLiteral("title")).toString();
        if (title.isEmpty() || title.size() > kQuickReplyTitleMaxChars)
            return bad(QStringLiteral("param message[quick_replies][%1][title] must be 1 to %2 "
                                      "characters long")
                           .arg(i)
                           .arg(kQuickReplyTitleMaxChars));
        const QString payload = reply.value(QStringLiteral("payload")).toString();
        if (payload.isEmpty() || payload.size() > kPayloadMaxChars)
            return bad(QStringLiteral("param message[quick_replies][%1][payload] must be 1 to %2 "
                                      "characters long")
                           .arg(i)
                           .arg(kPayloadMaxChars));
    }
    return std::nullopt;
}

std::optional<GraphFailure> checkMessage(const QJsonObject &message, const PageState &page)
{
    const QJsonValue text = message.value(QStringLiteral("text"));
    const QJsonObject attachment = message.value(QStringLiteral("attachment")).toObject();
    if (text.isUndefined() && attachment.isEmpty())
        return bad(QStringLiteral("param message must have text or an attachment"));
    if (!text.isUndefined() && !attachment.isEmpty())
        return bad(QStringLiteral("param message must have either text or an attachment, not "
                                  "both"));
    if (!text.isUndefined() &&
        (text.toString().isEmpty() || text.toString().size() > kTextMaxChars))
        return bad(QStringLiteral("Length of param message[text] must be between 1 and %1")
                       .arg(kTextMaxChars));
    if (!attachment.isEmpty()) {
        const QJsonObject payload = attachment.value(QStringLiteral("payload")).toObject();
        const QString attachmentId = payload.value(QStringLiteral("attachment_id")).toString();
        if (!attachmentId.isEmpty() && !page.attachments.contains(attachmentId))
            return bad(QStringLiteral("param message[attachment][payload][attachment_id] is not "
                                      "an attachment of this Page"));
    }
    return checkQuickReplies(message.value(QStringLiteral("quick_replies")));
}

} // namespace

GraphAnswer Handlers::sendMessage(GraphCall &call)
{
    const QJsonValue recipient = call.params.value(QStringLiteral("recipient"));
    const QString psid = GraphParams(recipient.toObject()).string(QStringLiteral("id"));
    if (psid.isEmpty())
        return GraphAnswer::fail(bad(QStringLiteral("param recipient[id] is required")));
    if (!call.pageUser(psid))
        return GraphAnswer::fail(Errors::noMatchingUser());

    const bool hasMessage = call.params.has(QStringLiteral("message"));
    const QString action = call.params.string(QStringLiteral("sender_action"));
    if (hasMessage && !action.isEmpty())
        return GraphAnswer::fail(
            bad(QStringLiteral("param sender_action cannot be sent together with message; send "
                               "them in two calls")));
    if (!hasMessage && action.isEmpty())
        return GraphAnswer::fail(bad(QStringLiteral("Must send either message or sender_action")));
    if (!action.isEmpty() && action != QLatin1String("mark_seen") &&
        action != QLatin1String("typing_on") && action != QLatin1String("typing_off"))
        return GraphAnswer::fail(bad(QStringLiteral(
            "param sender_action must be one of {mark_seen, typing_on, typing_off}")));

    const QString type = call.params.string(QStringLiteral("messaging_type"));
    if (hasMessage) {
        if (type.isEmpty())
            return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("messaging_type")));
        if (type != QLatin1String("RESPONSE") && type != QLatin1String("UPDATE") &&
            type != QLatin1String("MESSAGE_TAG"))
            return GraphAnswer::fail(bad(QStringLiteral("param messaging_type must be one of "
                                                        "{RESPONSE, UPDATE, MESSAGE_TAG}")));
    }
    const QString tag = call.params.string(QStringLiteral("tag"));
    if (type == QLatin1String("MESSAGE_TAG") && tag.isEmpty())
        return GraphAnswer::fail(bad(QStringLiteral("param tag is required when messaging_type is "
                                                    "MESSAGE_TAG")));
    if (!tag.isEmpty() && !currentTags().contains(tag))
        return GraphAnswer::fail(
            bad(QStringLiteral("param tag must be one of {%1}; the other tags were retired on "
                               "2020-03-04 - got \"%2\"")
                    .arg(currentTags().join(QStringLiteral(", ")), tag)));
    const QString notification = call.params.string(QStringLiteral("notification_type"));
    if (!notification.isEmpty() && notification != QLatin1String("REGULAR") &&
        notification != QLatin1String("SILENT_PUSH") && notification != QLatin1String("NO_PUSH"))
        return GraphAnswer::fail(bad(QStringLiteral("param notification_type must be one of "
                                                    "{REGULAR, SILENT_PUSH, NO_PUSH}")));
    PageState &page = call.page();
    if (hasMessage) {
        if (auto failure = checkMessage(call.params.object(QStringLiteral("message")), page))
            return GraphAnswer::fail(*failure);
    }

    SentMessage sent;
    sent.id = hasMessage ? call.state.newMessageId() : QString();
    sent.psid = psid;
    sent.request = call.params.all();
    sent.at = call.state.now();
    page.sentMessages.append(sent);
    while (page.sentMessages.size() > PageState::kSentMessagesKept)
        page.sentMessages.removeFirst();
    ++page.messagesSent;
    QJsonObject answer{{QStringLiteral("recipient_id"), psid}};
    if (hasMessage)
        answer.insert(QStringLiteral("message_id"), sent.id);
    return GraphAnswer::ok(answer);
}

GraphAnswer Handlers::uploadAttachment(GraphCall &call)
{
    const QJsonObject attachment = call.params.object(QStringLiteral("message"))
                                       .value(QStringLiteral("attachment"))
                                       .toObject();
    const QString type = attachment.value(QStringLiteral("type")).toString();
    static const QStringList types{QStringLiteral("image"), QStringLiteral("audio"),
                                   QStringLiteral("video"), QStringLiteral("file")};
    if (!types.contains(type))
        return GraphAnswer::fail(bad(QStringLiteral("param message[attachment][type] must be one "
                                                    "of {image, audio, video, file}")));
    const QJsonObject payload = attachment.value(QStringLiteral("payload")).toObject();
    Attachment stored;
    stored.type = type;
    stored.reusable = GraphParams(payload).boolean(QStringLiteral("is_reusable"));
    stored.url = payload.value(QStringLiteral("url")).toString();
    const auto file = call.files.constFind(QStringLiteral("filedata"));
    if (file != call.files.constEnd()) {
        stored.fileName = file->fileName;
        stored.bytes = file->data.size();
    } else if (stored.url.isEmpty()) {
        return GraphAnswer::fail(bad(QStringLiteral("Upload attachment failure: give "
                                                    "message[attachment][payload][url] or a "
                                                    "filedata file part")));
    } else {
        const QUrl url(stored.url);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return GraphAnswer::fail(bad(QStringLiteral("param message[attachment][payload][url] "
                                                        "should represent a valid URL")));
    }
    if (stored.bytes > kMaxAttachmentBytes)
        return GraphAnswer::fail(bad(QStringLiteral("Upload attachment failure: the file has %1 "
                                                    "bytes; attachments can have at most 25 MB")
                                         .arg(stored.bytes)));
    stored.id = call.state.newId();
    PageState &page = call.page();
    page.attachments.insert(stored.id, stored);
    call.state.registerObject(stored.id, {ObjectKind::Attachment, page.id, page.appId, -1});
    return GraphAnswer::ok(QJsonObject{{QStringLiteral("attachment_id"), stored.id}});
}

} // namespace mdesk::sandbox
