#include "broadcastjournal.h"

#include "database.h"
#include "writetransaction.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mdesk::store {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString jsonText(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

void warn(const QSqlQuery &query)
{
    qWarning("mdesk::store::BroadcastJournal: %s", qPrintable(query.lastError().text()));
}

const char *const kBroadcastColumns =
    "id, app_id, page_id, name, message_json, audience_json, messaging_type, tag, state, "
    "created, started, finished, scheduled_for, note";

BroadcastRecord broadcastFrom(const QSqlQuery &query)
{
    BroadcastRecord record;
    record.id = query.value(0).toLongLong();
    record.appId = query.value(1).toString();
    record.pageId = query.value(2).toString();
    record.name = query.value(3).toString();
    record.message = jsonObject(query.value(4));
    record.audience = jsonObject(query.value(5));
    record.messagingType = query.value(6).toString();
    record.tag = query.value(7).toString();
    record.state = query.value(8).toString();
    record.created = timeOf(query.value(9));
    record.started = timeOf(query.value(10));
    record.finished = timeOf(query.value(11));
    record.scheduledFor = timeOf(query.value(12));
    record.note = query.value(13).toString();
    return record;
}

// Where a committed row is a promise, the commit waits for the disk.
class FullSync
{
public:
    explicit FullSync(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    ~FullSync() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = NORMAL")); }

private:
    QSqlDatabase m_db;
};

} // namespace

QString recipientStateName(RecipientState state)
{
    switch (state) {
    case RecipientState::Pending:
        return QStringLiteral("pending");
    case RecipientState::Sending:
        return QStringLiteral("sending");
    case RecipientState::Sent:
        return QStringLiteral("sent");
    case RecipientState::Skipped:
        return QStringLiteral("skipped");
    case RecipientState::Failed:
        return QStringLiteral("failed");
    case RecipientState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<RecipientState> recipientStateFromName(const QString &name)
{
    for (auto state : {RecipientState::Pending, RecipientState::Sending, RecipientState::Sent,
                       RecipientState::Skipped, RecipientState::Failed, RecipientState::Unknown})
        if (recipientStateName(state) == name)
            return state;
    return std::nullopt;
}

BroadcastJournal::BroadcastJournal(Database &database)
    : m_database(database)
{}

BroadcastJournal::~BroadcastJournal() = default; // the lock files go with m_claims

QString BroadcastJournal::lockPath(qint64 id) const
{
    return m_database.path() + QStringLiteral(".broadcast-%1.lock").arg(id);
}

qint64 BroadcastJournal::create(BroadcastRecord b, const QList<BroadcastRecipient> &recipients)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return 0;
    if (!b.created.isValid())
        b.created = QDateTime::currentDateTimeUtc();
    if (b.state.isEmpty())
        b.state = QStringLiteral("created");
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO broadcasts (app_id, page_id, name, message_json, audience_json,"
        " messaging_type, tag, state, created, started, finished, scheduled_for, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(b.appId), QVariant(b.pageId), QVariant(b.name), QVariant(jsonText(b.message)),
          QVariant(jsonText(b.audience)), QVariant(b.messagingType), QVariant(b.tag),
          QVariant(b.state), msOrNull(b.created), msOrNull(b.started), msOrNull(b.finished),
          msOrNull(b.scheduledFor), QVariant(b.note)})
        query.addBindValue(value);
    if (!query.exec()) {
        warn(query);
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("INSERT INTO broadcast_recipients (broadcast_id, psid, name,"
                                 " state, reason, updated) VALUES (?, ?, ?, ?, ?, ?)"));
    const qint64 now = nowMs();
    for (const BroadcastRecipient &r : recipients) {
        const RecipientState state =
            r.state == RecipientState::Skipped ? RecipientState::Skipped : RecipientState::Pending;
        query.addBindValue(id);
        query.addBindValue(r.psid);
        query.addBindValue(r.name);
        query.addBindValue(recipientStateName(state));
        query.addBindValue(r.reason);
        query.addBindValue(now);
        if (!query.exec()) {
            warn(query);
            return 0;
        }
    }
    return tx.commit() ? id : 0;
}

