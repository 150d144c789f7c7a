#pragma once

#include "models/broadcasts/ledgerqueue.h"
#include "models/broadcasts/recipientresult.h"
#include "models/broadcasts/sendverdict.h"

#include "api/graphclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>
#include <variant>

class QTimer;

namespace mdesk::models {

class BroadcastLedger;

// The sending engine of a broadcast: one send_message per person, in Graph batch requests
// of up to 50 items, at most concurrency() batches in flight, each call under the client's
// rate governor and never retried by the client (CallOptions::retry = false).
//
// At most once: the people of a batch are marked `sending` in the ledger (a committed,
// durable transaction) before the batch leaves. To spend one durable commit on several
// batches, up to concurrency() batches are marked together (concurrency() - 1 while the
// batches before them are on the network, so a freed slot does not wait for the disk) and
// sent as slots free; a pause, cancel, stop or rate back-off puts the marked ones not sent
// back to pending. If the process dies, those (at most concurrency() - 1 batches besides
// the ones in flight) turn unknown with the rest: never sent twice, at the cost of a few
// people Resume does not reach by itself. Results per person:
// sent (message_id), skipped (why), failed (plain words, code, fbtrace_id), unknown (the request
// left, no answer: never sent again by itself). Items refused for rate (4/17/32/613) go back to
// pending and are sent again after the governor's back-off. 10/1893063 stops the whole broadcast.
//
// Order of work: when a batch comes back, the freed slot's next batch (marked and built
// beforehand) leaves first; the answered results are written to the ledger, the next
// batches marked and their requests built in a low-priority bookkeeping step after the
// events already waiting. Qt hands each request body to its network thread through this
// thread's event loop, so anything done before that hand-over delays every slot.
//
// Contract: start() returns at once. progress() after each batch, once its results are in
// the ledger; paused()/resumed() on
// pause()/resume(); finished(state) exactly once, with state finished, cancelled or
// stopped (stopReason() says why), after the last batch in flight came back. cancel()
// sends no new batch; people never sent are recorded skipped ("cancelled").
class BroadcastRunner : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        qint64 broadcastId = 0;
        QJsonObject message; // the Send API "message" object
        QString messagingType = QStringLiteral("UPDATE");
        QString tag;       // HUMAN_AGENT only
        QString personaId; // optional
        QStringList psids; // pending people, in order
        api::CallOptions options;
    };
    // Checked just before a person's batch leaves: a reason to skip (window closed since the
    // summary, unavailable) or an empty string to send.
    using SkipCheck = std::function<QString(const QString &psid)>;

    BroadcastRunner(api::GraphClient *client, BroadcastLedger *ledger, Setup setup,
                    QObject *parent = nullptr);

    void setConcurrency(int batches) { m_concurrency = std::max(1, batches); }
    void setBatchSize(int items) { m_batchSize = std::clamp(items, 1, 50); }
    void setSkipCheck(SkipCheck check) { m_skipCheck = std::move(check); }
    void setMaxRateRetries(int retries) { m_maxRateRetries = std::max(0, retries); }
    int concurrency() const { return m_concurrency; }

    void start();
    void pause();
    void resume();
    void cancel();

    bool isPaused() const { return m_paused; }
    bool isFinished() const { return m_finished; }
    int total() const { return int(m_setup.psids.size()); }
    int done() const { return int(m_results.size()); }
    int requestsSent() const { return m_requestsSent; }
    // Batches on the network now (sent, not answered).
    int inFlight() const { return m_inFlight; }
    // Milliseconds left at the pace so far; -1 before the first batch came back.
    qint64 msRemaining() const;
    QString stopReason() const { return m_stopReason; }
    // Per person, in the order they were settled.
    const QList<RecipientResult> &results() const { return m_results; }
    int count(const QString &state) const { return m_counts.value(state); }
    // The Send API input of one person (what a batch item carries).
    QJsonObject sendInput(const QString &psid) const;

Q_SIGNALS:
    // After the results of each answered batch are in the ledger (so a little after the
    // batch came back: the next batch leaves first).
    void progress(int done, int total, qint64 msRemaining);
    void recipientsSettled(const QList<mdesk::models::RecipientResult> &results);
    void paused();
    void resumed();
    void finished(const QString &state);

protected:
    bool event(QEvent *event) override;

private:
    void pump();
    // Takes up to batchCount batches from the queue (people the skip check refuses are
    // settled skipped) and asks the ledger to mark them `sending` in one commit: one
    // durable write for several batches. onMarked() puts what it marked in m_ready.
    void markAhead(int batchCount);
    void onMarked(const QList<QStringList> &batches, const std::optional<QStringList> &marked,
                  const QString &error);
    void markPending(const QStringList &psids); // refused for rate, or marked and not sent
    // Posts the bookkeeping (bookkeepingEvent, low priority) once: the answered batches'
    // results recorded and told (recordAnswered), the next batches marked, pump().
    void scheduleBookkeeping();
    void recordAnswered();
    // Marked batches not sent yet go back to pending (or skipped when cancelled).
    void releaseReady();
    // A batch marked `sending`, with its request once built.
    struct ReadyBatch
    {
        QStringList psids;
        std::optional<std::variant<api::CallPlan, api::GraphError>> plan;
    };
    void planReady(); // builds the requests of the ready batches that have none
    std::variant<api::CallPlan, api::GraphError> planBatch(const QStringList &psids) const;
    void sendMarked(ReadyBatch batch);
    void onBatchFinished(const QStringList &psids, const api::GraphResult &result);
    // In the ledger, then account()ed.
    void settle(const QList<RecipientResult> &results);
    void account(const QList<RecipientResult> &results); // in memory; recipientsSettled()
    LedgerQueue::Done stateWritten(); // for Paused and Running
    void stop(const QString &reason);
    void finishIfDone();
    void ledgerFailed(const QString &what, const QString &error);

    api::GraphClient *m_client;
    LedgerQueue *m_ledger; // the ledger's writes, in order, off this thread when it can
    Setup m_setup;
    SkipCheck m_skipCheck;
    QList<QString> m_queue;
    QList<ReadyBatch> m_ready; // marked `sending`, not sent yet
    QHash<QString, int> m_rateRetries;
    int m_inFlight = 0;
    bool m_bookkeepingPosted = false;
    bool m_marking = false; // a markSending() asked, not answered
    // Answered, not in the ledger yet. Lost if the runner is destroyed mid-run: those rows
    // stay `sending` and the next start makes them unknown, as for a crash. Never twice.
    QList<QList<RecipientResult>> m_unrecorded;
    QTimer *m_backoff;
    QList<RecipientResult> m_results;
    QHash<QString, int> m_counts;
    QElapsedTimer m_clock;
    int m_concurrency = 4;
    int m_batchSize = 50;
    int m_maxRateRetries = 8;
    int m_requestsSent = 0;
    bool m_started = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_stopped = false;
    bool m_finished = false;
    QString m_stopReason;
};

} // namespace mdesk::models
