#pragma once

#include "app/environmentoverrides.h"
#include "models/eventlog/spoolintake.h"
#include "models/profile/draftstore.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::sandbox {
class LocalGraph;
}
namespace mdesk::store {
class Database;
class EventJournal;
class EventSpool;
} // namespace mdesk::store
namespace mdesk::models {
class LabelCallRecorder;
}

namespace mdesk::app {

class SecretStore;
class Settings;
class SettingsAccountStore;

// What the desktop app runs on, without widgets: the Graph client, the keychain, the
// account store, and on first run (no account configured) or on request the in-process
// LocalGraph with its demo Pages.
//
// Contract: start() returns at once and ready() follows exactly once, from the event loop,
// when the configured accounts are loaded (keychain reads included). Keychain problems do
// not stop anything: they are listed in keychainProblems() and the pages whose secrets
// could not be read simply have no token.
//
// The local store is opened in the constructor: every event of client() goes to its event
// journal. A damaged file is moved aside and a new one made; a store that cannot be opened
// leaves database() and eventJournal() null and the app runs on. Either way the sentence
// is in storeProblems(), for the window's message bar. The events CLI runs left in the
// store's spool are taken in there too, and every 2 s while the app runs (spoolTakenIn()
// after each intake that brought events; storeProblem() for what the store refused).
class DeskSession : public QObject
{
    Q_OBJECT
public:
    // draftFolder: where editors autosave; empty: <AppDataLocation>/drafts.
    // storePath: the local database; empty: store::Database::defaultPath().
    explicit DeskSession(Settings &settings, QObject *parent = nullptr,
                         EnvironmentOverrides env = EnvironmentOverrides::fromEnvironment(),
                         const QString &draftFolder = {}, const QString &storePath = {});
    ~DeskSession() override;

    // sandbox: start LocalGraph even when accounts are configured (--sandbox).
    void start(bool sandbox);

    api::GraphClient &client() { return *m_client; }
    SecretStore &secrets() { return *m_secrets; }
    SettingsAccountStore &accounts() { return *m_accounts; }
    models::DraftStore &drafts() { return m_drafts; }
    // The running sandbox, or nullptr.
    sandbox::LocalGraph *sandbox() const { return m_sandbox; }
    bool isSandboxRunning() const { return m_sandbox != nullptr; }
    // Why the sandbox could not start; empty when it runs or was not asked for.
    const QString &sandboxError() const { return m_sandboxError; }
    const QStringList &keychainProblems() const { return m_keychainProblems; }
    // The open local store and its event journal; null when the store could not be opened.
    store::Database *database() const;
    store::EventJournal *eventJournal() const { return m_journal.get(); }
    // A damaged file moved aside, or why the store could not be opened; empty when fine.
    const QStringList &storeProblems() const { return m_storeProblems; }
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready();
    // The event journal could not write (disk full, file removed), or SQLite met damage in
    // the store while reading or writing (said once a run; the next start checks the file):
    // a sentence to show.
    void storeProblem(const QString &message);
    // Events other runs (the CLI) left in the store's spool reached the journal and the
    // label index: the log's earlier runs may have grown.
    void spoolTakenIn(int events);

private:
    void startSandbox();
    void finish();
    void openStore(const QString &path);
    void tellStoreDamage();
    void takeInSpool();
    models::SpoolIntake::Result intakeSpool();

    Settings &m_settings;
    EnvironmentOverrides m_env;
    models::DraftStore m_drafts;
    api::GraphClient *m_client;
    SecretStore *m_secrets;
    SettingsAccountStore *m_accounts;
    sandbox::LocalGraph *m_sandbox = nullptr;
    QString m_sandboxError;
    QStringList m_keychainProblems;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::EventJournal> m_journal; // declared after m_database: goes first
    std::unique_ptr<store::EventSpool> m_spool;
    models::LabelCallRecorder *m_labels = nullptr;
    QTimer m_spoolPoll;
    qint64 m_refusedSpoolSize = -1; // the spool's size after the store refused it
    QStringList m_storeProblems;
    bool m_damageTold = false;
    bool m_started = false;
    bool m_ready = false;
};

} // namespace mdesk::app
