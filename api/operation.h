#pragma once

#include "answershape.h"
#include "graphversion.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mdesk::api {

struct BuiltRequest;

// Which token a call carries. Page = the page's token, App = the app token, User = a user
// token given with the call (list_pages).
enum class TokenKind { Page, App, User };

// Where an input field goes on the wire.
enum class Place {
    Path,  // fills the {name} placeholder of the path template
    Query, // query item; arrays are joined with commas, objects sent as compact JSON
    Body   // JSON body key; a dotted wire name nests ("get_started.payload"),
           // the wire name "." merges an object input into the body root
};

// What a parameter's value must be. The builder refuses a value of the wrong type before
// anything is sent, naming the field (graph-api.md section 3; issue 18 item 7).
enum class ParamType {
    Any,       // any JSON; FieldRules checks the content (profile values)
    Text,      // a string
    Id,        // a Graph object id: a digit string or a whole number from 1 to 2^53
    Psid,      // a page-scoped user id: the same form as Id
    ObjectRef, // an id Graph writes with letters ("t_123", "123_456"): plain text without
               // '/', '?', '#' or white space, or a whole number
    Cursor,    // an opaque paging cursor: a non-empty string
    Url,       // an http:// or https:// URL with a host
    Enum,      // one of ParamSpec::choices
    List,      // a list of strings: a JSON array of strings or comma-separated text
    Bool,      // true or false
    Int,       // a whole number from ParamSpec::min to ParamSpec::max
    Time,      // Unix seconds (a whole number) or date text
    Object,    // a JSON object
    Array,     // a JSON array
    Recipient, // a Send API recipient: exactly one form of graph-api.md section 3
    UserRef    // a handover recipient: {"id": PSID}
};

struct ParamSpec
{
    QString name; // key in the input object
    Place place = Place::Body;
    QString wire; // key on the wire; empty means the same as name
    bool required = false;
    QJsonValue fallback = {}; // sent when the input lacks the key (undefined = omit)
    ParamType type = ParamType::Any;
    QStringList choices; // Enum: the values Graph takes
    qint64 min = 0;      // Int: the inclusive range
    qint64 max = 0;

    QString wireName() const { return wire.isEmpty() ? name : wire; }
};

struct Deprecation
{
    QString note;             // what happened, in a sentence a page admin understands
    QDate since;              // the date Graph announced or enforced it
    GraphVersion fromVersion; // applies from this version on; invalid = on every version
    bool removed = false;     // Graph answers with an error instead of serving it

    bool appliesTo(GraphVersion version) const
    {
        return !fromVersion.isValid() || version >= fromVersion;
    }
};

// Rewrites a built request for the few rows whose wire form depends on the version or on
// the input's shape (label name key, multipart upload). Pure: no I/O.
using RequestAdjuster = void (*)(const QJsonObject &input, GraphVersion version,
                                 BuiltRequest &request);

// One row of the operation table (graph-api.md section 2). Client, CLI, batch and
// LocalGraph all read these rows; an operation is added by adding a row. params lists every
// input key the op takes: a key not listed is an input error, never dropped.
struct OperationSpec
{
    QString id;        // messenger_bot function name, e.g. "set_greeting"
    QString group;     // "profile", "labels", "broadcast", "handover", ...
    QByteArray method; // "GET", "POST", "DELETE"
    QString path;      // template relative to the version: "/{label_id}/label"
    TokenKind token = TokenKind::Page;
    QList<ParamSpec> params;
    QJsonObject fixedQuery;   // always sent, e.g. {"fields": "greeting"}
    QJsonObject fixedBody;    // always sent, e.g. {"fields": ["greeting"]}
    QStringList requiredKeys; // dotted keys inside object parameters the input must hold
    QString profileField;     // Messenger profile property the row reads or writes
    std::optional<Deprecation> deprecation;
    RequestAdjuster adjust = nullptr;
    // The form of a 2xx answer the op's callers rely on; another form is an error.
    AnswerShape answer = AnswerShape::Any;

    // A call that cannot take effect twice: reads and deletes. Only these are retried
    // after a timeout, reset or server error; writes only after a rate-limit refusal.
    bool retrySafe() const { return method == "GET" || method == "DELETE"; }
    bool isRemovedOn(GraphVersion version) const
    {
        return deprecation && deprecation->removed && deprecation->appliesTo(version);
    }
    bool isDeprecatedOn(GraphVersion version) const
    {
        return deprecation && deprecation->appliesTo(version);
    }
};

} // namespace mdesk::api
