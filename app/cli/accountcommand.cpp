#include "app/cli/accountcommand.h"

#include "api/appconnection.h"
#include "api/graphversion.h"
#include "api/graphversions.h"
#include "app/settings.h"

#include <QHash>
#include <QJsonArray>
#include <memory>

namespace mdesk::app::cli {

namespace {

struct ListState
{
    QJsonArray apps;
    QStringList problems;
    int pending = 0;
};

} // namespace

void AccountCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("N"));
    const QCommandLineOption version(QStringLiteral("graph-version"), QString(),
                                     QStringLiteral("V"));
    const QCommandLineOption url(QStringLiteral("graph-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"));
    const QCommandLineOption tokenStdin(QStringLiteral("token-stdin"));
    parser.addOptions({name, version, url, secretStdin, tokenStdin});
    if (!parse(parser, arguments))
        return;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    // An option of another action is a mistake worth stopping for: a token piped into
    // "add-app --token-stdin" would otherwise be dropped with exit status 0.
    const QHash<QString, QStringList> allowed{
        {QStringLiteral("add-app"),
         {QStringLiteral("name"), QStringLiteral("graph-version"), QStringLiteral("graph-url"),
          QStringLiteral("secret-stdin")}},
        {QStringLiteral("add-page"), {QStringLiteral("name"), QStringLiteral("token-stdin")}}};
    const bool known = allowed.contains(action) || action == QLatin1String("list") ||
                       action == QLatin1String("remove");
    for (const QString &option : parser.optionNames()) {
        if (known && !allowed.value(action).contains(option)) {
            failUsage(tr("--%1 does not go with \"account %2\"; see \"account --help\".")
                          .arg(option, action));
            return;
        }
    }
    if (action == QLatin1String("add-app") && positional.size() == 3)
        addApp(parser, positional);
    else if (action == QLatin1String("add-page") && positional.size() == 4)
        addPage(parser, positional);
    else if (action == QLatin1String("list") && positional.size() == 2)
        list();
    else if (action == QLatin1String("remove") &&
             (positional.size() == 3 || positional.size() == 4))
        remove(positional);
    else
        failUsage(
            tr("Use: account add-app APP_ID [--name N] [--graph-version V] [--graph-url URL] "
               "[--secret-stdin] | account add-page APP_ID PAGE_ID [--name N] --token-stdin | "
               "account list | account remove APP_ID [PAGE_ID]."));
}

void AccountCommand::withSecret(int requestId, SecretDone done)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_context.secrets(), &SecretStore::finished, this,
                          [requestId, done, connection](int id, SecretStore::Outcome outcome,
                                                        const QString &, const QString &message) {
                              if (id != requestId)
                                  return;
                              QObject::disconnect(*connection);
                              done(outcome, message);
                          });
}

QString AccountCommand::secretFromStdin(const QString &what)
{
    const auto read = readStdin(models::BoundedFileReader::Kind::Secret);
    if (!read)
        return {};
    const QString secret = QString::fromUtf8(*read).trimmed();
    if (secret.isEmpty())
        failUsage(tr("No %1 arrived on stdin.").arg(what));
    return secret;
}

void AccountCommand::failKeychain(const QString &message)
{
    m_context.printError(message);
    finish(KeychainUnavailable);
}

