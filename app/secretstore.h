#pragma once

#include "app/keychain/keychainbackend.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace mdesk::app {

// Tokens and app secrets in the OS keychain through QtKeychain, and nowhere else. QtKeychain
// lives in a plugin loaded on the first request (KeychainBackend); if it cannot be loaded,
// every request ends with Outcome::NoBackend and a message naming the module.
//
// Contract:
// - Every call is asynchronous: it returns a request id at once and later emits exactly one
//   finished() with that id. There is no blocking variant and no nested event loop.
// - The insecure fallback (plain text in QSettings when no keychain exists) is always off;
//   without a keychain a request ends with Outcome::NoBackend and nothing is stored.
// - QtKeychain jobs delete themselves after finishing (autoDelete) and have no parent, so
//   destroying the store never deletes a job the backend is still working on; a store
//   destroyed early simply gets no finished() for its pending requests.
// - Secret values are only ever passed to the job and to finished(); they never go into a
//   log or an error message.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Ok,
        NotFound,  // nothing stored under the key
        NoBackend, // no Secret Service / keychain reachable (e.g. no D-Bus session)
        Locked,    // the keychain is locked or refuses access
        Denied,    // the user denied access when asked
        Failed,    // anything else; the message carries the backend's reason
    };
    Q_ENUM(Outcome)

    explicit SecretStore(QObject *parent = nullptr);

    // "messenger-desk": the keychain service every entry of the app is filed under.
    static QString serviceName();

    static QString pageTokenKey(const QString &appId, const QString &pageId);
    static QString appSecretKey(const QString &appId);
    static QString appTokenKey(const QString &appId);

    int writeSecret(const QString &key, const QString &value);
    int readSecret(const QString &key);
    int deleteSecret(const QString &key);

    // Number of requests that have not finished yet.
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    // The job of a pending request (a QKeychain::Job; for inspection only, never delete it),
    // or nullptr.
    const QObject *pendingJob(int requestId) const;

    // A sentence for users explaining an outcome; key names the entry, never its value.
    static QString describe(Outcome outcome, const QString &key, const QString &backendMessage);

Q_SIGNALS:
    // value is the secret read by readSecret() when outcome is Ok; empty otherwise.
    // errorMessage is empty when outcome is Ok.
    void finished(int requestId, mdesk::app::SecretStore::Outcome outcome, const QString &value,
                  const QString &errorMessage);

private:
    int start(KeychainBackend::Action action, const QString &key, const QString &value = {});
    void conclude(int requestId, Outcome outcome, const QString &value, const QString &message);

    int m_nextRequestId = 1;
    QHash<int, QPointer<QObject>> m_pending;
};

} // namespace mdesk::app
