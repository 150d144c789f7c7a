#pragma once

#include "api/fieldrules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace mdesk::models {

// The Send API "message" object a composer edits: text, an attachment (URL or uploaded
// id), a button template or a generic template, with quick replies, plus the optional
// persona (a send field beside the message). Switching the kind keeps what the user typed
// for the other kinds, so switching back loses nothing.
//
// Contract: changed() after every edit that changes message() or personaId();
// violations() is recomputed then.
class MessageDocument : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Text, Attachment, ButtonTemplate, GenericTemplate };
    Q_ENUM(Kind)

    explicit MessageDocument(QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QJsonArray quickReplies() const { return m_quickReplies; }
    void setQuickReplies(const QJsonArray &replies);

    // Attachment: type image|audio|video|file; either a URL or an uploaded attachment_id.
    QString attachmentType() const { return m_attachmentType; }
    QString attachmentUrl() const { return m_attachmentUrl; }
    QString attachmentId() const { return m_attachmentId; }
    QString attachmentFile() const { return m_attachmentFile; } // local file, before upload
    void setAttachment(const QString &type, const QString &url, const QString &attachmentId = {},
                       const QString &localFile = {});

    QString buttonText() const { return m_buttonText; }
    QJsonArray buttons() const { return m_buttons; }
    void setButtonTemplate(const QString &text, const QJsonArray &buttons);

    QJsonArray cards() const { return m_cards; }
    void setCards(const QJsonArray &cards);

    QString personaId() const { return m_personaId; }
    void setPersonaId(const QString &personaId);

    // The message as the Send API wants it (unset parts omitted).
    QJsonObject message() const;
    // Loads a message (a --message-file, a History entry); the kind follows its content.
    void setMessage(const QJsonObject &message);

    // The rules broken now, with dotted paths into message() ("quick_replies[1].title").
    const QList<api::Violation> &violations() const { return m_violations; }
    bool isValid() const { return m_violations.isEmpty(); }

Q_SIGNALS:
    void changed();

private:
    void touch();

    Kind m_kind = Kind::Text;
    QString m_text;
    QJsonArray m_quickReplies;
    QString m_attachmentType = QStringLiteral("image");
    QString m_attachmentUrl;
    QString m_attachmentId;
    QString m_attachmentFile;
    QString m_buttonText;
    QJsonArray m_buttons;
    QJsonArray m_cards;
    QString m_personaId;
    QList<api::Violation> m_violations;
};

} // namespace mdesk::models
