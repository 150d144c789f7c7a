#pragma once

#include "models/broadcasts/broadcastledger.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <functional>

namespace mdesk::broadcaststest {

// A BroadcastLedger in memory for engine tests: remembers each row's state and every PSID
// ever marked sending, and can be told to refuse writes. A threaded one is written from the
// runner's ledger thread, as the store's is: read its fields during a run through the
// locking getters, or after the runner finished.
class MemoryLedger : public models::BroadcastLedger
{
public:
    explicit MemoryLedger(bool threaded = false)
        : m_threaded(threaded)
    {}

    bool writesFromAnyThread() const override { return m_threaded; }

    std::optional<QStringList> markSending(qint64, const QStringList &psids,
                                           QString *error) override
    {
        QMutexLocker lock(&m_mutex);
        writers.insert(QThread::currentThread());
        if (refuse) {
            fail(error);
            return std::nullopt;
        }
        if (onMarkSending)
            onMarkSending(psids);
        for (const auto &psid : psids) {
            states[psid] = models::RecipientState::Sending;
            everSending.insert(psid);
            ++sendingMarks[psid];
        }
        return psids;
    }
    bool markPending(qint64, const QStringList &psids, QString *error) override
    {
        QMutexLocker lock(&m_mutex);
        writers.insert(QThread::currentThread());
        if (refuse)
            return fail(error);
        for (const auto &psid : psids)
            states[psid] = models::RecipientState::Pending;
        return true;
    }
    bool record(qint64, const QList<models::RecipientResult> &results, QString *error) override
    {
        QMutexLocker lock(&m_mutex);
        writers.insert(QThread::currentThread());
        if (refuse)
            return fail(error);
        for (const auto &result : results)
            states[result.psid] = result.state;
        return true;
    }
    bool setBroadcastState(qint64, const QString &newState, const QString &newNote,
                           QString *) override
    {
        QMutexLocker lock(&m_mutex);
        writers.insert(QThread::currentThread());
        state = newState;
        note = newNote;
        return true;
    }

    bool wasEverSending(const QString &psid) const
    {
        QMutexLocker lock(&m_mutex);
        return everSending.contains(psid);
    }
    QString currentState() const
    {
        QMutexLocker lock(&m_mutex);
        return state;
    }

    QHash<QString, QString> states;
    QHash<QString, int> sendingMarks;
    QSet<QString> everSending;
    QString state;
    QString note;
    bool refuse = false;
    std::function<void(const QStringList &psids)> onMarkSending; // before each mark
    QSet<QThread *> writers; // the threads that wrote

private:
    const bool m_threaded;
    mutable QMutex m_mutex;

    static bool fail(QString *error)
    {
        *error = QStringLiteral("disk full");
        return false;
    }
};

} // namespace mdesk::broadcaststest
