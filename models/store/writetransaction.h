#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mdesk::store {

// A write transaction on one connection, committed by commit() and rolled back when it
// goes out of scope without one. The outermost one is BEGIN IMMEDIATE: it takes the write
// lock up front, so a second writer (the GUI and a CLI run on one file) waits through the
// busy timeout instead of failing with "database is locked" when it upgrades a read.
// Nested ones on the same connection and thread are savepoints.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN (or SAVEPOINT) succeeded; false with lastError() saying why.
    bool isActive() const { return m_active; }
    bool commit();
    const QString &lastError() const { return m_error; }

private:
    bool exec(const QString &statement);

    QSqlDatabase m_database;
    QString m_savepoint; // empty for the outermost transaction
    QString m_error;
    bool m_active = false;
};

} // namespace mdesk::store
