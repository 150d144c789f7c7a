#include "app/settingsaccountstore.h"

#include "api/graphclient.h"

#include <QMetaObject>

namespace mdesk::app {

SettingsAccountStore::SettingsAccountStore(Settings &settings, SecretStore &secrets,
                                           api::GraphClient &client, QObject *parent)
    : models::AccountStore(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_client(client)
{
    connect(&m_secrets, &SecretStore::finished, this,
            [this](int requestId, SecretStore::Outcome outcome, const QString &,
                   const QString &errorMessage) {
                onSecretFinished(requestId, outcome, errorMessage);
            });
}

void SettingsAccountStore::setSandboxApps(const QList<models::AppAccount> &apps)
{
    m_sandboxApps = apps;
    for (models::AppAccount &app : m_sandboxApps) {
        app.sandbox = true;
        for (models::PageAccount &page : app.pages)
            page.sandbox = true;
    }
    Q_EMIT accountsChanged();
}

bool SettingsAccountStore::isSandboxApp(const QString &appId) const
{
    return std::any_of(m_sandboxApps.cbegin(), m_sandboxApps.cend(),
                       [&appId](const models::AppAccount &app) { return app.id == appId; });
}

QList<models::AppAccount> SettingsAccountStore::apps() const
{
    QList<models::AppAccount> result;
    for (const AppEntry &entry : m_settings.apps()) {
        if (isSandboxApp(entry.id))
            continue;
        models::AppAccount app;
        app.id = entry.id;
        app.name = entry.name;
        app.graphVersion = entry.graphVersion;
        app.baseUrl = entry.baseUrl;
        app.hasSecret = entry.hasSecret;
        const api::AppConnection *connection = m_client.app(entry.id);
        app.effectiveGraphVersion = connection                     ? connection->version.toString()
                                    : entry.graphVersion.isEmpty() ? m_settings.graphVersion()
                                                                   : entry.graphVersion;
        for (const PageEntry &page : m_settings.pages(entry.id))
            app.pages.append({page.appId, page.id, page.name, false});
        result.append(app);
    }
    result.append(m_sandboxApps);
    return result;
}

QString SettingsAccountStore::defaultGraphVersion() const
{
    return m_settings.graphVersion();
}

bool SettingsAccountStore::saveApp(const models::AppAccount &app)
{
    if (isSandboxApp(app.id) || !models::PageRef::isValidId(app.id))
        return false;
    if (!app.baseUrl.isEmpty() && !api::isAllowedGraphUrl(app.baseUrl))
        return false;
    const std::optional<AppEntry> existing = m_settings.app(app.id);
    AppEntry entry{app.id, app.name, app.graphVersion, app.baseUrl,
                   existing ? existing->hasSecret : false};
    if (existing && *existing == entry)
        return true;
    if (!m_settings.upsertApp(entry))
        return false;
    m_settings.sync();

    api::AppConnection connection;
    if (const api::AppConnection *current = m_client.app(app.id))
        connection = *current;
    connection.appId = app.id;
    connection.name = app.name;
    connection.baseUrl = app.baseUrl.isEmpty() ? api::AppConnection().baseUrl : app.baseUrl;
    const api::GraphVersion version = api::GraphVersion::parse(
        app.graphVersion.isEmpty() ? m_settings.graphVersion() : app.graphVersion);
    connection.version = version.isValid() ? version : api::GraphVersion::defaultVersion();
    m_client.setApp(connection);
    Q_EMIT accountsChanged();
    return true;
}

bool SettingsAccountStore::savePage(const models::PageAccount &page)
{
    if (isSandboxApp(page.appId) || !m_settings.app(page.appId))
        return false;
    const PageEntry entry{page.appId, page.id, page.name};
    if (m_settings.page(page.ref()) == entry)
        return true;
    if (!m_settings.upsertPage(entry))
        return false;
    m_settings.sync();
    Q_EMIT accountsChanged();
    return true;
}

void SettingsAccountStore::removeApp(const QString &appId)
{
    if (isSandboxApp(appId) || !m_settings.app(appId))
        return;
    // Deleting is best effort: an entry that was never stored is not a problem.
    for (const PageEntry &page : m_settings.pages(appId))
        m_secrets.deleteSecret(SecretStore::pageTokenKey(appId, page.id));
    m_secrets.deleteSecret(SecretStore::appSecretKey(appId));
    m_secrets.deleteSecret(SecretStore::appTokenKey(appId));
    m_settings.removeApp(appId);
    m_settings.sync();
    m_client.removeApp(appId);
    Q_EMIT accountsChanged();
}

void SettingsAccountStore::removePage(const models::PageRef &page)
{
    if (isSandboxApp(page.appId) || !m_settings.page(page))
        return;
    m_secrets.deleteSecret(SecretStore::pageTokenKey(page.appId, page.pageId));
    m_settings.removePage(page);
    m_settings.sync();
    m_client.removePage(page.appId, page.pageId);
    Q_EMIT accountsChanged();
}

QString SettingsAccountStore::keyFor(SecretKind kind, const QString &appId,
                                     const QString &pageId) const
{
    switch (kind) {
    case SecretKind::PageToken:
        return SecretStore::pageTokenKey(appId, pageId);
    case SecretKind::AppSecret:
        return SecretStore::appSecretKey(appId);
    case SecretKind::AppToken:
        return SecretStore::appTokenKey(appId);
    }
    return {};
}

int SettingsAccountStore::storeSecret(SecretKind kind, const QString &appId, const QString &pageId,
                                      const QString &value)
{
    const int requestId = m_nextRequestId++;
    const bool pageKind = kind == SecretKind::PageToken;
    if (isSandboxApp(appId) || !models::PageRef::isValidId(appId) ||
        (pageKind && !models::PageRef::isValidId(pageId))) {
        failLater(requestId, tr("Secrets of the sandbox's demo apps cannot be changed, and "
                                "secrets need a valid app and Page ID."));
        return requestId;
    }
    if (value.trimmed().isEmpty()) {
        failLater(requestId, tr("An empty secret is not stored."));
        return requestId;
    }
    const int storeRequestId = m_secrets.writeSecret(keyFor(kind, appId, pageId), value);
    m_pending.insert(storeRequestId,
                     {requestId, kind, appId, pageKind ? pageId : QString(), value});
    return requestId;
}

void SettingsAccountStore::failLater(int requestId, const QString &message)
{
    QMetaObject::invokeMethod(
        this, [this, requestId, message] { Q_EMIT secretStored(requestId, false, message); },
        Qt::QueuedConnection);
}

void SettingsAccountStore::onSecretFinished(int storeRequestId, SecretStore::Outcome outcome,
                                            const QString &errorMessage)
{
    const auto it = m_pending.find(storeRequestId);
    if (it == m_pending.end())
        return; // a delete, or a request of someone else sharing the SecretStore
    const PendingSecret secret = it.value();
    m_pending.erase(it);
    if (outcome != SecretStore::Outcome::Ok) {
        Q_EMIT secretStored(secret.requestId, false, errorMessage);
        return;
    }
    applyToClient(secret);
    if (secret.kind == SecretKind::AppSecret) {
        if (std::optional<AppEntry> entry = m_settings.app(secret.appId);
            entry && !entry->hasSecret) {
            entry->hasSecret = true;
            m_settings.upsertApp(*entry);
            m_settings.sync();
            Q_EMIT accountsChanged();
        }
    }
    Q_EMIT secretStored(secret.requestId, true, QString());
}

void SettingsAccountStore::applyToClient(const PendingSecret &secret)
{
    if (secret.kind == SecretKind::PageToken) {
        m_client.setPageToken(secret.appId, secret.pageId, secret.value);
        return;
    }
    const api::AppConnection *current = m_client.app(secret.appId);
    if (!current)
        return;
    api::AppConnection connection = *current;
    if (secret.kind == SecretKind::AppSecret)
        connection.appSecret = secret.value;
    else
        connection.appToken = secret.value;
    m_client.setApp(connection);
}

} // namespace mdesk::app

#include "moc_settingsaccountstore.cpp"
