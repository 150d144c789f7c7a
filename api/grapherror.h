#pragma once

#include <QDateTime>
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
    Cancelled,        // the caller cancelled before the request left
    Other,            // any other Graph error code
    // A write whose request left but whose answer never came usable (timeout, reset or
    // cancel after sending, a cut or non-JSON 2xx answer): Graph may have applied it.
    // Never retried by itself; reads keep Timeout and Transport (they are retry-safe).
    UnknownOutcome
};

// "rate_limited", "invalid_parameter", ..., "unknown_outcome".
QString categoryName(ErrorCategory category);

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
    // Our own whole sentence on what to do next ("Graph may have applied this; check before
    // you send it again."), shown after the message; empty when there is nothing to add.
    QString advice;
    // When Graph expects to allow calls again, for a rate limit the client did not wait out
    // (the wait was past the cap or the deadline); invalid otherwise.
    QDateTime retryAfter;

    // Classifies Graph's error object (the value of "error").
    static GraphError fromGraph(const QJsonObject &errorObject, int httpStatus);
    static GraphError transportError(ErrorCategory category, const QString &transport,
                                     const QString &message);
    static GraphError invalidInput(const QString &field, const QString &message);
    // A write that may have been applied: category UnknownOutcome, message says what
    // happened, advice is unknownOutcomeAdvice().
    static GraphError unknownOutcome(const QString &transport, const QString &message);
    // "Graph may have applied this; check before you send it again."
    static QString unknownOutcomeAdvice();

    bool isRateLimit() const { return category == ErrorCategory::RateLimited; }
    bool isUnknownOutcome() const { return category == ErrorCategory::UnknownOutcome; }
    // No retry can fix it, and the next call would meet it too: a bad token (190), a
    // missing permission (10, 200-299) or a restricted Page (10/1893063). A bulk job stops.
    bool stopsEverything() const;
    // One line for a status bar or stderr: "(#100) Invalid parameter [fbtrace_id ...]",
    // followed by the advice when there is one.
    QString summary() const;
    // {"error": {...}}: Graph's object plus "category" (and "transport" when no answer),
    // "advice" and "retry_after" when set, and "outcome": "unknown" for UnknownOutcome.
    QJsonObject toJson() const;
};

ErrorCategory categoryForCode(int code, int httpStatus);

} // namespace mdesk::api
