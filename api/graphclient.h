#pragma once

#include "appconnection.h"
#include "callplan.h"
#include "eventhub.h"
#include "graphreply.h"
#include "rategovernor.h"
#include "redactor.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <variant>

class QNetworkAccessManager;

namespace mdesk::api {

struct OperationSpec;

struct CallOptions
{
    QString appId;
    QString pageId;
    QString txId; // empty: a new UUID for this call
    QString source = QStringLiteral("api");
    int timeoutMs = 0; // one attempt on the network; 0: the client's default (30 s)
    QString userToken; // for user-token operations (list_pages)
    bool retry = true; // false: one attempt only
};

// Speaks every operation of the OperationTable over one QNetworkAccessManager.
//
// Every call publishes on events(): started, then retry_scheduled per retry, then exactly
// one of succeeded (2xx without "error"), failed (Graph answered with an error) or erred (no
// usable answer: transport, timeout, cancel, unknown outcome). Events, response headers
// included, are redacted before they exist.
// Calls refused before sending (validation, no token, insecure URL) publish nothing; their
// reply finishes with ErrorCategory::InvalidInput.
//
// Waits: before sending, a call waits as long as the RateGovernor says (usage, a rate-limit
// block); after a rate-limit refusal it backs off before retrying. Every wait of at least
// Config::announceFromMs is announced by waiting() here and on the reply. No call waits
// longer than Config::maxWaitMs nor past deadline(): such a call finishes at once with
// ErrorCategory::RateLimited, GraphError::retryAfter set and advice naming the time Graph
// expects to allow calls again.
//
// Retries: one budget, Config::maxAttempts per call. A write is repeated only when it
// cannot have happened (rate-limit refusal, connection refused). A DELETE is retried after
// an unknown outcome; if the retry then hears "does not exist", the call succeeds with a
// note (the lost first answer had deleted it).
class GraphClient : public QObject
{
    Q_OBJECT
public:
    explicit GraphClient(QObject *parent = nullptr);
    ~GraphClient() override;

    void setApp(const AppConnection &app);
    void removeApp(const QString &appId);
    const AppConnection *app(const QString &appId) const;
    QStringList appIds() const { return m_apps.keys(); }
    void setPageToken(const QString &appId, const QString &pageId, const QString &token);
    void removePage(const QString &appId, const QString &pageId);
    bool hasPageToken(const QString &appId, const QString &pageId) const;

    void setDefaultTimeout(int ms) { m_defaultTimeoutMs = ms; }
    int defaultTimeout() const { return m_defaultTimeoutMs; }
    // No wait may end after this time (a command's --deadline); invalid: no deadline.
    void setDeadline(const QDateTime &deadline) { m_deadline = deadline; }
    const QDateTime &deadline() const { return m_deadline; }
    // Cancels every call in flight and finishes every later call at once with
    // ErrorCategory::Cancelled and reason as its message (a deadline passed, the app quits).
    // Writes whose request had left finish with ErrorCategory::UnknownOutcome.
    void stop(const QString &reason);
    bool isStopped() const { return !m_stopReason.isEmpty(); }

    EventHub *events() const { return m_events; }
    RateGovernor *governor() const { return m_governor; }
    const Redactor &redactor() const { return m_redactor; }
    QNetworkAccessManager *network() const { return m_network; }
    int inFlight() const { return m_inFlight; }

    // Starts the operation opId with its JSON input (graph-api.md section 2).
    GraphReply *call(const QString &opId, const QJsonObject &input, const CallOptions &options);
    // Turns an operation into a plan without sending it (batch items, reviews, curl export).
    std::variant<CallPlan, GraphError> plan(const QString &opId, const QJsonObject &input,
                                            const CallOptions &options) const;
    // Sends a prepared plan (used by BatchRequest for POST / with "batch").
    GraphReply *send(CallPlan plan);
    // Token and proof a plan for this op and page carries; empty token when none is known.
    std::pair<QString, QString> credentials(const OperationSpec &op,
                                            const CallOptions &options) const;
    // The redacted {method, path, query, headers, body} of a plan, as events show it.
    QJsonObject describeRequest(const CallPlan &plan) const;

Q_SIGNALS:
    void inFlightChanged(int count);
    // A call starts a wait of at least Config::announceFromMs: the GUI status bar and the
    // CLI's stderr show message ("Waiting 64 s for Graph's rate limit, until 14:03.");
    // reply->cancel() ends it. Emitted right after the reply's own waiting().
    void waiting(mdesk::api::GraphReply *reply, qint64 delayMs, const QDateTime &until,
                 const QString &message);

private:
    friend class GraphReply;
    void startAttempt(GraphReply *reply);
    // The longest reply may wait from now: the cap, or less before the deadline.
    qint64 waitLimit() const;
    void announceWait(GraphReply *reply, qint64 delayMs, bool rateLimit);
    void finishPastWaitLimit(GraphReply *reply, GraphError error, qint64 delayMs,
                             const QJsonObject &response);
    void sendNow(GraphReply *reply);
    void onNetworkFinished(GraphReply *reply);
    void onTimeout(GraphReply *reply);
    void conclude(GraphReply *reply, const GraphResult &result,
                  const QHash<QByteArray, QByteArray> &headers);
    void finish(GraphReply *reply, const GraphResult &result, const QJsonObject &response);
    void finishCancelled(GraphReply *reply);
    void finishEarly(GraphReply *reply, const GraphError &error);
    void publish(GraphReply *reply, EventOutcome outcome, const QJsonObject &extra);
    void setInFlight(int count);
    void rememberInputSecrets(const QJsonObject &input);

    QNetworkAccessManager *m_network;
    EventHub *m_events;
    RateGovernor *m_governor;
    Redactor m_redactor;
    QHash<QString, AppConnection> m_apps;
    QHash<QString, QString> m_pageTokens;     // "app/page" -> token
    mutable QHash<QString, QString> m_proofs; // "secret\ntoken" -> appsecret_proof
    int m_defaultTimeoutMs = 30000;
    int m_inFlight = 0;
    QDateTime m_deadline;
    QString m_stopReason;
    QSet<GraphReply *> m_replies; // sent and not finished
};

} // namespace mdesk::api
