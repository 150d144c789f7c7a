#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mdesk::store {
class Database;
}

namespace mdesk::models {

// The reusable attachment ids a Page holds in the local store (store::AttachmentCache),
// with their age and the 90 days after which Graph forgets them. The Attachments form
// lists them and keeps every id an upload gives back here, so the composer of Labels &
// Broadcasts reuses it for the same file or URL.
class AttachmentShelf
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::models::AttachmentShelf)
public:
    struct Entry
    {
        QString type;
        QString attachmentId;
        QString source; // a URL, a file path, or "sha256:<hex>" for a file's bytes
        QDateTime uploadedAt;
        QDateTime expiresAt;
        int ageDays = 0;
        bool expired = false;
    };

    AttachmentShelf(store::Database &database, const QString &pageId);

    QList<Entry> entries(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Keeps an id Graph gave for sourceKey (a URL, or keyForFile()'s key).
    bool remember(const QString &sourceKey, const QString &type, const QString &attachmentId,
                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The store's key for a local file: the sha256 of its bytes (as the composer keys it);
    // empty with *error set when the file cannot be read.
    static QString keyForFile(const QString &path, QString *error);
    // "12 days old, expires in 78 days" or "expired 3 days ago".
    static QString ageText(const Entry &entry, const QDateTime &now);

private:
    store::Database &m_database;
    QString m_pageId;
};

} // namespace mdesk::models
