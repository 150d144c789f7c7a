#include "app/cli/clirunner.h"

#include "api/graphversion.h"
#include "app/cli/accountcommand.h"
#include "app/cli/audiencecommand.h"
#include "app/cli/broadcastcommand.h"
#include "app/cli/callcommand.h"
#include "app/cli/clicontext.h"
#include "app/cli/cliusage.h"
#include "app/cli/labelscommand.h"
#include "app/cli/opscommand.h"
#include "app/cli/profilecommand.h"
#include "app/cli/sandboxcommand.h"
#include "models/pageref.h"

#include <QCommandLineParser>
#include <QMetaObject>
#include <QTextStream>

namespace mdesk::app::cli {

CliRunner::CliRunner(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

CliRunner::~CliRunner() = default;

void CliRunner::start(const QStringList &arguments)
{
    const int status = dispatch(arguments);
    if (status >= 0)
        finish(status);
}

void CliRunner::finish(int exitStatus)
{
    m_out.flush();
    m_err.flush();
    QMetaObject::invokeMethod(
        this, [this, exitStatus] { Q_EMIT finished(exitStatus); }, Qt::QueuedConnection);
}

int CliRunner::usageError(const QString &message)
{
    m_err << CliUsage::programName() << ": " << message << '\n'
          << "Try '" << CliUsage::programName() << " --help' for the commands and options.\n";
    return UsageError;
}

int CliRunner::dispatch(const QStringList &arguments)
{
    const QCommandLineOption graphUrl(QStringLiteral("graph-url"), QString(),
                                      QStringLiteral("URL"));
    const QCommandLineOption graphVersion(QStringLiteral("graph-version"), QString(),
                                          QStringLiteral("vX.Y"));
    const QCommandLineOption page(QStringLiteral("page"), QString(),
                                  QStringLiteral("APP_ID/PAGE_ID"));
    const QCommandLineOption txId(QStringLiteral("tx-id"), QString(), QStringLiteral("ID"));
    const QCommandLineOption events(QStringLiteral("events"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));

    QCommandLineParser parser;
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions({graphUrl, graphVersion, page, txId, events, sandbox, help, version});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) && positional.isEmpty()) {
        m_out << CliUsage::helpText();
        return Success;
    }
    if (parser.isSet(version)) {
        m_out << CliUsage::versionText();
        return Success;
    }
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given."));

    const QString &command = positional.first();
    if (!CliUsage::commandNames().contains(command))
        return usageError(QStringLiteral("unknown command \"%1\".").arg(command));
    if (parser.isSet(help) || positional.contains(QStringLiteral("--help")) ||
        positional.contains(QStringLiteral("-h"))) {
        m_out << CliUsage::commandHelp(command);
        return Success;
    }

    GlobalOptions options;
    options.graphUrl = parser.value(graphUrl);
    options.graphVersion = parser.value(graphVersion);
    options.txId = parser.value(txId);
    options.events = parser.isSet(events);
    options.sandbox = parser.isSet(sandbox);
    if (parser.isSet(page)) {
        options.page = models::PageRef::parse(parser.value(page));
        if (!options.page)
            return usageError(QStringLiteral("--page expects APP_ID/PAGE_ID, got \"%1\".")
                                  .arg(parser.value(page)));
    }
    // MESSENGER_DESK_GRAPH_VERSION is the default of --graph-version: checked the same way
    // (a typo must not silently fall back to the default version) and used with --sandbox
    // too.
    QString versionSource = QStringLiteral("--graph-version");
    if (!parser.isSet(graphVersion)) {
        options.graphVersion = qEnvironmentVariable("MESSENGER_DESK_GRAPH_VERSION");
        versionSource = QStringLiteral("MESSENGER_DESK_GRAPH_VERSION");
    }
    if (!options.graphVersion.isEmpty() &&
        !api::GraphVersion::parse(options.graphVersion).isValid())
        return usageError(QStringLiteral("%1 expects a version such as v23.0, got \"%2\".")
                              .arg(versionSource, options.graphVersion));

    m_context = new CliContext(m_out, m_err, options, this);
    CliCommand *runner = nullptr;
    if (command == QLatin1String("ops"))
        runner = new OpsCommand(*m_context, this);
    else if (command == QLatin1String("call"))
        runner = new CallCommand(*m_context, this);
    else if (command == QLatin1String("account"))
        runner = new AccountCommand(*m_context, this);
    else if (command == QLatin1String("profile"))
        runner = new ProfileCommand(*m_context, this);
    else if (command == QLatin1String("labels"))
        runner = new LabelsCommand(*m_context, this);
    else if (command == QLatin1String("broadcast"))
        runner = new BroadcastCommand(*m_context, this);
    else if (command == QLatin1String("audience"))
        runner = new AudienceCommand(*m_context, this);
    else
        runner = new SandboxCommand(*m_context, this);
    connect(runner, &CliCommand::finished, this, &CliRunner::finished);
    runner->start(positional);
    return -1;
}

} // namespace mdesk::app::cli
