#pragma once

#include "requestrouter.h"

#include <QByteArray>
#include <QList>
#include <utility>

class QHttpServerRequest;

namespace mdesk::sandbox {

// HTTP/1.1 on the wire, written by hand: Qt HttpServer 6.4 hands the socket to
// QAbstractHttpServer::handleRequest, and writing the bytes ourselves is what lets
// FaultInjector cut, corrupt or withhold an answer.
namespace HttpWire {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// The request as a GraphRequest: query items plus the body (JSON object, form fields or
// multipart/form-data with file parts), the Bearer token, and a parse error if any.
GraphRequest toGraphRequest(const QHttpServerRequest &request);
QByteArray methodName(const QHttpServerRequest &request);
// A header of the request, looked up without regard to case.
QByteArray header(const QHttpServerRequest &request, const QByteArray &name);

// Status line, headers (Content-Length added) and body. declaredLength > body size
// announces more bytes than follow (the truncated-body fault).
QByteArray response(int status, const HeaderList &headers, const QByteArray &body,
                    qint64 declaredLength = -1);
QByteArray reasonPhrase(int status);

// Parts of a multipart/form-data body: fields into params (text), files into files.
bool parseMultipart(const QByteArray &body, const QByteArray &contentType, QJsonObject &params,
                    QHash<QString, UploadedFile> &files);

} // namespace HttpWire

} // namespace mdesk::sandbox
