#include "app/secretstore.h"

#include <QMetaObject>
#include <qt6keychain/keychain.h>

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

SecretStore::Outcome toOutcome(QKeychain::Error error, const QString &backendMessage)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Outcome::NoBackend;
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Outcome::Denied;
    case QKeychain::AccessDenied:
        // libsecret maps SECRET_ERROR_IS_LOCKED to AccessDenied.
        return SecretStore::Outcome::Locked;
    case QKeychain::CouldNotDeleteEntry:
        return SecretStore::Outcome::Failed;
    case QKeychain::OtherError:
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
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(value);
    return start(job, key, Kind::Write);
}

int SecretStore::readSecret(const QString &key)
{
    return start(new QKeychain::ReadPasswordJob(serviceName()), key, Kind::Read);
}

int SecretStore::deleteSecret(const QString &key)
{
    return start(new QKeychain::DeletePasswordJob(serviceName()), key, Kind::Delete);
}

const QKeychain::Job *SecretStore::pendingJob(int requestId) const
{
    return m_pending.value(requestId).data();
}

int SecretStore::start(QKeychain::Job *job, const QString &key, Kind kind)
{
    const int requestId = m_nextRequestId++;
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    m_pending.insert(requestId, job);
    // Context object `this`: if the store is gone the job still finishes and deletes itself.
    connect(job, &QKeychain::Job::finished, this,
            [this, requestId, kind](QKeychain::Job *finishedJob) {
                onJobFinished(requestId, kind, finishedJob);
            });
    job->start();
    return requestId;
}

void SecretStore::onJobFinished(int requestId, Kind kind, QKeychain::Job *job)
{
    m_pending.remove(requestId);
    const Outcome outcome = toOutcome(job->error(), job->errorString());
    QString value;
    if (outcome == Outcome::Ok && kind == Kind::Read)
        value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
    const QString message =
        outcome == Outcome::Ok ? QString() : describe(outcome, job->key(), job->errorString());
    // Some failures finish inside job->start(), before the caller has its request id; the
    // queued call keeps finished() asynchronous. Everything is copied: the job deletes itself.
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
