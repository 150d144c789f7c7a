#pragma once

#include "api/graphevent.h"
#include "models/store/eventjournalwriter.h"
#include "models/store/eventspool.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>

namespace mdesk::api {
class EventHub;
}

namespace mdesk::store {

class Database;

// One event as the journal holds it.
struct StoredEvent
{
    qint64 seq = 0;
    QString runId;
    api::GraphEvent event;
};

// The event journal: every event of a GraphClient's EventHub, kept in the local store so
// the log and its search outlive the window that showed them.
//
// Contract: append() (and so attach()'s hub) only queues; a writer thread with its own
// connection (or, if so made, the owner's thread on a timer) appends in small transactions, so a
// burst of thousands of events costs the caller's thread a copy each. Events are redacted before
// they exist (api/), so the journal never sees a secret. Each EventJournal is one run with its own
// runId(); the reading functions answer from the caller's thread's connection and include what the
// writer has committed (flush() first to include everything appended so far). Retention:
// events older than maxAgeDays or beyond the newest maxEvents are deleted now and then.
class EventJournal : public QObject
{
    Q_OBJECT
public:
    using Retention = EventJournalWriter::Retention;

    using Writing = EventJournalWriter::Writing;

    // OnItsOwnThread (the app): a writer thread with its own connection. OnTheCallersThread
    // (the CLI): this thread's connection writes, every flush interval, in flush() and in
    // the destructor; no second connection is opened.
    // runId: this run's id (a CLI run that spooled events before it opened the store goes
    // on with the id it gave them); empty: a new one.
    explicit EventJournal(Database &database, Writing writing = Writing::OnItsOwnThread,
                          QObject *parent = nullptr, const QString &runId = {});
    ~EventJournal() override; // writes what is queued, then stops the writer

    const QString &runId() const { return m_runId; }
    void setRetention(Retention retention);
    Retention retention() const;
    // Milliseconds between the writer's transactions when few events come (default 200).
    void setFlushInterval(int ms);

    // Subscribes to a hub's events; several hubs may be attached.
    void attach(api::EventHub *hub);
    void append(const api::GraphEvent &event);
    void flush();
    // Applies the retention now (blocks until done).
    void prune();
    // Writes events of other runs (the spool's) now, on this thread's connection, in one
    // transaction, each with its own run; an event whose id is here already is left out.
    // false: none was written, *error is SQLite's reason.
    bool takeIn(const QList<SpooledEvent> &events, QString *error);

    qint64 count();
    // The newest `limit` events of runs other than this one, oldest first.
    QList<StoredEvent> earlierRuns(int limit);
    // Events of one tx_id, oldest first.
    QList<StoredEvent> findByTxId(const QString &txId, int limit = 1000);
    // The newest `limit` events whose text holds every word of `text`, each word also as a
    // prefix (FTS5 where the file has it, else a LIKE per word), or whose tx_id is `text`;
    // oldest first.
    QList<StoredEvent> search(const QString &text, int limit = 1000);

Q_SIGNALS:
    // A batch could not be written (disk full, file gone): a sentence for the message bar.
    void writeFailed(const QString &message);

private:
    QList<StoredEvent> select(const QString &where, const QVariantList &values, int limit);

    Database &m_database;
    QString m_runId;
    std::unique_ptr<EventJournalWriter> m_writer;
    QTimer m_writeTimer; // OnTheCallersThread: the flush interval
};

} // namespace mdesk::store
