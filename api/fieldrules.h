#pragma once

#include "graphversion.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mdesk::api {

struct OperationSpec;

// One broken rule: where (a dotted path into the input, "greeting[1].text") and why, in a
// whole sentence that names the limit.
struct Violation
{
    QString field;
    QString message;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
    }
};

// The field rules of graph-api.md section 3, version-aware. The GUI's editors, the CLI and
// profile apply all check input here, so a rule is written once.
namespace FieldRules {

// The tr() of this namespace's functions: lupdate files their strings under its full name.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api::FieldRules", text);
}

// Every rule that applies to an operation's input (required fields are BuildRequest's).
QList<Violation> validateInput(const OperationSpec &op, const QJsonObject &input,
                               GraphVersion version);

// A whole Messenger profile object ({"greeting": [...], "get_started": {...}, ...}).
// liveProfile is what the page has now: a persistent menu is fine without get_started in
// the draft when the page already has one.
QList<Violation> validateProfile(const QJsonObject &profile, GraphVersion version,
                                 const QJsonObject &liveProfile = {});
// One profile property's value; path prefixes the field names of the violations.
QList<Violation> validateProperty(const QString &property, const QJsonValue &value,
                                  GraphVersion version, const QString &path = {});

QList<Violation> validateGreeting(const QJsonValue &value, const QString &path);
QList<Violation> validatePersistentMenu(const QJsonValue &value, GraphVersion version,
                                        const QString &path);
QList<Violation> validateDomains(const QJsonValue &value, const QString &path);
// send_message's input (graph-api.md section 3): a message with a messaging_type, or a
// sender_action alone (recipient, sender_action, a payload {message_id, reaction?} for
// react/unreact, optional persona_id; no message, and no messaging_type needed); the tag rules
// (retired tags refused on every version); the message's content (validateMessage).
QList<Violation> validateSendMessage(const QJsonObject &input);
// One message object as a composer holds it, checked while the user types: text or
// attachment (exactly one), quick_replies, metadata, generic and button templates. Fields are
// dotted paths under path: "message.quick_replies[3].title".
QList<Violation> validateMessage(const QJsonObject &message,
                                 const QString &path = QStringLiteral("message"));
// The messaging_type / tag pair: MESSAGE_TAG needs a tag, a tag needs MESSAGE_TAG, and only
// HUMAN_AGENT is left (the 2026 retirements are refused with the date and the way left).
QList<Violation> validateTag(const QString &messagingType, const QJsonValue &tag);
// Why Graph refuses this tag on every version, or empty when the tag is still served.
QString retiredTagNote(const QString &tag);
QList<Violation> validateMessengerCode(const QJsonObject &input);
QList<Violation> validateAttachment(const QJsonObject &input);

// https URL with a host; why says what is wrong when it is not.
bool isHttpsUrl(const QString &text, QString *why = nullptr);
// http or https URL with a host (menu web_url items without Messenger extensions).
bool isWebUrl(const QString &text, QString *why = nullptr);
// A whitelisted domain: https, a host name (no IP address, not localhost).
bool isWhitelistableDomain(const QString &text, QString *why = nullptr);

constexpr int kGreetingMaxChars = 160;
constexpr int kPayloadMaxChars = 1000;
constexpr int kMenuTitleMaxChars = 30;
constexpr int kMaxDomains = 50;
constexpr int kMaxIceBreakers = 4;
constexpr int kMessageTextMaxChars = 2000;
constexpr int kMaxQuickReplies = 13;
constexpr int kQuickReplyTitleMaxChars = 20;
constexpr int kMetadataMaxChars = 1000;
constexpr int kMaxGenericElements = 10;
constexpr int kTemplateTitleMaxChars = 80;
constexpr int kMaxTemplateButtons = 3;
constexpr int kButtonTemplateTextMaxChars = 640;
constexpr qint64 kMaxAttachmentBytes = 25 * 1024 * 1024;

} // namespace FieldRules

} // namespace mdesk::api
