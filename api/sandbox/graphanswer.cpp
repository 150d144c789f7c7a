#include "graphanswer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mdesk::sandbox {

QJsonObject GraphFailure::toJson(const QString &traceId) const
{
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("code"), code}};
    if (subcode)
        error.insert(QStringLiteral("error_subcode"), subcode);
    if (!userTitle.isEmpty())
        error.insert(QStringLiteral("error_user_title"), userTitle);
    if (!userMessage.isEmpty())
        error.insert(QStringLiteral("error_user_msg"), userMessage);
    if (isTransient)
        error.insert(QStringLiteral("is_transient"), true);
    if (!traceId.isEmpty())
        error.insert(QStringLiteral("fbtrace_id"), traceId);
    return error;
}

GraphAnswer GraphAnswer::ok(const QJsonValue &body)
{
    GraphAnswer answer;
    answer.json = body;
    return answer;
}

GraphAnswer GraphAnswer::success()
{
    return ok(QJsonObject{{QStringLiteral("success"), true}});
}

GraphAnswer GraphAnswer::fail(const GraphFailure &failure)
{
    GraphAnswer answer;
    answer.status = failure.httpStatus;
    answer.failure = failure;
    return answer;
}

GraphAnswer GraphAnswer::bytes(const QByteArray &data, const QByteArray &contentType)
{
    GraphAnswer answer;
    answer.raw = data;
    answer.rawContentType = contentType;
    return answer;
}

