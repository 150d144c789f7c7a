#include "app/secretstore.h"

#include "app/keychain/keychainbackendloader.h"

#include <QMetaObject>

namespace mdesk::app {

namespace {
// QtKeychain's libsecret backend reports "no session bus" and "no Secret Service on the
// bus" as OtherError with the GLib/D-Bus text; recognise those so users get NoBackend.
bool looksLikeMissingBackend(const QString &backendMessage)
{
    static const QString markers[] = {
        QStringLiteral("Cannot autolaunch D-Bus"),
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown"),
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("Could not connect"),
    };
    for (const QString &marker : markers) {
        if (backendMessage.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretStore::Outcome toOutcome(KeychainBackend::Error error, const QString &backendMessage)
{
    using Error = KeychainBackend::Error;
    switch (error) {
    case Error::None:
        return SecretStore::Outcome::Ok;
    case Error::NotFound:
        return SecretStore::Outcome::NotFound;
    case Error::NoBackend:
        return SecretStore::Outcome::NoBackend;
    case Error::DeniedByUser:
        return SecretStore::Outcome::Denied;
    case Error::AccessDenied:
        return SecretStore::Outcome::Locked;
    case Error::CouldNotDelete:
        return SecretStore::Outcome::Failed;
    case Error::Other:
        break;
    }
    return looksLikeMissingBackend(backendMessage) ? SecretStore::Outcome::NoBackend
                                                   : SecretStore::Outcome::Failed;
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

QString SecretStore::serviceName()
{
    return QStringLiteral("messenger-desk");
}

QString SecretStore::pageTokenKey(const QString &appId, const QString &pageId)
{
    return QStringLiteral("page-token/%1/%2").arg(appId, pageId);
}

QString SecretStore::appSecretKey(const QString &appId)
{
    return QStringLiteral("app-secret/%1").arg(appId);
}

QString SecretStore::appTokenKey(const QString &appId)
{
    return QStringLiteral("app-token/%1").arg(appId);
}

int SecretStore::writeSecret(const QString &key, const QString &value)
{
    return start(KeychainBackend::Action::Write, key, value);
}

int SecretStore::readSecret(const QString &key)
{
    return start(KeychainBackend::Action::Read, key);
}

int SecretStore::deleteSecret(const QString &key)
{
    return start(KeychainBackend::Action::Delete, key);
}

const QObject *SecretStore::pendingJob(int requestId) const
{
    return m_pending.value(requestId).data();
}

int SecretStore::start(KeychainBackend::Action action, const QString &key, const QString &value)
{
    const int requestId = m_nextRequestId++;
    QString loadError;
    KeychainBackend *backend = KeychainBackendLoader::backend(&loadError);
    if (!backend) {
        conclude(requestId, Outcome::NoBackend, {}, loadError);
        return requestId;
    }
    m_pending.insert(requestId, nullptr); // the job, once start() has given it
    // Context `this`: if the store is gone the job still finishes and deletes itself.
    QObject *job = backend->start(
        action, serviceName(), key, value, this,
        [this, requestId, action, key](KeychainBackend::Error error, const QString &backendMessage,
                                       const QString &read) {
            m_pending.remove(requestId);
            const Outcome outcome = toOutcome(error, backendMessage);
            conclude(requestId, outcome,
                     outcome == Outcome::Ok && action == KeychainBackend::Action::Read ? read
                                                                                       : QString(),
                     outcome == Outcome::Ok ? QString() : describe(outcome, key, backendMessage));
        });
    // A job that finished inside start() has already left m_pending.
    if (const auto pending = m_pending.find(requestId); pending != m_pending.end())
        *pending = job;
    return requestId;
}

void SecretStore::conclude(int requestId, Outcome outcome, const QString &value,
                           const QString &message)
{
    // Some failures finish inside the job's start(), before the caller has its request id;
    // the queued call keeps finished() asynchronous. Everything is copied: the job deletes
    // itself.
    QMetaObject::invokeMethod(
        this,
        [this, requestId, outcome, value, message] {
            Q_EMIT finished(requestId, outcome, value, message);
        },
        Qt::QueuedConnection);
}

QString SecretStore::describe(Outcome outcome, const QString &key, const QString &backendMessage)
{
    QString sentence;
    switch (outcome) {
    case Outcome::Ok:
        return {};
    case Outcome::NotFound:
        return tr("The keychain holds no entry named \"%1\".").arg(key);
    case Outcome::NoBackend:
        sentence = tr("No keychain is available: Messenger Desk needs the Secret Service "
                      "(for example GNOME Keyring or KWallet) on the D-Bus session bus. "
                      "Nothing was stored.");
        break;
    case Outcome::Locked:
        sentence = tr("The keychain is locked or refused access to \"%1\". Unlock it and try "
                      "again.")
                       .arg(key);
        break;
    case Outcome::Denied:
        sentence = tr("Access to the keychain entry \"%1\" was denied.").arg(key);
        break;
    case Outcome::Failed:
        sentence = tr("The keychain could not handle the entry \"%1\".").arg(key);
        break;
    }
    if (backendMessage.isEmpty())
        return sentence;
    return tr("%1 (Keychain: %2)").arg(sentence, backendMessage);
}

} // namespace mdesk::app

#include "moc_secretstore.cpp"
