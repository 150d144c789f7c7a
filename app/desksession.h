#pragma once

#include "app/environmentoverrides.h"
#include "models/profile/draftstore.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::sandbox {
class LocalGraph;
}
namespace mdesk::store {
class Database;
}

namespace mdesk::app {

class SecretStore;
class Settings;
class SettingsAccountStore;

// What the desktop app runs on, without widgets: the Graph client, the keychain, the
// account store, and on first run (no account configured) or on request the in-process
// LocalGraph with its demo Pages.
//
// Contract: start() returns at once and ready() follows exactly once, from the event loop,
// when the configured accounts are loaded (keychain reads included). Keychain problems do
// not stop anything: they are listed in keychainProblems() and the pages whose secrets
// could not be read simply have no token.
class DeskSession : public QObject
{
    Q_OBJECT
public:
    // draftFolder: where editors autosave; empty: <AppDataLocation>/drafts.
    explicit DeskSession(Settings &settings, QObject *parent = nullptr,
                         EnvironmentOverrides env = EnvironmentOverrides::fromEnvironment(),
                         const QString &draftFolder = {});
    ~DeskSession() override;

    // sandbox: start LocalGraph even when accounts are configured (--sandbox).
    void start(bool sandbox);

    api::GraphClient &client() { return *m_client; }
    SecretStore &secrets() { return *m_secrets; }
    SettingsAccountStore &accounts() { return *m_accounts; }
    models::DraftStore &drafts() { return m_drafts; }
    // The running sandbox, or nullptr.
    sandbox::LocalGraph *sandbox() const { return m_sandbox; }
    bool isSandboxRunning() const { return m_sandbox != nullptr; }
    // Why the sandbox could not start; empty when it runs or was not asked for.
    const QString &sandboxError() const { return m_sandboxError; }
    const QStringList &keychainProblems() const { return m_keychainProblems; }
    // The local store (store::Database::defaultPath()), opened on first use; nullptr, with
    // *error saying why, when it cannot be used. The client's label calls, from any tab or
    // bulk job, feed its label index (LabelCallRecorder).
    store::Database *store(QString *error = nullptr);
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready();

private:
    void startSandbox();
    void finish();

    Settings &m_settings;
    std::unique_ptr<store::Database> m_store;
    QString m_storeError; // why the store cannot be used, once tried
    EnvironmentOverrides m_env;
    models::DraftStore m_drafts;
    api::GraphClient *m_client;
    SecretStore *m_secrets;
    SettingsAccountStore *m_accounts;
    sandbox::LocalGraph *m_sandbox = nullptr;
    QString m_sandboxError;
    QStringList m_keychainProblems;
    bool m_started = false;
    bool m_ready = false;
};

} // namespace mdesk::app
