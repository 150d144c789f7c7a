// Send API, Messenger code and attachment rules of graph-api.md section 3 (part of FieldRules).
#include "fieldrules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace mdesk::api {

namespace {

// lupdate files the tr() strings of this file's free helpers under "mdesk::api"; those of
// a namespace's own functions under the namespace's name, whose tr() is in its header.
QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api", text);
}

bool oneOf(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *candidate : allowed) {
        if (value == QLatin1String(candidate))
            return true;
    }
    return false;
}

} // namespace

namespace {

// Every way a send_message input's parts fail to fit together, in the order the builder
// reports them.
QList<Violation> shapeViolations(const QJsonObject &input)
{
    QList<Violation> out;
    const auto present = [&input](const char *key) {
        const QJsonValue value = input.value(QLatin1String(key));
        return !value.isUndefined() && !value.isNull();
    };
    const bool hasMessage = present("message");
    const bool hasAction = present("sender_action");
    if (hasMessage && hasAction)
        out.append({QStringLiteral("sender_action"),
                    tr("A sender action is sent on its own: send the message and the "
                       "sender_action in two requests.")});
    else if (!hasMessage && !hasAction)
        out.append({QStringLiteral("message"), tr("Give a message or a sender_action.")});
    if (hasMessage && !present("messaging_type"))
        out.append({QStringLiteral("messaging_type"),
                    tr("A message needs a messaging_type: RESPONSE, UPDATE, MESSAGE_TAG or "
                       "UTILITY.")});
    const QString action = input.value(QStringLiteral("sender_action")).toString();
    const bool reaction = action == QLatin1String("react") || action == QLatin1String("unreact");
    if (present("payload") && !reaction)
        out.append({QStringLiteral("payload"),
                    tr("payload goes only with the sender_action react or unreact.")});
    if (reaction) {
        const QJsonObject payload = input.value(QStringLiteral("payload")).toObject();
        const QJsonValue messageId = payload.value(QStringLiteral("message_id"));
        if (!messageId.isString() || messageId.toString().trimmed().isEmpty())
            out.append({QStringLiteral("payload.message_id"),
                        tr("The sender_action %1 needs payload.message_id: the id of the message "
                           "to react to.")
                            .arg(action)});
        for (auto it = payload.begin(); it != payload.end(); ++it) {
            if (it.key() == QLatin1String("reaction") && !it.value().isString())
                out.append({QStringLiteral("payload.reaction"),
                            tr("payload.reaction must be text, such as an emoji.")});
            else if (it.key() != QLatin1String("message_id") &&
                     it.key() != QLatin1String("reaction"))
                out.append({QStringLiteral("payload.") + it.key(),
                            tr("A reaction payload takes message_id and reaction, not \"%1\".")
                                .arg(it.key())});
        }
    }
    return out;
}

} // namespace

QString FieldRules::retiredTagNote(const QString &tag)
{
    if (oneOf(tag, {"CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE", "ACCOUNT_UPDATE"}))
        return tr("The tag %1 was retired in 2026 (reported on 2026-04-27); Graph refuses it on "
                  "every version. For a person's reply within 7 days of the user's last message "
                  "use HUMAN_AGENT; inside the 24-hour window no tag is needed (send it as "
                  "RESPONSE or UPDATE).")
            .arg(tag);
    if (tag != QLatin1String("HUMAN_AGENT"))
        return tr("The tag %1 is not served: the other tags were retired on 2020-03-04 and in "
                  "2026. For a person's reply within 7 days of the user's last message use "
                  "HUMAN_AGENT; inside the 24-hour window no tag is needed (send it as RESPONSE "
                  "or UPDATE).")
            .arg(tag);
    return {};
}

QList<Violation> FieldRules::validateTag(const QString &messagingType, const QJsonValue &tag)
{
    QList<Violation> out;
    const bool hasTag = !tag.isUndefined() && !tag.isNull();
    const QString text = tag.toString();
    if (messagingType == QLatin1String("MESSAGE_TAG") && (!hasTag || text.isEmpty()))
        out.append({QStringLiteral("tag"),
                    tr("A MESSAGE_TAG message needs a tag; only HUMAN_AGENT is left.")});
    else if (hasTag && messagingType != QLatin1String("MESSAGE_TAG"))
        out.append(
            {QStringLiteral("tag"), tr("A tag goes only with the messaging_type MESSAGE_TAG.")});
    if (hasTag && !tag.isString())
        out.append({QStringLiteral("tag"), tr("The tag must be text, such as HUMAN_AGENT.")});
    else if (hasTag && !text.isEmpty() && !retiredTagNote(text).isEmpty())
        out.append({QStringLiteral("tag"), retiredTagNote(text)});
    return out;
}

