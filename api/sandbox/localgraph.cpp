#include "localgraph.h"

#include "demodata.h"
#include "graphserver.h"
#include "requestrouter.h"
#include "sandboxstate.h"

#include "api/appconnection.h"
#include "api/graphclient.h"

#include <QHostAddress>
#include <QJsonArray>

namespace mdesk::sandbox {

LocalGraph::LocalGraph(QObject *parent)
    : LocalGraph(LocalGraphOptions{}, parent)
{}

LocalGraph::LocalGraph(const LocalGraphOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_state(std::make_unique<SandboxState>())
    , m_faults(std::make_unique<FaultInjector>())
{
    SandboxState *state = m_state.get();
    m_meter = std::make_unique<UsageMeter>([state] { return state->now(); });
    m_router = std::make_unique<RequestRouter>(*m_state, *m_meter);
    m_server = new GraphServer(*this);
    applyOptions();
}

LocalGraph::~LocalGraph()
{
    // The server and its sockets go first: nothing may reach the state once it is gone.
    delete m_server;
}

LocalGraphOptions LocalGraph::demoOptions()
{
    LocalGraphOptions options;
    options.demo = true;
    return options;
}

void LocalGraph::applyOptions()
{
    DemoData::populate(*m_state, m_options.seed, m_options.contactsPerPage);
    for (auto it = m_options.requireAppSecretProof.begin();
         it != m_options.requireAppSecretProof.end(); ++it) {
        if (AppState *app = m_state->app(it.key()))
            app->requireProof = it.value();
    }
    m_meter->reset();
    m_meter->setBudget(m_options.budget);
    m_meter->setProfileLimitEnabled(!m_options.demo);
    m_faults->seed(m_options.seed);
    m_faults->configure(m_options.faults);
    m_router->setVersions(m_options.oldestVersion, m_options.newestVersion);
    m_router->setBaseUrl(m_url);
}

bool LocalGraph::listen(quint16 port)
{
    if (isListening())
        return true;
    const quint16 bound = m_server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        m_error =
            tr("LocalGraph could not listen on 127.0.0.1:%1; the port may be in use.").arg(port);
        return false;
    }
    m_error.clear();
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(bound));
    m_router->setBaseUrl(m_url);
    return true;
}

bool LocalGraph::isListening() const
{
    return m_url.isValid() && !m_url.isEmpty();
}

QList<LocalGraph::App> LocalGraph::apps() const
{
    QList<App> apps;
    for (const AppState &state : std::as_const(m_state->apps)) {
        App app{state.id,           state.name, state.secret, state.appToken, state.userToken,
                state.requireProof, {}};
        for (const QString &pageId : state.pageIds) {
            const PageState *page = m_state->page(pageId);
            app.pages.append({page->id, page->name, page->token});
        }
        apps.append(app);
    }
    return apps;
}

QJsonObject LocalGraph::describe() const
{
    QJsonArray apps;
    for (const App &app : this->apps()) {
        QJsonArray pages;
        for (const Page &page : app.pages)
            pages.append(QJsonObject{{QStringLiteral("id"), page.id},
                                     {QStringLiteral("name"), page.name},
                                     {QStringLiteral("token"), page.token}});
        apps.append(
            QJsonObject{{QStringLiteral("id"), app.id},
                        {QStringLiteral("name"), app.name},
                        {QStringLiteral("secret"), app.secret},
                        {QStringLiteral("app_token"), app.appToken},
                        {QStringLiteral("user_token"), app.userToken},
                        {QStringLiteral("require_appsecret_proof"), app.requireAppSecretProof},
                        {QStringLiteral("pages"), pages}});
    }
    return {{QStringLiteral("url"), m_url.toString()},
            {QStringLiteral("graph_versions"),
             QJsonObject{{QStringLiteral("oldest"), m_options.oldestVersion.toString()},
                         {QStringLiteral("newest"), m_options.newestVersion.toString()}}},
            {QStringLiteral("demo"), m_options.demo},
            {QStringLiteral("apps"), apps}};
}

void LocalGraph::connectClient(api::GraphClient &client, api::GraphVersion version) const
{
    for (const App &app : apps()) {
        api::AppConnection connection;
        connection.appId = app.id;
        connection.name = app.name;
        connection.baseUrl = m_url;
        connection.version = version.isValid() ? version : m_options.newestVersion;
        connection.appSecret = app.secret;
        connection.appToken = app.appToken;
        client.setApp(connection);
        for (const Page &page : app.pages)
            client.setPageToken(app.id, page.id, page.token);
    }
}

void LocalGraph::setFaults(const FaultConfig &faults)
{
    m_faults->configure(faults);
}

void LocalGraph::clearFaults()
{
    m_faults->clear();
}

FaultConfig LocalGraph::faults() const
{
    return m_faults->config();
}

void LocalGraph::setBudget(const CallBudget &budget)
{
    m_meter->setBudget(budget);
}

CallBudget LocalGraph::budget() const
{
    return m_meter->budget();
}

void LocalGraph::setDemoMode(bool demo)
{
    m_options.demo = demo;
    m_meter->setProfileLimitEnabled(!demo);
}

void LocalGraph::setRequireAppSecretProof(const QString &appId, bool required)
{
    m_options.requireAppSecretProof.insert(appId, required);
    if (AppState *app = m_state->app(appId))
        app->requireProof = required;
}

