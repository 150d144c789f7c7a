#include "models/store/syncstatestore.h"

#include "models/store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mdesk::store {

SyncStateStore::SyncStateStore(Database &database, QString pageId)
    : m_database(database)
    , m_pageId(std::move(pageId))
{}

std::optional<SyncState> SyncStateStore::load()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT newest_updated_time, resume_after, finished FROM "
                                 "sync_state WHERE page_id = ?"));
    query.addBindValue(m_pageId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    SyncState state;
    if (!query.next())
        return state;
    if (!query.value(0).isNull())
        state.newestUpdatedTime = query.value(0).toLongLong();
    state.resumeAfter = query.value(1).toString();
    state.finished = query.value(2).toInt() != 0;
    return state;
}

bool SyncStateStore::save(const SyncState &state)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_state (page_id, newest_updated_time, resume_after, finished) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (page_id) DO UPDATE SET "
        "newest_updated_time = excluded.newest_updated_time, "
        "resume_after = excluded.resume_after, finished = excluded.finished"));
    query.addBindValue(m_pageId);
    query.addBindValue(state.newestUpdatedTime ? QVariant(*state.newestUpdatedTime)
                                               : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(state.resumeAfter.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                   : QVariant(state.resumeAfter));
    query.addBindValue(state.finished ? 1 : 0);
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace mdesk::store
