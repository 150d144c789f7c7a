#include "accountloader.h"

#include "api/graphclient.h"

#include <QTimer>

namespace mdesk::app {

AccountLoader::AccountLoader(Settings &settings, SecretStore &secrets, api::GraphClient &client,
                             EnvironmentOverrides env, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_client(client)
    , m_env(std::move(env))
{
    connect(&m_secrets, &SecretStore::finished, this, &AccountLoader::onSecret);
}

void AccountLoader::load(const QString &onlyAppId, const QString &onlyPageId)
{
    m_loading = true;
    m_problems.clear();
    QList<AppEntry> apps = m_settings.apps();
    if (!onlyAppId.isEmpty()) {
        apps.removeIf([&onlyAppId](const AppEntry &app) { return app.id != onlyAppId; });
        if (apps.isEmpty())
            apps.append(AppEntry{onlyAppId, onlyAppId, {}, {}, false});
    }
    for (const AppEntry &entry : apps) {
        api::AppConnection connection;
        connection.appId = entry.id;
        connection.name = entry.name;
        if (!m_env.graphUrl.isEmpty())
            connection.baseUrl = m_env.graphUrl;
        else if (!entry.baseUrl.isEmpty())
            connection.baseUrl = entry.baseUrl;
        const QString version = !m_env.graphVersion.isEmpty()   ? m_env.graphVersion
                                : !entry.graphVersion.isEmpty() ? entry.graphVersion
                                                                : m_settings.graphVersion();
        if (const auto parsed = api::GraphVersion::parse(version); parsed.isValid())
            connection.version = parsed;
        connection.appSecret = m_env.appSecret;
        connection.appToken = m_env.appToken;
        m_client.setApp(connection);

        const QString appId = entry.id;
        // Credentials from the environment take the place of the keychain: a script's call
        // touches neither the keychain nor D-Bus (and waits for neither).
        const bool keychain = !m_env.hasCredentials();
        if (keychain && m_env.appSecret.isEmpty() && entry.hasSecret)
            readSecret(SecretStore::appSecretKey(appId), [this, appId](const QString &secret) {
                api::AppConnection updated = *m_client.app(appId);
                updated.appSecret = secret;
                m_client.setApp(updated);
            });
        if (keychain && m_env.appToken.isEmpty())
            readSecret(SecretStore::appTokenKey(appId), [this, appId](const QString &token) {
                api::AppConnection updated = *m_client.app(appId);
                updated.appToken = token;
                m_client.setApp(updated);
            });
        QList<PageEntry> pages = m_settings.pages(appId);
        if (!onlyPageId.isEmpty()) {
            pages.removeIf([&onlyPageId](const PageEntry &page) { return page.id != onlyPageId; });
            if (pages.isEmpty())
                pages.append(PageEntry{appId, onlyPageId, onlyPageId});
        }
        for (const PageEntry &page : pages) {
            const QString pageId = page.id;
            if (!m_env.pageToken.isEmpty() && (onlyPageId.isEmpty() || onlyPageId == pageId))
                m_client.setPageToken(appId, pageId, m_env.pageToken);
            else if (keychain)
                readSecret(SecretStore::pageTokenKey(appId, pageId),
                           [this, appId, pageId](const QString &token) {
                               m_client.setPageToken(appId, pageId, token);
                           });
        }
    }
    QTimer::singleShot(0, this, &AccountLoader::finishIfDone);
}

void AccountLoader::readSecret(const QString &key, std::function<void(const QString &)> apply)
{
    const int id = m_secrets.readSecret(key);
    m_pending.insert(id, {key, std::move(apply)});
}

void AccountLoader::onSecret(int requestId, SecretStore::Outcome outcome, const QString &value,
                             const QString &errorMessage)
{
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return;
    const auto [key, apply] = it.value();
    m_pending.erase(it);
    if (outcome == SecretStore::Outcome::Ok)
        apply(value);
    else if (outcome != SecretStore::Outcome::NotFound && !m_problems.contains(errorMessage))
        m_problems.append(errorMessage);
    finishIfDone();
}

void AccountLoader::finishIfDone()
{
    if (!m_loading || !m_pending.isEmpty())
        return;
    m_loading = false;
    Q_EMIT finished();
}

} // namespace mdesk::app

#include "moc_accountloader.cpp"
