#include "models/broadcasts/messagedocument.h"

#include "models/broadcasts/messagecheck.h"

namespace mdesk::models {

MessageDocument::MessageDocument(QObject *parent)
    : QObject(parent)
{
    m_violations = MessageCheck::violations(message());
}

void MessageDocument::touch()
{
    QJsonObject checked = message();
    if (m_kind == Kind::Attachment && m_attachmentId.isEmpty() && !m_attachmentFile.isEmpty()) {
        // A chosen file is uploaded before anything is sent; its id stands in until then.
        QJsonObject attachment = checked.value(QStringLiteral("attachment")).toObject();
        attachment.insert(QStringLiteral("payload"),
                          QJsonObject{{QStringLiteral("attachment_id"), QStringLiteral("0")}});
        checked.insert(QStringLiteral("attachment"), attachment);
    }
    m_violations = MessageCheck::violations(checked);
    Q_EMIT changed();
}

void MessageDocument::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    touch();
}

void MessageDocument::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    touch();
}

void MessageDocument::setQuickReplies(const QJsonArray &replies)
{
    if (replies == m_quickReplies)
        return;
    m_quickReplies = replies;
    touch();
}

void MessageDocument::setAttachment(const QString &type, const QString &url,
                                    const QString &attachmentId, const QString &localFile)
{
    m_attachmentType = type;
    m_attachmentUrl = url;
    m_attachmentId = attachmentId;
    m_attachmentFile = localFile;
    touch();
}

void MessageDocument::setButtonTemplate(const QString &text, const QJsonArray &buttons)
{
    m_buttonText = text;
    m_buttons = buttons;
    touch();
}

void MessageDocument::setCards(const QJsonArray &cards)
{
    m_cards = cards;
    touch();
}

void MessageDocument::setPersonaId(const QString &personaId)
{
    if (personaId == m_personaId)
        return;
    m_personaId = personaId;
    touch();
}

QJsonObject MessageDocument::message() const
{
    QJsonObject out;
    switch (m_kind) {
    case Kind::Text:
        out.insert(QStringLiteral("text"), m_text);
        break;
    case Kind::Attachment: {
        QJsonObject payload;
        if (!m_attachmentId.isEmpty())
            payload.insert(QStringLiteral("attachment_id"), m_attachmentId);
        else
            payload.insert(QStringLiteral("url"), m_attachmentUrl);
        out.insert(QStringLiteral("attachment"),
                   QJsonObject{{QStringLiteral("type"), m_attachmentType},
                               {QStringLiteral("payload"), payload}});
        break;
    }
    case Kind::ButtonTemplate:
        out.insert(
            QStringLiteral("attachment"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("template")},
                        {QStringLiteral("payload"),
                         QJsonObject{{QStringLiteral("template_type"), QStringLiteral("button")},
                                     {QStringLiteral("text"), m_buttonText},
                                     {QStringLiteral("buttons"), m_buttons}}}});
        break;
    case Kind::GenericTemplate:
        out.insert(
            QStringLiteral("attachment"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("template")},
                        {QStringLiteral("payload"),
                         QJsonObject{{QStringLiteral("template_type"), QStringLiteral("generic")},
                                     {QStringLiteral("elements"), m_cards}}}});
        break;
    }
    if (!m_quickReplies.isEmpty())
        out.insert(QStringLiteral("quick_replies"), m_quickReplies);
    return out;
}

void MessageDocument::setMessage(const QJsonObject &message)
{
    m_quickReplies = message.value(QStringLiteral("quick_replies")).toArray();
    if (message.contains(QStringLiteral("text"))) {
        m_kind = Kind::Text;
        m_text = message.value(QStringLiteral("text")).toString();
        touch();
        return;
    }
    const QJsonObject attachment = message.value(QStringLiteral("attachment")).toObject();
    const QJsonObject payload = attachment.value(QStringLiteral("payload")).toObject();
    const QString type = attachment.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("template")) {
        if (payload.value(QStringLiteral("template_type")).toString() == QLatin1String("generic")) {
            m_kind = Kind::GenericTemplate;
            m_cards = payload.value(QStringLiteral("elements")).toArray();
        } else {
            m_kind = Kind::ButtonTemplate;
            m_buttonText = payload.value(QStringLiteral("text")).toString();
            m_buttons = payload.value(QStringLiteral("buttons")).toArray();
        }
    } else {
        m_kind = Kind::Attachment;
        m_attachmentType = type;
        m_attachmentUrl = payload.value(QStringLiteral("url")).toString();
        m_attachmentId = payload.value(QStringLiteral("attachment_id")).toString();
    }
    touch();
}

} // namespace mdesk::models

#include "moc_messagedocument.cpp"
