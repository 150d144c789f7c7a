#include "models/broadcasts/messagecheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace mdesk::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::models::MessageCheck", text);
}

using Out = QList<api::Violation>;

void unknownKeys(const QJsonObject &object, const QStringList &known, const QString &path, Out &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            out.append({path + it.key(),
                        tr("%1 is not a field of a message here; remove it.").arg(it.key())});
    }
}

void length(const QJsonValue &value, int max, const QString &field, bool required, Out &out)
{
    if (value.isUndefined()) {
        if (required)
            out.append({field, tr("%1 is required.").arg(field)});
        return;
    }
    const QString text = value.toString();
    if (!value.isString() || (required && text.isEmpty()))
        out.append({field, tr("%1 must be text that is not empty.").arg(field)});
    else if (text.size() > max)
        out.append({field, tr("%1 has %2 characters; at most %3 are allowed.")
                               .arg(field)
                               .arg(text.size())
                               .arg(max)});
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

void buttons(const QJsonValue &value, int min, const QString &path, Out &out)
{
    const QJsonArray list = value.toArray();
    if (list.size() < min || list.size() > MessageCheck::kButtonsMax) {
        out.append(
            {path, min > 0
                       ? tr("A button template needs 1 to 3 buttons; it has %1.").arg(list.size())
                       : tr("A card can have at most 3 buttons; it has %1.").arg(list.size())});
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject button = list.at(i).toObject();
        const QString type = button.value(QStringLiteral("type")).toString();
        length(button.value(QStringLiteral("title")), MessageCheck::kButtonTitleMax,
               at + QStringLiteral(".title"), true, out);
        if (type == QLatin1String("web_url")) {
            if (!isWebUrl(button.value(QStringLiteral("url")).toString()))
                out.append({at + QStringLiteral(".url"),
                            tr("A link button needs an http or https address.")});
        } else if (type == QLatin1String("postback")) {
            length(button.value(QStringLiteral("payload")), MessageCheck::kPayloadMax,
                   at + QStringLiteral(".payload"), true, out);
        } else if (type == QLatin1String("phone_number")) {
            const QString number = button.value(QStringLiteral("payload")).toString();
            if (!number.startsWith(QLatin1Char('+')) || number.size() < 4)
                out.append({at + QStringLiteral(".payload"),
                            tr("A call button needs a phone number that starts with +.")});
        } else {
            out.append({at + QStringLiteral(".type"),
                        tr("A button is web_url, postback or phone_number.")});
        }
    }
}

void templatePayload(const QJsonObject &payload, const QString &path, Out &out)
{
    const QString type = payload.value(QStringLiteral("template_type")).toString();
    if (type == QLatin1String("button")) {
        length(payload.value(QStringLiteral("text")), MessageCheck::kButtonTextMax,
               path + QStringLiteral("text"), true, out);
        buttons(payload.value(QStringLiteral("buttons")), 1, path + QStringLiteral("buttons"), out);
    } else if (type == QLatin1String("generic")) {
        const QJsonArray cards = payload.value(QStringLiteral("elements")).toArray();
        if (cards.isEmpty() || cards.size() > MessageCheck::kCardsMax)
            out.append({path + QStringLiteral("elements"),
                        tr("A generic template has 1 to 10 cards; it has %1.").arg(cards.size())});
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const QString at = QStringLiteral("%1elements[%2]").arg(path).arg(i);
            const QJsonObject card = cards.at(i).toObject();
            length(card.value(QStringLiteral("title")), MessageCheck::kCardTitleMax,
                   at + QStringLiteral(".title"), true, out);
            length(card.value(QStringLiteral("subtitle")), MessageCheck::kCardTitleMax,
                   at + QStringLiteral(".subtitle"), false, out);
            const QJsonValue image = card.value(QStringLiteral("image_url"));
            if (!image.isUndefined() && !isWebUrl(image.toString()))
                out.append({at + QStringLiteral(".image_url"),
                            tr("An image needs an http or https address.")});
            if (card.contains(QStringLiteral("buttons")))
                buttons(card.value(QStringLiteral("buttons")), 0, at + QStringLiteral(".buttons"),
                        out);
        }
    } else {
        out.append({path + QStringLiteral("template_type"),
                    tr("The template type must be button or generic.")});
    }
}

void attachment(const QJsonObject &attachment, Out &out)
{
    const QString path = QStringLiteral("attachment.");
    const QString type = attachment.value(QStringLiteral("type")).toString();
    const QJsonObject payload = attachment.value(QStringLiteral("payload")).toObject();
    if (type == QLatin1String("template")) {
        templatePayload(payload, path + QStringLiteral("payload."), out);
        return;
    }
    static const QStringList mediaTypes{QStringLiteral("image"), QStringLiteral("audio"),
                                        QStringLiteral("video"), QStringLiteral("file")};
    if (!mediaTypes.contains(type)) {
        out.append({path + QStringLiteral("type"),
                    tr("An attachment is an image, audio, video, file or template.")});
        return;
    }
    const bool hasId = !payload.value(QStringLiteral("attachment_id")).toString().isEmpty();
    const QString url = payload.value(QStringLiteral("url")).toString();
    if (!hasId && !isWebUrl(url))
        out.append({path + QStringLiteral("payload.url"),
                    tr("An attachment needs an uploaded file or an http or https address.")});
}

} // namespace

QList<api::Violation> MessageCheck::violations(const QJsonObject &message)
{
    Out out;
    unknownKeys(message,
                {QStringLiteral("text"), QStringLiteral("attachment"),
                 QStringLiteral("quick_replies"), QStringLiteral("metadata")},
                {}, out);
    const bool hasText = message.contains(QStringLiteral("text"));
    const bool hasAttachment = message.contains(QStringLiteral("attachment"));
    if (hasText == hasAttachment)
        out.append(
            {QStringLiteral("text"), hasText ? tr("A message has text or an attachment, not both.")
                                             : tr("Write a text or choose an attachment.")});
    if (hasText)
        length(message.value(QStringLiteral("text")), kTextMax, QStringLiteral("text"), true, out);
    if (hasAttachment)
        attachment(message.value(QStringLiteral("attachment")).toObject(), out);
    length(message.value(QStringLiteral("metadata")), kPayloadMax, QStringLiteral("metadata"),
           false, out);
    const QJsonArray replies = message.value(QStringLiteral("quick_replies")).toArray();
    if (replies.size() > kQuickRepliesMax)
        out.append(
            {QStringLiteral("quick_replies"),
             tr("A message can have at most 13 quick replies; it has %1.").arg(replies.size())});
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const QString at = QStringLiteral("quick_replies[%1]").arg(i);
        const QJsonObject reply = replies.at(i).toObject();
        const QString type = reply.value(QStringLiteral("content_type")).toString();
        if (type == QLatin1String("user_phone_number") || type == QLatin1String("user_email"))
            continue;
        if (type != QLatin1String("text")) {
            out.append({at + QStringLiteral(".content_type"),
                        tr("A quick reply is text, user_phone_number or user_email.")});
            continue;
        }
        length(reply.value(QStringLiteral("title")), kQuickReplyTitleMax,
               at + QStringLiteral(".title"), true, out);
        length(reply.value(QStringLiteral("payload")), kPayloadMax, at + QStringLiteral(".payload"),
               true, out);
    }
    return out;
}

} // namespace mdesk::models
