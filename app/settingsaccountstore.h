#pragma once

#include "app/secretstore.h"
#include "app/settings.h"
#include "models/accounts/accountstore.h"

#include <QHash>

namespace mdesk::api {
class GraphClient;
}

namespace mdesk::app {

// The application's AccountStore: non-secret data in Settings, secrets in the keychain
// through SecretStore, and the GraphClient kept in step with both, so a page saved in the
// accounts dialog can be used at once. The sandbox's demo apps are listed after the
// configured ones and are read-only.
class SettingsAccountStore : public models::AccountStore
{
    Q_OBJECT
public:
    SettingsAccountStore(Settings &settings, SecretStore &secrets, api::GraphClient &client,
                         QObject *parent = nullptr);

    // The sandbox's apps (their sandbox flags are set here); empty when none runs.
    void setSandboxApps(const QList<models::AppAccount> &apps);
    // Tells views that the effective Graph versions may have changed (after loading).
    void refresh() { Q_EMIT accountsChanged(); }

    QList<models::AppAccount> apps() const override;
    QString defaultGraphVersion() const override;
    bool saveApp(const models::AppAccount &app) override;
    bool savePage(const models::PageAccount &page) override;
    void removeApp(const QString &appId) override;
    void removePage(const models::PageRef &page) override;
    int storeSecret(SecretKind kind, const QString &appId, const QString &pageId,
                    const QString &value) override;

private:
    struct PendingSecret
    {
        int requestId = 0;
        SecretKind kind = SecretKind::PageToken;
        QString appId;
        QString pageId;
        QString value;
    };

    bool isSandboxApp(const QString &appId) const;
    QString keyFor(SecretKind kind, const QString &appId, const QString &pageId) const;
    void onSecretFinished(int storeRequestId, SecretStore::Outcome outcome,
                          const QString &errorMessage);
    void applyToClient(const PendingSecret &secret);
    void failLater(int requestId, const QString &message);

    Settings &m_settings;
    SecretStore &m_secrets;
    api::GraphClient &m_client;
    QList<models::AppAccount> m_sandboxApps;
    QHash<int, PendingSecret> m_pending; // SecretStore request id -> our request
    int m_nextRequestId = 1;
};

} // namespace mdesk::app
