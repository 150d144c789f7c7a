#include "httpwire.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

namespace mdesk::sandbox {

QByteArray HttpWire::methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray HttpWire::header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {

QByteArray boundaryOf(const QByteArray &contentType)
{
    for (QByteArray part : contentType.split(';')) {
        part = part.trimmed();
        if (part.toLower().startsWith("boundary=")) {
            QByteArray boundary = part.mid(9);
            if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
                boundary = boundary.mid(1, boundary.size() - 2);
            return boundary;
        }
    }
    return {};
}

// A parameter of a Content-Disposition value: name="x" or filename="y".
QByteArray dispositionValue(const QByteArray &disposition, const QByteArray &key)
{
    for (QByteArray part : disposition.split(';')) {
        part = part.trimmed();
        if (part.startsWith(key + '=')) {
            QByteArray value = part.mid(key.size() + 1);
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

} // namespace

bool HttpWire::parseMultipart(const QByteArray &body, const QByteArray &contentType,
                              QJsonObject &params, QHash<QString, UploadedFile> &files)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return false;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return true; // closing delimiter
        const qsizetype headersStart = body.indexOf("\r\n", at) + 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", headersStart);
        const qsizetype next = body.indexOf("\r\n" + delimiter, headersEnd);
        if (headersStart < 2 || headersEnd < 0 || next < 0)
            return false;
        QByteArray disposition;
        QByteArray partType;
        for (const QByteArray &line :
             body.mid(headersStart, headersEnd - headersStart).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-disposition")
                disposition = line.mid(colon + 1).trimmed();
            else if (name == "content-type")
                partType = line.mid(colon + 1).trimmed();
        }
        const QByteArray content = body.mid(headersEnd + 4, next - headersEnd - 4);
        const QString name = QString::fromUtf8(dispositionValue(disposition, "name"));
        const QByteArray fileName = dispositionValue(disposition, "filename");
        if (!fileName.isEmpty() || partType == "application/octet-stream")
            files.insert(name, {QString::fromUtf8(fileName), partType, content});
        else
            params.insert(name, QString::fromUtf8(content));
        at = next + 2;
    }
}

GraphRequest HttpWire::toGraphRequest(const QHttpServerRequest &request)
{
    GraphRequest graph;
    graph.method = methodName(request);
    graph.path = request.url().path();
    graph.params = GraphParams::fromFormEncoded(request.url().query(QUrl::FullyEncoded).toUtf8());

    const QByteArray authorization = header(request, "authorization");
    if (authorization.toLower().startsWith("bearer "))
        graph.bearerToken = QString::fromUtf8(authorization.mid(7).trimmed());
    else if (authorization.toLower().startsWith("oauth "))
        graph.bearerToken = QString::fromUtf8(authorization.mid(6).trimmed());

    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return graph;
    const QByteArray contentType = header(request, "content-type");
    const QByteArray type = contentType.toLower();
    QJsonObject bodyParams;
    if (type.contains("multipart/form-data")) {
        if (!parseMultipart(body, contentType, bodyParams, graph.files))
            graph.bodyError = QStringLiteral("the multipart/form-data body is malformed");
    } else if (type.contains("application/json") ||
               (!type.contains("x-www-form-urlencoded") && body.trimmed().startsWith('{'))) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            graph.bodyError = QStringLiteral("%1 at offset %2 of the JSON body")
                                  .arg(error.errorString())
                                  .arg(error.offset);
        else if (!document.isObject())
            graph.bodyError = QStringLiteral("the JSON body must be an object");
        else
            bodyParams = document.object();
    } else {
        bodyParams = GraphParams::fromFormEncoded(body);
    }
    for (auto it = bodyParams.begin(); it != bodyParams.end(); ++it)
        graph.params.insert(it.key(), it.value());
    return graph;
}

QByteArray HttpWire::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

QByteArray HttpWire::response(int status, const HeaderList &headers, const QByteArray &body,
                              qint64 declaredLength)
{
    QByteArray bytes =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " +
             QByteArray::number(declaredLength >= 0 ? declaredLength : body.size()) + "\r\n\r\n";
    bytes += body;
    return bytes;
}

} // namespace mdesk::sandbox
