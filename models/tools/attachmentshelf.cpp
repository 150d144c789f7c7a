#include "models/tools/attachmentshelf.h"

#include "models/store/attachmentcache.h"

#include <QFile>

namespace mdesk::models {

AttachmentShelf::AttachmentShelf(store::Database &database, const QString &pageId)
    : m_database(database)
    , m_pageId(pageId)
{}

QList<AttachmentShelf::Entry> AttachmentShelf::entries(const QDateTime &now) const
{
    QList<Entry> out;
    store::AttachmentCache cache(m_database);
    for (const store::CachedAttachment &cached : cache.list(m_pageId)) {
        Entry entry;
        entry.type = cached.type;
        entry.attachmentId = cached.attachmentId;
        // Keys are a URL, the composer's "path|size|mtime", or a file's sha256.
        if (cached.sourceKey.contains(QLatin1String("://")))
            entry.source = cached.sourceKey;
        else if (cached.sourceKey.contains(QLatin1Char('|')))
            entry.source = cached.sourceKey.section(QLatin1Char('|'), 0, 0);
        else
            entry.source = QStringLiteral("sha256:") + cached.sourceKey;
        entry.uploadedAt = cached.uploadedAt;
        entry.expiresAt = cached.uploadedAt.addDays(store::AttachmentCache::LifetimeDays);
        entry.ageDays = int(cached.uploadedAt.daysTo(now));
        entry.expired = entry.expiresAt <= now;
        out.append(entry);
    }
    return out;
}

bool AttachmentShelf::remember(const QString &sourceKey, const QString &type,
                               const QString &attachmentId, const QDateTime &now)
{
    store::AttachmentCache cache(m_database);
    return cache.put(m_pageId, sourceKey, type, attachmentId, now);
}

QString AttachmentShelf::keyForFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2.").arg(path, file.errorString());
        return {};
    }
    return store::AttachmentCache::keyForBytes(file.readAll());
}

QString AttachmentShelf::ageText(const Entry &entry, const QDateTime &now)
{
    const int left = int(now.daysTo(entry.expiresAt));
    if (entry.expired)
        return tr("%1 days old; expired %2 days ago, Graph no longer knows it.")
            .arg(entry.ageDays)
            .arg(-left);
    return tr("%1 days old; expires in %2 days (%3).")
        .arg(entry.ageDays)
        .arg(left)
        .arg(entry.expiresAt.date().toString(Qt::ISODate));
}

} // namespace mdesk::models
