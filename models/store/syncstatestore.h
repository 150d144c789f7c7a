#pragma once

#include <QString>
#include <optional>

namespace mdesk::store {

class Database;

// Where a Page's conversation sync stands (the sync_state table).
struct SyncState
{
    // The newest thread updated_time a *finished* sync held: every thread updated at or
    // before it is in the contacts table. nullopt: never finished.
    std::optional<qint64> newestUpdatedTime;
    // An unfinished sync's after-cursor: the list pages before it are stored, the rest
    // (down to newestUpdatedTime) is not. Empty when there is nothing to resume.
    QString resumeAfter;
    bool finished = false;
};

// Reads and writes one Page's row of sync_state; false / nullopt with lastError() when
// SQLite refused. Writes autocommit unless inside a WriteTransaction.
class SyncStateStore
{
public:
    SyncStateStore(Database &database, QString pageId);

    const QString &lastError() const { return m_error; }

    // The Page's state; a default SyncState when it was never synced.
    std::optional<SyncState> load();
    bool save(const SyncState &state);

private:
    Database &m_database;
    QString m_pageId;
    QString m_error;
};

} // namespace mdesk::store
