#include "app/cli/clirunner.h"

#include "api/graphclient.h"
#include "api/graphversion.h"
#include "app/cli/accountcommand.h"
#include "app/cli/callcommand.h"
#include "app/cli/clicontext.h"
#include "app/cli/clistorage.h"
#include "app/cli/clistorageloader.h"
#include "app/cli/cliusage.h"
#include "app/cli/insightscommand.h"
#include "app/cli/labelscommand.h"
#include "app/cli/opscommand.h"
#include "app/cli/profilecommand.h"
#include "models/pageref.h"

#include <QCommandLineParser>
#include <QMetaObject>
#include <QTextStream>
#include <QTimer>
#include <tuple>

namespace mdesk::app::cli {

CliRunner::CliRunner(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

CliRunner::~CliRunner()
{
    // The command uses the context (its database among others) until it ends, some of it
    // from threads of its own: it goes first.
    delete m_command;
}

void CliRunner::start(const QStringList &arguments)
{
    const int status = dispatch(arguments);
    if (status >= 0)
        finish(status);
}

bool CliRunner::isWrittenAtEnd() const
{
    return m_finished && (!m_context || m_context->isWrittenAtEnd());
}

void CliRunner::finish(int exitStatus)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_context)
        m_context->endRun();
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
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption deadline(QStringLiteral("deadline"), QString(),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));

    QCommandLineParser parser;
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(
        {graphUrl, graphVersion, page, txId, events, sandbox, timeout, deadline, help, version});
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
    // Seconds, fractions allowed; bounded so milliseconds fit a timer.
    for (const auto &[option, value, limit] :
         {std::tuple{&timeout, &options.timeoutSeconds, 24 * 3600.0},
          std::tuple{&deadline, &options.deadlineSeconds, 7 * 24 * 3600.0}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *value = parser.value(*option).toDouble(&ok);
        if (!ok || !(*value > 0) || *value > limit)
            return usageError(tr("--%1 expects a number of seconds above 0 and up to %2, got "
                                 "\"%3\".")
                                  .arg(option->names().first())
                                  .arg(limit)
                                  .arg(parser.value(*option)));
    }
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
    if (command == QLatin1String("ops"))
        m_command = new OpsCommand(*m_context, this);
    else if (command == QLatin1String("call"))
        m_command = new CallCommand(*m_context, this);
    else if (command == QLatin1String("account"))
        m_command = new AccountCommand(*m_context, this);
    else if (command == QLatin1String("profile"))
        m_command = new ProfileCommand(*m_context, this);
    else if (command == QLatin1String("labels"))
        m_command = new LabelsCommand(*m_context, this);
    else if (command == QLatin1String("insights"))
        m_command = new InsightsCommand(*m_context, this);
    else
        m_command = storageCommand(command);
    if (!m_command)
        return GraphFailure; // the store module could not be loaded: said on stderr
    connect(m_command, &CliCommand::finished, this,
            [this](int exitStatus) { finish(m_deadlinePassed ? GraphFailure : exitStatus); });
    if (options.deadlineSeconds > 0) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this,
                [this, seconds = options.deadlineSeconds] { onDeadline(seconds); });
        timer->start(int(options.deadlineSeconds * 1000));
    }
    m_command->start(positional);
    return -1;
}

CliCommand *CliRunner::storageCommand(const QString &command)
{
    // audience, broadcast and sandbox: the commands of the store module.
    QString error;
    CliStorage *storage = CliStorageLoader::storage(&error);
    if (!storage) {
        m_context->printError(error);
        return nullptr;
    }
    return storage->createCommand(command, *m_context, this);
}

void CliRunner::onDeadline(double seconds)
{
    if (m_finished)
        return;
    m_deadlinePassed = true;
    const QString reason =
        tr("The command did not finish within --deadline %1 seconds; it was stopped.").arg(seconds);
    m_err << CliUsage::programName() << ": " << reason << '\n';
    m_err.flush();
    // Every call ends now (a write already sent ends as unknown); the command reports what
    // it has and finishes. Should it not (a keychain job cannot be cancelled), stop anyway.
    m_context->client().stop(reason);
    QTimer::singleShot(2000, this, [this] { finish(GraphFailure); });
}

} // namespace mdesk::app::cli

#include "moc_clirunner.cpp"
