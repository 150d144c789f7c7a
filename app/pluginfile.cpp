#include "app/pluginfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace mdesk::app::PluginFile {

QStringList candidates(const QString &fromBindir, const QString &buildFile)
{
    QStringList paths{
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') + fromBindir)};
    if (!paths.contains(buildFile))
        paths.append(buildFile);
    return paths;
}

Loaded load(const QStringList &candidates, QLibrary::LoadHints hints)
{
    Loaded result;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        result.path = path;
        // The loader stays for the process: objects of the plugin may outlive any owner.
        auto *loader = new QPluginLoader(path);
        loader->setLoadHints(hints);
        result.instance = loader->instance();
        if (!result.instance) {
            result.reason = loader->errorString();
            delete loader;
        }
        return result;
    }
    return result;
}

} // namespace mdesk::app::PluginFile
