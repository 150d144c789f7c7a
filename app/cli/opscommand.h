#pragma once

#include "app/cli/clicommand.h"

namespace mdesk::app::cli {

// `ops`: every operation of the table as JSON: id, group, method, path, token, deprecation.
// `ops --versions`: the Graph version calendar instead (api/graphversions.h): version,
// released, available_until, status (current, ending_soon, ended), days_left, served_as
// and whether it is the default.
class OpsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &arguments) override;
};

} // namespace mdesk::app::cli
