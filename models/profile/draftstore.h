#pragma once

#include "models/pageref.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace mdesk::models {

// Keeps editor drafts on disk so they survive a crash or a restart: one JSON file per page
// and editor under the app data folder (drafts/<kind>-<app>-<page>.json), written
// atomically. Drafts hold only what the user typed, never a token.
class DraftStore
{
public:
    // folder empty: <AppDataLocation>/drafts.
    explicit DraftStore(QString folder = {});

    const QString &folder() const { return m_folder; }
    QString filePath(const QString &kind, const PageRef &page) const;

    // False when the file could not be written; error() says why.
    bool save(const QString &kind, const PageRef &page, const QJsonObject &draft);
    std::optional<QJsonObject> load(const QString &kind, const PageRef &page) const;
    void remove(const QString &kind, const PageRef &page);
    const QString &error() const { return m_error; }

private:
    QString m_folder;
    QString m_error;
};

} // namespace mdesk::models
