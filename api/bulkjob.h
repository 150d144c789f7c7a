#pragma once

#include "batchrequest.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace mdesk::api {

// Runs many operations (say, label 10,000 PSIDs) through Graph batch requests of up to 50
// items, with at most concurrency() batches in flight. Items Graph refuses for rate are put
// back in the queue after a back-off (they did not happen); every other failure is
// reported per item with its error.
//
// Contract: after start(), progress() after each batch, then finished() exactly once,
// also after cancel(); items not sent by then are reported as cancelled.
class BulkJob : public QObject
{
    Q_OBJECT
public:
    struct Failure
    {
        int index = 0; // position in the items given to the constructor
        QJsonObject input;
        GraphError error;
    };

    BulkJob(GraphClient *client, QList<BatchItem> items, CallOptions options,
            QObject *parent = nullptr);

    void setConcurrency(int batches) { m_concurrency = std::max(1, batches); }
    void setBatchSize(int items) { m_batchSize = std::clamp(items, 1, BatchRequest::kMaxItems); }
    void setMaxItemAttempts(int attempts) { m_maxItemAttempts = std::max(1, attempts); }
    int concurrency() const { return m_concurrency; }
    const QString &txId() const { return m_options.txId; }

    void start();
    void cancel();

    int total() const { return int(m_items.size()); }
    int done() const { return m_succeeded + int(m_failures.size()); }
    int succeeded() const { return m_succeeded; }
    int requestsSent() const { return m_requestsSent; }
    const QList<Failure> &failures() const { return m_failures; }
    bool isFinished() const { return m_finished; }
    // {"total", "succeeded", "failed", "requests", "failures": [{index, input, error}]}
    QJsonObject report() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void pump();
    void onBatchFinished(const QList<int> &indices, const GraphResult &result);
    void fail(int index, const GraphError &error);
    void finishIfDone();

    GraphClient *m_client;
    QList<BatchItem> m_items;
    CallOptions m_options;
    QList<int> m_queue;    // indices waiting to be sent
    QList<int> m_attempts; // per item
    QSet<GraphReply *> m_inFlight;
    QList<Failure> m_failures;
    QTimer *m_backoff;
    int m_concurrency = 4;
    int m_batchSize = BatchRequest::kMaxItems;
    int m_maxItemAttempts = 4;
    int m_succeeded = 0;
    int m_requestsSent = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace mdesk::api
