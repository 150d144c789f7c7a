#pragma once

#include "app/environmentoverrides.h"
#include "app/secretstore.h"
#include "app/settings.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace mdesk::api {
class GraphClient;
}

namespace mdesk::app {

// Puts configured apps and pages into a GraphClient: non-secret data from Settings, secrets
// from the keychain, environment variables first. Keychain reads run in parallel; when the
// environment holds any credential (EnvironmentOverrides::hasCredentials) the keychain is
// not read at all.
//
// Contract: load() returns at once; finished() follows exactly once, from the event loop.
// A secret the keychain could not give (no backend, locked, denied) is listed in
// keychainProblems(); one that is simply not stored is not a problem.
class AccountLoader : public QObject
{
    Q_OBJECT
public:
    AccountLoader(Settings &settings, SecretStore &secrets, api::GraphClient &client,
                  EnvironmentOverrides env = EnvironmentOverrides::fromEnvironment(),
                  QObject *parent = nullptr);

    // onlyAppId empty: every app; otherwise that app and its pages (and, with an override
    // URL or version, an app that is not in settings at all).
    void load(const QString &onlyAppId = {}, const QString &onlyPageId = {});

    const QStringList &keychainProblems() const { return m_problems; }

Q_SIGNALS:
    void finished();

private:
    void readSecret(const QString &key, std::function<void(const QString &)> apply);
    void onSecret(int requestId, SecretStore::Outcome outcome, const QString &value,
                  const QString &errorMessage);
    void finishIfDone();

    Settings &m_settings;
    SecretStore &m_secrets;
    api::GraphClient &m_client;
    EnvironmentOverrides m_env;
    QHash<int, std::pair<QString, std::function<void(const QString &)>>> m_pending;
    QStringList m_problems;
    bool m_loading = false;
};

} // namespace mdesk::app
