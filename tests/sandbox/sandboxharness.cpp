#include "sandboxharness.h"

#include "api/appsecretproof.h"
#include "api/graphreply.h"
#include "api/rategovernor.h"
#include "api/sandbox/sandboxstate.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <optional>

namespace mdesk::sandboxtest {

QJsonValue HttpAnswer::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonObject HttpAnswer::error() const
{
    return json().toObject().value(QStringLiteral("error")).toObject();
}

SandboxHarness::SandboxHarness(const sandbox::LocalGraphOptions &options)
    : m_graph(std::make_unique<sandbox::LocalGraph>(options))
    , m_client(std::make_unique<api::GraphClient>())
{
    if (!m_graph->listen())
        qFatal("LocalGraph could not listen: %s", qPrintable(m_graph->errorString()));
    m_graph->connectClient(*m_client);
    // Tests look at each answer: no slow-down near the limits, back-offs of a millisecond.
    api::RateGovernor::Config config;
    config.slowdownFromPercent = 100;
    config.maxSlowdownMs = 0;
    config.baseBackoffMs = 1;
    config.maxBackoffMs = 1;
    config.maxAttempts = 1;
    config.regainUnitMs = 1;
    m_client->governor()->setConfig(config);
}

QString SandboxHarness::appId(int app) const
{
    return m_graph->apps().at(app).id;
}

QString SandboxHarness::pageId(int app, int page) const
{
    return m_graph->apps().at(app).pages.at(page).id;
}

QString SandboxHarness::pageToken(int app, int page) const
{
    return m_graph->apps().at(app).pages.at(page).token;
}

QString SandboxHarness::psid(int app, int page, int index) const
{
    return m_graph->state().page(pageId(app, page))->psids.at(index);
}

QString SandboxHarness::labelId(int app, int page, int index) const
{
    return m_graph->state().page(pageId(app, page))->labelOrder.at(index);
}

void SandboxHarness::useVersion(api::GraphVersion version)
{
    m_graph->connectClient(*m_client, version);
}

api::CallOptions SandboxHarness::on(int app, int page, int timeoutMs) const
{
    api::CallOptions options;
    options.appId = appId(app);
    options.pageId = pageId(app, page);
    options.source = QStringLiteral("test");
    options.retry = false;
    options.timeoutMs = timeoutMs;
    options.userToken = m_graph->apps().at(app).userToken;
    return options;
}

api::GraphResult SandboxHarness::wait(api::GraphReply *reply)
{
    auto result = std::make_shared<std::optional<api::GraphResult>>();
    QObject::connect(reply, &api::GraphReply::finished, reply,
                     [result](const api::GraphResult &value) { *result = value; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, 30000))
        return api::GraphResult::failure(api::GraphError::transportError(
            api::ErrorCategory::Other, QStringLiteral("test"),
            QStringLiteral("The reply did not finish within 30 s.")));
    return **result;
}

api::GraphResult SandboxHarness::call(const QString &op, const QJsonObject &input,
                                      const api::CallOptions &options)
{
    return wait(m_client->call(op, input, options));
}

api::GraphResult SandboxHarness::send(const QString &op, const QJsonObject &input,
                                      const api::CallOptions &options)
{
    auto planned = m_client->plan(op, input, options);
    if (auto *error = std::get_if<api::GraphError>(&planned))
        return api::GraphResult::failure(*error);
    return wait(m_client->send(std::get<api::CallPlan>(std::move(planned))));
}

HttpAnswer SandboxHarness::http(const QByteArray &method, const QString &pathAndQuery,
                                const QByteArray &body, const QByteArray &contentType,
                                const QHash<QByteArray, QByteArray> &headers)
{
    QUrl url = m_graph->url();
    const QUrl relative(pathAndQuery, QUrl::StrictMode);
    url.setPath(relative.path());
    url.setQuery(relative.query(QUrl::FullyEncoded), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = method == "GET" && body.isEmpty()
                               ? m_network.get(request)
                               : m_network.sendCustomRequest(request, method, body);
    HttpAnswer answer;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000)) {
        reply->abort();
        reply->deleteLater();
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

HttpAnswer SandboxHarness::graphCall(const QByteArray &method, const QString &path,
                                     const QJsonObject &body, int app, int page)
{
    const QString token = pageToken(app, page);
    const QString proof = api::appSecretProof(m_graph->apps().at(app).secret, token);
    const QString separator = path.contains(u'?') ? QStringLiteral("&") : QStringLiteral("?");
    return http(method,
                QStringLiteral("/%1%2%3appsecret_proof=%4")
                    .arg(m_graph->options().newestVersion.toString(), path, separator, proof),
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                body.isEmpty() ? QByteArray() : QByteArrayLiteral("application/json"),
                {{"Authorization", "Bearer " + token.toUtf8()}});
}

HttpAnswer SandboxHarness::control(const QByteArray &method, const QString &path,
                                   const QJsonObject &body)
{
    if (body.isEmpty())
        return http(method, path);
    return http(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json");
}

QJsonObject SandboxHarness::pageState(int app, int page)
{
    const QString id = pageId(app, page);
    const HttpAnswer state = http("GET", QStringLiteral("/__sandbox/state"));
    for (const QJsonValue &entry : state.json()[QLatin1String("pages")].toArray()) {
        if (entry[QLatin1String("id")].toString() == id)
            return entry.toObject();
    }
    return {};
}

bool SandboxHarness::setLastInbound(const QString &psid, const QDateTime &when, int app, int page)
{
    const HttpAnswer answer = control("POST", QStringLiteral("/__sandbox/contacts"),
                                      {{QStringLiteral("page_id"), pageId(app, page)},
                                       {QStringLiteral("psid"), psid},
                                       {QStringLiteral("last_inbound"), when.toSecsSinceEpoch()}});
    return answer.status == 200;
}

QByteArray describe(const api::GraphResult &result)
{
    if (result.isOk())
        return QJsonDocument(result.body().toObject()).toJson(QJsonDocument::Compact).left(300);
    return (api::categoryName(result.error().category) + QLatin1String(": ") +
            result.error().summary())
        .toUtf8();
}

} // namespace mdesk::sandboxtest
