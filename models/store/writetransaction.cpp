#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mdesk::store {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (!m_db.isOpen()) {
        m_error = QStringLiteral("the store is not open");
        return;
    }
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = query.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

} // namespace mdesk::store
