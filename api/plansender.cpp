#include "plansender.h"

#include "oneshotbody.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace mdesk::api {

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
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart message;
        message.setHeader(QNetworkRequest::ContentDispositionHeader,
                          QStringLiteral("form-data; name=\"message\""));
        message.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        message.setBody(QJsonDocument(plan.body->value(QStringLiteral("message")).toObject())
                            .toJson(QJsonDocument::Compact));
        multipart->append(message);
        auto *file = new QFile(plan.uploadFile, multipart);
        if (!file->open(QIODevice::ReadOnly)) {
            // The message is built before the multipart (and the file, its child) is deleted:
            // reading file->errorString() afterwards was a use-after-free.
            *error = QCoreApplication::translate("mdesk::api::GraphClient",
                                                 "The file %1 cannot be read: %2.")
                         .arg(plan.uploadFile, file->errorString());
            delete multipart;
            return nullptr;
        }
        QHttpPart filedata;
        filedata.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"filedata\"; filename=\"%1\"")
                               .arg(QFileInfo(plan.uploadFile).fileName()));
        filedata.setHeader(QNetworkRequest::ContentTypeHeader,
                           QStringLiteral("application/octet-stream"));
        filedata.setBodyDevice(file);
        multipart->append(filedata);
        reply = network.post(request, multipart);
        multipart->setParent(reply);
    } else if (plan.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray bytes = QJsonDocument(*plan.body).toJson(QJsonDocument::Compact);
        if (!plan.retrySafe) {
            // A write that must not happen twice: a body Qt cannot rewind, so Qt's own
            // resend after a dropped connection fails instead of repeating the write.
            request.setHeader(QNetworkRequest::ContentLengthHeader, bytes.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *device = new OneShotBody(bytes);
            reply = plan.method == "POST" ? network.post(request, device)
                                          : network.sendCustomRequest(request, plan.method, device);
            device->setParent(reply);
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