void AccountCommand::addApp(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString appId = positional.at(2);
    if (!models::PageRef::isValidId(appId)) {
        failUsage(tr("\"%1\" is not an app id.").arg(appId));
        return;
    }
    // Adding an app that exists updates it: what the options do not name (name, Graph
    // version and URL, whether a secret is stored) is kept, so renaming an app does not
    // quietly send its calls to another server or version.
    AppEntry app = m_context.settings().app(appId).value_or(AppEntry{appId, appId, {}, {}, false});
    if (parser.isSet(QStringLiteral("name")))
        app.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("graph-version"))) {
        const auto version =
            api::GraphVersion::parse(parser.value(QStringLiteral("graph-version")));
        if (!version.isValid()) {
            failUsage(tr("\"%1\" is not a Graph version such as v23.0.")
                          .arg(parser.value(QStringLiteral("graph-version"))));
            return;
        }
        app.graphVersion = version.toString();
    }
    if (parser.isSet(QStringLiteral("graph-url"))) {
        app.baseUrl = QUrl(parser.value(QStringLiteral("graph-url")), QUrl::StrictMode);
        if (!api::isAllowedGraphUrl(app.baseUrl)) {
            failUsage(tr("The Graph URL %1 is refused: use https, or http only to a loopback host.")
                          .arg(parser.value(QStringLiteral("graph-url"))));
            return;
        }
    }
    if (!parser.isSet(QStringLiteral("secret-stdin"))) {
        m_context.settings().upsertApp(app);
        m_context.settings().sync();
        m_context.printJson(
            QJsonObject{{QStringLiteral("app"), app.id}, {QStringLiteral("secret_stored"), false}});
        finish(Success);
        return;
    }
    const QString secret = secretFromStdin(tr("app secret"));
    if (secret.isEmpty())
        return;
    const int request = m_context.secrets().writeSecret(SecretStore::appSecretKey(app.id), secret);
    withSecret(request, [this, app](SecretStore::Outcome outcome, const QString &message) mutable {
        if (outcome != SecretStore::Outcome::Ok) {
            failKeychain(message);
            return;
        }
        app.hasSecret = true;
        m_context.settings().upsertApp(app);
        m_context.settings().sync();
        m_context.printJson(
            QJsonObject{{QStringLiteral("app"), app.id}, {QStringLiteral("secret_stored"), true}});
        finish(Success);
    });
}

void AccountCommand::addPage(const QCommandLineParser &parser, const QStringList &positional)
{
    PageEntry page{positional.at(2), positional.at(3), positional.at(3)};
    if (!page.ref().isValid()) {
        failUsage(tr("\"%1/%2\" is not an APP_ID/PAGE_ID pair.").arg(page.appId, page.id));
        return;
    }
    // Adding a page again (to store a new token) keeps its name unless --name gives one.
    if (const auto existing = m_context.settings().page(page.ref()))
        page.name = existing->name;
    if (parser.isSet(QStringLiteral("name")))
        page.name = parser.value(QStringLiteral("name"));
    if (!m_context.settings().app(page.appId)) {
        failUsage(tr("The app %1 is not set up; add it first with \"account add-app %1\".")
                      .arg(page.appId));
        return;
    }
    if (!parser.isSet(QStringLiteral("token-stdin"))) {
        failUsage(tr("A page needs its access token: pipe it in and pass --token-stdin."));
        return;
    }
    const QString token = secretFromStdin(tr("page access token"));
    if (token.isEmpty())
        return;
    const int request =
        m_context.secrets().writeSecret(SecretStore::pageTokenKey(page.appId, page.id), token);
    withSecret(request, [this, page](SecretStore::Outcome outcome, const QString &message) {
        if (outcome != SecretStore::Outcome::Ok) {
            failKeychain(message);
            return;
        }
        m_context.settings().upsertPage(page);
        m_context.settings().sync();
        m_context.printJson(QJsonObject{{QStringLiteral("app"), page.appId},
                                        {QStringLiteral("page"), page.id},
                                        {QStringLiteral("token_stored"), true}});
        finish(Success);
    });
}

