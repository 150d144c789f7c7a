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

constexpr qint64 kWindowSeconds = 24 * 3600;               // RESPONSE and UPDATE
constexpr qint64 kHumanAgentSeconds = 7 * 24 * 3600;       // MESSAGE_TAG HUMAN_AGENT
const QString kHumanAgent = QStringLiteral("HUMAN_AGENT"); // the one tag left in 2026

// Retired in 2026 (graph-api.md sections 3 and 4): Graph answers 100 on every version.
const QStringList &retiredTags()
{
    static const QStringList tags{QStringLiteral("CONFIRMED_EVENT_UPDATE"),
                                  QStringLiteral("POST_PURCHASE_UPDATE"),
                                  QStringLiteral("ACCOUNT_UPDATE")};
    return tags;
}

// The recipient forms of graph-api.md section 3; exactly one per request.
const QStringList &recipientForms()
{
    static const QStringList forms{QStringLiteral("id"),
                                   QStringLiteral("user_ref"),
                                   QStringLiteral("phone_number"),
                                   QStringLiteral("post_id"),
                                   QStringLiteral("comment_id"),
                                   QStringLiteral("notification_messages_token"),
                                   QStringLiteral("one_time_notif_token")};
    return forms;
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

namespace {

struct Recipient
{
    QString form;  // a key of recipientForms()
    QString value; // the PSID for "id"
};

std::optional<GraphFailure> readRecipient(const GraphCall &call, Recipient *recipient)
{
    const QJsonObject object = call.params.object(QStringLiteral("recipient"));
    QStringList given;
    for (const QString &form : recipientForms()) {
        if (object.contains(form))
            given.append(form);
    }
    if (given.isEmpty())
        return bad(QStringLiteral("param recipient must have one of {%1}")
                       .arg(recipientForms().join(QStringLiteral(", "))));
    if (given.size() > 1)
        return bad(QStringLiteral("param recipient must have exactly one of {%1} - got %2")
                       .arg(recipientForms().join(QStringLiteral(", ")),
                            given.join(QStringLiteral(" and "))));
    recipient->form = given.first();
    const QJsonValue value = object.value(recipient->form);
    recipient->value = GraphParams(object).string(recipient->form);
    if (recipient->form == QLatin1String("phone_number") && !value.isString())
        return bad(QStringLiteral("param recipient[phone_number] must be a string"));
    if (recipient->value.trimmed().isEmpty())
        return bad(QStringLiteral("param recipient[%1] must not be empty").arg(recipient->form));
    return std::nullopt;
}

std::optional<GraphFailure> checkSenderAction(const GraphCall &call, const QString &action)
{
    static const QStringList actions{QStringLiteral("mark_seen"), QStringLiteral("typing_on"),
                                     QStringLiteral("typing_off"), QStringLiteral("react"),
                                     QStringLiteral("unreact")};
    if (!actions.contains(action))
        return bad(QStringLiteral("param sender_action must be one of {%1}")
                       .arg(actions.join(QStringLiteral(", "))));
    if (action == QLatin1String("react") || action == QLatin1String("unreact")) {
        const QJsonObject payload = call.params.object(QStringLiteral("payload"));
        if (payload.value(QStringLiteral("message_id")).toString().isEmpty())
            return bad(QStringLiteral("param payload[message_id] is required for %1").arg(action));
    }
    return std::nullopt;
}

std::optional<GraphFailure> checkTypeAndTag(const QString &type, const QString &tag,
                                            const QJsonObject &message)
{
    if (type.isEmpty())
        return Errors::requiredParameter(QStringLiteral("messaging_type"));
    static const QStringList types{QStringLiteral("RESPONSE"), QStringLiteral("UPDATE"),
                                   QStringLiteral("MESSAGE_TAG"), QStringLiteral("UTILITY")};
    if (!types.contains(type))
        return bad(QStringLiteral("param messaging_type must be one of {%1}")
                       .arg(types.join(QStringLiteral(", "))));
    if (type == QLatin1String("MESSAGE_TAG") && tag.isEmpty())
        return bad(QStringLiteral("param tag is required when messaging_type is MESSAGE_TAG"));
    if (retiredTags().contains(tag))
        return bad(QStringLiteral("The tag %1 was retired in 2026 (2026-04-27); only %2 is left, "
                                  "for a person's reply within 7 days of their last message")
                       .arg(tag, kHumanAgent));
    if (!tag.isEmpty() && tag != kHumanAgent)
        return bad(
            QStringLiteral("param tag must be one of {%1} - got \"%2\"").arg(kHumanAgent, tag));
    if (type == QLatin1String("UTILITY")) {
        const QJsonObject attachment = message.value(QStringLiteral("attachment")).toObject();
        if (attachment.value(QStringLiteral("type")).toString() != QLatin1String("template"))
            return bad(QStringLiteral("messaging_type UTILITY sends an approved Page message "
                                      "template: message[attachment][type] must be template"));
    }
    return std::nullopt;
}

// The 24-hour window (7 days for HUMAN_AGENT) of graph-api.md section 7, per person.
std::optional<GraphFailure> checkWindow(const PageState &page, const QString &psid,
                                        const QString &type, const QString &tag, qint64 now)
{
    if (type == QLatin1String("UTILITY"))
        return std::nullopt;
    const bool humanAgent = tag == kHumanAgent;
    const Contact *contact = page.contacts.byPsid(psid);
    const qint64 allowed = humanAgent ? kHumanAgentSeconds : kWindowSeconds;
    if (!contact || contact->lastInbound <= 0 || now - contact->lastInbound > allowed)
        return Errors::outsideWindow(humanAgent);
    return std::nullopt;
}

// What the thread shows for a sent message.
QString threadText(const QJsonObject &message)
{
    if (message.contains(QStringLiteral("text")))
        return message.value(QStringLiteral("text")).toString();
    const QString type = message.value(QStringLiteral("attachment"))
                             .toObject()
                             .value(QStringLiteral("type"))
                             .toString();
    return QStringLiteral("[%1]").arg(type.isEmpty() ? QStringLiteral("attachment") : type);
}

} // namespace

GraphAnswer Handlers::sendMessage(GraphCall &call)
{
    Recipient recipient;
    if (auto failure = readRecipient(call, &recipient))
        return GraphAnswer::fail(*failure);
    const bool byPsid = recipient.form == QLatin1String("id");
    if (byPsid && !call.pageUser(recipient.value))
        return GraphAnswer::fail(Errors::noMatchingUser());

    const bool hasMessage = call.params.has(QStringLiteral("message"));
    const QString action = call.params.string(QStringLiteral("sender_action"));
    if (hasMessage && !action.isEmpty())
        return GraphAnswer::fail(
            bad(QStringLiteral("param sender_action cannot be sent together with message; send "
                               "them in two calls")));
    if (!hasMessage && action.isEmpty())
        return GraphAnswer::fail(bad(QStringLiteral("Must send either message or sender_action")));
    if (!action.isEmpty()) {
        if (auto failure = checkSenderAction(call, action))
            return GraphAnswer::fail(*failure);
    }

    // A sender action needs no messaging_type (and Graph ignores one given with it).
    const QString type = call.params.string(QStringLiteral("messaging_type"));
    const QString tag = call.params.string(QStringLiteral("tag"));
    const QJsonObject message = call.params.object(QStringLiteral("message"));
    if (hasMessage) {
        if (auto failure = checkTypeAndTag(type, tag, message))
            return GraphAnswer::fail(*failure);
    }
    const QString notification = call.params.string(QStringLiteral("notification_type"));
    if (!notification.isEmpty() && notification != QLatin1String("REGULAR") &&
        notification != QLatin1String("SILENT_PUSH") && notification != QLatin1String("NO_PUSH"))
        return GraphAnswer::fail(bad(QStringLiteral("param notification_type must be one of "
                                                    "{REGULAR, SILENT_PUSH, NO_PUSH}")));
    PageState &page = call.page();
    if (hasMessage) {
        if (auto failure = checkMessage(message, page))
            return GraphAnswer::fail(*failure);
    }
    const QString personaId = call.params.string(QStringLiteral("persona_id"));
    if (!personaId.isEmpty() && !page.personas.contains(personaId))
        return GraphAnswer::fail(
            bad(QStringLiteral("param persona_id must be a persona of this Page - got \"%1\"")
                    .arg(personaId)));

    // Who may get it, in the order Graph tells: the Page, then the person, then the window.
    if (page.restricted)
        return GraphAnswer::fail(Errors::pageRestricted());
    const Contact *contact = byPsid ? page.contacts.byPsid(recipient.value) : nullptr;
    if (contact && contact->unavailable)
        return GraphAnswer::fail(Errors::personUnavailable());
    const QDateTime now = call.state.now();
    if (byPsid && hasMessage) {
        if (auto failure = checkWindow(page, recipient.value, type, tag, now.toSecsSinceEpoch()))
            return GraphAnswer::fail(*failure);
    }

    // Other recipient forms name no PSID; Graph answers the id it matched.
    const QString recipientId =
        byPsid ? recipient.value
               : QString::number(Q_UINT64_C(2480000000000000) +
                                 qHash(recipient.form + recipient.value, 11) % 1000000000000u);
    QJsonObject answer{{QStringLiteral("recipient_id"), recipientId}};
    if (!hasMessage) {
        ++page.senderActions;
        return GraphAnswer::ok(answer);
    }
    SentMessage sent;
    sent.id = call.state.newMessageId();
    sent.recipientId = recipientId;
    sent.messagingType = type;
    sent.tag = tag;
    sent.personaId = personaId;
    sent.at = now;
    page.sentMessages.append(sent);
    while (page.sentMessages.size() > PageState::kSentMessagesKept)
        page.sentMessages.removeFirst();
    ++page.messagesSent;
    if (contact)
        page.contacts.appendSent(recipient.value,
                                 {sent.id, threadText(message), true, now.toSecsSinceEpoch()});
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
