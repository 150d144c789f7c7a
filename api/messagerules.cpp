// Send API, Messenger code and attachment rules of graph-api.md section 3 (part of FieldRules).
#include "fieldrules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace mdesk::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api::FieldRules", text);
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

QList<Violation> FieldRules::validateSendMessage(const QJsonObject &input)
{
    QList<Violation> out;
    const QString type = input.value(QStringLiteral("messaging_type")).toString();
    if (!oneOf(type, {"RESPONSE", "UPDATE", "MESSAGE_TAG"}))
        out.append({QStringLiteral("messaging_type"),
                    tr("messaging_type must be RESPONSE, UPDATE or MESSAGE_TAG.")});
    const QString tag = input.value(QStringLiteral("tag")).toString();
    if (type == QLatin1String("MESSAGE_TAG") && tag.isEmpty())
        out.append({QStringLiteral("tag"), tr("A MESSAGE_TAG message needs a tag.")});
    if (!tag.isEmpty() && !oneOf(tag, {"CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE",
                                       "ACCOUNT_UPDATE", "HUMAN_AGENT"}))
        out.append({QStringLiteral("tag"),
                    tr("The tag %1 was retired on 2020-03-04; use CONFIRMED_EVENT_UPDATE, "
                       "POST_PURCHASE_UPDATE, ACCOUNT_UPDATE or HUMAN_AGENT.")
                        .arg(tag)});
    const bool hasMessage = input.contains(QStringLiteral("message"));
    const bool hasAction = input.contains(QStringLiteral("sender_action"));
    if (hasMessage && hasAction)
        out.append({QStringLiteral("sender_action"),
                    tr("A sender action cannot be sent together with a message.")});
    if (!hasMessage && !hasAction)
        out.append({QStringLiteral("message"), tr("Give either a message or a sender action.")});
    if (hasAction && !oneOf(input.value(QStringLiteral("sender_action")).toString(),
                            {"mark_seen", "typing_on", "typing_off"}))
        out.append({QStringLiteral("sender_action"),
                    tr("sender_action must be mark_seen, typing_on or typing_off.")});
    const QJsonValue notification = input.value(QStringLiteral("notification_type"));
    if (!notification.isUndefined() &&
        !oneOf(notification.toString(), {"REGULAR", "SILENT_PUSH", "NO_PUSH"}))
        out.append({QStringLiteral("notification_type"),
                    tr("notification_type must be REGULAR, SILENT_PUSH or NO_PUSH.")});

    const QJsonObject message = input.value(QStringLiteral("message")).toObject();
    const QString text = message.value(QStringLiteral("text")).toString();
    if (text.size() > kMessageTextMaxChars)
        out.append({QStringLiteral("message.text"),
                    tr("The text has %1 characters; at most %2 are allowed.")
                        .arg(text.size())
                        .arg(kMessageTextMaxChars)});
    if (hasMessage && text.isEmpty() && !message.contains(QStringLiteral("attachment")))
        out.append({QStringLiteral("message"), tr("The message needs a text or an attachment.")});
    const QJsonArray replies = message.value(QStringLiteral("quick_replies")).toArray();
    if (replies.size() > kMaxQuickReplies)
        out.append({QStringLiteral("message.quick_replies"),
                    tr("There are %1 quick replies; at most %2 are allowed.")
                        .arg(replies.size())
                        .arg(kMaxQuickReplies)});
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const QString title = replies.at(i).toObject().value(QStringLiteral("title")).toString();
        if (title.size() > kQuickReplyTitleMaxChars)
            out.append({QStringLiteral("message.quick_replies[%1].title").arg(i),
                        tr("The quick reply title \"%1\" has %2 characters; at most %3 are "
                           "allowed.")
                            .arg(title)
                            .arg(title.size())
                            .arg(kQuickReplyTitleMaxChars)});
    }
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
