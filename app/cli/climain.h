#pragma once

namespace mdesk::app::cli {

// The whole of messenger-desk-cli's main(): the application object, English plurals,
// CliRunner, the event loop; returns the exit status (or ends the process with it).
int runCli(int argc, char *argv[]);

} // namespace mdesk::app::cli
