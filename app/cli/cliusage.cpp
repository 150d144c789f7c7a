#include "app/cli/cliusage.h"

#include <QHash>

namespace mdesk::app::cli {

QString CliUsage::programName()
{
    return QStringLiteral("messenger-desk-cli");
}

QStringList CliUsage::commandNames()
{
    return {QStringLiteral("ops"),      QStringLiteral("call"),      QStringLiteral("account"),
            QStringLiteral("profile"),  QStringLiteral("labels"),    QStringLiteral("audience"),
            QStringLiteral("insights"), QStringLiteral("broadcast"), QStringLiteral("sandbox")};
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
    --timeout SECONDS      Longest wait for one request's answer (default 30).
    --deadline SECONDS     Longest run of the whole command: when it passes, every call
                           is stopped and the exit status is 1.
    -h, --help             Show this help and exit.
    --version              Show the version and exit.

COMMANDS
    ops [--versions]
        List every operation: id, group, method, path, deprecation. --versions
        lists the Graph API versions with their release and end dates instead.

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

    profile export [FILE] | profile diff FILE | profile apply FILE [--dry-run] [--prune]
        The Messenger profile of the Page as a JSON file (configuration as code).

    labels bulk label|unlabel LABEL_ID PSID_FILE
        Add or remove a label for many users in Graph batch requests; progress goes to
        stderr.

    audience sync [--page-size N]
    audience list [--label ID] [--open]
    audience import FILE [--skip-bad]
        The Page's contacts in the local store: sync reads what changed in the Page's
        conversations, list prints the contacts as JSON, import adds a PSID list.

    insights export --metrics A,B [--since D] [--until D] [--period P] [--format F]
        Messaging insights per Pacific day as CSV (date,metric,period,value) or JSON.

    broadcast send --message-file F (--label ID | --psids FILE | --all-open) [--name N]
                   [--dry-run]
    broadcast resume ID | list | report ID [--csv]
        One Send API call per person whose 24-hour window is open, in batches of 50, at
        most once per person; a per-person report on stdout.

    sandbox serve [--port N] [--contacts N] [--faults JSON] [--budget JSON]
                  [--profile-limit]
        Run LocalGraph for other tools. The first stdout line is
        {"url":..., "apps":[{"id","secret","app_token","pages":[{"id","name","token"}]}]}

ENVIRONMENT
    MESSENGER_DESK_GRAPH_URL, MESSENGER_DESK_GRAPH_VERSION
        Defaults for --graph-url and --graph-version.
    MESSENGER_DESK_PAGE_TOKEN, MESSENGER_DESK_APP_TOKEN, MESSENGER_DESK_APP_SECRET
        Credentials for scripts and CI; they take precedence over the keychain.
    MESSENGER_DESK_USER_TOKEN
        The user access token for list_pages.
    MESSENGER_DESK_STORE
        The local store file instead of the default one.

WAITS AND UNKNOWN OUTCOMES
    A wait of 2 seconds or more (Graph's rate limit, a back-off before a retry) is
    announced on stderr: "Waiting 64 s for Graph's rate limit, until 14:03." No call
    waits more than 10 minutes or past --deadline; it stops instead, and its error says
    when Graph expects to allow calls again ("retry_after").
    A write whose request left but whose answer was lost or unreadable (timeout, dropped
    connection, cut or non-JSON answer) is never sent again by itself: its error JSON
    has "category": "unknown_outcome" and "outcome": "unknown". Graph may have applied
    it; check before you send it again.

EXIT STATUS
    0   Success.
    1   The Graph API or the transport reported an error, or --deadline passed.
    2   Bad usage or invalid input; nothing was sent.
    3   The keychain is unavailable (no backend, locked, denied); nothing was stored.

FILES
    Settings (apps, pages, Graph versions; never secrets) live in the platform's
    configuration folder; secrets live in the OS keychain under the service
    "messenger-desk".

SEE ALSO
    messenger-desk-cli COMMAND --help
)");
    return text.arg(QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION));
}

