#pragma once

#include "cliharness.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace mdesk::clitest {

// `messenger-desk-cli sandbox serve --port 0` in its own process, as other tools use it:
// the first stdout line names the URL, apps, Pages and tokens; the control API under
// /__sandbox/ shows the state (what was sent) and injects faults.
//
// The demo data has two apps; the first requires appsecret_proof, the second does not.
class SandboxServer
{
public:
    struct Page
    {
        QString appId;
        QString id;
        QString name;
        QString token;
        QString ref() const { return appId + QLatin1Char('/') + id; }
    };
    struct App
    {
        QString id;
        QString secret;
        QString appToken;
        QString userToken;
        QList<Page> pages;
    };

    SandboxServer() = default;
    ~SandboxServer();
    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    // Starts the process with the harness's environment and reads the first line. On
    // failure returns false with *error saying why. serveArguments go after
    // `sandbox serve --port 0` (say {"--contacts", "2000"}).
    bool start(const CliHarness &harness, QString *error, const QStringList &serveArguments = {});

    QUrl url() const { return m_url; }
    // The first stdout line, parsed.
    const QJsonObject &description() const { return m_description; }
    const QList<App> &apps() const { return m_apps; }
    const App &app(int index = 0) const { return m_apps.at(index); }
    const Page &page(int app = 0, int page = 0) const { return m_apps.at(app).pages.at(page); }

    // Points harness at this sandbox for page (app, page) with credentials in the
    // environment (URL, page token, app secret); returns {"--page", "APP/PAGE"}.
    QStringList useEnvironment(CliHarness &harness, int app = 0, int page = 0) const;

    // One call of the control API; an invalid object when it failed.
    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = {});
    QJsonObject state() { return control("GET", QStringLiteral("/__sandbox/state")); }
    bool reset();
    bool setFaults(const QJsonObject &faults);
    // Graph calls the sandbox admitted so far (usage counters of every app); -1 on failure.
    int graphCalls();
    // The state of one page (messenger_profile, labels, messages_sent, ...).
    QJsonObject pageState(const QString &pageId);
    // Users of a label on a page; -1 when there is no such label.
    int labelUsers(const QString &pageId, const QString &labelId);

    // PSIDs of the demo people on a page, in demo order (deterministic demo data).
    static QStringList demoPsids(const QString &pageId, int count);
    // The app-scoped id of the person behind a demo PSID.
    static QString demoAsid(const QString &appId, const QString &psid);

private:
    QProcess m_process;
    QUrl m_url;
    QJsonObject m_description;
    QList<App> m_apps;
    QNetworkAccessManager m_network;
};

} // namespace mdesk::clitest
