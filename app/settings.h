#pragma once

#include "models/pageref.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

class QSettings;

namespace mdesk::app {

// A Facebook app the user manages. Only non-secret data: whether a secret exists is a
// flag, the secret itself lives in the keychain (SecretStore::appSecretKey).
struct AppEntry
{
    QString id;
    QString name;
    QString graphVersion; // empty: use Settings::graphVersion()
    QUrl baseUrl;         // empty: the public Graph API
    bool hasSecret = false;

    friend bool operator==(const AppEntry &, const AppEntry &) = default;
};

// A Page reachable through an app. Its token lives in the keychain (SecretStore::pageTokenKey).
struct PageEntry
{
    QString appId;
    QString id;
    QString name;

    models::PageRef ref() const { return {appId, id}; }

    friend bool operator==(const PageEntry &, const PageEntry &) = default;
};

// Typed access to the non-secret settings, one getter/setter pair per key, each with its
// default. Nothing secret may ever be stored here: QSettings is a plain-text file.
//
// Layout: general keys at the top level; apps as groups "apps/<appId>/..."; pages as
// groups "pages/<appId>/<pageId>/...". Ids are checked with models::PageRef::isValidId so
// they are always safe group names.
class Settings
{
public:
    static constexpr int DefaultEventLogCapacity = 50000;
    static constexpr int MinEventLogCapacity = 1000;
    static constexpr int MaxEventLogCapacity = 1000000;

    // The application's settings (organization and application name of QCoreApplication).
    Settings();
    // An INI file at a given path; tests use this with a temporary file.
    explicit Settings(const QString &iniFilePath);
    ~Settings();

    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QString fileName() const;
    // Writes pending changes; returns false if the file could not be written.
    bool sync();

    // Graph API version used when an app does not name its own (e.g. "v23.0").
    QString graphVersion() const;
    void setGraphVersion(const QString &version);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    std::optional<models::PageRef> lastPage() const;
    void setLastPage(const models::PageRef &page);
    void clearLastPage();

    // How many events the live log keeps; clamped to [MinEventLogCapacity, MaxEventLogCapacity].
    int eventLogCapacity() const;
    void setEventLogCapacity(int capacity);

    // Apps, sorted by id.
    QList<AppEntry> apps() const;
    std::optional<AppEntry> app(const QString &appId) const;
    // Adds or replaces an app; false (and nothing written) when the id is not valid.
    bool upsertApp(const AppEntry &app);
    // Removes the app and all its pages.
    void removeApp(const QString &appId);

    // Pages of all apps, sorted by app id then page id.
    QList<PageEntry> pages() const;
    QList<PageEntry> pages(const QString &appId) const;
    std::optional<PageEntry> page(const models::PageRef &ref) const;
    // Adds or replaces a page; false (and nothing written) when an id is not valid.
    bool upsertPage(const PageEntry &page);
    void removePage(const models::PageRef &ref);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace mdesk::app
