#include "app/cli/clistorageloader.h"

#include "app/cli/clistorage.h"
#include "app/pluginfile.h"

#include <QCoreApplication>
#include <QDir>

namespace mdesk::app::cli {

namespace {

struct Loaded
{
    bool tried = false;
    CliStorage *storage = nullptr;
    QString error;
};

Loaded load()
{
    Loaded result;
    result.tried = true;
    const QStringList paths = CliStorageLoader::candidates();
    const PluginFile::Loaded plugin = PluginFile::load(paths, QLibrary::ResolveAllSymbolsHint);
    result.storage = qobject_cast<CliStorage *>(plugin.instance);
    if (result.storage)
        return result;
    if (!plugin.path.isEmpty())
        result.error =
            QCoreApplication::translate("mdesk::app::cli::CliStorageLoader",
                                        "The store module %1 could not be loaded (%2), so the "
                                        "local database and the sandbox cannot be used.")
                .arg(QDir::toNativeSeparators(plugin.path), plugin.reason);
    else
        result.error =
            QCoreApplication::translate("mdesk::app::cli::CliStorageLoader",
                                        "The store module is not installed (looked for %1), so "
                                        "the local database and the sandbox cannot be used.")
                .arg(paths.join(QStringLiteral(", ")));
    return result;
}

} // namespace

CliStorage *CliStorageLoader::storage(QString *error)
{
    static Loaded loaded;
    if (!loaded.tried)
        loaded = load();
    if (!loaded.storage && error)
        *error = loaded.error;
    return loaded.storage;
}

QStringList CliStorageLoader::candidates()
{
    return PluginFile::candidates(QStringLiteral(MDESK_CLI_STORE_PLUGIN_FROM_BINDIR),
                                  QStringLiteral(MDESK_CLI_STORE_PLUGIN_BUILD_FILE));
}

} // namespace mdesk::app::cli
