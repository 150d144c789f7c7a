#include "app/cli/cliusage.h"

namespace mdesk::app::cli {

QString CliUsage::programName()
{
    return QStringLiteral("messenger-desk-cli");
}

QStringList CliUsage::commandNames()
{
    return {QStringLiteral("ops"),     QStringLiteral("call"),   QStringLiteral("account"),
            QStringLiteral("profile"), QStringLiteral("labels"), QStringLiteral("sandbox")};
}

QString CliUsage::versionText()
{
    return programName() + QLatin1Char(' ') + QStringLiteral(MDESK_VERSION) + QLatin1Char('\n');
}

QString CliUsage::helpText()
{
    // Keep in step with the CLI contract in design.md and with CliRunner's dispatch.
    static const auto text = QStringLiteral(R"(NAME
    messenger-desk-cli - the Messenger Desk engine for scripts

SYNOPSIS
    messenger-desk-cli [GLOBAL OPTIONS] COMMAND [ARGUMENTS]
    messenger-desk-cli --help | --version

DESCRIPTION
    Edits the Messenger setup of Facebook Pages through the Graph API, the same way the
    Messenger Desk app does. Global options come before the command.

GLOBAL OPTIONS
    --graph-url URL        Graph API base URL (default https://graph.facebook.com).
                           Plain http:// is accepted only for loopback hosts.
    --graph-version vX.Y   Graph API version (default %1).
    --page APP_ID/PAGE_ID  The Page to act on.
    --tx-id ID             Transaction id carried by every event of this run.
    --events               Write every event as a JSON line to stderr.
    --sandbox              Use an in-process LocalGraph instead of graph.facebook.com.
    -h, --help             Show this help and exit.
    --version              Show the version and exit.

COMMANDS
    ops
        List every operation: id, group, method, path, deprecation.

    call OP [--input JSON | --input-file FILE | -]
        Run one operation. The ok body goes to stdout as JSON, exit status 0. A Graph
        or transport error prints the error JSON, exit status 1. Bad usage or input
        that fails validation prints a message on stderr, exit status 2, and sends
        nothing.

    account add-app APP_ID [--name N] [--graph-version V] [--secret-stdin]
    account add-page APP_ID PAGE_ID [--name N] --token-stdin
    account list
    account remove APP_ID [PAGE_ID]
        Manage apps and Pages. Secrets are read only from stdin and stored only in the
        keychain. Without a keychain the command exits with status 3, says why, and
        stores nothing.

    profile export|diff|apply FILE
        The Messenger profile of the Page as a JSON file (configuration as code).

    labels bulk label|unlabel LABEL_ID PSID_FILE
        Add or remove a label for many users in Graph batch requests; progress goes to
        stderr.

    sandbox serve [--port N]
        Run LocalGraph for other tools. The first stdout line is
        {"url":..., "apps":[{"id","secret","app_token","pages":[{"id","name","token"}]}]}

ENVIRONMENT
    MESSENGER_DESK_GRAPH_URL, MESSENGER_DESK_GRAPH_VERSION
        Defaults for --graph-url and --graph-version.
    MESSENGER_DESK_PAGE_TOKEN, MESSENGER_DESK_APP_TOKEN, MESSENGER_DESK_APP_SECRET
        Credentials for scripts and CI; they take precedence over the keychain.

EXIT STATUS
    0   Success.
    1   The Graph API or the transport reported an error.
    2   Bad usage or invalid input; nothing was sent.
    3   No keychain is available; nothing was stored.

NOTES
    This build answers --help and --version. The commands above are being built; until
    each one lands it exits with status 2 and says that it is not implemented yet.
)");
    return text.arg(QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION));
}

} // namespace mdesk::app::cli