void AccountCommand::list()
{
    auto state = std::make_shared<ListState>();
    const QList<AppEntry> apps = m_context.settings().apps();
    // Presence is asked of the keychain; values are read and dropped at once.
    auto probe = [this, state](const QString &key, std::function<void(QJsonValue)> store) {
        ++state->pending;
        withSecret(m_context.secrets().readSecret(key),
                   [this, state, store](SecretStore::Outcome outcome, const QString &message) {
                       if (outcome == SecretStore::Outcome::Ok ||
                           outcome == SecretStore::Outcome::NotFound) {
                           store(outcome == SecretStore::Outcome::Ok);
                       } else {
                           store(QJsonValue::Null);
                           if (!state->problems.contains(message))
                               state->problems.append(message);
                       }
                       if (--state->pending > 0)
                           return;
                       m_context.printJson(QJsonObject{{QStringLiteral("apps"), state->apps}});
                       if (!state->problems.isEmpty()) {
                           m_context.printError(tr("Secret presence is unknown: %1")
                                                    .arg(state->problems.join(QLatin1Char(' '))));
                           finish(KeychainUnavailable);
                           return;
                       }
                       finish(Success);
                   });
    };
    for (qsizetype a = 0; a < apps.size(); ++a) {
        const AppEntry &app = apps.at(a);
        QJsonArray pages;
        for (const PageEntry &page : m_context.settings().pages(app.id))
            pages.append(
                QJsonObject{{QStringLiteral("id"), page.id}, {QStringLiteral("name"), page.name}});
        // The version calls use (the app's own or the default) with its calendar dates.
        const api::GraphVersion used = api::GraphVersion::parse(
            app.graphVersion.isEmpty() ? m_context.settings().graphVersion() : app.graphVersion);
        state->apps.append(QJsonObject{
            {QStringLiteral("id"), app.id},
            {QStringLiteral("name"), app.name},
            {QStringLiteral("graph_version"), app.graphVersion},
            {QStringLiteral("graph_version_dates"),
             used.isValid() ? QJsonValue(api::GraphVersions::toJson(used)) : QJsonValue()},
            {QStringLiteral("graph_url"), app.baseUrl.toString()},
            {QStringLiteral("pages"), pages}});
        auto setAppField = [state, a](const QString &field) {
            return [state, a, field](QJsonValue present) {
                QJsonObject object = state->apps.at(a).toObject();
                object.insert(field, present);
                state->apps.replace(a, object);
            };
        };
        probe(SecretStore::appSecretKey(app.id), setAppField(QStringLiteral("secret_present")));
        probe(SecretStore::appTokenKey(app.id), setAppField(QStringLiteral("app_token_present")));
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const QString pageId = pages.at(p).toObject().value(QStringLiteral("id")).toString();
            probe(SecretStore::pageTokenKey(app.id, pageId), [state, a, p](QJsonValue present) {
                QJsonObject object = state->apps.at(a).toObject();
                QJsonArray list = object.value(QStringLiteral("pages")).toArray();
                QJsonObject page = list.at(p).toObject();
                page.insert(QStringLiteral("token_present"), present);
                list.replace(p, page);
                object.insert(QStringLiteral("pages"), list);
                state->apps.replace(a, object);
            });
        }
    }
    if (apps.isEmpty()) {
        m_context.printJson(QJsonObject{{QStringLiteral("apps"), QJsonArray()}});
        finish(Success);
    }
}

void AccountCommand::remove(const QStringList &positional)
{
    const QString appId = positional.at(2);
    const QString pageId = positional.value(3);
    if (!m_context.settings().app(appId)) {
        failUsage(tr("The app %1 is not set up.").arg(appId));
        return;
    }
    QStringList keys;
    if (pageId.isEmpty()) {
        keys << SecretStore::appSecretKey(appId) << SecretStore::appTokenKey(appId);
        for (const PageEntry &page : m_context.settings().pages(appId))
            keys << SecretStore::pageTokenKey(appId, page.id);
    } else {
        if (!m_context.settings().page({appId, pageId})) {
            failUsage(tr("The page %1 of app %2 is not set up.").arg(pageId, appId));
            return;
        }
        keys << SecretStore::pageTokenKey(appId, pageId);
    }
    // Secrets go first; settings change only when the keychain let go of all of them.
    auto remaining = std::make_shared<int>(int(keys.size()));
    auto problems = std::make_shared<QStringList>();
    for (const QString &key : keys) {
        withSecret(m_context.secrets().deleteSecret(key), [this, remaining, problems, appId,
                                                           pageId](SecretStore::Outcome outcome,
                                                                   const QString &message) {
            if (outcome != SecretStore::Outcome::Ok && outcome != SecretStore::Outcome::NotFound)
                problems->append(message);
            if (--*remaining > 0)
                return;
            if (!problems->isEmpty()) {
                m_context.printError(tr("The keychain could not remove every secret (%1); the "
                                        "account stays in settings so the command can "
                                        "be repeated.")
                                         .arg(problems->first()));
                finish(KeychainUnavailable);
                return;
            }
            if (pageId.isEmpty())
                m_context.settings().removeApp(appId);
            else
                m_context.settings().removePage({appId, pageId});
            m_context.settings().sync();
            m_context.printJson(
                QJsonObject{{QStringLiteral("removed"),
                             pageId.isEmpty() ? appId : appId + QLatin1Char('/') + pageId}});
            finish(Success);
        });
    }
}

} // namespace mdesk::app::cli

#include "moc_accountcommand.cpp"
