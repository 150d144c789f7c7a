// messenger-desk-cli: the same engine for scripts. The engine is the shared library
// mdesk_cli_core (so the store module, loaded on demand, uses the same one); dispatch lives
// in cli/CliRunner.
#include "app/cli/climain.h"

int main(int argc, char *argv[])
{
    return mdesk::app::cli::runCli(argc, argv);
}
