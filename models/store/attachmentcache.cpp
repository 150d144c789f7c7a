#include "attachmentcache.h"

#include "database.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace mdesk::store {

namespace {

qint64 expiryCutoff(const QDateTime &now)
{
    return now.addDays(-AttachmentCache::LifetimeDays).toMSecsSinceEpoch();
}

} // namespace

AttachmentCache::AttachmentCache(Database &database)
    : m_database(database)
{}

QString AttachmentCache::keyForBytes(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool AttachmentCache::put(const QString &pageId, const QString &sourceKey, const QString &type,
                          const QString &attachmentId, const QDateTime &uploadedAt)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO attachments (page_id, source_key, type,"
                                 " attachment_id, uploaded_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(pageId);
    query.addBindValue(sourceKey);
    query.addBindValue(type);
    query.addBindValue(attachmentId);
    query.addBindValue(uploadedAt.isValid() ? uploadedAt.toMSecsSinceEpoch()
                                            : QDateTime::currentMSecsSinceEpoch());
    return query.exec();
}

std::optional<CachedAttachment> AttachmentCache::get(const QString &pageId,
                                                     const QString &sourceKey, const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT type, attachment_id, uploaded_at FROM attachments"
                                 " WHERE page_id = ? AND source_key = ? AND uploaded_at > ?"));
    query.addBindValue(pageId);
    query.addBindValue(sourceKey);
    query.addBindValue(expiryCutoff(now));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return CachedAttachment{query.value(0).toString(), query.value(1).toString(),
                            QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC),
                            sourceKey};
}

QList<CachedAttachment> AttachmentCache::list(const QString &pageId)
{
    QList<CachedAttachment> out;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT type, attachment_id, uploaded_at, source_key FROM"
                                 " attachments WHERE page_id = ? ORDER BY uploaded_at DESC"));
    query.addBindValue(pageId);
    if (!query.exec())
        return out;
    while (query.next())
        out.append({query.value(0).toString(), query.value(1).toString(),
                    QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC),
                    query.value(3).toString()});
    return out;
}

bool AttachmentCache::remove(const QString &pageId, const QString &sourceKey)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM attachments WHERE page_id = ? AND source_key = ?"));
    query.addBindValue(pageId);
    query.addBindValue(sourceKey);
    return query.exec();
}

int AttachmentCache::removeExpired(const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM attachments WHERE uploaded_at <= ?"));
    query.addBindValue(expiryCutoff(now));
    return query.exec() ? query.numRowsAffected() : 0;
}

} // namespace mdesk::store
