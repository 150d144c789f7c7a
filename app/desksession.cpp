#include "app/desksession.h"

#include "api/graphclient.h"
#include "api/sandbox/localgraph.h"
#include "app/accountloader.h"
#include "app/secretstore.h"
#include "app/settings.h"
#include "app/settingsaccountstore.h"
#include "models/audience/labelcallrecorder.h"
#include "models/eventlog/spoolintake.h"
#include "models/store/broadcastjournal.h"
#include "models/store/database.h"
#include "models/store/eventjournal.h"
#include "models/store/eventspool.h"
#include "models/store/integritystamp.h"

#include <QTimer>

namespace mdesk::app {

namespace {

// How often the app looks whether CLI runs left events in the spool (a stat of one file).
constexpr int kSpoolPollMs = 2000;

} // namespace

DeskSession::DeskSession(Settings &settings, QObject *parent, EnvironmentOverrides env,
                         const QString &draftFolder, const QString &storePath)
    : QObject(parent)
    , m_settings(settings)
    , m_env(std::move(env))
    , m_drafts(draftFolder)
    , m_client(new api::GraphClient(this))
    , m_secrets(new SecretStore(this))
    , m_accounts(new SettingsAccountStore(settings, *m_secrets, *m_client, this))
{
    openStore(storePath);
}

DeskSession::~DeskSession()
{
    store::IntegrityStamp::setDamageListener({});
    // The journal writes what is queued before the client's events stop.
    m_journal.reset();
    m_database.reset();
}

void DeskSession::openStore(const QString &path)
{
    m_database = std::make_unique<store::Database>(path);
    const store::OpenResult result = m_database->open();
    if (!result.damagedMessage.isEmpty())
        m_storeProblems << result.damagedMessage;
    if (!result.ok) {
        m_storeProblems << result.error;
        m_database.reset();
        return;
    }
    // SQLite reports damage on whichever thread met it; the message bar hears it here.
    store::IntegrityStamp::setDamageListener([this] {
        QMetaObject::invokeMethod(this, &DeskSession::tellStoreDamage, Qt::QueuedConnection);
    });
    // A broadcast this app was sending when it stopped: its `sending` rows become unknown.
    store::BroadcastJournal(*m_database).recoverInterrupted();
    m_journal = std::make_unique<store::EventJournal>(*m_database);
    m_journal->attach(m_client->events());
    connect(m_journal.get(), &store::EventJournal::writeFailed, this, &DeskSession::storeProblem);
    // Every label call of any tab or bulk job keeps the store's label index right.
    m_labels = new models::LabelCallRecorder(
        m_client->events(), [this](QString *) { return m_database.get(); }, this);
    connect(m_labels, &models::LabelCallRecorder::failed, this, &DeskSession::storeProblem);
    // CLI runs leave their events in the spool: taken in now and whenever it has grown, so
    // the log and the label index show them within seconds.
    m_spool = std::make_unique<store::EventSpool>(m_database->path());
    m_storeProblems << intakeSpool().problems;
    m_spoolPoll.setInterval(kSpoolPollMs);
    connect(&m_spoolPoll, &QTimer::timeout, this, &DeskSession::takeInSpool);
    m_spoolPoll.start();
}

void DeskSession::takeInSpool()
{
    // A spool the store refused is tried again when a CLI run has added to it, not at
    // every poll: the message bar tells a refusal once, not every 2 s.
    const qint64 size = m_spool ? m_spool->size() : 0;
    if (size == 0 || size == m_refusedSpoolSize)
        return;
    const models::SpoolIntake::Result result = intakeSpool();
    for (const QString &problem : result.problems)
        Q_EMIT storeProblem(problem);
    if (result.taken > 0)
        Q_EMIT spoolTakenIn(result.taken);
}

models::SpoolIntake::Result DeskSession::intakeSpool()
{
    const models::SpoolIntake::Result result =
        models::SpoolIntake::takeIn(*m_spool, *m_journal, *m_labels);
    m_refusedSpoolSize = result.problems.isEmpty() ? -1 : m_spool->size();
    return result;
}

void DeskSession::tellStoreDamage()
{
    if (m_damageTold || !m_database || !m_database->damageSeen())
        return;
    m_damageTold = true;
    Q_EMIT storeProblem(m_database->damageSeenMessage());
}

store::Database *DeskSession::database() const
{
    return m_database.get();
}

void DeskSession::start(bool sandbox)
{
    if (m_started)
        return;
    m_started = true;
    const bool configured = !m_settings.apps().isEmpty();
    if (sandbox || !configured)
        startSandbox();
    if (!configured) {
        QTimer::singleShot(0, this, &DeskSession::finish);
        return;
    }
    auto *loader = new AccountLoader(m_settings, *m_secrets, *m_client, m_env, this);
    connect(loader, &AccountLoader::finished, this, [this, loader] {
        m_keychainProblems = loader->keychainProblems();
        loader->deleteLater();
        finish();
    });
    loader->load();
}

void DeskSession::startSandbox()
{
    auto *graph = new sandbox::LocalGraph(sandbox::LocalGraph::demoOptions(), this);
    if (!graph->listen()) {
        m_sandboxError = graph->errorString();
        delete graph;
        return;
    }
    m_sandbox = graph;
    QList<models::AppAccount> apps;
    const api::GraphVersion newest = graph->options().newestVersion;
    const QString version = newest.toString();
    for (const sandbox::LocalGraph::App &app : graph->apps()) {
        // A configured app with a demo app's id (set up against `sandbox serve`) wins: one
        // client holds one connection per app id.
        if (m_settings.app(app.id))
            continue;
        api::AppConnection connection;
        connection.appId = app.id;
        connection.name = app.name;
        connection.baseUrl = graph->url();
        connection.version = newest;
        connection.appSecret = app.secret;
        connection.appToken = app.appToken;
        m_client->setApp(connection);
        for (const sandbox::LocalGraph::Page &page : app.pages)
            m_client->setPageToken(app.id, page.id, page.token);

        models::AppAccount account;
        account.id = app.id;
        account.name = app.name;
        account.graphVersion = version;
        account.effectiveGraphVersion = version;
        account.baseUrl = graph->url();
        account.hasSecret = !app.secret.isEmpty();
        for (const sandbox::LocalGraph::Page &page : app.pages)
            account.pages.append({app.id, page.id, page.name, true});
        apps.append(account);
    }
    m_accounts->setSandboxApps(apps);
}

void DeskSession::finish()
{
    m_ready = true;
    // The loaded connections carry the effective Graph versions; let views show them.
    m_accounts->refresh();
    Q_EMIT ready();
}

} // namespace mdesk::app

#include "moc_desksession.cpp"
