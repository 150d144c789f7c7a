// The message object rules of graph-api.md section 3 (part of FieldRules): what a composer
// checks while the user types, before any request exists.
#include "fieldrules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mdesk::api {

namespace {

// lupdate files the tr() strings of this file's free helpers under "mdesk::api"; those of
// a namespace's own functions under the namespace's name, whose tr() is in its header.
QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api", text);
}

QString at(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

QString item(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

void checkLength(const QJsonValue &value, const QString &field, int max, QList<Violation> &out)
{
    const QString text = value.toString();
    if (text.size() > max)
        out.append(
            {field,
             tr("This text has %1 characters; at most %2 are allowed.").arg(text.size()).arg(max)});
}

void checkRequiredText(const QJsonValue &value, const QString &field, int max,
                       QList<Violation> &out)
{
    if (!value.isString() || value.toString().trimmed().isEmpty())
        out.append({field, tr("This field needs a text.")});
    else
        checkLength(value, field, max, out);
}

void checkButtons(const QJsonValue &value, const QString &path, int minButtons,
                  QList<Violation> &out)
{
    const QJsonArray buttons = value.toArray();
    if (!value.isUndefined() && !value.isArray())
        out.append({path, tr("The buttons must be a list.")});
    if (buttons.size() < minButtons || buttons.size() > FieldRules::kMaxTemplateButtons)
        out.append({path, tr("There are %1 buttons; %2 to %3 are allowed here.")
                              .arg(buttons.size())
                              .arg(minButtons)
                              .arg(FieldRules::kMaxTemplateButtons)});
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QJsonObject button = buttons.at(i).toObject();
        const QString where = item(path, i);
        const QString type = button.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("web_url")) {
            QString why;
            if (!FieldRules::isWebUrl(button.value(QStringLiteral("url")).toString(), &why))
                out.append({at(where, "url"), why});
        } else if (type == QLatin1String("postback") || type == QLatin1String("phone_number")) {
            checkRequiredText(button.value(QStringLiteral("payload")), at(where, "payload"),
                              FieldRules::kPayloadMaxChars, out);
        } else if (type.isEmpty()) {
            out.append({at(where, "type"), tr("Each button needs a type, such as web_url or "
                                              "postback.")});
            continue;
        }
        if (type == QLatin1String("web_url") || type == QLatin1String("postback") ||
            type == QLatin1String("phone_number"))
            checkRequiredText(button.value(QStringLiteral("title")), at(where, "title"),
                              FieldRules::kTemplateTitleMaxChars, out);
    }
}

void checkTemplate(const QJsonObject &payload, const QString &path, QList<Violation> &out)
{
    const QString type = payload.value(QStringLiteral("template_type")).toString();
    if (type == QLatin1String("generic")) {
        const QJsonArray elements = payload.value(QStringLiteral("elements")).toArray();
        if (elements.isEmpty() || elements.size() > FieldRules::kMaxGenericElements)
            out.append({at(path, "elements"),
                        tr("A generic template has %1 elements; 1 to %2 are allowed.")
                            .arg(elements.size())
                            .arg(FieldRules::kMaxGenericElements)});
        for (qsizetype i = 0; i < elements.size(); ++i) {
            const QJsonObject element = elements.at(i).toObject();
            const QString where = item(at(path, "elements"), i);
            checkRequiredText(element.value(QStringLiteral("title")), at(where, "title"),
                              FieldRules::kTemplateTitleMaxChars, out);
            checkLength(element.value(QStringLiteral("subtitle")), at(where, "subtitle"),
                        FieldRules::kTemplateTitleMaxChars, out);
            checkButtons(element.value(QStringLiteral("buttons")), at(where, "buttons"), 0, out);
        }
    } else if (type == QLatin1String("button")) {
        checkRequiredText(payload.value(QStringLiteral("text")), at(path, "text"),
                          FieldRules::kButtonTemplateTextMaxChars, out);
        checkButtons(payload.value(QStringLiteral("buttons")), at(path, "buttons"), 1, out);
    } else if (type.isEmpty()) {
        out.append({at(path, "template_type"),
                    tr("A template needs a template_type, such as generic or button.")});
    }
}

