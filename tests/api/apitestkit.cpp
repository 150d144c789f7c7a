#include "apitestkit.h"

#include "api/graphreply.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

namespace mdesk::apitest {

const QString kAppId = QStringLiteral("1001");
const QString kPageId = QStringLiteral("2002");
const QString kPageToken = QStringLiteral("PAGETOKEN-2002-abcdefghij");
const QString kAppSecret = QStringLiteral("APPSECRET-1001-klmnopq");
const QString kAppToken = QStringLiteral("APPTOKEN-1001-rstuvwxyz");
const QString kUserToken = QStringLiteral("USERTOKEN-77-0123456789");

void configureClient(api::GraphClient &client, const QUrl &baseUrl, bool withSecret,
                     api::GraphVersion version)
{
    api::AppConnection app;
    app.appId = kAppId;
    app.name = QStringLiteral("Test app");
    app.baseUrl = baseUrl;
    app.version = version;
    if (withSecret) {
        app.appSecret = kAppSecret;
        app.appToken = kAppToken;
    } else {
        app.appToken = kAppToken;
    }
    client.setApp(app);
    client.setPageToken(kAppId, kPageId, kPageToken);
}

api::CallOptions pageOptions(const QString &txId)
{
    api::CallOptions options;
    options.appId = kAppId;
    options.pageId = kPageId;
    options.txId = txId;
    options.source = QStringLiteral("test");
    return options;
}

api::RateGovernor::Config fastGovernor()
{
    api::RateGovernor::Config config;
    config.baseBackoffMs = 4;
    config.maxBackoffMs = 40;
    config.maxSlowdownMs = 40;
    config.regainUnitMs = 15;
    config.maxAttempts = 3;
    return config;
}

Outcome waitFor(api::GraphReply *reply, int timeoutMs)
{
    // An event loop that ends on finished() (as QSignalSpy::wait does), not QTRY polling:
    // polling sleeps 10 ms between rounds, which adds up over hundreds of calls.
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(reply, &api::GraphReply::finished, &loop,
                     [&outcome, &loop](const api::GraphResult &result) {
                         outcome.finished = true;
                         outcome.result = result;
                         loop.quit();
                     });
    QObject::connect(reply, &api::GraphReply::retryScheduled, &loop,
                     [&outcome](int attempt, qint64 delayMs) {
                         outcome.retryAttempts.append(attempt);
                         outcome.retryDelays.append(delayMs);
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    // Let the reply's deleteLater() run, so nothing of this call is left behind.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return outcome;
}

ScriptedResponse graphError(int code, const QString &message, int status, int subcode)
{
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), QStringLiteral("OAuthException")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("fbtrace_id"), QStringLiteral("AbCdEf123")}};
    if (subcode)
        error.insert(QStringLiteral("error_subcode"), subcode);
    return ScriptedResponse::json(QJsonObject{{QStringLiteral("error"), error}}, status);
}

ScriptedResponse batchAnswer(const QList<std::pair<int, QJsonObject>> &items)
{
    QJsonArray answers;
    for (const auto &[code, body] : items)
        answers.append(
            QJsonObject{{QStringLiteral("code"), code},
                        {QStringLiteral("body"),
                         QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))}});
    return ScriptedResponse::json(answers);
}

QList<QJsonObject> batchItems(const RecordedRequest &request)
{
    QList<QJsonObject> items;
    const QJsonArray batch = request.json().object().value(QStringLiteral("batch")).toArray();
    for (const auto &item : batch)
        items.append(item.toObject());
    return items;
}

QMap<QString, QString> formFields(const QString &encoded)
{
    QMap<QString, QString> fields;
    for (const auto &pair : encoded.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        fields.insert(QUrl::fromPercentEncoding(pair.left(equals).toUtf8()),
                      equals < 0 ? QString()
                                 : QUrl::fromPercentEncoding(pair.mid(equals + 1).toUtf8()));
    }
    return fields;
}

} // namespace mdesk::apitest
