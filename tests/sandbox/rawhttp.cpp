#include "rawhttp.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

namespace mdesk::sandboxtest {

int RawResponse::status() const
{
    return statusLine.split(' ').value(1).toInt();
}

QJsonObject RawResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawResponse exchange(QTcpSocket &socket, const QByteArray &request)
{
    socket.write(request);
    QByteArray buffer;
    RawResponse response;
    qsizetype headerEnd = -1;
    qsizetype length = -1;
    const bool done = QTest::qWaitFor(
        [&] {
            buffer += socket.readAll();
            if (headerEnd < 0 && (headerEnd = buffer.indexOf("\r\n\r\n")) >= 0) {
                const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
                response.statusLine = lines.first().trimmed();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    response.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                            lines.at(i).mid(colon + 1).trimmed());
                }
                length = response.headers.value("content-length").toLongLong();
            }
            return headerEnd >= 0 && buffer.size() >= headerEnd + 4 + length;
        },
        30000);
    if (done) {
        response.body = buffer.mid(headerEnd + 4, length);
        response.complete = true;
    }
    return response;
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QUrl &server,
                   const QByteArray &extraHeaders, const QByteArray &body)
{
    QByteArray bytes = method + ' ' + target +
                       " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) +
                       "\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

} // namespace mdesk::sandboxtest
