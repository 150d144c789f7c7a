#pragma once

#include "api/graphevent.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <vector>

namespace mdesk::store {

class Database;

// The event journal's writer thread, with its own connection. The GUI thread only queues
// (a copy of each event: its JSON is implicitly shared); this thread serializes the events
// and appends them in transactions of at most a few thousand rows, every flush interval or
// as soon as enough are queued, and applies the retention now and then.
class EventJournalWriter : public QThread
{
    Q_OBJECT
public:
    struct Retention
    {
        int maxAgeDays = 90;
        qint64 maxEvents = 1000000;
    };

    EventJournalWriter(Database &database, QString runId, QObject *parent = nullptr);
    ~EventJournalWriter() override; // stop(), wait()

    void setRetention(Retention retention);
    Retention retention() const;
    void setFlushInterval(int ms) { m_intervalMs = std::max(1, ms); }

    // Thread-safe.
    void enqueue(const api::GraphEvent &event);
    // Blocks until everything queued before the call is written (or the writer stopped).
    void flush();
    // Applies the retention on the next turn (and waits for it).
    void pruneNow();
    // Writes what is queued, then ends the thread.
    void stop();

    qint64 writtenCount() const;

Q_SIGNALS:
    // From the writer thread (connect queued): a batch could not be written.
    void writeFailed(const QString &message);

protected:
    void run() override;

private:
    bool writeBatch(std::vector<api::GraphEvent> &batch);
    void prune();

    Database &m_database;
    const QString m_runId;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_done;
    std::vector<api::GraphEvent> m_queue;
    qint64 m_queuedTotal = 0;  // events ever enqueued
    qint64 m_writtenTotal = 0; // events ever taken from the queue and handled
    qint64 m_sinceLastPrune = 0;
    std::atomic<int> m_intervalMs = 200;
    bool m_stop = false;
    bool m_pruneRequested = false;
    int m_pruneGeneration = 0;
    Retention m_retention;
};

} // namespace mdesk::store
