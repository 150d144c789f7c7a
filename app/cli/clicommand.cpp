#include "app/cli/clicommand.h"

#include "api/graphclient.h"
#include "app/cli/cliusage.h"

#include <QMetaObject>

namespace mdesk::app::cli {

CliCommand::CliCommand(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void CliCommand::finish(int exitStatus)
{
    m_context.out().flush();
    m_context.err().flush();
    QMetaObject::invokeMethod(
        this, [this, exitStatus] { Q_EMIT finished(exitStatus); }, Qt::QueuedConnection);
}

void CliCommand::failUsage(const QString &message)
{
    m_context.printError(message);
    finish(UsageError);
}

bool CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // QCommandLineParser takes the first argument for the program name.
    if (parser.parse(QStringList{CliUsage::programName()} + arguments))
        return true;
    failUsage(parser.errorText());
    return false;
}

int CliCommand::reportResult(const api::GraphResult &result, bool printBody)
{
    if (result.isOk()) {
        if (printBody)
            m_context.printJson(result.body());
        if (!result.note().isEmpty())
            m_context.printError(result.note());
        return Success;
    }
    const api::GraphError &error = result.error();
    if (error.category == api::ErrorCategory::InvalidInput) {
        if (error.field == QLatin1String("access_token") &&
            !m_context.keychainProblems().isEmpty()) {
            m_context.printError(
                tr("%1 The keychain could not be read: %2")
                    .arg(error.message, m_context.keychainProblems().join(QLatin1Char(' '))));
            return KeychainUnavailable;
        }
        m_context.printError(error.field.isEmpty() ? error.message
                                                   : tr("%1: %2").arg(error.field, error.message));
        return UsageError;
    }
    m_context.printJson(m_context.client().redactor().redact(error.toJson()));
    if (!error.advice.isEmpty())
        m_context.printError(error.advice);
    return GraphFailure;
}

std::optional<QByteArray> CliCommand::readStdin(models::BoundedFileReader::Kind kind)
{
    models::BoundedFileReader reader(QStringLiteral("-"), kind);
    const auto read = reader.readAll();
    if (!read)
        failUsage(reader.error());
    return read;
}

} // namespace mdesk::app::cli

#include "moc_clicommand.cpp"
