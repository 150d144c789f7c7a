#pragma once

#include "api/graphevent.h"
#include "models/pageref.h"
#include "models/store/eventspool.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class QTextStream;

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::store {
class Database;
}

namespace mdesk::app {
class Settings;
class SecretStore;
} // namespace mdesk::app

namespace mdesk::app::cli {

class CliStore;

// The global options of the CLI contract (design.md).
struct GlobalOptions
{
    QString graphUrl;
    QString graphVersion;
    std::optional<models::PageRef> page;
    QString txId;
    bool events = false;
    bool sandbox = false;
    double timeoutSeconds = 0;  // --timeout: one request; 0: the client's default
    double deadlineSeconds = 0; // --deadline: the whole command; 0: none
};

// What every command shares: the streams, the global options, and — created on first use —
// settings, the keychain, the Graph client (with --events wired to stderr and to the local
// store's event journal, --timeout and --deadline applied, waits announced on stderr) and,
// with --sandbox, an in-process LocalGraph.
//
// The store and LocalGraph live in the store module (CliStorage), loaded only when a
// command needs them. The local store is opened only when a command needs it (store():
// audience, broadcast).
// Until then the client's events go to the store's spool (store::EventSpool), written every
// 200 ms and as the run ends, so a short `call` never opens SQLite; the store takes them in
// when it is next opened, here or by the app. Once a command opens the store, the spool is
// taken in and the events go to the journal and the label index directly. A damaged file's
// message goes to stderr; a store or spool that cannot be written is said on stderr and the
// calls still work.
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext(QTextStream &out, QTextStream &err, GlobalOptions options,
               QObject *parent = nullptr);
    ~CliContext() override;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const GlobalOptions &options() const { return m_options; }

    Settings &settings();
    SecretStore &secrets();
    api::GraphClient &client();
    // The local store, opened on first use; nullptr when it cannot be opened (or the store
    // module cannot be loaded): the reason is in *error, or (error nullptr) said once on
    // stderr. $MESSENGER_DESK_STORE overrides where the file is.
    store::Database *store(QString *error = nullptr);
    // This run's id on its events, and the spool they wait in until the store is opened:
    // for CliStorage::openStore().
    const QString &runId() const { return m_runId; }
    store::EventSpool &spool() { return m_spool; }

    // Loads the target page's app and tokens (environment, then keychain; with --sandbox
    // the demo accounts) and calls done once. The page is --page, else the only configured
    // page, else the sandbox's first page. On failure done gets an exit status and the
    // message is already on stderr.
    void preparePage(std::function<void(int exitStatus)> done);
    const models::PageRef &page() const { return m_page; }
    // The user access token for user-token operations (list_pages):
    // MESSENGER_DESK_USER_TOKEN, else with --sandbox the sandbox's one for the page's app.
    QString userToken() const;
    // Why secrets could not be read (no keychain, locked), empty when all went well.
    const QStringList &keychainProblems() const { return m_keychainProblems; }

    // Pretty JSON on stdout, then a newline.
    void printJson(const QJsonValue &value);
    // "messenger-desk-cli: <message>" on stderr.
    void printError(const QString &message);
    // Called once as the command ends: writes this run's events to the spool (or the
    // journal), takes in a spool past EventSpool::takeInBytes(), says on stderr when SQLite
    // reported the store damaged during this run (the next start then checks it), and
    // writes pending settings. From then on an event is spooled as it comes.
    void endRun();
    // Whether what this run leaves on disk is all written once endRun() returned, so the
    // process may end without destroying anything (main_cli.cpp): true unless the store
    // was opened (closing it ends its connections and records damage for the next start).
    bool isWrittenAtEnd() const { return m_runEnded && !m_store; }

private:
    void wireEvents();
    // --timeout, --deadline, and every announced wait on stderr.
    void applyLimits();
    void writeSpool();
    bool startSandbox();

    QTextStream &m_out;
    QTextStream &m_err;
    GlobalOptions m_options;
    std::unique_ptr<Settings> m_settings;
    SecretStore *m_secrets = nullptr;
    api::GraphClient *m_client = nullptr;
    models::PageRef m_page;
    QHash<QString, QString> m_sandboxUserTokens; // app id -> user token, with --sandbox
    QStringList m_keychainProblems;
    QDateTime m_deadline;             // when --deadline passes, from the start of the command
    const QString m_runId;            // of the journal's and the spool's events
    store::EventSpool m_spool;        // beside Database::defaultPath(), the file store() opens
    QList<api::GraphEvent> m_spooled; // for the spool, until the timer or the end
    QTimer m_spoolTimer;
    std::unique_ptr<CliStore> m_store; // from the store module, once store() opened it
    QString m_storeError;              // why the store cannot be used, once tried
    bool m_storeErrorTold = false;
    bool m_runEnded = false;
};

} // namespace mdesk::app::cli
