#pragma once

#include "batchrequest.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <optional>

namespace mdesk::api {

// Runs many operations (say, label 10,000 PSIDs) through Graph batch requests of up to 50
// items, with at most concurrency() batches in flight.
//
// One retry budget: each item goes out at most maxItemAttempts() times (by default the
// governor's Config::maxAttempts); batches are sent without client retries, so the two
// never multiply. Items Graph refused for rate (they did not happen) go back in the queue;
// the governor then holds the next batch back (announced by GraphClient::waiting()).
// requestsSent() counts the HTTP requests that really left.
//
// Every item ends in one state: succeeded, failed (Graph refused it), unknown (the batch's
// answer was lost or unreadable after it left, or Graph said 1/1357046: it may have been
// applied, never sent again) or not_sent (cancelled, or the job stopped first). An error no
// retry can fix (bad token, missing permission, restricted Page, a rate-limit wait past the
// limit) stops the whole job at once: nothing more is sent, batches still waiting are
// withdrawn, and stopReason() says why.
//
// Contract: after start(), progress() after each batch, then finished() exactly once,
// also after cancel().
class BulkJob : public QObject
{
    Q_OBJECT
public:
    enum class ItemState { Succeeded, Failed, Unknown, NotSent };

    struct Failure
    {
        int index = 0; // position in the items given to the constructor
        QJsonObject input;
        GraphError error;
        ItemState state = ItemState::Failed;
    };

    BulkJob(GraphClient *client, QList<BatchItem> items, CallOptions options,
            QObject *parent = nullptr);

    void setConcurrency(int batches) { m_concurrency = std::max(1, batches); }
    void setBatchSize(int items) { m_batchSize = std::clamp(items, 1, BatchRequest::kMaxItems); }
    void setMaxItemAttempts(int attempts) { m_maxItemAttempts = std::max(1, attempts); }
    int maxItemAttempts() const;
    int concurrency() const { return m_concurrency; }
    const QString &txId() const { return m_options.txId; }

    void start();
    void cancel();

    int total() const { return int(m_items.size()); }
    int done() const { return m_succeeded + int(m_failures.size()); }
    int succeeded() const { return m_succeeded; }
    int count(ItemState state) const;
    int requestsSent() const { return m_requestsSent; }
    const QList<Failure> &failures() const { return m_failures; }
    bool isFinished() const { return m_finished; }
    // The error that stopped the job before its end, if one did.
    const std::optional<GraphError> &stopReason() const { return m_stopReason; }
    // {"total", "succeeded", "failed", "unknown", "not_sent", "requests", "tx_id",
    //  "stopped"?: {error}, "failures": [{index, input, state, error}]}
    QJsonObject report() const;

    static QString stateName(ItemState state); // "succeeded", "failed", "unknown", "not_sent"

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void pump();
    void onBatchFinished(const QList<int> &indices, const GraphResult &result);
    void settle(int index, const GraphResult &result, bool *refusedForRate);
    void stopWith(const GraphError &error);
    GraphError stoppedError() const;
    void fail(int index, const GraphError &error, ItemState state);
    void finishIfDone();

    GraphClient *m_client;
    QList<BatchItem> m_items;
    CallOptions m_options;
    QList<int> m_queue;    // indices waiting to be sent
    QList<int> m_attempts; // per item
    QSet<GraphReply *> m_inFlight;
    QList<Failure> m_failures;
    std::optional<GraphError> m_stopReason;
    int m_concurrency = 4;
    int m_batchSize = BatchRequest::kMaxItems;
    int m_maxItemAttempts = 0; // 0: the governor's Config::maxAttempts
    int m_succeeded = 0;
    int m_requestsSent = 0;
    int m_settling = 0; // depth of onBatchFinished
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace mdesk::api
