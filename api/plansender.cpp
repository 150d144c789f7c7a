#include "plansender.h"

#include "oneshotbody.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QUuid>

namespace mdesk::api {

namespace {

// Uploads device, which Qt cannot rewind, and hands it to the reply.
QNetworkReply *sendOnce(QNetworkAccessManager &network, QNetworkRequest request,
                        const QByteArray &method, OneShotBody *device)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, device->size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply *reply = method == "POST" ? network.post(request, device)
                                            : network.sendCustomRequest(request, method, device);
    device->setParent(reply);
    return reply;
}

} // namespace

QNetworkReply *PlanSender::send(QNetworkAccessManager &network, const CallPlan &plan,
                                QString *error)
{
    QUrl url = plan.url;
    if (!plan.query.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : plan.query)
            query.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(key)),
                               QString::fromUtf8(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + plan.token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("MessengerDesk/%1").arg(QStringLiteral(MDESK_VERSION)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // Graph does not redirect API calls. Qt follows redirects by default and copies the
    // Authorization header along, so a redirect would hand the token to any host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nullptr;
    if (!plan.uploadFile.isEmpty()) {
        // Built by hand rather than with QHttpMultiPart: Qt rewinds a QHttpMultiPart and
        // sends the upload again after a dropped connection (two attachments on the wire).
        auto *file = new QFile(plan.uploadFile);
        if (!file->open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("mdesk::api::GraphClient",
                                                 "The file %1 cannot be read: %2.")
                         .arg(plan.uploadFile, file->errorString());
            delete file;
            return nullptr;
        }
        const QByteArray boundary = "mdesk-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QByteArray fileName = QFileInfo(plan.uploadFile).fileName().toUtf8();
        fileName.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
        auto *device = new OneShotBody;
        device->append("--" + boundary +
                       "\r\nContent-Disposition: form-data; name=\"message\"\r\n"
                       "Content-Type: application/json\r\n\r\n" +
                       QJsonDocument(plan.body->value(QStringLiteral("message")).toObject())
                           .toJson(QJsonDocument::Compact) +
                       "\r\n--" + boundary +
                       "\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\"" +
                       fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        device->append(file, file->size());
        device->append("\r\n--" + boundary + "--\r\n");
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("multipart/form-data; boundary=\"" + boundary + '"'));
        reply = sendOnce(network, request, plan.method, device);
    } else if (plan.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray bytes = QJsonDocument(*plan.body).toJson(QJsonDocument::Compact);
        if (!plan.retrySafe) {
            // A write that must not happen twice: a body Qt cannot rewind, so Qt's own
            // resend after a dropped connection fails instead of repeating the write.
            reply = sendOnce(network, request, plan.method, new OneShotBody(bytes));
        } else if (plan.method == "POST") {
            reply = network.post(request, bytes);
        } else {
            reply = network.sendCustomRequest(request, plan.method, bytes);
        }
    } else if (plan.method == "GET") {
        reply = network.get(request);
    } else if (plan.method == "DELETE") {
        reply = network.deleteResource(request);
    } else {
        reply = network.sendCustomRequest(request, plan.method);
    }
    return reply;
}

QString PlanSender::transportName(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("refused");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // dropped after sending; see OneShotBody
        return QStringLiteral("reset");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host_not_found");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("tls");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QStringLiteral("network");
    default:
        return QStringLiteral("transport");
    }
}

QJsonObject PlanSender::describe(const CallPlan &plan, const Redactor &redactor)
{
    QJsonObject query;
    for (const auto &[key, value] : plan.query)
        query.insert(key,
                     Redactor::isSecretKey(key) ? Redactor::mask() : redactor.redactText(value));
    QJsonObject headers{{QStringLiteral("Authorization"),
                         redactor.redactHeader(QStringLiteral("Authorization"),
                                               QStringLiteral("Bearer ") + plan.token)}};
    QJsonObject request{{QStringLiteral("method"), QString::fromLatin1(plan.method)},
                        {QStringLiteral("url"), redactor.redactText(plan.url.toString())},
                        {QStringLiteral("path"), plan.url.path()},
                        {QStringLiteral("query"), query}};
    if (plan.body) {
        headers.insert(QStringLiteral("Content-Type"), plan.uploadFile.isEmpty()
                                                           ? QStringLiteral("application/json")
                                                           : QStringLiteral("multipart/form-data"));
        request.insert(QStringLiteral("body"), redactor.redact(*plan.body));
    }
    if (!plan.uploadFile.isEmpty())
        request.insert(QStringLiteral("file"), QFileInfo(plan.uploadFile).fileName());
    request.insert(QStringLiteral("headers"), headers);
    return request;
}

} // namespace mdesk::api
