#pragma once

#include "operation.h"
#include "requestbuilder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace mdesk::api {

// The type checks of ParamType, used by buildRequest before anything is sent. Each returns
// nothing when the value fits, or the field at fault (a dotted path for a recipient) and a
// whole sentence naming it and what it must be.
namespace ParamCheck {

// The tr() of this namespace's functions: lupdate files their strings under its full name.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("mdesk::api::ParamCheck", text);
}

std::optional<InputError> check(const ParamSpec &param, const QJsonValue &value);

// "id", "psid", "url", ...: the type's name in `ops` and in messages.
QString typeName(ParamType type);

// A Graph id or PSID: a digit string (at most 30 digits) or a whole number 1..2^53.
bool isGraphId(const QJsonValue &value);
// A Graph id or PSID as text, as every PSID list, paste and field of the app takes it:
// 1 to 30 ASCII digits.
bool isIdText(const QString &text);
// Text that can stand as one path segment: not empty, no '/', '?', '#', white space or
// control characters, not "." or "..".
bool isPlainSegment(const QString &text);

// A batch item's reference to an earlier item's answer ("{result=create:$.id}"): it stands
// for a value of any scalar type, so the type checks let it through.
bool isBatchReference(const QJsonValue &value);

// The Send API recipient forms of graph-api.md section 3: exactly one of id, user_ref,
// phone_number (with an optional name {first_name, last_name}), post_id, comment_id,
// notification_messages_token, one_time_notif_token. field prefixes the returned field.
std::optional<InputError> checkRecipient(const QJsonValue &value, const QString &field);
// The recipient keys in the order graph-api.md lists them.
const QStringList &recipientForms();

} // namespace ParamCheck

} // namespace mdesk::api
