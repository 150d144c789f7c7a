#include "models/profile/draftstore.h"

#include "models/jsonfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

namespace mdesk::models {

DraftStore::DraftStore(QString folder)
    : m_folder(folder.isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         QStringLiteral("/drafts")
                   : std::move(folder))
{}

QString DraftStore::filePath(const QString &kind, const PageRef &page) const
{
    // PageRef ids are [A-Za-z0-9_.-] only, so they are safe in a file name.
    return m_folder + QStringLiteral("/%1-%2-%3.json").arg(kind, page.appId, page.pageId);
}

bool DraftStore::save(const QString &kind, const PageRef &page, const QJsonObject &draft)
{
    m_error.clear();
    if (!QDir().mkpath(m_folder)) {
        m_error = QCoreApplication::translate("mdesk::models::DraftStore",
                                              "The draft folder %1 cannot be created.")
                      .arg(m_folder);
        return false;
    }
    const QString path = filePath(kind, page);
    QString reason;
    if (!JsonFile::write(path, QJsonDocument(draft), &reason, QJsonDocument::Compact)) {
        m_error = QCoreApplication::translate("mdesk::models::DraftStore",
                                              "The draft could not be saved to %1: %2.")
                      .arg(path, reason);
        return false;
    }
    return true;
}

std::optional<QJsonObject> DraftStore::load(const QString &kind, const PageRef &page) const
{
    QFile file(filePath(kind, page));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

void DraftStore::remove(const QString &kind, const PageRef &page)
{
    QFile::remove(filePath(kind, page));
}

} // namespace mdesk::models
