#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mdesk::store {

// A write transaction that starts with BEGIN IMMEDIATE: the write lock is taken at the
// start (waiting up to the busy timeout for the other process), so a GUI and a CLI writing
// at once never fail with "database is locked" half way. Rolls back unless commit() ran.
//
//     WriteTransaction tx(db);
//     if (!tx.isActive()) return false;
//     ... QSqlQuery query(db); ...
//     return tx.commit();
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    // The last SQLite error text (begin or commit); empty when none.
    const QString &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace mdesk::store
