#include "app/cli/clicontext.h"

#include "api/graphclient.h"
#include "api/sandbox/localgraph.h"
#include "app/accountloader.h"
#include "app/cli/cliusage.h"
#include "app/cli/exitstatus.h"
#include "app/secretstore.h"
#include "app/settings.h"
#include "models/audience/labelcallrecorder.h"
#include "models/store/database.h"
#include "models/store/eventjournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace mdesk::app::cli {

CliContext::CliContext(QTextStream &out, QTextStream &err, GlobalOptions options, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_options(std::move(options))
{
    if (m_options.deadlineSeconds > 0)
        m_deadline =
            QDateTime::currentDateTimeUtc().addMSecs(qint64(m_options.deadlineSeconds * 1000));
}

CliContext::~CliContext()
{
    if (!m_earlyEvents.isEmpty())
        openJournal(); // a run that ended before the journal's turn came
    m_journal.reset(); // writes what is queued
    m_store.reset();
}

Settings &CliContext::settings()
{
    if (!m_settings)
        m_settings = std::make_unique<Settings>();
    return *m_settings;
}

SecretStore &CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = new SecretStore(this);
    return *m_secrets;
}

api::GraphClient &CliContext::client()
{
    if (!m_client) {
        m_client = new api::GraphClient(this);
        wireEvents();
        applyLimits();
        openJournalAfterFirstEvent();
        // Every label call of any command keeps the label index right.
        auto *recorder = new models::LabelCallRecorder(
            m_client->events(), [this](QString *error) { return store(error); }, this);
        connect(recorder, &models::LabelCallRecorder::failed, this,
                [this](const QString &message) { printError(message); });
    }
    return *m_client;
}

void CliContext::wireEvents()
{
    if (!m_options.events)
        return;
    connect(m_client->events(), &api::EventHub::published, this,
            [this](const api::GraphEvent &event) {
                m_err << QString::fromUtf8(event.toJsonLine());
                m_err.flush();
            });
}

void CliContext::applyLimits()
{
    if (m_options.timeoutSeconds > 0)
        m_client->setDefaultTimeout(int(m_options.timeoutSeconds * 1000));
    if (m_options.deadlineSeconds > 0)
        m_client->setDeadline(m_deadline);
    connect(m_client, &api::GraphClient::waiting, this,
            [this](api::GraphReply *, qint64, const QDateTime &, const QString &message) {
                printError(message);
            });
}

store::Database *CliContext::store(QString *error)
{
    if (!m_store && m_storeError.isEmpty()) {
        auto database = std::make_unique<store::Database>();
        const store::OpenResult opened = database->open();
        if (!opened.damagedMessage.isEmpty())
            printError(opened.damagedMessage);
        if (opened.ok)
            m_store = std::move(database);
        else
            m_storeError = opened.error;
    }
    if (!m_store && error)
        *error = m_storeError;
    return m_store.get();
}

void CliContext::reportStoreDamage()
{
    if (m_store && m_store->damageSeen())
        printError(m_store->damageSeenMessage());
}

void CliContext::openJournalAfterFirstEvent()
{
    // Opening the store costs a short `call` as much as its request. The first event is
    // published as the request leaves, so the store opens (on the next turn of the event
    // loop) while Graph answers; events until then wait here.
    connect(m_client->events(), &api::EventHub::published, this,
            [this](const api::GraphEvent &event) {
                if (m_journalTried)
                    return;
                if (m_earlyEvents.isEmpty())
                    QMetaObject::invokeMethod(this, &CliContext::openJournal, Qt::QueuedConnection);
                m_earlyEvents.append(event);
            });
}

void CliContext::openJournal()
{
    // Every call's events go to the journal too, so the app's log shows CLI runs. A store
    // that cannot be opened, or events it cannot take, are said on stderr; calls still
    // work without a journal.
    if (m_journalTried)
        return;
    m_journalTried = true;
    QString error;
    if (store::Database *database = store(&error)) {
        // On this thread's connection: a second one, for a writer thread, costs a short
        // `call` about as much as its request.
        m_journal = std::make_unique<store::EventJournal>(
            *database, store::EventJournal::Writing::OnTheCallersThread);
        connect(m_journal.get(), &store::EventJournal::writeFailed, this,
                [this](const QString &message) { printError(message); });
        for (const api::GraphEvent &event : std::as_const(m_earlyEvents))
            m_journal->append(event);
        m_journal->attach(m_client->events());
    } else {
        printError(error);
    }
    m_earlyEvents.clear();
}

