#include "app/cli/clirunner.h"

#include "app/cli/cliusage.h"
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

void CliRunner::start(const QStringList &arguments)
{
    finish(dispatch(arguments));
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

    if (parser.isSet(help)) {
        m_out << CliUsage::helpText();
        return Success;
    }
    if (parser.isSet(version)) {
        m_out << CliUsage::versionText();
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given."));

    const QString &command = positional.first();
    if (!CliUsage::commandNames().contains(command))
        return usageError(QStringLiteral("unknown command \"%1\".").arg(command));

    if (parser.isSet(page) && !models::PageRef::parse(parser.value(page)))
        return usageError(
            QStringLiteral("--page expects APP_ID/PAGE_ID, got \"%1\".").arg(parser.value(page)));

    return usageError(QStringLiteral("the command \"%1\" is not implemented yet.").arg(command));
}

} // namespace mdesk::app::cli