QByteArray GraphAnswer::body(const QString &traceId) const
{
    if (failure)
        return QJsonDocument(QJsonObject{{QStringLiteral("error"), failure->toJson(traceId)}})
            .toJson(QJsonDocument::Compact);
    if (!rawContentType.isEmpty())
        return raw;
    if (json.isArray())
        return QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray GraphAnswer::contentType() const
{
    if (!failure && !rawContentType.isEmpty())
        return rawContentType;
    return QByteArrayLiteral("application/json; charset=UTF-8");
}

namespace Errors {

namespace {

GraphFailure make(int status, int code, const QString &type, const QString &message,
                  int subcode = 0)
{
    GraphFailure failure;
    failure.httpStatus = status;
    failure.code = code;
    failure.type = type;
    failure.message = message;
    failure.subcode = subcode;
    return failure;
}

const QString kOAuth = QStringLiteral("OAuthException");
const QString kMethod = QStringLiteral("GraphMethodException");

} // namespace

GraphFailure invalidParameter(const QString &message, int subcode)
{
    return make(400, 100, kOAuth, QStringLiteral("(#100) ") + message, subcode);
}

GraphFailure requiredParameter(const QString &name)
{
    return invalidParameter(QStringLiteral("The parameter %1 is required").arg(name));
}

// Graph itself answers a missing token with 104 or 2500 depending on the node; the
// sandbox answers 190 for every missing or unusable token, so clients see one auth error.
GraphFailure missingToken()
{
    return make(401, 190, kOAuth,
                QStringLiteral("An access token is required to request this resource."));
}

GraphFailure invalidToken()
{
    return make(400, 190, kOAuth,
                QStringLiteral("Invalid OAuth access token - Cannot parse access token"));
}

GraphFailure expiredToken()
{
    GraphFailure failure = make(400, 190, kOAuth,
                                QStringLiteral("Error validating access token: The session has "
                                               "been invalidated because the user changed their "
                                               "password or Facebook has changed the session for "
                                               "security reasons."),
                                460);
    return failure;
}

GraphFailure pageTokenRequired()
{
    return make(400, 210, kOAuth,
                QStringLiteral("(#210) A page access token is required to request this "
                               "resource."));
}

GraphFailure appTokenRequired()
{
    return invalidParameter(QStringLiteral("This method must be called with an app "
                                           "access_token."));
}

GraphFailure activeUserTokenRequired()
{
    return make(400, 2500, kOAuth,
                QStringLiteral("An active access token must be used to query information about "
                               "the current user."));
}

GraphFailure unsupportedRequest(const QByteArray &method, const QString &id)
{
    return make(400, 100, kMethod,
                QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, "
                               "cannot be loaded due to missing permissions, or does not support "
                               "this operation. Please read the Graph API documentation at "
                               "https://developers.facebook.com/docs/graph-api")
                    .arg(QString::fromLatin1(method).toLower(), id),
                33);
}

GraphFailure unknownPath(const QString &components)
{
    return make(400, 2500, kOAuth, QStringLiteral("Unknown path components: %1").arg(components));
}

GraphFailure nonexistingField(const QString &field, const QString &nodeType)
{
    return invalidParameter(
        QStringLiteral("Tried accessing nonexisting field (%1) on node type (%2)")
            .arg(field, nodeType));
}

GraphFailure missingProof()
{
    return make(400, 100, kMethod,
                QStringLiteral("API calls from the server require an appsecret_proof argument"));
}

GraphFailure invalidProof()
{
    return make(400, 100, kMethod,
                QStringLiteral("Invalid appsecret_proof provided in the API argument"));
}

GraphFailure noMatchingUser()
{
    return invalidParameter(QStringLiteral("No matching user found"), 2018001);
}

GraphFailure outsideWindow(bool humanAgent)
{
    return make(400, 10, kOAuth,
                humanAgent ? QStringLiteral("(#10) This message is sent outside of allowed "
                                            "window. The HUMAN_AGENT tag allows replies within "
                                            "7 days of the person's last message.")
                           : QStringLiteral("(#10) This message is sent outside of allowed "
                                            "window. Learn more about the new policy here: "
                                            "https://developers.facebook.com/docs/"
                                            "messenger-platform/policy-overview"),
                2018278);
}

GraphFailure personUnavailable()
{
    return make(400, 551, kOAuth, QStringLiteral("(#551) This person isn't available right now."),
                1545041);
}

GraphFailure pageRestricted()
{
    return make(400, 10, kOAuth,
                QStringLiteral("(#10) This Page is temporarily restricted from sending messages "
                               "because of activity that goes against the Messenger Platform "
                               "policies."),
                1893063);
}

GraphFailure malformedBody(const QString &reason)
{
    return invalidParameter(QStringLiteral("The request body could not be parsed: %1").arg(reason));
}

GraphFailure unknownVersion(const QString &version)
{
    return make(400, 2500, kOAuth,
                QStringLiteral("Unknown path components: /%1 (this Graph does not serve API "
                               "version %1)")
                    .arg(version));
}

GraphFailure forCode(int code)
{
    switch (code) {
    case 1:
        return make(500, 1, kOAuth, QStringLiteral("An unknown error has occurred."));
    case 2: {
        GraphFailure failure =
            make(503, 2, kOAuth,
                 QStringLiteral("An unexpected error has occurred. Please retry your request "
                                "later."));
        failure.isTransient = true;
        return failure;
    }
    case 4: {
        GraphFailure failure =
            make(403, 4, kOAuth, QStringLiteral("(#4) Application request limit reached"));
        failure.isTransient = true;
        return failure;
    }
    case 10:
        return make(403, 10, kOAuth,
                    QStringLiteral("(#10) Application does not have permission for this "
                                   "action"));
    case 17:
        return make(403, 17, kOAuth, QStringLiteral("(#17) User request limit reached"));
    case 32:
        return make(403, 32, kOAuth, QStringLiteral("(#32) Page request limit reached"));
    case 100:
        return invalidParameter(QStringLiteral("Invalid parameter"));
    case 190:
        return make(400, 190, kOAuth,
                    QStringLiteral("Error validating access token: Session has expired."), 463);
    case 200:
        return make(403, 200, kOAuth, QStringLiteral("(#200) Permissions error"));
    case 368:
        return make(400, 368, kOAuth,
                    QStringLiteral("(#368) The action attempted has been deemed abusive or is "
                                   "otherwise disallowed"));
    case 613:
        return make(400, 613, kOAuth,
                    QStringLiteral("(#613) Calls to this api have exceeded the rate limit."));
    case 80006:
        return make(400, 80006, kOAuth,
                    QStringLiteral("(#80006) There have been too many messenger requests to "
                                   "this Page. Wait a while before trying again."));
    default:
        return make(code >= 80000 ? 400 : 500, code, kOAuth,
                    QStringLiteral("(#%1) An error injected by LocalGraph.").arg(code));
    }
}

} // namespace Errors

} // namespace mdesk::sandbox
