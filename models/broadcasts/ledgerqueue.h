#pragma once

#include "models/broadcasts/recipientresult.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class QThread;

namespace mdesk::models {

class BroadcastLedger;

// How BroadcastRunner writes to its ledger. The calls run one at a time, in the order they
// were asked: on a thread of their own when the ledger can be written from any thread
// (BroadcastLedger::writesFromAnyThread(): the store's can, so no commit and no wait for
// the disk holds the GUI thread), else at once on the caller's thread. Each completion
// comes back on the thread that made the queue, as a queued call, in the order asked, and
// never from inside the call that asked.
//
// shutDown() and the destructor wait until every call asked has run (a mark or a result
// is a promise the journal keeps) and end the thread; completions not delivered by then
// are dropped. Calls after shutDown() run on the caller's thread.
class LedgerQueue : public QObject
{
    Q_OBJECT
public:
    using MarkDone = std::function<void(std::optional<QStringList> marked, const QString &error)>;
    using Done = std::function<void(bool ok, const QString &error)>;

    explicit LedgerQueue(BroadcastLedger *ledger, QObject *parent = nullptr);
    ~LedgerQueue() override;

    bool isThreaded() const { return m_thread != nullptr; }
    void shutDown();
    // Calls asked whose completion has not been delivered yet.
    int pending() const { return m_pending; }

    // As BroadcastLedger's calls of the same names.
    void markSending(qint64 broadcastId, const QStringList &psids, MarkDone done);
    void markPending(qint64 broadcastId, const QStringList &psids, Done done);
    void record(qint64 broadcastId, const QList<RecipientResult> &results, Done done);
    void setBroadcastState(qint64 broadcastId, const QString &state, const QString &note,
                           Done done);

private:
    // Runs `call` where the ledger is written; the completion it returns runs here.
    void post(std::function<std::function<void()>()> call);

    BroadcastLedger *m_ledger;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread; the calls are queued to it
    int m_pending = 0;
};

} // namespace mdesk::models