void checkAttachment(const QJsonValue &value, const QString &path, QList<Violation> &out)
{
    const QJsonObject attachment = value.toObject();
    const QString type = attachment.value(QStringLiteral("type")).toString();
    static const QStringList types{QStringLiteral("image"), QStringLiteral("audio"),
                                   QStringLiteral("video"), QStringLiteral("file"),
                                   QStringLiteral("template")};
    if (!value.isObject()) {
        out.append({path, tr("The attachment must be an object {type, payload}.")});
        return;
    }
    if (!types.contains(type))
        out.append({at(path, "type"),
                    tr("The attachment type must be image, audio, video, file or template.")});
    const QJsonObject payload = attachment.value(QStringLiteral("payload")).toObject();
    if (!attachment.value(QStringLiteral("payload")).isObject()) {
        out.append({at(path, "payload"), tr("The attachment needs a payload object.")});
        return;
    }
    if (type == QLatin1String("template")) {
        checkTemplate(payload, at(path, "payload"), out);
        return;
    }
    const bool hasUrl = payload.contains(QStringLiteral("url"));
    QString why;
    if (!hasUrl && !payload.contains(QStringLiteral("attachment_id")))
        out.append(
            {at(path, "payload"), tr("A media attachment needs a payload url or attachment_id.")});
    else if (hasUrl && !FieldRules::isWebUrl(payload.value(QStringLiteral("url")).toString(), &why))
        out.append({at(at(path, "payload"), "url"), why});
}

void checkQuickReplies(const QJsonValue &value, const QString &path, QList<Violation> &out)
{
    if (!value.isArray()) {
        out.append({path, tr("The quick replies must be a list.")});
        return;
    }
    const QJsonArray replies = value.toArray();
    if (replies.size() > FieldRules::kMaxQuickReplies)
        out.append({path, tr("There are %1 quick replies; at most %2 are allowed.")
                              .arg(replies.size())
                              .arg(FieldRules::kMaxQuickReplies)});
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const QJsonObject reply = replies.at(i).toObject();
        const QString where = item(path, i);
        const QString type = reply.value(QStringLiteral("content_type")).toString();
        if (type == QLatin1String("user_phone_number") || type == QLatin1String("user_email"))
            continue;
        if (type != QLatin1String("text")) {
            out.append({at(where, "content_type"),
                        tr("content_type must be text, user_phone_number or user_email.")});
            continue;
        }
        const QString title = reply.value(QStringLiteral("title")).toString();
        if (title.trimmed().isEmpty())
            out.append({at(where, "title"), tr("A text quick reply needs a title.")});
        else if (title.size() > FieldRules::kQuickReplyTitleMaxChars)
            out.append({at(where, "title"),
                        tr("The quick reply title \"%1\" has %2 characters; at most %3 are "
                           "allowed.")
                            .arg(title)
                            .arg(title.size())
                            .arg(FieldRules::kQuickReplyTitleMaxChars)});
        checkRequiredText(reply.value(QStringLiteral("payload")), at(where, "payload"),
                          FieldRules::kPayloadMaxChars, out);
    }
}

} // namespace

QList<Violation> FieldRules::validateMessage(const QJsonObject &input, const QString &path)
{
    // Null members are never sent (graph-api.md section 1), so they count as absent.
    QJsonObject message;
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (!it.value().isNull())
            message.insert(it.key(), it.value());
    }
    QList<Violation> out;
    for (auto it = message.begin(); it != message.end(); ++it) {
        static const QStringList known{QStringLiteral("text"), QStringLiteral("attachment"),
                                       QStringLiteral("quick_replies"), QStringLiteral("metadata")};
        if (!known.contains(it.key()))
            out.append({path + QLatin1Char('.') + it.key(),
                        tr("A message does not take \"%1\"; it takes text, attachment, "
                           "quick_replies and metadata.")
                            .arg(it.key())});
    }
    const QJsonValue text = message.value(QStringLiteral("text"));
    const bool hasText = !text.isUndefined() && !text.isNull();
    const bool hasAttachment = message.contains(QStringLiteral("attachment"));
    if (hasText && hasAttachment)
        out.append({path, tr("A message has a text or an attachment, not both.")});
    else if (!hasText && !hasAttachment)
        out.append({path, tr("The message needs a text or an attachment.")});
    if (hasText && (!text.isString() || text.toString().trimmed().isEmpty()))
        out.append({at(path, "text"), tr("The message text is empty.")});
    else if (hasText && text.toString().size() > kMessageTextMaxChars)
        out.append({at(path, "text"), tr("The text has %1 characters; at most %2 are allowed.")
                                          .arg(text.toString().size())
                                          .arg(kMessageTextMaxChars)});
    if (hasAttachment)
        checkAttachment(message.value(QStringLiteral("attachment")), at(path, "attachment"), out);
    if (message.contains(QStringLiteral("quick_replies")))
        checkQuickReplies(message.value(QStringLiteral("quick_replies")), at(path, "quick_replies"),
                          out);
    const QJsonValue metadata = message.value(QStringLiteral("metadata"));
    if (!metadata.isUndefined() && !metadata.isString())
        out.append({at(path, "metadata"), tr("metadata must be text.")});
    else if (metadata.toString().size() > kMetadataMaxChars)
        out.append({at(path, "metadata"), tr("metadata has %1 characters; at most %2 are allowed.")
                                              .arg(metadata.toString().size())
                                              .arg(kMetadataMaxChars)});
    return out;
}

} // namespace mdesk::api
