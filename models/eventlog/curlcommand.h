#pragma once

#include <QJsonObject>
#include <QString>

namespace mdesk::models {

// Turns the redacted request of an event into a curl command line a person can rerun in a
// POSIX shell. No credential can appear: the Bearer token is written as $TOKEN, every
// secret query parameter as a shell variable named after it ($APPSECRET_PROOF,
// $INPUT_TOKEN, ...), and the input is already redacted.
class CurlCommand
{
public:
    // request: {"method","url","query":{...},"headers":{...},"body"?,"file"?} as in an
    // event's data.request. Empty when the object holds no URL.
    static QString fromRequest(const QJsonObject &request);
    // The command for a whole event (its data.request).
    static QString fromEvent(const QJsonObject &event);

    // The shell variable a secret query parameter is written as: access_token -> TOKEN.
    static QString variableFor(const QString &key);
};

} // namespace mdesk::models
