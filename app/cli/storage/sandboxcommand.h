#pragma once

#include "app/cli/clicommand.h"

namespace mdesk::app::cli {

// `sandbox serve [--port N]`: runs LocalGraph on 127.0.0.1 for other tools. The first line
// on stdout is one JSON object with the URL and the demo apps, pages and their (fake)
// tokens; it then serves until the process is stopped (SIGINT or SIGTERM).
class SandboxCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &arguments) override;
};

} // namespace mdesk::app::cli
