// GraphClient, the half that turns an operation into a CallPlan (token, proof, URL) without
// sending anything; kept apart from graphclient.cpp, which sends and concludes calls.
#include "graphclient.h"

#include "appsecretproof.h"
#include "operationtable.h"
#include "requestbuilder.h"

#include <QUuid>

namespace mdesk::api {

namespace {

QString pageKey(const QString &appId, const QString &pageId)
{
    return appId + QLatin1Char('/') + pageId;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

std::pair<QString, QString> GraphClient::credentials(const OperationSpec &op,
                                                     const CallOptions &options) const
{
    const AppConnection *connection = app(options.appId);
    QString token;
    switch (op.token) {
    case TokenKind::Page:
        token = m_pageTokens.value(pageKey(options.appId, options.pageId));
        break;
    case TokenKind::App:
        token = connection ? connection->effectiveAppToken() : QString();
        break;
    case TokenKind::User:
        token = options.userToken;
        break;
    }
    QString proof;
    if (connection && !connection->appSecret.isEmpty() && !token.isEmpty()) {
        // A bulk job asks for the same proof thousands of times; HMAC once per token.
        const QString key = connection->appSecret + QLatin1Char('\n') + token;
        proof = m_proofs.value(key);
        if (proof.isEmpty()) {
            proof = appSecretProof(connection->appSecret, token);
            m_proofs.insert(key, proof);
        }
    }
    return {token, proof};
}

std::variant<CallPlan, GraphError> GraphClient::plan(const QString &opId, const QJsonObject &input,
                                                     const CallOptions &options) const
{
    const OperationSpec *op = OperationTable::find(opId);
    if (!op)
        return GraphError::invalidInput({}, tr("There is no operation called \"%1\"; "
                                               "messenger-desk-cli ops lists them.")
                                                .arg(opId));
    const AppConnection *connection = app(options.appId);
    if (!connection)
        return GraphError::invalidInput(QStringLiteral("app_id"),
                                        tr("The app \"%1\" is not set up.").arg(options.appId));
    const auto built =
        buildRequest(*op, input, connection->version, PathContext{options.pageId, options.appId});
    if (const auto *error = std::get_if<InputError>(&built))
        return GraphError::invalidInput(error->field, error->message);
    const BuiltRequest &request = std::get<BuiltRequest>(built);

    const auto [token, proof] = credentials(*op, options);
    if (token.isEmpty()) {
        const QString message =
            op->token == TokenKind::Page
                ? tr("No page access token is known for page %1 of app %2.")
                      .arg(options.pageId, options.appId)
            : op->token == TokenKind::App
                ? tr("No app token or app secret is known for app %1.").arg(options.appId)
                : tr("The operation %1 needs a user access token.").arg(opId);
        return GraphError::invalidInput(QStringLiteral("access_token"), message);
    }
    if (!isAllowedGraphUrl(connection->baseUrl))
        return GraphError::invalidInput(
            QStringLiteral("graph_url"),
            tr("The Graph URL %1 is refused: use https, or http only to a loopback host.")
                .arg(connection->baseUrl.toDisplayString()));

    CallPlan plan;
    plan.op = op->id;
    plan.appId = options.appId;
    plan.pageId = options.pageId;
    plan.txId = options.txId.isEmpty() ? newUuid() : options.txId;
    plan.source = options.source;
    plan.method = request.method;
    QUrl url = connection->baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1Char('/') + connection->version.toString() + request.path);
    plan.url = url;
    plan.query = request.query;
    if (!proof.isEmpty())
        plan.query.append({QStringLiteral("appsecret_proof"), proof});
    plan.body = request.body;
    plan.uploadFile = request.uploadFile;
    plan.token = token;
    plan.retrySafe = op->retrySafe();
    plan.timeoutMs = options.timeoutMs > 0 ? options.timeoutMs : m_defaultTimeoutMs;
    plan.retry = options.retry;
    // A sender action (typing_on, react) answers without a message_id.
    plan.answer =
        op->answer == AnswerShape::MessageSent && !input.contains(QStringLiteral("message"))
            ? AnswerShape::Object
            : op->answer;
    if (op->isRemovedOn(connection->version))
        plan.removedNote = op->deprecation->note;
    return plan;
}

} // namespace mdesk::api
