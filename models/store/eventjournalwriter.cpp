#include "eventjournalwriter.h"

#include "database.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mdesk::store {

namespace {

constexpr std::size_t kBatchRows = 5000; // rows per transaction
constexpr std::size_t kWakeAt = 2000;    // queued events that wake the writer early
constexpr qint64 kPruneEvery = 20000;    // events written between retention passes
constexpr int kPruneChunk = 20000;       // rows deleted per transaction
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

EventJournalWriter::EventJournalWriter(Database &database, QString runId, Writing writing,
                                       QObject *parent)
    : QThread(parent)
    , m_database(database)
    , m_runId(std::move(runId))
    , m_writing(writing)
{
    setObjectName(QStringLiteral("mdesk event journal"));
}

EventJournalWriter::~EventJournalWriter()
{
    stop();
    wait();
}

void EventJournalWriter::setRetention(Retention retention)
{
    QMutexLocker lock(&m_mutex);
    m_retention = retention;
}

EventJournalWriter::Retention EventJournalWriter::retention() const
{
    QMutexLocker lock(&m_mutex);
    return m_retention;
}

void EventJournalWriter::enqueue(const api::GraphEvent &event)
{
    QMutexLocker lock(&m_mutex);
    if (m_stop)
        return;
    m_queue.push_back(event);
    ++m_queuedTotal;
    if (m_queue.size() >= kWakeAt)
        m_wake.wakeOne();
}

void EventJournalWriter::flush()
{
    if (m_writing == Writing::OnTheCallersThread) {
        writeQueuedHere();
        return;
    }
    QMutexLocker lock(&m_mutex);
    const qint64 target = m_queuedTotal;
    m_wake.wakeOne();
    while (m_writtenTotal < target && isRunning())
        m_done.wait(&m_mutex, 100);
}

void EventJournalWriter::pruneNow()
{
    if (m_writing == Writing::OnTheCallersThread) {
        {
            QMutexLocker lock(&m_mutex);
            m_pruneRequested = true;
        }
        writeQueuedHere();
        return;
    }
    QMutexLocker lock(&m_mutex);
    const int generation = m_pruneGeneration;
    m_pruneRequested = true;
    m_wake.wakeOne();
    while (m_pruneGeneration == generation && isRunning())
        m_done.wait(&m_mutex, 100);
}

void EventJournalWriter::stop()
{
    if (m_writing == Writing::OnTheCallersThread)
        writeQueuedHere();
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    m_wake.wakeOne();
}

qint64 EventJournalWriter::writtenCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_writtenTotal;
}

void EventJournalWriter::run()
{
    // Open this thread's connection now, while the first call is still on the network: a
    // short CLI run would otherwise open it only after the answer, on its way out.
    m_database.connection();
    for (;;) {
        std::vector<api::GraphEvent> batch;
        bool stopping = false;
        bool pruneRequested = false;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_stop && !m_pruneRequested && m_queue.size() < kWakeAt)
                m_wake.wait(&m_mutex, static_cast<unsigned long>(m_intervalMs.load()));
            batch.swap(m_queue);
            stopping = m_stop;
            pruneRequested = m_pruneRequested;
        }
        writeChunks(batch);
        if (pruneRequested || pruneDue())
            pruneAndTell();
        if (stopping) {
            QMutexLocker lock(&m_mutex);
            if (m_queue.empty())
                break;
        }
    }
    m_database.closeThreadConnection();
    QMutexLocker lock(&m_mutex);
    m_done.wakeAll();
}

void EventJournalWriter::writeChunks(std::vector<api::GraphEvent> &batch)
{
    for (std::size_t from = 0; from < batch.size(); from += kBatchRows) {
        const std::size_t to = std::min(batch.size(), from + kBatchRows);
        std::vector<api::GraphEvent> chunk(std::make_move_iterator(batch.begin() + qsizetype(from)),
                                           std::make_move_iterator(batch.begin() + qsizetype(to)));
        writeBatch(chunk);
        QMutexLocker lock(&m_mutex);
        m_writtenTotal += qint64(chunk.size());
        m_sinceLastPrune += qint64(chunk.size());
        m_done.wakeAll();
    }
}

