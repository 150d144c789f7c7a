#include "httpconnection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace mdesk::testsupport {

namespace {

QString decode(const QByteArray &bytes)
{
    return QUrl::fromPercentEncoding(bytes);
}

QByteArray reasonPhrase(int status)
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
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// Decodes a chunked body that starts at from; returns false when it is not complete yet.
bool dechunk(const QByteArray &buffer, qsizetype from, QByteArray &body, qsizetype &end)
{
    qsizetype at = from;
    body.clear();
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", at);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qsizetype size =
            buffer.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok)
            return false;
        at = lineEnd + 2;
        if (size == 0) {
            const qsizetype trailerEnd = buffer.indexOf("\r\n", at);
            if (trailerEnd < 0)
                return false;
            end = trailerEnd + 2;
            return true;
        }
        if (buffer.size() < at + size + 2)
            return false;
        body.append(buffer.mid(at, size));
        at += size + 2;
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, int id, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // answers go out at once
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::closed);
}

bool HttpConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::close()
{
    if (m_socket)
        m_socket->abort();
}

void HttpConnection::readMore()
{
    if (!m_socket)
        return;
    m_buffer.append(m_socket->readAll());
    while (!m_waitingForAnswer) {
        RecordedRequest request;
        request.connection = m_id;
        if (!parseOne(request))
            return;
        m_waitingForAnswer = true;
        Q_EMIT requestRead(request);
    }
}

bool HttpConnection::parseOne(RecordedRequest &request)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 2)
        return false;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }

    const qsizetype bodyStart = headerEnd + 4;
    qsizetype end = bodyStart;
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        if (!dechunk(m_buffer, bodyStart, request.body, end))
            return false;
    } else {
        const qsizetype length = request.header("content-length").toLongLong();
        if (m_buffer.size() < bodyStart + length)
            return false;
        request.body = m_buffer.mid(bodyStart, length);
        end = bodyStart + length;
    }
    m_buffer.remove(0, end);

    const qsizetype question = request.target.indexOf('?');
    request.path = decode(question < 0 ? request.target : request.target.left(question));
    if (question >= 0) {
        const QList<QByteArray> items = request.target.mid(question + 1).split('&');
        for (const auto &item : items) {
            if (item.isEmpty())
                continue;
            const qsizetype equals = item.indexOf('=');
            request.query.append({decode(equals < 0 ? item : item.left(equals)),
                                  equals < 0 ? QString() : decode(item.mid(equals + 1))});
        }
    }
    return true;
}

void HttpConnection::respond(const ScriptedResponse &response)
{
    if (response.fault == ScriptedResponse::Fault::NoAnswer)
        return; // stays waiting: no later request on this connection is read either
    if (response.delayMs <= 0) {
        write(response);
        return;
    }
    // A timer per answer, so a slow answer never holds up the other connections.
    QTimer::singleShot(response.delayMs, Qt::PreciseTimer, this,
                       [this, response] { write(response); });
}

void HttpConnection::write(const ScriptedResponse &response)
{
    if (!m_socket)
        return;
    if (response.fault == ScriptedResponse::Fault::Reset) {
        resetNow();
        return;
    }
    if (response.fault == ScriptedResponse::Fault::Raw) {
        m_socket->write(response.body);
        m_socket->flush();
        m_socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        // An explicit length or a transfer encoding: the script speaks for itself.
        hasLength = hasLength || name.toLower() == "content-length" ||
                    name.toLower() == "transfer-encoding";
        head += name + ": " + value + "\r\n";
    }
    if (!hasLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "\r\n";

    if (response.fault == ScriptedResponse::Fault::HeadOnly) {
        m_socket->write(head);
        return; // the client waits for a body that never comes
    }
    if (response.fault == ScriptedResponse::Fault::Truncate) {
        m_socket->write(head + response.body.left(response.truncateAt));
        m_socket->flush();
        m_socket->disconnectFromHost(); // after the bytes are written
        return;
    }
    m_socket->write(head + response.body);
    answered();
}

void HttpConnection::resetNow()
{
#ifdef Q_OS_UNIX
    // Linger 0 makes close() send a TCP RST, like a peer that crashed.
    struct linger option = {1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof(option));
#endif
    m_socket->abort();
}

void HttpConnection::answered()
{
    m_waitingForAnswer = false;
    // Bytes of the next request may already be buffered.
    QTimer::singleShot(0, this, &HttpConnection::readMore);
}

} // namespace mdesk::testsupport
