#include "app/keychain/qtkeychainbackend.h"

#include <qt6keychain/keychain.h>

namespace mdesk::app {

namespace {

KeychainBackend::Error toError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainBackend::Error::None;
    case QKeychain::EntryNotFound:
        return KeychainBackend::Error::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainBackend::Error::NoBackend;
    case QKeychain::AccessDeniedByUser:
        return KeychainBackend::Error::DeniedByUser;
    case QKeychain::AccessDenied:
        // libsecret maps SECRET_ERROR_IS_LOCKED to AccessDenied.
        return KeychainBackend::Error::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
        return KeychainBackend::Error::CouldNotDelete;
    case QKeychain::OtherError:
        break;
    }
    return KeychainBackend::Error::Other;
}

} // namespace

QObject *QtKeychainBackend::start(Action action, const QString &service, const QString &key,
                                  const QString &value, QObject *context, Finished finished)
{
    QKeychain::Job *job = nullptr;
    switch (action) {
    case Action::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(value);
        job = write;
        break;
    }
    case Action::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Action::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [action, finished = std::move(finished)](QKeychain::Job *done) {
                         const QString read =
                             action == Action::Read && done->error() == QKeychain::NoError
                                 ? static_cast<QKeychain::ReadPasswordJob *>(done)->textData()
                                 : QString();
                         finished(toError(done->error()), done->errorString(), read);
                     });
    job->start();
    return job;
}

} // namespace mdesk::app

#include "moc_qtkeychainbackend.cpp"
