#pragma once

#include "app/cli/clistorage.h"

#include <QObject>

namespace mdesk::app::cli {

// The CliStorage plugin (built as the module messenger-desk-cli-store): the store commands,
// the store of a run (CliStoreSession) and the in-process LocalGraph of --sandbox.
class CliStoragePlugin : public QObject, public CliStorage
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MDESK_CLI_STORAGE_IID)
    Q_INTERFACES(mdesk::app::cli::CliStorage)

public:
    CliCommand *createCommand(const QString &name, CliContext &context, QObject *parent) override;
    CliStore *openStore(CliContext &context, QString *error) override;
    std::optional<QList<SandboxApp>> startSandbox(CliContext &context, QString *error) override;
};

} // namespace mdesk::app::cli
