#pragma once

#include "operation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace mdesk::api {

// The wire form of one call, before base URL, version, token and proof are added.
struct BuiltRequest
{
    QByteArray method;
    QString path;                             // "/me/messenger_profile", no version
    QList<std::pair<QString, QString>> query; // in order
    std::optional<QJsonObject> body;          // JSON body, absent for bodiless calls
    QString uploadFile;                       // multipart: local file sent as "filedata"
    TokenKind token = TokenKind::Page;

    QString queryValue(const QString &key) const;
    void setQueryValue(const QString &key, const QString &value);
    void removeQueryValue(const QString &key);
};

// Input that cannot become a request: names the field and the rule it breaks.
struct InputError
{
    QString field;   // dotted input key, e.g. "recipient.id"; empty for the whole input
    QString message; // whole sentence
};

struct PathContext
{
    QString pageId; // fills {page_id} when the input does not
    QString appId;  // fills {app_id}
};

using BuildOutcome = std::variant<BuiltRequest, InputError>;

// Maps an op's JSON input to its request exactly as graph-api.md section 2 says. Pure and
// deterministic, so every row is testable without a network. Refuses, naming the field and
// before anything is sent: a key the op does not take (the message lists the op's keys), a
// missing required field, and a value of the wrong ParamType. How the parts fit together
// and what they hold (a message or a sender action, lengths, retired tags, menus) are
// FieldRules::validateInput's: callers that take input from a person run both (the CLI's
// call does). LocalGraph's contract tests send past FieldRules to reach Graph's own checks.
BuildOutcome buildRequest(const OperationSpec &op, const QJsonObject &input, GraphVersion version,
                          const PathContext &context = {});

// Query value of a JSON value: strings as they are, arrays of strings comma-joined, other
// arrays and objects as compact JSON, numbers without a trailing ".0".
QString queryText(const QJsonValue &value);

// Reads and writes dotted keys ("data.ref") in nested objects.
QJsonValue valueAtPath(const QJsonObject &object, const QString &dottedKey);
void setValueAtPath(QJsonObject &object, const QString &dottedKey, const QJsonValue &value);

} // namespace mdesk::api
