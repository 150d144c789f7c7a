#pragma once

#include <QJsonObject>
#include <QString>

namespace mdesk::api {

// What went wrong, in the categories the UI and the CLI explain and the retry rules use.
enum class ErrorCategory {
    Transport,        // refused, reset, TLS, host not found, malformed or truncated body
    Timeout,          // no complete answer in time
    Auth,             // 190: invalid or expired token
    Permission,       // 10, 200-299
    InvalidParameter, // 100
    RateLimited,      // 4, 17, 32, 613, 80000-80014
    Server,           // 1, 2, HTTP 5xx
    Deprecated,       // the operation is removed on this Graph version
    InvalidInput,     // refused before sending: validation, missing token, insecure URL
    Cancelled,        // the caller cancelled
    Other             // any other Graph error code
};

QString categoryName(ErrorCategory category); // "rate_limited", "invalid_parameter", ...

// An error answer. Keeps Graph's error object as it came (graphError) so nothing is lost,
// and adds the category and the HTTP status.
struct GraphError
{
    ErrorCategory category = ErrorCategory::Other;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString message;    // Graph's message or our own whole sentence
    QString type;
    int code = 0;
    int subcode = 0;
    QString userTitle;
    QString userMessage;
    bool isTransient = false;
    QString fbtraceId;
    QString transport;      // "timeout", "refused", "reset", "tls", "malformed", ...
    QString field;          // input field at fault (InvalidInput)
    QJsonObject graphError; // the "error" object as Graph sent it, or empty

    // Classifies Graph's error object (the value of "error").
    static GraphError fromGraph(const QJsonObject &errorObject, int httpStatus);
    static GraphError transportError(ErrorCategory category, const QString &transport,
                                     const QString &message);
    static GraphError invalidInput(const QString &field, const QString &message);

    bool isRateLimit() const { return category == ErrorCategory::RateLimited; }
    // One line for a status bar or stderr: "(#100) Invalid parameter [fbtrace_id ...]".
    QString summary() const;
    // {"error": {...}}: Graph's object plus "category" (and "transport" when no answer).
    QJsonObject toJson() const;
};

ErrorCategory categoryForCode(int code, int httpStatus);

} // namespace mdesk::api
