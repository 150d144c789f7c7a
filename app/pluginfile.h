#pragma once

#include <QLibrary>
#include <QString>
#include <QStringList>

class QObject;

namespace mdesk::app {

// Finds and loads one of Messenger Desk's own plugins (the keychain, the CLI's store
// module). Where: beside the executable as installed (fromBindir, relative to the
// executable's folder, which also holds in the build tree), then the build tree's own file
// (for the test binaries, which live elsewhere). The first file that exists is loaded; its
// failure is the answer, so a broken plugin is never passed over for another one. A loaded
// plugin stays loaded for the process.
namespace PluginFile {

struct Loaded
{
    QObject *instance = nullptr; // nullptr: none found (path empty) or it failed (reason)
    QString path;
    QString reason;
};

QStringList candidates(const QString &fromBindir, const QString &buildFile);
Loaded load(const QStringList &candidates, QLibrary::LoadHints hints = {});

} // namespace PluginFile

} // namespace mdesk::app
