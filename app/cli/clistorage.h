#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace mdesk::store {
class Database;
}

namespace mdesk::app::cli {

class CliCommand;
class CliContext;

// An app of the in-process LocalGraph (--sandbox): what the CLI needs to pick a page and
// answer list_pages.
struct SandboxApp
{
    QString id;
    QString userToken;
    QStringList pageIds;
};

// The store's side of one run, made by CliStorage::openStore(): the open database, with the
// client's events going to its journal and label index.
class CliStore
{
public:
    virtual ~CliStore() = default;
    virtual store::Database &database() = 0;
    // The sentence for damage SQLite reported during this run; empty when there was none.
    virtual QString damageSeenMessage() const = 0;
};

// What the CLI reaches only through its store module (messenger-desk-cli-store, loaded on
// first use by CliStorageLoader): everything that needs Qt Sql, SQLite or Qt HttpServer. A
// command that needs none of these (`call`, `ops`, `profile`, ...) never loads the module
// and so loads none of those libraries (issue 18: about 1.4 ms of every start).
class CliStorage
{
public:
    virtual ~CliStorage() = default;

    // The commands that live in the module; name: "audience", "broadcast" or "sandbox".
    virtual CliCommand *createCommand(const QString &name, CliContext &context,
                                      QObject *parent) = 0;
    // Opens the store at Database::defaultPath() for this run: takes the context's spool
    // in (its own events written there first), then journals and indexes the client's
    // events directly. nullptr with *error when the file cannot be opened; a damaged file
    // that was moved aside is said on stderr and a new one opened.
    virtual CliStore *openStore(CliContext &context, QString *error) = 0;
    // Starts an in-process LocalGraph with the demo accounts and points the context's
    // client at it. nullopt with *error (LocalGraph's reason) when it cannot listen.
    virtual std::optional<QList<SandboxApp>> startSandbox(CliContext &context, QString *error) = 0;
};

} // namespace mdesk::app::cli

#define MDESK_CLI_STORAGE_IID "io.github.messengerdesk.CliStorage/1"
Q_DECLARE_INTERFACE(mdesk::app::cli::CliStorage, MDESK_CLI_STORAGE_IID)
