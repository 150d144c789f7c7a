#pragma once

#include "app/cli/exitstatus.h"

#include <QObject>
#include <QStringList>

class QTextStream;

namespace mdesk::app::cli {

class CliCommand;
class CliContext;

// Runs one invocation of messenger-desk-cli: parses the global options, creates the
// command and reports its exit status through finished(). Commands talk to the network
// and the keychain, so a run is asynchronous: start() returns at once and finished() is
// emitted exactly once, always from the event loop (never from inside start()). A command
// that serves (sandbox serve) never finishes; the process is stopped from outside.
//
// Exit statuses follow the CLI contract (exitstatus.h). --deadline SECONDS bounds the whole
// run: when it passes, every Graph call is stopped, the command reports what it has, and
// the exit status is 1 whatever the command says.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    CliRunner(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliRunner() override;

    // arguments as from QCoreApplication::arguments(), the program name first.
    void start(const QStringList &arguments);
    // After finished(): whether everything the run leaves on disk is written, so the
    // process may end without destroying this object (CliContext::isWrittenAtEnd()).
    bool isWrittenAtEnd() const;

Q_SIGNALS:
    void finished(int exitStatus);

private:
    // Returns -1 when a command was started and will report through finished().
    int dispatch(const QStringList &arguments);
    int usageError(const QString &message);
    // Emits finished() once, from the event loop.
    void finish(int exitStatus);
    // --deadline passed: says so, stops every call, exits 1 once the command has reported.
    void onDeadline(double seconds);
    // A command of the store module (CliStorage), or nullptr with the reason on stderr.
    CliCommand *storageCommand(const QString &command);

    QTextStream &m_out;
    QTextStream &m_err;
    CliContext *m_context = nullptr;
    CliCommand *m_command = nullptr; // a child, deleted before m_context
    bool m_deadlinePassed = false;
    bool m_finished = false;
};

} // namespace mdesk::app::cli
