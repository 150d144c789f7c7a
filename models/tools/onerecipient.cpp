#include "models/tools/onerecipient.h"

#include "api/paramcheck.h"

#include "models/broadcasts/messagingpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mdesk::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::models::OneRecipient", text);
}

bool matches(const char *pattern, const QString &text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

} // namespace

const QStringList &OneRecipient::forms()
{
    return api::ParamCheck::recipientForms();
}

QString OneRecipient::formLabel(const QString &form)
{
    if (form == QLatin1String("id"))
        return tr("PSID (a person who wrote to the Page)");
    if (form == QLatin1String("user_ref"))
        return tr("user_ref (checkbox or chat plugin)");
    if (form == QLatin1String("phone_number"))
        return tr("Phone number (customer matching)");
    if (form == QLatin1String("post_id"))
        return tr("Post (private reply)");
    if (form == QLatin1String("comment_id"))
        return tr("Comment (private reply)");
    if (form == QLatin1String("notification_messages_token"))
        return tr("Recurring notification token");
    return tr("One-time notification token");
}

QString OneRecipient::formHint(const QString &form)
{
    if (form == QLatin1String("id"))
        return tr("Digits, e.g. 2460000000000017");
    if (form == QLatin1String("phone_number"))
        return tr("International format, e.g. +4930123456");
    if (form == QLatin1String("post_id") || form == QLatin1String("comment_id"))
        return tr("An id such as 123_456");
    return tr("The token or reference as your plugin gave it");
}

QString OneRecipient::problem() const
{
    const QString text = value.trimmed();
    if (!forms().contains(form))
        return tr("Choose how the recipient is named.");
    if (text.isEmpty())
        return tr("Enter the recipient.");
    if (form == QLatin1String("id") && !api::ParamCheck::isIdText(text))
        return tr("A PSID is digits only.");
    if (form == QLatin1String("phone_number") && !matches("^\\+[1-9][0-9]{6,14}$", text))
        return tr("A phone number starts with + and the country code, then 7 to 15 digits in "
                  "all, without spaces.");
    if ((form == QLatin1String("post_id") || form == QLatin1String("comment_id")) &&
        !matches("^[0-9]+(_[0-9]+)?$", text))
        return tr("A post or comment id is digits, or two numbers joined by _ (123_456).");
    if (text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("The recipient has no spaces.");
    if (form != QLatin1String("phone_number") &&
        (!firstName.trimmed().isEmpty() || !lastName.trimmed().isEmpty()))
        return tr("A name goes only with a phone number.");
    if (firstName.size() > 100 || lastName.size() > 100)
        return tr("A name is at most 100 characters.");
    return {};
}

QJsonObject OneRecipient::json() const
{
    QJsonObject out{{form, value.trimmed()}};
    if (form == QLatin1String("phone_number") &&
        (!firstName.trimmed().isEmpty() || !lastName.trimmed().isEmpty()))
        out.insert(QStringLiteral("name"),
                   QJsonObject{{QStringLiteral("first_name"), firstName.trimmed()},
                               {QStringLiteral("last_name"), lastName.trimmed()}});
    return out;
}

QString OneRecipient::typeProblem(const QString &messagingType, const QString &tag,
                                  const QJsonObject &message) const
{
    if (MessagingPolicy::isRetiredTag(tag))
        return MessagingPolicy::refusal(messagingType, tag, 1);
    if (messagingType == QLatin1String("MESSAGE_TAG") && tag.isEmpty())
        return tr("MESSAGE_TAG needs a tag; only HUMAN_AGENT is left.");
    if (!tag.isEmpty() && messagingType != QLatin1String("MESSAGE_TAG"))
        return tr("A tag goes only with the messaging type MESSAGE_TAG.");
    if (!tag.isEmpty() && tag != MessagingPolicy::HumanAgent)
        return tr("Only the tag HUMAN_AGENT is left.");
    if (tag == MessagingPolicy::HumanAgent && form != QLatin1String("id"))
        return tr("HUMAN_AGENT is a person's reply to someone who wrote to the Page: it needs a "
                  "PSID.");
    if ((form == QLatin1String("post_id") || form == QLatin1String("comment_id")) &&
        messagingType != QLatin1String("RESPONSE"))
        return tr("A private reply to a post or comment goes as RESPONSE.");
    if (messagingType == QLatin1String("UTILITY")) {
        const QJsonObject attachment = message.value(QStringLiteral("attachment")).toObject();
        if (attachment.value(QStringLiteral("type")).toString() != QLatin1String("template"))
            return tr("UTILITY sends an approved Page message template: choose a button or "
                      "generic template (open beta, US, VN, TH and PH only).");
    }
    static const QStringList types{QStringLiteral("RESPONSE"), QStringLiteral("UPDATE"),
                                   QStringLiteral("MESSAGE_TAG"), QStringLiteral("UTILITY")};
    if (!types.contains(messagingType))
        return tr("Choose a messaging type.");
    return {};
}

} // namespace mdesk::models
