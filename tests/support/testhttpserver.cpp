#include "testhttpserver.h"

#include "httpconnection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

namespace mdesk::testsupport {

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    // A 2xx every single call's shape accepts (api::AnswerShape): a list, a send's
    // message_id, a write's success.
    , m_default(ScriptedResponse::json(
          QJsonObject{{QStringLiteral("success"), true},
                      {QStringLiteral("data"), QJsonArray{}},
                      {QStringLiteral("message_id"), QStringLiteral("m_default")}}))
{
    connect(m_server, &QTcpServer::newConnection, this, &TestHttpServer::accept);
}

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void TestHttpServer::close()
{
    m_server->close();
    const auto connections = findChildren<HttpConnection *>();
    for (HttpConnection *connection : connections)
        connection->close();
}

QUrl TestHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress address = m_server->serverAddress();
    const bool any = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
                     address == QHostAddress::AnyIPv6 || address.isNull();
    url.setHost(any ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(m_port);
    return url;
}

void TestHttpServer::enqueue(const ScriptedResponse &response)
{
    QMutexLocker locker(&m_mutex);
    m_queue.enqueue(response);
}

void TestHttpServer::setHandler(Handler handler)
{
    QMutexLocker locker(&m_mutex);
    m_handler = std::move(handler);
}

void TestHttpServer::setDefaultResponse(const ScriptedResponse &response)
{
    QMutexLocker locker(&m_mutex);
    m_default = response;
}

QList<RecordedRequest> TestHttpServer::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

RecordedRequest TestHttpServer::request(int index) const
{
    QMutexLocker locker(&m_mutex);
    return index >= 0 && index < m_requests.size() ? m_requests.at(index) : RecordedRequest{};
}

RecordedRequest TestHttpServer::lastRequest() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests.isEmpty() ? RecordedRequest{} : m_requests.last();
}

void TestHttpServer::clearRequests()
{
    QMutexLocker locker(&m_mutex);
    m_requests.clear();
    m_count = 0;
}

void TestHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_connections++, this);
        connect(
            connection, &HttpConnection::requestRead, this,
            [this, connection](const RecordedRequest &request) { onRequest(connection, request); });
        connect(connection, &HttpConnection::closed, connection, &QObject::deleteLater);
    }
}

void TestHttpServer::onRequest(HttpConnection *connection, RecordedRequest request)
{
    {
        QMutexLocker locker(&m_mutex);
        request.index = m_count++;
        if (m_recording)
            m_requests.append(request);
    }
    ScriptedResponse response = responseFor(request);
    response.delayMs += m_extraDelayMs;
    Q_EMIT requestReceived(request.index);
    connection->respond(response);
}

ScriptedResponse TestHttpServer::responseFor(const RecordedRequest &request)
{
    Handler handler;
    {
        QMutexLocker locker(&m_mutex);
        if (!m_queue.isEmpty())
            return m_queue.dequeue();
        if (!m_handler)
            return m_default;
        handler = m_handler;
    }
    return handler(request);
}

} // namespace mdesk::testsupport
