#pragma once

#include <QString>
#include <QStringList>

namespace mdesk::app {

class KeychainBackend;

// Finds and loads the keychain plugin (KeychainBackend) once per process, on first use,
// where PluginFile looks (MDESK_KEYCHAIN_PLUGIN_FROM_BINDIR, then the build tree's file).
// The outcome is kept: the search runs once per process.
class KeychainBackendLoader
{
public:
    // The backend, or nullptr with *error saying which file failed and why (or that none
    // was found). Thread: the GUI or main thread only.
    static KeychainBackend *backend(QString *error);
    // Where it looks, in order.
    static QStringList candidates();
    // Tests: look only here (an empty list restores the default places); the next
    // backend() call looks again.
    static void setCandidatesForTesting(const QStringList &paths);
};

} // namespace mdesk::app
