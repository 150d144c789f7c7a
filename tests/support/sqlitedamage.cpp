#include "sqlitedamage.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mdesk::testsupport {

QString damageTableLeaf(const QString &path, const QString &table, int leafIndex)
{
    const QString connection = QStringLiteral("mdesk_testsupport_damage");
    QString error;
    qint64 pageSize = 0;
    qint64 page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND "
                                         "pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET ?"));
            query.addBindValue(table);
            query.addBindValue(leafIndex);
            if (!QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                error = QStringLiteral("the WAL could not be folded in");
            else if (!query.exec() || !query.next())
                error = QStringLiteral("%1 has no leaf page %2").arg(table).arg(leafIndex);
            else
                page = query.value(0).toLongLong();
            QSqlQuery size(db);
            if (size.exec(QStringLiteral("PRAGMA page_size")) && size.next())
                pageSize = size.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        return error;
    QFile file(path);
    if (page < 2 || pageSize <= 0 || !file.open(QIODevice::ReadWrite) ||
        !file.seek((page - 1) * pageSize) ||
        file.write(QByteArray(int(pageSize), '\xA5')) != pageSize)
        return QStringLiteral("page %1 of %2 could not be overwritten").arg(page).arg(path);
    return {};
}

} // namespace mdesk::testsupport