bool BroadcastJournal::holdsClaim(qint64 id) const
{
    QMutexLocker lock(&m_claimsMutex);
    return m_claims.contains(id);
}

bool BroadcastJournal::claim(qint64 id)
{
    QMutexLocker locker(&m_claimsMutex);
    if (m_claims.contains(id))
        return true;
    auto lock = std::make_shared<QLockFile>(lockPath(id));
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!lock->tryLock(0))
        return false;
    m_claims.insert(id, lock);
    return true;
}

void BroadcastJournal::release(qint64 id)
{
    QMutexLocker locker(&m_claimsMutex);
    m_claims.remove(id);
}

QStringList BroadcastJournal::markSending(qint64 id, const QStringList &psids)
{
    if (!holdsClaim(id))
        return {};
    QSqlDatabase db = m_database.connection();
    FullSync fullSync(db);
    WriteTransaction tx(db);
    if (!tx.isActive())
        return {};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE broadcast_recipients SET state = 'sending', updated = ?"
                                 " WHERE broadcast_id = ? AND psid = ? AND state = 'pending'"));
    QStringList marked;
    const qint64 now = nowMs();
    for (const QString &psid : psids) {
        query.addBindValue(now);
        query.addBindValue(id);
        query.addBindValue(psid);
        if (!query.exec()) {
            warn(query);
            return {};
        }
        if (query.numRowsAffected() == 1)
            marked << psid;
    }
    return tx.commit() ? marked : QStringList();
}

bool BroadcastJournal::recordResults(qint64 id, const QList<RecipientResult> &results)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE broadcast_recipients SET state = ?, message_id = ?, reason = ?, error_json = ?,"
        " updated = ? WHERE broadcast_id = ? AND psid = ? AND state = 'sending'"));
    bool all = true;
    const qint64 now = nowMs();
    for (const RecipientResult &result : results) {
        if (result.state == RecipientState::Sending || result.state == RecipientState::Skipped) {
            all = false;
            continue;
        }
        query.addBindValue(recipientStateName(result.state));
        query.addBindValue(result.messageId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                      : QVariant(result.messageId));
        query.addBindValue(result.reason);
        query.addBindValue(result.error.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                  : QVariant(jsonText(result.error)));
        query.addBindValue(now);
        query.addBindValue(id);
        query.addBindValue(result.psid);
        if (!query.exec()) {
            warn(query);
            return false;
        }
        all = all && query.numRowsAffected() == 1;
    }
    return tx.commit() && all;
}

std::optional<int> BroadcastJournal::recordSkipped(qint64 id, const QList<RecipientResult> &results)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return std::nullopt;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE broadcast_recipients SET state = 'skipped', reason = ?,"
                                 " error_json = ?, updated = ? WHERE broadcast_id = ? AND psid = ?"
                                 " AND state IN ('pending', 'sending')"));
    int skipped = 0;
    const qint64 now = nowMs();
    for (const RecipientResult &result : results) {
        query.addBindValue(result.reason);
        query.addBindValue(result.error.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                  : QVariant(jsonText(result.error)));
        query.addBindValue(now);
        query.addBindValue(id);
        query.addBindValue(result.psid);
        if (!query.exec()) {
            warn(query);
            return std::nullopt;
        }
        skipped += query.numRowsAffected() == 1 ? 1 : 0;
    }
    if (!tx.commit())
        return std::nullopt;
    return skipped;
}

