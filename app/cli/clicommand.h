#pragma once

#include "app/cli/clicontext.h"
#include "app/cli/exitstatus.h"

#include "api/graphresult.h"
#include "models/files/boundedfilereader.h"

#include <QCommandLineParser>
#include <QObject>
#include <optional>

namespace mdesk::app::cli {

// One top-level command of the CLI. start() returns at once; finished() follows exactly
// once, from the event loop, with the exit status of the contract.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    CliCommand(CliContext &context, QObject *parent = nullptr);

    // arguments: the command name first, then its own arguments and options.
    virtual void start(const QStringList &arguments) = 0;

Q_SIGNALS:
    void finished(int exitStatus);

protected:
    // Emits finished() from the event loop.
    void finish(int exitStatus);
    // Prints the message on stderr and finishes with UsageError.
    void failUsage(const QString &message);
    // Parses the command's own options; on failure reports it and returns false.
    bool parse(QCommandLineParser &parser, const QStringList &arguments);
    // The exit status of a call's result, after printing it: the ok body on stdout (0); a
    // Graph or transport error as JSON on stdout (1); input refused before sending on stderr
    // (2); a token the keychain could not give (3).
    int reportResult(const api::GraphResult &result, bool printBody = true);
    // Reads all of stdin within the cap of its kind (secrets come this way, never through
    // argv); past the cap or on a read error: reports it (failUsage) and returns nullopt.
    std::optional<QByteArray> readStdin(models::BoundedFileReader::Kind kind);

    CliContext &m_context;
};

} // namespace mdesk::app::cli
