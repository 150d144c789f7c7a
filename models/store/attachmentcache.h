#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace mdesk::store {

class Database;

// A reusable attachment id Graph gave for an upload.
struct CachedAttachment
{
    QString type; // image, video, audio, file
    QString attachmentId;
    QDateTime uploadedAt;
    QString sourceKey; // the file's sha256 or the URL
};

// Reusable attachment ids per Page, keyed by the source: the sha256 of a file's bytes, or
// the URL. An id older than LifetimeDays counts as expired (get() gives nothing), so the
// file is uploaded again.
class AttachmentCache
{
public:
    static constexpr int LifetimeDays = 90;

    explicit AttachmentCache(Database &database);

    // The key for a file: its bytes' sha256, in hex.
    static QString keyForBytes(const QByteArray &bytes);

    bool put(const QString &pageId, const QString &sourceKey, const QString &type,
             const QString &attachmentId, const QDateTime &uploadedAt = {});
    std::optional<CachedAttachment> get(const QString &pageId, const QString &sourceKey,
                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Every id kept for the Page, expired ones included, newest first (the Tools tab shows
    // their age and when they expire).
    QList<CachedAttachment> list(const QString &pageId);
    // Forget one id (Graph said it is no longer valid).
    bool remove(const QString &pageId, const QString &sourceKey);
    // Deletes the expired rows; returns how many.
    int removeExpired(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Database &m_database;
};

} // namespace mdesk::store