QString CliContext::userToken() const
{
    // Like every secret, a user token comes from the environment; the in-process sandbox
    // has its own fake one per app, so list_pages works with --sandbox too.
    const QString fromEnvironment = qEnvironmentVariable("MESSENGER_DESK_USER_TOKEN");
    if (!fromEnvironment.isEmpty() || !m_sandbox)
        return fromEnvironment;
    return m_sandboxUserTokens.value(m_page.appId);
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    if (value.isObject() || value.isArray())
        m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    else
        m_out << QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                     .mid(1)
                     .chopped(1)
              << '\n';
    m_out.flush();
}

void CliContext::printError(const QString &message)
{
    m_err << CliUsage::programName() << ": " << message << '\n';
    m_err.flush();
}

bool CliContext::startSandbox()
{
    // Demo options, as for `messenger-desk --sandbox`: no profile-call limit.
    m_sandbox = new sandbox::LocalGraph(sandbox::LocalGraph::demoOptions(), this);
    if (!m_sandbox->listen()) {
        printError(
            tr("The sandbox could not listen on 127.0.0.1: %1").arg(m_sandbox->errorString()));
        return false;
    }
    m_sandbox->connectClient(client(), api::GraphVersion::parse(m_options.graphVersion));
    for (const auto &app : m_sandbox->apps()) {
        m_sandboxUserTokens.insert(app.id, app.userToken);
        if (m_page.pageId.isEmpty() && !app.pages.isEmpty())
            m_page = {app.id, app.pages.first().id};
    }
    if (m_options.page)
        m_page = *m_options.page;
    return true;
}

void CliContext::preparePage(std::function<void(int)> done)
{
    if (m_options.sandbox) {
        done(startSandbox() ? Success : GraphFailure);
        return;
    }
    if (m_options.page) {
        m_page = *m_options.page;
    } else {
        const QList<PageEntry> pages = settings().pages();
        if (pages.size() != 1) {
            printError(
                pages.isEmpty()
                    ? tr("No page is set up: add one with \"account add-page\", pass "
                         "--page APP_ID/PAGE_ID with MESSENGER_DESK_PAGE_TOKEN, or use "
                         "--sandbox.")
                    : tr("Several pages are set up; choose one with --page APP_ID/PAGE_ID."));
            done(UsageError);
            return;
        }
        m_page = pages.first().ref();
    }
    EnvironmentOverrides env = EnvironmentOverrides::fromEnvironment();
    // Name where a refused URL came from, and quote it as given (an invalid URL has no
    // display form).
    QString urlSource = QStringLiteral("MESSENGER_DESK_GRAPH_URL");
    QString urlText = qEnvironmentVariable("MESSENGER_DESK_GRAPH_URL");
    if (!m_options.graphUrl.isEmpty()) {
        env.graphUrl = QUrl(m_options.graphUrl, QUrl::StrictMode);
        urlSource = QStringLiteral("--graph-url");
        urlText = m_options.graphUrl;
    }
    if (!m_options.graphVersion.isEmpty())
        env.graphVersion = m_options.graphVersion;
    if (!urlText.isEmpty() && (!env.graphUrl.isValid() || !api::isAllowedGraphUrl(env.graphUrl))) {
        printError(tr("The Graph URL \"%1\" from %2 is refused: use https, or http only to a "
                      "loopback host.")
                       .arg(urlText, urlSource));
        done(UsageError);
        return;
    }
    auto *loader = new AccountLoader(settings(), secrets(), client(), env, this);
    connect(loader, &AccountLoader::finished, this, [this, loader, done] {
        m_keychainProblems = loader->keychainProblems();
        loader->deleteLater();
        done(Success);
    });
    loader->load(m_page.appId, m_page.pageId);
}

} // namespace mdesk::app::cli
