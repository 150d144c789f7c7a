#pragma once

#include "callplan.h"
#include "graphresult.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace mdesk::api {

class GraphClient;

// One call in flight, across its retries. Created by GraphClient.
//
// Contract: finished() is emitted exactly once, after the last attempt, also after
// cancel() and for input refused before sending. It is never emitted from inside the call
// that created the reply, so connecting right after GraphClient::call() is always in time.
// The reply deletes itself (deleteLater) after finished(); copy result() in the slot if you
// need it later.
//
// Before finished(), waiting() is emitted for every wait of at least
// RateGovernor::Config::announceFromMs (a rate-limit hold-back before sending, or the
// back-off before a retry), retryScheduled() before each retry. cancel() ends any wait at
// once. A cancel before the request left finishes with ErrorCategory::Cancelled; a cancel
// of a write after its request left finishes with ErrorCategory::UnknownOutcome.
class GraphReply : public QObject
{
    Q_OBJECT
public:
    ~GraphReply() override;

    const QString &op() const { return m_plan.op; }
    const QString &txId() const { return m_plan.txId; }
    const CallPlan &plan() const { return m_plan; }
    int attempt() const { return m_attempt; }
    bool isFinished() const { return m_finished; }
    const GraphResult &result() const { return m_result; }
    // HTTP requests of this call that left for Graph (a connection refused is not one).
    int requestsSent() const { return m_requestsSent; }
    // True while an attempt is on the network (not waiting, not finished).
    bool isOnTheWire() const { return !m_network.isNull(); }

    // Aborts the network request or the pending wait; finished() follows at once with
    // Cancelled, or UnknownOutcome for a write whose request had left.
    void cancel();

Q_SIGNALS:
    void finished(const mdesk::api::GraphResult &result);
    // A retry will be sent after delayMs; attempt is the number of the coming attempt.
    void retryScheduled(int attempt, qint64 delayMs);
    // Bytes of the request body that left so far (uploads; total 0 when not known).
    void uploadProgress(qint64 sent, qint64 total);
    // A wait of delayMs (until, UTC) starts; message is a whole sentence for a status bar
    // or stderr: "Waiting 64 s for Graph's rate limit, until 14:03." Only for waits of at
    // least RateGovernor::Config::announceFromMs; GraphClient::waiting() fires too.
    void waiting(qint64 delayMs, const QDateTime &until, const QString &message);

private:
    friend class GraphClient;
    GraphReply(GraphClient *client, CallPlan plan);

    GraphClient *m_client;
    CallPlan m_plan;
    int m_attempt = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_started = false;
    bool m_requestLeft = false;   // the attempt in flight put bytes of its request on the wire
    bool m_unknownBefore = false; // an earlier attempt's outcome is unknown (DELETE retries)
    int m_requestsSent = 0;
    GraphResult m_result;
    QJsonObject m_requestDescription; // redacted request for events, built on first use
    QDateTime m_initializedAt;
    QElapsedTimer m_elapsed;
    QPointer<QNetworkReply> m_network;
    QTimer *m_timer = nullptr;     // timeout of the attempt in flight
    QTimer *m_waitTimer = nullptr; // governor hold-back or retry back-off
    bool m_waitEndsInSend = false; // true: the wait is the governor's, then send directly
};

} // namespace mdesk::api
