#include "app/keychain/keychainbackendloader.h"

#include "app/keychain/keychainbackend.h"
#include "app/pluginfile.h"

#include <QCoreApplication>
#include <QDir>

namespace mdesk::app {

namespace {

QStringList &testCandidates()
{
    static QStringList paths;
    return paths;
}

struct Loaded
{
    bool tried = false;
    KeychainBackend *backend = nullptr;
    QString error;
};

Loaded &loaded()
{
    static Loaded state;
    return state;
}

Loaded load()
{
    Loaded result;
    result.tried = true;
    const QStringList paths = KeychainBackendLoader::candidates();
    const PluginFile::Loaded plugin = PluginFile::load(paths);
    result.backend = qobject_cast<KeychainBackend *>(plugin.instance);
    if (result.backend)
        return result;
    if (!plugin.path.isEmpty())
        result.error = QCoreApplication::translate(
                           "mdesk::app::KeychainBackendLoader",
                           "The keychain module %1 could not be loaded (%2), so no secret can "
                           "be stored or read.")
                           .arg(QDir::toNativeSeparators(plugin.path), plugin.reason);
    else
        result.error = QCoreApplication::translate("mdesk::app::KeychainBackendLoader",
                                                   "The keychain module is not installed (looked "
                                                   "for %1), so no secret can be stored or read.")
                           .arg(paths.join(QStringLiteral(", ")));
    return result;
}

} // namespace

KeychainBackend *KeychainBackendLoader::backend(QString *error)
{
    if (!loaded().tried)
        loaded() = load();
    if (!loaded().backend && error)
        *error = loaded().error;
    return loaded().backend;
}

QStringList KeychainBackendLoader::candidates()
{
    if (!testCandidates().isEmpty())
        return testCandidates();
    return PluginFile::candidates(QStringLiteral(MDESK_KEYCHAIN_PLUGIN_FROM_BINDIR),
                                  QStringLiteral(MDESK_KEYCHAIN_PLUGIN_BUILD_FILE));
}

void KeychainBackendLoader::setCandidatesForTesting(const QStringList &paths)
{
    testCandidates() = paths;
    loaded() = {}; // a plugin loaded before stays in memory: its jobs may still run
}

} // namespace mdesk::app
