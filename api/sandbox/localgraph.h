#pragma once

#include "faultinjector.h"
#include "usagemeter.h"

#include "api/graphversion.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

namespace mdesk::api {
class GraphClient;
}

namespace mdesk::sandbox {

class GraphServer;
class RequestRouter;
class SandboxState;
struct Contact;

struct LocalGraphOptions
{
    // Versions served. Older ones are upgraded to oldestVersion, as Graph upgrades calls to
    // versions it no longer serves; newer ones are refused. Keep oldestVersion below v4.0
    // to try the removed Broadcast API and Messenger codes (see VersionRules).
    api::GraphVersion oldestVersion{3, 0};
    api::GraphVersion newestVersion = api::GraphVersion::defaultVersion();
    // Demo mode: the profile API's 10 calls per 10 minutes per page are not enforced, so
    // someone trying the app is never told to wait.
    bool demo = false;
    // "Require App Secret" per app id; apps not listed keep the demo data's setting (the
    // first app requires appsecret_proof, the second does not).
    QHash<QString, bool> requireAppSecretProof;
    FaultConfig faults;
    CallBudget budget;
    quint32 seed = 20240611; // demo data and fault dice
    // People with a conversation on each demo page (DemoContacts; at most 100,000): the
    // page's first users, then generated people. `sandbox serve --contacts N` sets it.
    int contactsPerPage = 40;
};

// LocalGraph: an in-process stand-in for graph.facebook.com, listening on 127.0.0.1 only.
// It serves every op of api::OperationTable under /{version}/..., with state per page,
// Graph's checks and error shapes, version-aware deprecations, usage headers and limits,
// batch requests, fault injection, and demo data (see DemoData): people with conversation
// threads on every page (DemoContacts) and the Send API's 24-hour window. A control API
// lives under /__sandbox/ (state, reset, faults, budget, options, clock, contacts; see
// ControlEndpoint) next to the C++ setters here.
//
// Uses:
//   * GUI first run and `messenger-desk --sandbox`:
//         auto *graph = new LocalGraph(LocalGraph::demoOptions(), parent);
//         if (graph->listen()) graph->connectClient(client);
//   * `messenger-desk-cli sandbox serve [--port N]`:
//         LocalGraph graph(LocalGraph::demoOptions());
//         if (!graph.listen(port)) fail(graph.errorString());
//         out << QJsonDocument(graph.describe()).toJson(QJsonDocument::Compact) << '\n';
//     describe() is {"url", "graph_versions":{"oldest","newest"}, "demo",
//     "apps":[{"id","name","secret","app_token","user_token","require_appsecret_proof",
//     "pages":[{"id","name","token"}]}]}: the sandbox's own fake credentials, fine to print.
//   * Tests: construct with options, listen(), connectClient(client, version).
//
// Everything runs on the thread that owns the LocalGraph; it needs a running event loop.
class LocalGraph : public QObject
{
    Q_OBJECT
public:
    struct Page
    {
        QString id;
        QString name;
        QString token;
    };
    struct App
    {
        QString id;
        QString name;
        QString secret;
        QString appToken;
        QString userToken;
        bool requireAppSecretProof = false;
        QList<Page> pages;
    };

    explicit LocalGraph(QObject *parent = nullptr);
    explicit LocalGraph(const LocalGraphOptions &options, QObject *parent = nullptr);
    ~LocalGraph() override;

    // Options for the app's demo: demo mode on, nothing else changed.
    static LocalGraphOptions demoOptions();

    // Starts listening on 127.0.0.1:port (0 picks a free port). On success url() is the
    // base URL ("http://127.0.0.1:PORT"); on failure errorString() says why.
    bool listen(quint16 port = 0);
    bool isListening() const;
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }

    QJsonObject describe() const;
    QList<App> apps() const;
    // Sets up client with every sandbox app (base URL, version, secret, app token) and the
    // page tokens, so client.call(op, input, {appId, pageId}) reaches this LocalGraph.
    // An invalid version means newestVersion.
    void connectClient(api::GraphClient &client, api::GraphVersion version = {}) const;

    void setFaults(const FaultConfig &faults);
    void clearFaults();
    FaultConfig faults() const;
    void setBudget(const CallBudget &budget);
    CallBudget budget() const;
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_options.demo; }
    void setRequireAppSecretProof(const QString &appId, bool required);
    // Moves the sandbox clock forward (schedules, rate windows) without waiting; false and
    // nothing moved when the clock would end up more than about 100 years off.
    bool advanceClock(qint64 seconds);
    // Makes a token answer 190 "session invalidated" from now on.
    bool invalidateToken(const QString &token);
    // Back to the demo data: state, usage, faults and budget as at construction.
    void reset();

    // A summary of the state, usage and faults (GET /__sandbox/state). Per page:
    // "sent_messages" [{recipient_id, message_id, messaging_type, tag?, persona_id?, at}]
    // (successful sends only, oldest first) and, with withContacts, "contacts" [{psid, name,
    // thread_id, last_inbound (ISO, UTC), window_open, unavailable}] in the order added.
    QJsonObject stateJson(bool withContacts = true) const;
    // A contact as stateJson lists it.
    QJsonObject contactJson(const Contact &contact) const;
    SandboxState &state() { return *m_state; }
    const LocalGraphOptions &options() const { return m_options; }

Q_SIGNALS:
    // One Graph call was answered (not emitted for /__sandbox/ control calls).
    void callServed(const QString &method, const QString &path, int status);

private:
    friend class GraphServer;
    friend class ControlEndpoint;
    void applyOptions();

    LocalGraphOptions m_options;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<UsageMeter> m_meter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<RequestRouter> m_router;
    GraphServer *m_server = nullptr;
    QUrl m_url;
    QString m_error;
};

} // namespace mdesk::sandbox
