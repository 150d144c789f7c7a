#pragma once

#include "endpoints.h"
#include "graphanswer.h"
#include "graphparams.h"

#include "api/graphversion.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

namespace mdesk::sandbox {

class SandboxState;
class UsageMeter;

// One Graph call as it arrived, over HTTP or as a batch item, before routing.
struct GraphRequest
{
    QByteArray method;
    QString path;       // "/v23.0/me/messages", "/me/messages" (no version) or "/v23.0/"
    QJsonObject params; // query items and body fields, the body's winning on a clash
    QHash<QString, UploadedFile> files;
    QString bearerToken;   // Authorization: Bearer, or the batch's token for its items
    QString fallbackProof; // the batch's appsecret_proof for items using its token
    QString bodyError;     // set when the body could not be parsed
    bool inBatch = false;
};

// Turns a GraphRequest into an answer the way Graph does, in Graph's order: body syntax,
// version, token, appsecret_proof, path (op rows of the operation table; /{id} nodes
// resolved by what the id is, /me by the token), token kind, rate limits, removal on this
// version, then the endpoint's handler.
class RequestRouter
{
public:
    RequestRouter(SandboxState &state, UsageMeter &meter);

    // Versions served: older ones are upgraded to the oldest (Graph's documented
    // behaviour for versions it no longer serves), newer ones are refused. A path without
    // a version is served as the newest (Graph would use the app's default version).
    void setVersions(api::GraphVersion oldest, api::GraphVersion newest);
    api::GraphVersion oldestVersion() const { return m_oldest; }
    api::GraphVersion newestVersion() const { return m_newest; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

    // answer.appId / pageId name whom the call counted against (empty when unknown).
    GraphAnswer handle(const GraphRequest &request);
    // An fbtrace_id for an answer.
    QString newTraceId();

private:
    struct Route
    {
        const Endpoint *endpoint = nullptr;
        QHash<QString, QString> values;
        std::optional<GraphFailure> failure;
    };

    Route route(const QByteArray &method, const QStringList &segments,
                const TokenGrant &caller) const;
    bool resolves(const QString &placeholder, const QString &value, const TokenGrant &caller,
                  QString *resolved) const;
    std::optional<GraphFailure> checkTokenKind(const Endpoint &endpoint,
                                               const TokenGrant &caller) const;

    SandboxState &m_state;
    UsageMeter &m_meter;
    api::GraphVersion m_oldest{3, 0};
    api::GraphVersion m_newest = api::GraphVersion::defaultVersion();
    QUrl m_baseUrl;
};

} // namespace mdesk::sandbox
