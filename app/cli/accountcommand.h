#pragma once

#include "app/cli/clicommand.h"
#include "app/secretstore.h"

#include <QJsonObject>
#include <functional>

namespace mdesk::app::cli {

// `account add-app | add-page | list | remove`: apps and pages in settings, their secrets
// read from stdin only and stored in the keychain only. When the keychain fails, nothing
// is stored anywhere and the exit status is 3.
class AccountCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start(const QStringList &arguments) override;

private:
    using SecretDone = std::function<void(SecretStore::Outcome, const QString &message)>;

    void addApp(const QCommandLineParser &parser, const QStringList &positional);
    void addPage(const QCommandLineParser &parser, const QStringList &positional);
    void list();
    void remove(const QStringList &positional);
    // Runs one keychain request and calls done with its outcome.
    void withSecret(int requestId, SecretDone done);
    // Reads a secret from stdin; empty (and usage reported) when there is none.
    QString secretFromStdin(const QString &what);
    void failKeychain(const QString &message);
};

} // namespace mdesk::app::cli