QList<Violation> FieldRules::validateSendMessage(const QJsonObject &input)
{
    QList<Violation> out = shapeViolations(input);
    const QJsonValue type = input.value(QStringLiteral("messaging_type"));
    if (!type.isUndefined() && !type.isNull() &&
        !oneOf(type.toString(), {"RESPONSE", "UPDATE", "MESSAGE_TAG", "UTILITY"}))
        out.append({QStringLiteral("messaging_type"),
                    tr("messaging_type must be RESPONSE, UPDATE, MESSAGE_TAG or UTILITY.")});
    if (!input.contains(QStringLiteral("sender_action")))
        out += validateTag(type.toString(), input.value(QStringLiteral("tag")));
    const QJsonValue action = input.value(QStringLiteral("sender_action"));
    if (!action.isUndefined() && !action.isNull() &&
        !oneOf(action.toString(), {"mark_seen", "typing_on", "typing_off", "react", "unreact"}))
        out.append({QStringLiteral("sender_action"),
                    tr("sender_action must be mark_seen, typing_on, typing_off, react or "
                       "unreact.")});
    const QJsonValue notification = input.value(QStringLiteral("notification_type"));
    if (!notification.isUndefined() &&
        !oneOf(notification.toString(), {"REGULAR", "SILENT_PUSH", "NO_PUSH"}))
        out.append({QStringLiteral("notification_type"),
                    tr("notification_type must be REGULAR, SILENT_PUSH or NO_PUSH.")});
    const QJsonValue message = input.value(QStringLiteral("message"));
    if (message.isObject())
        out += validateMessage(message.toObject(), QStringLiteral("message"));
    else if (!message.isUndefined() && !message.isNull())
        out.append({QStringLiteral("message"), tr("The message must be a JSON object.")});
    return out;
}

QList<Violation> FieldRules::validateMessengerCode(const QJsonObject &input)
{
    QList<Violation> out;
    const QJsonValue size = input.value(QStringLiteral("image_size"));
    if (!size.isUndefined() && (!size.isDouble() || size.toInt() < 100 || size.toInt() > 2000))
        out.append({QStringLiteral("image_size"),
                    tr("image_size must be a whole number from 100 to 2000.")});
    static const QRegularExpression refPattern(QStringLiteral("^[a-zA-Z0-9+/=\\-.:_]{1,250}$"));
    const QJsonValue ref =
        input.value(QStringLiteral("data")).toObject().value(QStringLiteral("ref"));
    if (!ref.isUndefined() && !refPattern.match(ref.toString()).hasMatch())
        out.append({QStringLiteral("data.ref"), tr("The ref must be 1 to 250 characters from a-z, "
                                                   "A-Z, 0-9, +, /, =, -, ., : and _.")});
    return out;
}

QList<Violation> FieldRules::validateAttachment(const QJsonObject &input)
{
    QList<Violation> out;
    if (!oneOf(input.value(QStringLiteral("type")).toString(), {"image", "audio", "video", "file"}))
        out.append({QStringLiteral("type"),
                    tr("The attachment type must be image, audio, video or file.")});
    const bool hasUrl = input.contains(QStringLiteral("url"));
    const bool hasFile = input.contains(QStringLiteral("file"));
    if (!hasUrl && !hasFile)
        out.append({QStringLiteral("url"), tr("Give the attachment a url or a local file.")});
    else if (hasUrl && hasFile)
        out.append({QStringLiteral("url"), tr("Give either a url or a local file, not both.")});
    QString why;
    if (hasUrl && !isHttpsUrl(input.value(QStringLiteral("url")).toString(), &why))
        out.append({QStringLiteral("url"), why});
    if (hasFile) {
        const QFileInfo file(input.value(QStringLiteral("file")).toString());
        if (!file.isFile() || !file.isReadable())
            out.append(
                {QStringLiteral("file"), tr("The file %1 cannot be read.").arg(file.filePath())});
        else if (file.size() > kMaxAttachmentBytes)
            out.append(
                {QStringLiteral("file"), tr("The file is %1 MB; attachments may be at most 25 MB.")
                                             .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)});
    }
    return out;
}

} // namespace mdesk::api
