#pragma once

#include <QString>
#include <QStringList>

namespace mdesk::app::cli {

class CliStorage;

// Finds and loads the CLI's store module (CliStorage) once per process, on first use, where
// PluginFile looks (MDESK_CLI_STORE_PLUGIN_FROM_BINDIR, then the build tree's file). Every
// symbol it uses is resolved as it loads, so a module that does not fit this build fails
// here, with the missing name, and not in the middle of a command.
class CliStorageLoader
{
public:
    // The module, or nullptr with *error naming the file and why (or that none was found).
    // Thread: the main thread only.
    static CliStorage *storage(QString *error);
    // Where it looks, in order.
    static QStringList candidates();
};

} // namespace mdesk::app::cli
