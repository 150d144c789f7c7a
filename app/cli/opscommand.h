#pragma once

#include "app/cli/clicommand.h"

namespace mdesk::app::cli {

// `ops`: every operation of the table as JSON: id, group, method, path, token, deprecation.
class OpsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &arguments) override;
};

} // namespace mdesk::app::cli
