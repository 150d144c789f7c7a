#include "sandboxserver.h"

#include "api/sandbox/localgraph.h"
#include "api/sandbox/sandboxstate.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace mdesk::clitest {

namespace {
constexpr int StartTimeoutMs = 30000;
constexpr int ControlTimeoutMs = 15000;
} // namespace

SandboxServer::~SandboxServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(StartTimeoutMs);
    }
}

bool SandboxServer::start(const CliHarness &harness, QString *error,
                          const QStringList &serveArguments)
{
    m_process.setProcessEnvironment(harness.environment());
    m_process.setProgram(CliHarness::binary());
    m_process.setArguments(QStringList{QStringLiteral("sandbox"), QStringLiteral("serve"),
                                       QStringLiteral("--port"), QStringLiteral("0")} +
                           serveArguments);
    m_process.start();
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        *error = m_process.errorString();
        return false;
    }
    // The first line is written once the server listens.
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning ||
            !m_process.waitForReadyRead(StartTimeoutMs)) {
            *error = QStringLiteral("sandbox serve printed no first line: %1")
                         .arg(QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
    }
    QJsonParseError parseError{};
    const QJsonObject description =
        QJsonDocument::fromJson(m_process.readLine(), &parseError).object();
    m_description = description;
    m_url = QUrl(description.value(QStringLiteral("url")).toString());
    if (parseError.error != QJsonParseError::NoError || !m_url.isValid()) {
        *error = QStringLiteral("the first line of sandbox serve is not its description: %1")
                     .arg(parseError.errorString());
        return false;
    }
    for (const auto &appValue : description.value(QStringLiteral("apps")).toArray()) {
        const QJsonObject app = appValue.toObject();
        App entry{app.value(QStringLiteral("id")).toString(),
                  app.value(QStringLiteral("secret")).toString(),
                  app.value(QStringLiteral("app_token")).toString(),
                  app.value(QStringLiteral("user_token")).toString(),
                  {}};
        for (const auto &pageValue : app.value(QStringLiteral("pages")).toArray()) {
            const QJsonObject page = pageValue.toObject();
            entry.pages.append({entry.id, page.value(QStringLiteral("id")).toString(),
                                page.value(QStringLiteral("name")).toString(),
                                page.value(QStringLiteral("token")).toString()});
        }
        m_apps.append(entry);
    }
    if (m_apps.size() < 2 || m_apps.first().pages.size() < 2) {
        *error = QStringLiteral("sandbox serve described fewer apps or pages than the demo has");
        return false;
    }
    return true;
}

QStringList SandboxServer::useEnvironment(CliHarness &harness, int app, int page) const
{
    harness.setVariable(QStringLiteral("MESSENGER_DESK_GRAPH_URL"), m_url.toString());
    harness.setVariable(QStringLiteral("MESSENGER_DESK_PAGE_TOKEN"), this->page(app, page).token);
    harness.setVariable(QStringLiteral("MESSENGER_DESK_APP_SECRET"), this->app(app).secret);
    return {QStringLiteral("--page"), this->page(app, page).ref()};
}

QJsonObject SandboxServer::control(const QByteArray &method, const QString &path,
                                   const QJsonObject &body)
{
    QUrl url = m_url;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ControlTimeoutMs, &loop, [reply] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();
    const QByteArray answer = reply->readAll();
    const bool ok = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok ? QJsonDocument::fromJson(answer).object() : QJsonObject();
}

bool SandboxServer::reset()
{
    return !control("POST", QStringLiteral("/__sandbox/reset")).isEmpty();
}

bool SandboxServer::setFaults(const QJsonObject &faults)
{
    return !control("POST", QStringLiteral("/__sandbox/faults"), faults).isEmpty();
}

int SandboxServer::graphCalls()
{
    const QJsonObject usage = state().value(QStringLiteral("usage")).toObject();
    if (usage.isEmpty())
        return -1;
    int calls = 0;
    const QJsonObject apps = usage.value(QStringLiteral("app_calls")).toObject();
    for (auto it = apps.begin(); it != apps.end(); ++it)
        calls += it.value().toInt();
    return calls;
}

QJsonObject SandboxServer::pageState(const QString &pageId)
{
    for (const auto &page : state().value(QStringLiteral("pages")).toArray()) {
        if (page.toObject().value(QStringLiteral("id")).toString() == pageId)
            return page.toObject();
    }
    return {};
}

int SandboxServer::labelUsers(const QString &pageId, const QString &labelId)
{
    for (const auto &label : pageState(pageId).value(QStringLiteral("labels")).toArray()) {
        if (label.toObject().value(QStringLiteral("id")).toString() == labelId)
            return label.toObject().value(QStringLiteral("users")).toInt();
    }
    return -1;
}

QStringList SandboxServer::demoPsids(const QString &pageId, int count)
{
    // The demo data is deterministic, so a LocalGraph that never listens has the same
    // people as the one sandbox serve runs.
    sandbox::LocalGraph graph(sandbox::LocalGraph::demoOptions());
    const sandbox::PageState *page = graph.state().page(pageId);
    return page ? page->psids.mid(0, count) : QStringList();
}

QString SandboxServer::demoAsid(const QString &appId, const QString &psid)
{
    sandbox::LocalGraph graph(sandbox::LocalGraph::demoOptions());
    const sandbox::Person *person = graph.state().personForPsid(psid);
    return person ? person->asidByApp.value(appId) : QString();
}

} // namespace mdesk::clitest
