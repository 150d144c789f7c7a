#include "app/cli/clicontext.h"

#include "api/eventhub.h"
#include "api/graphclient.h"
#include "app/accountloader.h"
#include "app/cli/clistorage.h"
#include "app/cli/clistorageloader.h"
#include "app/cli/cliusage.h"
#include "app/cli/exitstatus.h"
#include "app/secretstore.h"
#include "app/settings.h"
#include "models/store/eventspool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>

namespace mdesk::app::cli {

namespace {

// How long events wait in memory before they go to the spool: a short run writes once.
constexpr int kSpoolIntervalMs = 200;

} // namespace

CliContext::CliContext(QTextStream &out, QTextStream &err, GlobalOptions options, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_options(std::move(options))
    , m_runId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (m_options.deadlineSeconds > 0)
        m_deadline =
            QDateTime::currentDateTimeUtc().addMSecs(qint64(m_options.deadlineSeconds * 1000));
    m_spoolTimer.setSingleShot(true);
    m_spoolTimer.setInterval(kSpoolIntervalMs);
    connect(&m_spoolTimer, &QTimer::timeout, this, &CliContext::writeSpool);
}

CliContext::~CliContext()
{
    writeSpool();
    m_store.reset(); // writes what its journal holds, then closes the file
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
        // Every call's events reach the journal, so the app's log shows CLI runs, and every
        // label call keeps the label index right: through the spool until this run opens the
        // store, then directly.
        connect(m_client->events(), &api::EventHub::published, this,
                [this](const api::GraphEvent &event) {
                    if (m_store)
                        return; // its journal has it
                    m_spooled.append(event);
                    if (m_runEnded)
                        writeSpool(); // nothing comes after the end to write it
                    else if (!m_spoolTimer.isActive())
                        m_spoolTimer.start();
                });
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
        writeSpool(); // this run's events so far: taken in below, in order with the others
        if (CliStorage *storage = CliStorageLoader::storage(&m_storeError))
            m_store.reset(storage->openStore(*this, &m_storeError));
    }
    if (!m_store && error) {
        *error = m_storeError;
    } else if (!m_store && !m_storeErrorTold) {
        printError(m_storeError);
        m_storeErrorTold = true;
    }
    return m_store ? &m_store->database() : nullptr;
}

void CliContext::writeSpool()
{
    m_spoolTimer.stop();
    if (m_spooled.isEmpty())
        return;
    QString error;
    if (!m_spool.append(m_runId, m_spooled, &error))
        printError(error);
    m_spooled.clear();
}

void CliContext::endRun()
{
    m_runEnded = true;
    writeSpool();
    // A spool nobody took in (scripts only, no app) is taken in by the run that finds it
    // past its size: that run pays for opening the store, the others do not.
    if (!m_store && m_storeError.isEmpty() && m_spool.size() >= store::EventSpool::takeInBytes())
        store();
    if (const QString damage = m_store ? m_store->damageSeenMessage() : QString();
        !damage.isEmpty())
        printError(damage);
    if (m_settings)
        m_settings->sync();
}

QString CliContext::userToken() const
{
    // Like every secret, a user token comes from the environment; the in-process sandbox
    // has its own fake one per app, so list_pages works with --sandbox too.
    const QString fromEnvironment = qEnvironmentVariable("MESSENGER_DESK_USER_TOKEN");
    if (!fromEnvironment.isEmpty() || m_sandboxUserTokens.isEmpty())
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
    QString error;
    CliStorage *storage = CliStorageLoader::storage(&error);
    const auto apps = storage ? storage->startSandbox(*this, &error) : std::nullopt;
    if (!apps) {
        printError(storage ? tr("The sandbox could not listen on 127.0.0.1: %1").arg(error)
                           : error);
        return false;
    }
    for (const SandboxApp &app : *apps) {
        m_sandboxUserTokens.insert(app.id, app.userToken);
        if (m_page.pageId.isEmpty() && !app.pageIds.isEmpty())
            m_page = {app.id, app.pageIds.first()};
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

#include "moc_clicontext.cpp"