bool BroadcastJournal::setState(qint64 id, const QString &state, const QString &note)
{
    QSqlQuery query(m_database.connection());
    query.prepare(note.isEmpty()
                      ? QStringLiteral("UPDATE broadcasts SET state = ? WHERE id = ?")
                      : QStringLiteral("UPDATE broadcasts SET state = ?, note = ? WHERE id = ?"));
    query.addBindValue(state);
    if (!note.isEmpty())
        query.addBindValue(note);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool BroadcastJournal::markStarted(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE broadcasts SET state = 'running',"
                                 " started = coalesce(started, ?) WHERE id = ?"));
    query.addBindValue(nowMs());
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool BroadcastJournal::markFinished(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE broadcasts SET state = 'finished', finished = ? WHERE id = ?"));
    query.addBindValue(nowMs());
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

QMap<RecipientState, int> BroadcastJournal::counts(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state, count(*) FROM broadcast_recipients"
                                 " WHERE broadcast_id = ? GROUP BY state"));
    query.addBindValue(id);
    QMap<RecipientState, int> counts;
    if (!query.exec())
        return counts;
    while (query.next())
        if (const auto state = recipientStateFromName(query.value(0).toString()))
            counts.insert(*state, query.value(1).toInt());
    return counts;
}

std::optional<BroadcastRecord> BroadcastJournal::broadcast(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM broadcasts WHERE id = ?")
                      .arg(QLatin1String(kBroadcastColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return broadcastFrom(query);
}

QList<BroadcastRecord> BroadcastJournal::list(const QString &pageId, int limit)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM broadcasts %2 ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(kBroadcastColumns),
                           pageId.isEmpty() ? QString() : QStringLiteral("WHERE page_id = ?")));
    if (!pageId.isEmpty())
        query.addBindValue(pageId);
    query.addBindValue(limit);
    QList<BroadcastRecord> records;
    if (!query.exec())
        return records;
    while (query.next())
        records << broadcastFrom(query);
    return records;
}

QList<BroadcastRecipient>
BroadcastJournal::recipients(qint64 id, std::optional<RecipientState> state, int limit, int offset)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT psid, name, state, message_id, reason, error_json, updated"
                                 " FROM broadcast_recipients WHERE broadcast_id = ? %1"
                                 " ORDER BY psid LIMIT ? OFFSET ?")
                      .arg(state ? QStringLiteral("AND state = ?") : QString()));
    query.addBindValue(id);
    if (state)
        query.addBindValue(recipientStateName(*state));
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<BroadcastRecipient> rows;
    if (!query.exec()) {
        warn(query);
        return rows;
    }
    while (query.next()) {
        BroadcastRecipient row;
        row.psid = query.value(0).toString();
        row.name = query.value(1).toString();
        row.state =
            recipientStateFromName(query.value(2).toString()).value_or(RecipientState::Unknown);
        row.messageId = query.value(3).toString();
        row.reason = query.value(4).toString();
        row.error = jsonObject(query.value(5));
        row.updated = query.value(6).toLongLong();
        rows << row;
    }
    return rows;
}

BroadcastJournal::Recovery BroadcastJournal::recoverInterrupted()
{
    Recovery recovery;
    QSqlDatabase db = m_database.connection();
    QList<qint64> ids;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral(
                "SELECT DISTINCT broadcast_id FROM broadcast_recipients WHERE state = 'sending'")))
            return recovery;
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    for (const qint64 id : std::as_const(ids)) {
        const bool ownClaim = holdsClaim(id);
        if (ownClaim)
            continue; // this journal is sending it right now
        if (!claim(id))
            continue; // another process is sending it right now
        FullSync fullSync(db);
        WriteTransaction tx(db);
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "UPDATE broadcast_recipients SET state = 'unknown', updated = ?, reason = ?"
            " WHERE broadcast_id = ? AND state = 'sending'"));
        query.addBindValue(nowMs());
        query.addBindValue(QStringLiteral("interrupted while sending"));
        query.addBindValue(id);
        const bool updated = tx.isActive() && query.exec();
        const int rows = updated ? query.numRowsAffected() : 0;
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE broadcasts SET state = 'interrupted' WHERE id = ?"));
        mark.addBindValue(id);
        if (updated && mark.exec() && tx.commit()) {
            recovery.recipients += rows;
            ++recovery.broadcasts;
        }
        release(id);
    }
    return recovery;
}

} // namespace mdesk::store
