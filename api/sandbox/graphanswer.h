#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace mdesk::sandbox {

// A Graph error exactly as Graph reports it:
// {"error":{"message","type","code","error_subcode","error_user_title","error_user_msg",
//  "is_transient","fbtrace_id"}} with the HTTP status Graph uses for it.
struct GraphFailure
{
    int httpStatus = 400;
    int code = 100;
    int subcode = 0; // 0: no error_subcode key
    QString type = QStringLiteral("OAuthException");
    QString message;
    QString userTitle;   // error_user_title, only when set
    QString userMessage; // error_user_msg, only when set
    bool isTransient = false;

    // The value of "error"; fbtrace_id is added when the answer is written.
    QJsonObject toJson(const QString &traceId) const;
};

// What LocalGraph answers to one Graph call: JSON (object or array) or raw bytes (a PNG),
// the status, extra headers, and whom the call is counted against for usage headers.
struct GraphAnswer
{
    int status = 200;
    QJsonValue json; // undefined when raw is used
    QByteArray raw;  // served as is with rawContentType
    QByteArray rawContentType;
    QList<std::pair<QByteArray, QByteArray>> headers;
    std::optional<GraphFailure> failure;
    QString appId; // usage scope, filled by the router once the token is known
    QString pageId;
    QString apiVersion; // the version that served the call ("v23.0"), for facebook-api-version

    static GraphAnswer ok(const QJsonValue &body);
    static GraphAnswer success(); // {"success":true}
    static GraphAnswer fail(const GraphFailure &failure);
    static GraphAnswer bytes(const QByteArray &data, const QByteArray &contentType);

    bool isError() const { return failure.has_value(); }
    // The body as Graph sends it; an error gets traceId as its fbtrace_id.
    QByteArray body(const QString &traceId) const;
    QByteArray contentType() const;
};

// The errors Graph gives for situations that recur across endpoints. Messages follow
// Graph's wording, so scripts that match on them behave as they would against Graph.
namespace Errors {

// (#100) with Graph's "(#100) " prefix added to message.
GraphFailure invalidParameter(const QString &message, int subcode = 0);
GraphFailure requiredParameter(const QString &name);
GraphFailure missingToken();
GraphFailure invalidToken();
GraphFailure expiredToken();
GraphFailure pageTokenRequired();
GraphFailure appTokenRequired();
GraphFailure activeUserTokenRequired();
// 100/33 GraphMethodException: an id that does not exist or that this token cannot see.
GraphFailure unsupportedRequest(const QByteArray &method, const QString &id);
GraphFailure unknownPath(const QString &components);
GraphFailure nonexistingField(const QString &field, const QString &nodeType);
GraphFailure missingProof();
GraphFailure invalidProof();
GraphFailure noMatchingUser();
// Send API outcomes per recipient (graph-api.md section 6).
// 10/2018278: outside the 24-hour window (or the 7 days of HUMAN_AGENT).
GraphFailure outsideWindow(bool humanAgent);
// 551/1545041: the person blocked the Page or left Messenger.
GraphFailure personUnavailable();
// 10/1893063: the Page may not send messages for now.
GraphFailure pageRestricted();
GraphFailure malformedBody(const QString &reason);
GraphFailure unknownVersion(const QString &version);
// Canned answers for a Graph error code, used by fault injection and the call budget.
GraphFailure forCode(int code);

} // namespace Errors

} // namespace mdesk::sandbox
