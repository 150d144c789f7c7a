#include "app/keychain/keychainbackendloader.h"

#include "app/keychain/keychainbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

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
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        // The loader stays loaded for the process: jobs of the plugin may outlive any owner.
        auto *loader = new QPluginLoader(path);
        auto *backend = qobject_cast<KeychainBackend *>(loader->instance());
        if (backend) {
            result.backend = backend;
            return result;
        }
        result.error = QCoreApplication::translate(
                           "mdesk::app::KeychainBackendLoader",
                           "The keychain module %1 could not be loaded (%2), so no secret can "
                           "be stored or read.")
                           .arg(QDir::toNativeSeparators(path), loader->errorString());
        delete loader;
        return result;
    }
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
    QStringList paths{QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                                      QStringLiteral(MDESK_KEYCHAIN_PLUGIN_FROM_BINDIR))};
    const QString buildTree = QStringLiteral(MDESK_KEYCHAIN_PLUGIN_BUILD_FILE);
    if (!paths.contains(buildTree))
        paths.append(buildTree);
    return paths;
}

void KeychainBackendLoader::setCandidatesForTesting(const QStringList &paths)
{
    testCandidates() = paths;
    loaded() = {}; // a plugin loaded before stays in memory: its jobs may still run
}

} // namespace mdesk::app