bool EventJournalWriter::pruneDue() const
{
    QMutexLocker lock(&m_mutex);
    return m_sinceLastPrune >= kPruneEvery;
}

void EventJournalWriter::pruneAndTell()
{
    prune();
    QMutexLocker lock(&m_mutex);
    m_sinceLastPrune = 0;
    m_pruneRequested = false;
    ++m_pruneGeneration;
    m_done.wakeAll();
}

void EventJournalWriter::writeQueuedHere()
{
    std::vector<api::GraphEvent> batch;
    bool pruneRequested = false;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_queue);
        pruneRequested = m_pruneRequested;
    }
    writeChunks(batch);
    if (pruneRequested || pruneDue())
        pruneAndTell();
}

bool EventJournalWriter::writeBatch(std::vector<api::GraphEvent> &batch)
{
    if (batch.empty())
        return true;
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db);
    QString error = tx.error();
    if (tx.isActive()) {
        QSqlQuery query(db);
        query.prepare(insertStatement(Insert::Always));
        for (const api::GraphEvent &event : batch) {
            bindEvent(query, event, m_runId, Insert::Always);
            if (!query.exec()) {
                error = query.lastError().text();
                break;
            }
        }
        if (error.isEmpty() && tx.commit())
            return true;
        if (error.isEmpty())
            error = tx.error();
    }
    Q_EMIT writeFailed(
        QCoreApplication::translate("mdesk::store::EventJournal",
                                    "%n event(s) could not be written to the local database: %1",
                                    nullptr, int(batch.size()))
            .arg(error));
    return false;
}

QString EventJournalWriter::insertStatement(Insert insert)
{
    const QString columns =
        QStringLiteral("INSERT INTO events (event_id, tx_id, topic, outcome, app_id, page_id, op,"
                       " occurred_at, run_id, json) ");
    if (insert == Insert::Always)
        return columns + QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return columns + QStringLiteral("SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                                    " (SELECT 1 FROM events WHERE event_id = ?)");
}

void EventJournalWriter::bindEvent(QSqlQuery &query, const api::GraphEvent &event,
                                   const QString &runId, Insert insert)
{
    query.addBindValue(event.id);
    query.addBindValue(event.transactionId);
    query.addBindValue(event.topic);
    query.addBindValue(api::outcomeName(event.outcome));
    query.addBindValue(event.appId);
    query.addBindValue(event.pageId);
    query.addBindValue(event.op);
    query.addBindValue(event.occurredAt.isValid() ? event.occurredAt.toMSecsSinceEpoch()
                                                  : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(runId);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact)));
    if (insert == Insert::SkipKnownIds)
        query.addBindValue(event.id);
}

void EventJournalWriter::prune()
{
    const Retention retention = this->retention();
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return;
    qint64 cutoffSeq = 0;
    {
        QSqlQuery query(db);
        // Everything older than maxAgeDays, and everything before the newest maxEvents.
        if (query.exec(QStringLiteral("SELECT max(seq) FROM events")) && query.next())
            cutoffSeq = std::max<qint64>(0, query.value(0).toLongLong() - retention.maxEvents);
        query.prepare(QStringLiteral("SELECT max(seq) FROM events WHERE occurred_at < ?"));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch() - retention.maxAgeDays * kDayMs);
        if (query.exec() && query.next() && !query.value(0).isNull())
            cutoffSeq = std::max(cutoffSeq, query.value(0).toLongLong());
    }
    // Small transactions, so a GUI or CLI writing at the same time waits only briefly.
    for (;;) {
        WriteTransaction tx(db);
        if (!tx.isActive())
            return;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM events WHERE seq IN (SELECT seq FROM events"
                                     " WHERE seq <= ? ORDER BY seq LIMIT ?)"));
        query.addBindValue(cutoffSeq);
        query.addBindValue(kPruneChunk);
        if (!query.exec() || !tx.commit())
            return;
        if (query.numRowsAffected() < kPruneChunk)
            return;
    }
}

} // namespace mdesk::store

#include "moc_eventjournalwriter.cpp"
