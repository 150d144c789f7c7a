#include "eventjournal.h"

#include "api/eventhub.h"
#include "database.h"
#include "writetransaction.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace mdesk::store {

namespace {

// Words for a full-text query: each one quoted (so "-", ":" or "OR" are plain text), all
// of them required, each also as a prefix ("zeb" finds "zebra", as the log's substring
// filter does). A UUID or an id with dashes becomes a phrase of its parts.
QString ftsQuery(const QStringList &words)
{
    QStringList quoted;
    for (QString word : words)
        quoted << QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                      QStringLiteral("\"*");
    return quoted.join(QLatin1Char(' '));
}

constexpr int kDefaultFlushIntervalMs = 200;

} // namespace

EventJournal::EventJournal(Database &database, Writing writing, QObject *parent,
                           const QString &runId)
    : QObject(parent)
    , m_database(database)
    , m_runId(runId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : runId)
    , m_writer(std::make_unique<EventJournalWriter>(database, m_runId, writing))
{
    // Queued from the writer thread, direct when the writing happens on this thread (so a
    // failure while the journal is destroyed is still told).
    connect(m_writer.get(), &EventJournalWriter::writeFailed, this, &EventJournal::writeFailed);
    if (writing == Writing::OnItsOwnThread) {
        m_writer->start(QThread::LowPriority);
        return;
    }
    m_writeTimer.setInterval(kDefaultFlushIntervalMs);
    connect(&m_writeTimer, &QTimer::timeout, this, [this] { m_writer->writeQueuedHere(); });
    m_writeTimer.start();
}

EventJournal::~EventJournal()
{
    m_writer->stop();
    m_writer->wait();
}

void EventJournal::setRetention(Retention retention)
{
    m_writer->setRetention(retention);
}

EventJournal::Retention EventJournal::retention() const
{
    return m_writer->retention();
}

void EventJournal::setFlushInterval(int ms)
{
    m_writer->setFlushInterval(ms);
    m_writeTimer.setInterval(std::max(1, ms));
}

void EventJournal::attach(api::EventHub *hub)
{
    connect(hub, &api::EventHub::published, this, &EventJournal::append);
}

void EventJournal::append(const api::GraphEvent &event)
{
    m_writer->enqueue(event);
}

void EventJournal::flush()
{
    m_writer->flush();
}

void EventJournal::prune()
{
    m_writer->pruneNow();
}

bool EventJournal::takeIn(const QList<SpooledEvent> &events, QString *error)
{
    using Insert = EventJournalWriter::Insert;
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db);
    QString failure = tx.error();
    if (tx.isActive()) {
        QSqlQuery query(db);
        query.prepare(EventJournalWriter::insertStatement(Insert::SkipKnownIds));
        for (const SpooledEvent &spooled : events) {
            EventJournalWriter::bindEvent(query, spooled.event, spooled.runId,
                                          Insert::SkipKnownIds);
            if (!query.exec()) {
                failure = query.lastError().text();
                break;
            }
        }
        if (failure.isEmpty() && tx.commit())
            return true;
        if (failure.isEmpty())
            failure = tx.error();
    }
    if (error)
        *error = failure;
    return false;
}

qint64 EventJournal::count()
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM events")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

QList<StoredEvent> EventJournal::select(const QString &where, const QVariantList &values, int limit)
{
    QList<StoredEvent> events;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Newest `limit` by seq, returned oldest first.
    query.prepare(QStringLiteral("SELECT seq, run_id, json FROM (SELECT seq, run_id, json FROM"
                                 " events WHERE %1 ORDER BY seq DESC LIMIT ?) ORDER BY seq")
                      .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec()) {
        qWarning("mdesk::store::EventJournal: %s", qPrintable(query.lastError().text()));
        return events;
    }
    while (query.next()) {
        StoredEvent stored;
        stored.seq = query.value(0).toLongLong();
        stored.runId = query.value(1).toString();
        stored.event = api::GraphEvent::fromJson(
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
        events << stored;
    }
    return events;
}

QList<StoredEvent> EventJournal::earlierRuns(int limit)
{
    return select(QStringLiteral("run_id IS NOT ?"), {m_runId}, limit);
}

QList<StoredEvent> EventJournal::findByTxId(const QString &txId, int limit)
{
    return select(QStringLiteral("tx_id = ?"), {txId}, limit);
}

QList<StoredEvent> EventJournal::search(const QString &text, int limit)
{
    const QStringList words =
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (m_database.hasFullTextSearch()) {
        // A list of rowids from both indexes, so neither side scans the table.
        // The index's newest `limit` matches only, so a common word stays quick.
        return select(QStringLiteral("seq IN (SELECT seq FROM events WHERE tx_id = ? UNION"
                                     " SELECT * FROM (SELECT rowid FROM events_fts WHERE"
                                     " events_fts MATCH ? ORDER BY rowid DESC LIMIT %1))")
                          .arg(limit),
                      {text.trimmed(), ftsQuery(words)}, limit);
    }
    QStringList conditions;
    QVariantList values{text.trimmed()};
    for (QString word : words) {
        word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        conditions << QStringLiteral("json LIKE ? ESCAPE '\\'");
        values << QVariant(QLatin1Char('%') + word + QLatin1Char('%'));
    }
    return select(QStringLiteral("tx_id = ? OR (%1)").arg(conditions.join(QStringLiteral(" AND "))),
                  values, limit);
}

} // namespace mdesk::store

#include "moc_eventjournal.cpp"
