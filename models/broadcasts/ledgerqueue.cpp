#include "models/broadcasts/ledgerqueue.h"

#include "models/broadcasts/broadcastledger.h"

#include <QThread>

namespace mdesk::models {

LedgerQueue::LedgerQueue(BroadcastLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
{
    if (!m_ledger->writesFromAnyThread())
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("broadcast-ledger"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

LedgerQueue::~LedgerQueue()
{
    shutDown();
}

void LedgerQueue::shutDown()
{
    if (!m_thread)
        return;
    // Queued behind every call asked, so they all run first; the ledger lets go of what it
    // holds for the thread (its database connection) on the thread itself.
    BroadcastLedger *ledger = m_ledger;
    QMetaObject::invokeMethod(
        m_worker,
        [ledger] {
            ledger->releaseThread();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr; // deleted on the thread's end
}

void LedgerQueue::post(std::function<std::function<void()>()> call)
{
    ++m_pending;
    auto run = [this, call = std::move(call)] {
        std::function<void()> completion = call();
        QMetaObject::invokeMethod(
            this,
            [this, completion = std::move(completion)] {
                --m_pending;
                completion();
            },
            Qt::QueuedConnection);
    };
    if (m_thread)
        QMetaObject::invokeMethod(m_worker, std::move(run), Qt::QueuedConnection);
    else
        run();
}

void LedgerQueue::markSending(qint64 broadcastId, const QStringList &psids, MarkDone done)
{
    post([this, broadcastId, psids, done = std::move(done)] {
        QString error;
        auto marked = m_ledger->markSending(broadcastId, psids, &error);
        return std::function<void()>([done, marked, error] { done(marked, error); });
    });
}

void LedgerQueue::markPending(qint64 broadcastId, const QStringList &psids, Done done)
{
    post([this, broadcastId, psids, done = std::move(done)] {
        QString error;
        const bool ok = m_ledger->markPending(broadcastId, psids, &error);
        return std::function<void()>([done, ok, error] { done(ok, error); });
    });
}

void LedgerQueue::record(qint64 broadcastId, const QList<RecipientResult> &results, Done done)
{
    post([this, broadcastId, results, done = std::move(done)] {
        QString error;
        const bool ok = m_ledger->record(broadcastId, results, &error);
        return std::function<void()>([done, ok, error] { done(ok, error); });
    });
}

void LedgerQueue::setBroadcastState(qint64 broadcastId, const QString &state, const QString &note,
                                    Done done)
{
    post([this, broadcastId, state, note, done = std::move(done)] {
        QString error;
        const bool ok = m_ledger->setBroadcastState(broadcastId, state, note, &error);
        return std::function<void()>([done, ok, error] { done(ok, error); });
    });
}

} // namespace mdesk::models

#include "moc_ledgerqueue.cpp"