QString CliUsage::commandHelp(const QString &command)
{
    static const QHash<QString, QString> pages{{QStringLiteral("ops"), QStringLiteral(R"(NAME
    messenger-desk-cli ops - list every Graph operation Messenger Desk speaks

SYNOPSIS
    messenger-desk-cli ops [--versions]

DESCRIPTION
    Prints a JSON array with one object per operation: id, group, method, path,
    token (page, app or user), input (field names and whether each is required) and
    deprecation (note, since, from_version, removed) or null. Nothing is sent.

    --versions prints the Graph API versions instead, newest first: version,
    released, available_until (null until Meta sets it), status (current,
    ending_soon within 90 days, or ended: Graph then serves the oldest available
    version, served_as), days_left and default.

EXAMPLE
    messenger-desk-cli ops | jq -r '.[] | select(.group == "labels") | .id'
)")},
                                               {QStringLiteral("call"), QStringLiteral(R"(NAME
    messenger-desk-cli call - run one Graph operation

SYNOPSIS
    messenger-desk-cli [GLOBAL OPTIONS] call OP [--input JSON | --input-file FILE | -]

DESCRIPTION
    Runs the operation OP (see "ops") on the Page of --page with one JSON object as
    input, as graph-api.md section 2 describes it; without input the object is {}.
    The input is checked before sending: a missing required field or a broken field
    rule (greeting over 160 characters, an http:// domain, ...) is reported on stderr
    naming the field, and nothing is sent. A deprecated operation is sent anyway, with
    a warning on stderr.

OPTIONS
    --input JSON         The input object (UTF-8).
    --input-file FILE    Read the input object from FILE.
    -                    Read the input object from stdin.

EXIT STATUS
    0  the ok body is on stdout   1  the error JSON is on stdout
    2  usage or validation error  3  the token could not be read from the keychain

EXAMPLE
    messenger-desk-cli --sandbox call set_greeting \
        --input '{"value":[{"locale":"default","text":"Hi {{user_first_name}}!"}]}'
)")},
                                               {QStringLiteral("account"), QStringLiteral(R"(NAME
    messenger-desk-cli account - apps, Pages and their secrets

SYNOPSIS
    messenger-desk-cli account add-app APP_ID [--name N] [--graph-version V]
                                       [--graph-url URL] [--secret-stdin]
    messenger-desk-cli account add-page APP_ID PAGE_ID [--name N] --token-stdin
    messenger-desk-cli account list
    messenger-desk-cli account remove APP_ID [PAGE_ID]

DESCRIPTION
    Apps and Pages are kept in the settings file; app secrets and Page tokens are read
    from stdin only (never from the command line) and stored in the OS keychain only.
    "list" shows which secrets are present, never their values. "remove" deletes the
    keychain entries first and the settings only once they are gone.

EXIT STATUS
    0  done   2  usage error   3  the keychain is unavailable; nothing was stored

EXAMPLE
    printf %s "$PAGE_TOKEN" | messenger-desk-cli account add-page 1234 5678 --token-stdin
)")},
                                               {QStringLiteral("profile"), QStringLiteral(R"(NAME
    messenger-desk-cli profile - the Messenger profile as a JSON file

SYNOPSIS
    messenger-desk-cli [GLOBAL OPTIONS] profile export [FILE]
    messenger-desk-cli [GLOBAL OPTIONS] profile diff FILE
    messenger-desk-cli [GLOBAL OPTIONS] profile apply FILE [--dry-run] [--prune]

DESCRIPTION
    export  reads every profile field in one call and writes one JSON object keyed by
            field (to FILE, or stdout without FILE or with -).
    diff    prints {"set": {...}, "reset": [...], "unchanged": [...]}: what apply would
            change. A field of the page that the file lacks is reset.
    apply   checks the file against the field rules of the app's Graph version, then
            sends one POST for the fields to set and one DELETE for the fields to reset,
            under one tx_id. When the page already matches the file nothing is sent.
            Fields deprecated on the version (home_url from v7.0) are refused first.
            An empty file (no bytes, white space or {}) is refused. When the file would
            clear fields the page has, apply names them and sends nothing (exit 2)
            unless --prune is given.
    --dry-run  prints the requests apply would send, and sends nothing.
    --prune    lets apply clear the page's fields that the file lacks.

EXIT STATUS
    0  done   1  Graph refused a call   2  usage or validation error   3  keychain
)")},
                                               {QStringLiteral("labels"), QStringLiteral(R"(NAME
    messenger-desk-cli labels - label or unlabel many users at once

SYNOPSIS
    messenger-desk-cli [GLOBAL OPTIONS] labels bulk label|unlabel LABEL_ID PSID_FILE

DESCRIPTION
    Reads PSIDs from PSID_FILE (one per line; - reads stdin; blank lines and lines
    starting with # are skipped) and runs one label_user or unlabel_user per PSID
    through Graph batch requests of 50. Progress goes to stderr; the report goes to
    stdout: {"total","succeeded","failed","unknown","not_sent","requests","tx_id",
    "stopped"?,"failures":[{index,input,state,error}]}. "requests" counts the HTTP
    requests that left. An item's state is failed (Graph refused it), unknown (its
    batch's answer was lost: it may have been applied; check before you send it
    again) or not_sent. Items Graph refuses for rate are sent again after a back-off,
    at most 4 times each. A bad token, a missing permission or a restricted Page stops
    the whole job at once ("stopped" says why).

EXIT STATUS
    0  every PSID done   1  some PSIDs failed, unknown or not sent   2  usage error
    3  keychain
)")},
                                               {QStringLiteral("audience"), QStringLiteral(R"(NAME
    messenger-desk-cli audience - the Page's contacts in the local store

SYNOPSIS
    messenger-desk-cli [GLOBAL OPTIONS] audience sync [--page-size N]
    messenger-desk-cli [GLOBAL OPTIONS] audience list [--label ID] [--open]
    messenger-desk-cli [GLOBAL OPTIONS] audience import FILE [--skip-bad]

DESCRIPTION
    Graph cannot list who carries a label or whose 24-hour window is open, so Messenger
    Desk keeps the people it knows per Page in its local store, shared with the app.
    Every label call (label, unlabel, bulk, delete label, reading a user's labels) made
    by the app or this CLI updates the store's label index.

    sync    reads the Page's conversations newest first (N threads per request, 100 by
            default, each with its 5 newest messages) and stops at the threads it
            already holds, so a second sync reads only what changed. A thread whose 5
            newest messages are all the Page's costs one more read. Progress goes to
            stderr; stdout gets {"page_id","resumed","threads_listed","threads_stored",
            "list_requests","message_requests","contacts","window_open"}. A sync that
            fails or is stopped keeps every page it finished, and the next one resumes.
    list    prints a JSON array, newest inbound message first, of
            {"psid","name","first_seen","last_inbound","window_open","labels",
            "unavailable"}; times are ISO 8601 UTC or null, labels are label ids.
            --label ID  only the people the index knows carry that label
            --open      only the people whose last message is under 24 hours old now
    import  reads one PSID a line from FILE (- reads stdin); blank lines and lines
            starting with # are skipped, a PSID listed twice counts once. Every bad
            line is reported on stderr as FILE:LINE. A file with bad lines imports
            nothing and exits with 2, so a script never half-imports a broken list;
            --skip-bad imports the good lines anyway (exit 0). Known people are left
            as they are. stdout gets {"page_id","imported","lines","psids",
            "duplicates","bad_lines","added","known"}.

EXIT STATUS
    0  done   1  Graph or the local store failed   2  usage error or bad lines
    3  the token could not be read from the keychain

FILES
    The store is store.sqlite in the platform's application data folder
    ($MESSENGER_DESK_STORE overrides it).

EXAMPLE
    messenger-desk-cli audience sync && \
        messenger-desk-cli audience list --open | jq -r '.[].psid'
)")},
                                               {QStringLiteral("insights"), QStringLiteral(R"(NAME
    messenger-desk-cli insights - export the Page's messaging insights

SYNOPSIS
    messenger-desk-cli [GLOBAL OPTIONS] insights export --metrics A,B
        [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--period day|week|days_28]
        [--format csv|json]

DESCRIPTION
    Days are Pacific-time days, as Graph counts them: --since inclusive, --until
    exclusive (default: the last 28 full days). Each metric is asked on its own, in
    pieces of at most 90 days, so a deprecated or refused metric does not stop the
    others. CSV columns: date,metric,period,value; JSON: [{"date","metric","period",
    "value"}]. A metric that fails is named on stderr with Graph's message.

EXIT STATUS
    0  every metric exported   1  some metric failed   2  usage error, nothing sent
    3  keychain
                                               {QStringLiteral("broadcast"), QStringLiteral(R"(NAME
    messenger-desk-cli broadcast - a message to many people, at most once each

SYNOPSIS
    messenger-desk-cli [GLOBAL OPTIONS] broadcast send --message-file F
        (--label ID | --psids FILE | --all-open) [--name N] [--dry-run]
    messenger-desk-cli [GLOBAL OPTIONS] broadcast resume ID
    messenger-desk-cli [GLOBAL OPTIONS] broadcast list
    messenger-desk-cli [GLOBAL OPTIONS] broadcast report ID [--csv]

DESCRIPTION
    F is a Send API "message" object (- reads stdin). It and the audience are checked
    before anything is sent: a fault in either, an unknown label included, exits 2 with
    nothing sent. The audience comes from the local store (see audience): the people
    with label ID, the PSIDs of FILE (one a line), or everyone whose window is open.
    Only people whose last message is under 24 hours old are sent to (messaging type
    UPDATE); the others are recorded as skipped with the reason. The eligibility summary
    and the broadcast id go to stderr at the start, progress to stderr, and the report
    to stdout: {"broadcast_id","name","state","counts":{"sent","skipped","failed",
    "unknown","pending"},"recipients":[{"psid","state","message_id"?,"reason"?,
    "error"?}]}. --dry-run prints who would be reached and sends nothing.

    Each person is marked "sending" in the store before their request leaves. If the
    run is killed, those people are "unknown" afterwards (the message may have arrived)
    and are never sent again by themselves; resume sends only to the pending ones.
    list prints [{"broadcast_id","name","state","created","counts"}]; report prints one
    broadcast's report (as CSV with --csv).

ENVIRONMENT
    MESSENGER_DESK_BROADCAST_CONCURRENCY   batches in flight at once (default 4)

EXIT STATUS
    0  every eligible person got it   1  any failed or unknown, or Graph stopped the run
    2  bad usage, message or audience; nothing sent   3  keychain
)")},
                                               {QStringLiteral("sandbox"), QStringLiteral(R"(NAME
    messenger-desk-cli sandbox - LocalGraph, a local stand-in for graph.facebook.com

SYNOPSIS
    messenger-desk-cli sandbox serve [--port N] [--contacts N] [--faults JSON]
                                     [--budget JSON] [--profile-limit]

DESCRIPTION
    Serves LocalGraph on 127.0.0.1 (port N, or a free one) with demo apps and Pages
    until stopped with SIGINT or SIGTERM.

    --faults JSON     faults for the whole run: {"latency_ms", "jitter_ms",
                      "error_rate": {"613": 0.1}, "malformed", "truncate", "reset",
                      "no_answer", "count", "path_contains"} (rates from 0 to 1)
    --budget JSON     a call budget answered with codes 4, 32, 613 and 80006:
                      {"app_calls", "page_calls", "api_calls", "messenger_calls",
                      "window_seconds"}
    --profile-limit   enforce the profile API's 10 calls per 10 minutes per Page
    --contacts N      people with a conversation on each demo Page (default 40, at
                      most 100000): the Page's first users, then generated people
    The same settings can be changed while it runs under /__sandbox/ (faults, budget,
    options, contacts, clock, reset, state). The first stdout line is one JSON object:
    {"url":..., "apps":[{"id","secret","app_token","pages":[{"id","name","token"}]}]}
    The credentials in it are the sandbox's own fake ones.

EXAMPLE
    messenger-desk-cli sandbox serve --port 8788 | head -n 1 | jq .url
)")}};
    return pages.value(command);
}

} // namespace mdesk::app::cli
