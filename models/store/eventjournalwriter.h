#pragma once

#include "api/graphevent.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <vector>

class QSqlQuery;

namespace mdesk::store {

class Database;

// The event journal's writer thread, with its own connection. The GUI thread only queues
// (a copy of each event: its JSON is implicitly shared); this thread serializes the events
// and appends them in transactions of at most a few thousand rows, every flush interval or
// as soon as enough are queued, and applies the retention now and then.
//
// Writing::OnTheCallersThread: no thread is started (the owner never calls start()); the
// queue is written on the caller's thread and connection by writeQueuedHere(), flush(),
// pruneNow() and stop(). A short CLI run then opens one connection, not two: a second one
// costs about as much as the run's request (issue 18, CLI vs curl).
class EventJournalWriter : public QThread
{
    Q_OBJECT
public:
    struct Retention
    {
        int maxAgeDays = 90;
        qint64 maxEvents = 1000000;
    };

    enum class Writing { OnItsOwnThread, OnTheCallersThread };

    EventJournalWriter(Database &database, QString runId, Writing writing = Writing::OnItsOwnThread,
                       QObject *parent = nullptr);
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
    // OnTheCallersThread: writes what is queued now, on this thread (and prunes when due).
    void writeQueuedHere();

    qint64 writtenCount() const;

    // The one INSERT of the journal, and its values for an event of a run. SkipKnownIds
    // leaves out an event whose id the journal holds already (events taken in from the
    // spool a second time).
    enum class Insert { Always, SkipKnownIds };
    static QString insertStatement(Insert insert);
    static void bindEvent(QSqlQuery &query, const api::GraphEvent &event, const QString &runId,
                          Insert insert);

Q_SIGNALS:
    // From the thread that wrote: a batch could not be written.
    void writeFailed(const QString &message);

protected:
    void run() override;

private:
    bool writeBatch(std::vector<api::GraphEvent> &batch);
    void writeChunks(std::vector<api::GraphEvent> &batch);
    bool pruneDue() const;
    void pruneAndTell();
    void prune();

    Database &m_database;
    const QString m_runId;
    const Writing m_writing;
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
