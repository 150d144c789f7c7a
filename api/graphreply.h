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
// cancel() (with ErrorCategory::Cancelled) and for input refused before sending. It is
// never emitted from inside the call that created the reply, so connecting right after
// GraphClient::call() is always in time. The reply deletes itself (deleteLater) after
// finished(); copy result() in the slot if you need it later.
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

    // Aborts the network request or the pending retry; finished() follows with Cancelled.
    void cancel();

Q_SIGNALS:
    void finished(const mdesk::api::GraphResult &result);
    // A retry will be sent after delayMs; attempt is the number of the coming attempt.
    void retryScheduled(int attempt, qint64 delayMs);

private:
    friend class GraphClient;
    GraphReply(GraphClient *client, CallPlan plan);

    GraphClient *m_client;
    CallPlan m_plan;
    int m_attempt = 0;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_started = false;
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
