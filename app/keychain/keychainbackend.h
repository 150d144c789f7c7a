#pragma once

#include <QObject>
#include <QString>
#include <QtPlugin>
#include <functional>

namespace mdesk::app {

// What SecretStore asks of the keychain, implemented by a plugin that links QtKeychain.
// QtKeychain brings Qt D-Bus, libdbus, GLib and libsystemd: loading them costs every start
// of the CLI about 4 ms (a quarter of a `call`), though most commands never read a secret
// (issue 18). So they load on the first keychain request only (KeychainBackendLoader).
//
// The plugin holds no code of this project beyond this header: a second copy of any layer
// in the process would bring its own statics.
class KeychainBackend
{
public:
    enum class Action { Write, Read, Delete };
    enum class Error {
        None,
        NotFound,
        NoBackend,    // no keychain service, or a platform without one
        DeniedByUser, // the user said no when asked
        AccessDenied, // locked, or refused without asking
        CouldNotDelete,
        Other, // the message tells
    };
    // Called once per job on the thread that started it, possibly from inside start().
    // value is the secret read (Read, Error::None), else empty.
    using Finished = std::function<void(Error error, const QString &message, const QString &value)>;

    virtual ~KeychainBackend() = default;

    // Starts one job under service/key (value: the secret to write). The insecure fallback
    // (plain text when no keychain exists) is always off. The job deletes itself after
    // `finished`; it has no parent, so no owner can delete it while the keychain works.
    // `finished` runs only while `context` lives. Returns the job, for inspection only.
    virtual QObject *start(Action action, const QString &service, const QString &key,
                           const QString &value, QObject *context, Finished finished) = 0;
};

} // namespace mdesk::app

#define MDESK_KEYCHAIN_BACKEND_IID "io.github.messengerdesk.KeychainBackend/1"
Q_DECLARE_INTERFACE(mdesk::app::KeychainBackend, MDESK_KEYCHAIN_BACKEND_IID)
