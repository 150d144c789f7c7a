#pragma once

#include <QString>
#include <memory>
#include <optional>

class QSqlQuery;

namespace mdesk::store {

class Database;

// Imports a PSID list of any length into one Page's contacts with bounded memory: PSIDs are
// collected in a TEMP table of this thread's connection (which also drops duplicates of
// the list), and only commit() touches the contacts table, in one statement, so an import
// is all or nothing and holds the write lock only for that moment.
//
// Use: begin(), add() per PSID, then commit() or discard(); the destructor discards.
class PsidImport
{
public:
    PsidImport(Database &database, QString pageId);
    ~PsidImport();
    PsidImport(const PsidImport &) = delete;
    PsidImport &operator=(const PsidImport &) = delete;

    bool begin();
    // true: new in this list; false: a duplicate of an earlier line; nullopt: an error.
    std::optional<bool> add(const QString &psid);
    // Adds the collected PSIDs the Page does not know yet (first_seen = nowMs); how many
    // were added, nullopt on an error (then none is).
    std::optional<int> commit(qint64 nowMs);
    void discard();

    int distinct() const { return m_distinct; }
    const QString &lastError() const { return m_error; }

private:
    bool exec(const QString &statement);

    Database &m_database;
    QString m_pageId;
    QString m_error;
    std::unique_ptr<QSqlQuery> m_insert; // prepared once: an import may hold a million lines
    int m_distinct = 0;
    bool m_active = false;
};

} // namespace mdesk::store
