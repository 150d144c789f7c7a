#include "models/store/writetransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace mdesk::store {

namespace {

// Open transactions per connection name; a connection belongs to one thread.
thread_local QHash<QString, int> t_depth;

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    int &depth = t_depth[m_database.connectionName()];
    if (depth > 0)
        m_savepoint = QStringLiteral("mdesk_sp%1").arg(depth);
    m_active = exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                          : QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (m_active)
        ++depth;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    --t_depth[m_database.connectionName()];
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    const bool ok = exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                               : QStringLiteral("RELEASE ") + m_savepoint);
    if (!ok)
        return false; // still active: the destructor rolls back
    m_active = false;
    --t_depth[m_database.connectionName()];
    return true;
}

bool WriteTransaction::exec(const QString &statement)
{
    QSqlQuery query(m_database);
    if (query.exec(statement))
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace mdesk::store
