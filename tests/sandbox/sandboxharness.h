#pragma once

#include "api/sandbox/localgraph.h"

#include "api/graphclient.h"
#include "api/graphresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <memory>

// A LocalGraph listening on loopback plus an api::GraphClient wired to it with the demo
// apps and page tokens: what every sandbox test starts from.
namespace mdesk::sandboxtest {

// What a plain HTTP client (QNetworkAccessManager, not our GraphClient) saw.
struct HttpAnswer
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names lower case
    QByteArray body;
    QJsonValue json() const;
    QJsonObject error() const; // the "error" object, or empty
};

class SandboxHarness
{
public:
    explicit SandboxHarness(
        const sandbox::LocalGraphOptions &options = sandbox::LocalGraph::demoOptions());

    sandbox::LocalGraph &graph() { return *m_graph; }
    api::GraphClient &client() { return *m_client; }

    // The demo data: app 0 requires appsecret_proof, app 1 does not; two pages each.
    QString appId(int app) const;
    QString pageId(int app, int page) const;
    QString pageToken(int app, int page) const;
    QString psid(int app, int page, int index = 0) const;
    QString labelId(int app, int page, int index = 0) const;

    // Points the client at the sandbox with this Graph version (invalid: the newest).
    void useVersion(api::GraphVersion version);
    // Call options for a page (one attempt, no retries: tests see each answer).
    api::CallOptions on(int app = 0, int page = 0, int timeoutMs = 15000) const;

    // Runs an op through GraphClient::call and waits for its result.
    api::GraphResult call(const QString &op, const QJsonObject &input,
                          const api::CallOptions &options);
    api::GraphResult call(const QString &op, const QJsonObject &input = {})
    {
        return call(op, input, on());
    }
    // Sends the op's request exactly as the client builds it but without client-side
    // checks, so Graph's (LocalGraph's) own checks answer.
    api::GraphResult send(const QString &op, const QJsonObject &input,
                          const api::CallOptions &options);
    api::GraphResult send(const QString &op, const QJsonObject &input = {})
    {
        return send(op, input, on());
    }
    api::GraphResult wait(api::GraphReply *reply);

    // Plain HTTP through QNetworkAccessManager; path is absolute ("/v23.0/me").
    HttpAnswer http(const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {}, const QByteArray &contentType = {},
                    const QHash<QByteArray, QByteArray> &headers = {});

    // A Graph call with no client in between (so LocalGraph's own checks answer, even for
    // input the client refuses): the page's token as Bearer, appsecret_proof in the query,
    // body as JSON when not empty. path is relative to the version ("/me/messages").
    HttpAnswer graphCall(const QByteArray &method, const QString &path,
                         const QJsonObject &body = {}, int app = 0, int page = 0);
    // The control endpoint: body is sent as JSON when not empty.
    HttpAnswer control(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    // One page of GET /__sandbox/state (its "pages" entry), contacts and sent_messages in it.
    QJsonObject pageState(int app = 0, int page = 0);
    // POST /__sandbox/contacts {psid, last_inbound: Unix seconds} on that page; false when
    // the control endpoint refused it.
    bool setLastInbound(const QString &psid, const QDateTime &when, int app = 0, int page = 0);

private:
    std::unique_ptr<sandbox::LocalGraph> m_graph;
    std::unique_ptr<api::GraphClient> m_client;
    QNetworkAccessManager m_network;
};

// "(#100) ... [subcode 2018145]" for QVERIFY2 messages.
QByteArray describe(const api::GraphResult &result);

} // namespace mdesk::sandboxtest
