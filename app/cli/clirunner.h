#pragma once

#include <QObject>
#include <QStringList>

class QTextStream;

namespace mdesk::app::cli {

// Runs one invocation of messenger-desk-cli: parses the global options, dispatches the
// command and reports the exit status through finished(). Commands talk to the network
// and the keychain, so a run is asynchronous: start() returns at once and finished() is
// emitted exactly once, always from the event loop (never from inside start()).
//
// Exit statuses follow the CLI contract: 0 ok, 1 Graph/transport error, 2 bad usage,
// 3 no keychain.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    enum ExitStatus { Success = 0, GraphFailure = 1, UsageError = 2, KeychainUnavailable = 3 };
    Q_ENUM(ExitStatus)

    CliRunner(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // arguments as from QCoreApplication::arguments(), the program name first.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitStatus);

private:
    int dispatch(const QStringList &arguments);
    int usageError(const QString &message);
    void finish(int exitStatus);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace mdesk::app::cli