bool LocalGraph::advanceClock(qint64 seconds)
{
    return m_state->advanceClock(seconds);
}

bool LocalGraph::invalidateToken(const QString &token)
{
    const auto it = m_state->tokens.find(token);
    if (it == m_state->tokens.end())
        return false;
    it->invalidated = true;
    return true;
}

void LocalGraph::reset()
{
    applyOptions();
}

QJsonObject LocalGraph::contactJson(const Contact &contact) const
{
    const qint64 now = m_state->now().toSecsSinceEpoch();
    const QString name = contact.person >= 0 && contact.person < m_state->persons.size()
                             ? m_state->persons.at(contact.person).fullName()
                             : QString();
    return {{QStringLiteral("psid"), contact.psid},
            {QStringLiteral("name"), name},
            {QStringLiteral("thread_id"), contact.threadId},
            {QStringLiteral("last_inbound"),
             QDateTime::fromSecsSinceEpoch(contact.lastInbound, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("window_open"), now - contact.lastInbound <= 24 * 3600},
            {QStringLiteral("unavailable"), contact.unavailable}};
}

QJsonObject LocalGraph::stateJson(bool withContacts) const
{
    QJsonArray pages;
    const QDateTime now = m_state->now();
    for (const QString &pageId : std::as_const(m_state->pageOrder)) {
        const PageState &page = *m_state->page(pageId);
        QJsonArray labels;
        for (const QString &labelId : page.labelOrder) {
            const CustomLabel &label = page.labels[labelId];
            labels.append(QJsonObject{{QStringLiteral("id"), label.id},
                                      {QStringLiteral("name"), label.name},
                                      {QStringLiteral("users"), int(label.psids.size())}});
        }
        QJsonArray broadcasts;
        for (const QString &broadcastId : page.broadcastOrder) {
            const Broadcast &broadcast = page.broadcasts[broadcastId];
            broadcasts.append(QJsonObject{{QStringLiteral("id"), broadcast.id},
                                          {QStringLiteral("status"), broadcast.status(now)},
                                          {QStringLiteral("recipients"), broadcast.recipients}});
        }
        QJsonArray sent;
        for (const SentMessage &message : page.sentMessages) {
            QJsonObject entry{{QStringLiteral("recipient_id"), message.recipientId},
                              {QStringLiteral("message_id"), message.id},
                              {QStringLiteral("messaging_type"), message.messagingType},
                              {QStringLiteral("at"), message.at.toString(Qt::ISODate)}};
            if (!message.tag.isEmpty())
                entry.insert(QStringLiteral("tag"), message.tag);
            if (!message.personaId.isEmpty())
                entry.insert(QStringLiteral("persona_id"), message.personaId);
            sent.append(entry);
        }
        // Who owns each thread not with the primary receiver, and the personas, so a
        // handover or persona change can be checked from outside.
        QJsonObject threadOwners;
        for (auto it = page.threadOwners.cbegin(); it != page.threadOwners.cend(); ++it)
            threadOwners.insert(it.key(), it.value());
        QJsonArray personaList;
        for (const QString &personaId : page.personaOrder) {
            const Persona &persona = page.personas[personaId];
            personaList.append(
                QJsonObject{{QStringLiteral("id"), persona.id},
                            {QStringLiteral("name"), persona.name},
                            {QStringLiteral("profile_picture_url"), persona.profilePictureUrl}});
        }
        QJsonArray contacts;
        if (withContacts) {
            for (const Contact &contact : page.contacts.all())
                contacts.append(contactJson(contact));
        }
        pages.append(QJsonObject{
            {QStringLiteral("id"), page.id},
            {QStringLiteral("name"), page.name},
            {QStringLiteral("app_id"), page.appId},
            {QStringLiteral("users"), int(page.psids.size())},
            {QStringLiteral("messenger_profile"), page.profile},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("broadcasts"), broadcasts},
            {QStringLiteral("user_menus"), int(page.userMenus.size())},
            {QStringLiteral("threads_not_with_primary_receiver"), int(page.threadOwners.size())},
            {QStringLiteral("thread_owners"), threadOwners},
            {QStringLiteral("subscribed_fields"),
             QJsonArray::fromStringList(page.subscribedFields)},
            {QStringLiteral("nlp_configs"), page.nlpConfig},
            {QStringLiteral("attachments"), int(page.attachments.size())},
            {QStringLiteral("messenger_codes"), int(page.codes.size())},
            {QStringLiteral("messages_sent"), page.messagesSent},
            {QStringLiteral("sender_actions"), page.senderActions},
            {QStringLiteral("sent_messages"), sent},
            {QStringLiteral("restricted"), page.restricted},
            {QStringLiteral("personas"), int(page.personas.size())},
            {QStringLiteral("persona_list"), personaList},
            {QStringLiteral("conversations"), int(page.contacts.size())},
            {QStringLiteral("contacts"), contacts}});
    }
    return {{QStringLiteral("now"), m_state->now().toString(Qt::ISODate)},
            {QStringLiteral("demo"), m_options.demo},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("usage"), m_meter->toJson()},
            {QStringLiteral("faults"), m_faults->config().toJson()}};
}

} // namespace mdesk::sandbox

#include "moc_localgraph.cpp"
