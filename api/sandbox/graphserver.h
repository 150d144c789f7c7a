#pragma once

#include "faultinjector.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPointer>

class QTcpSocket;

namespace mdesk::sandbox {

class LocalGraph;
struct GraphAnswer;
struct GraphRequest;

// The HTTP side of LocalGraph. Qt HttpServer 6.4 hands each complete request and its socket
// to handleRequest(); the answer is written as raw HTTP/1.1 so faults can be injected:
// latency (a timer with the socket as context, so a closed socket cancels it), injected
// Graph errors, a malformed body, a truncated body (Content-Length larger than what is
// sent, then close), a reset (abort) or no answer at all (the socket is held open).
class GraphServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit GraphServer(LocalGraph &graph);

    // Sockets held without an answer (the no_answer fault).
    int withheldCount() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answerGraphCall(const QHttpServerRequest &request, QTcpSocket *socket);
    QByteArray render(const GraphAnswer &answer, FaultKind fault, bool keepAlive,
                      qint64 *declaredLength) const;
    void deliver(QTcpSocket *socket, const QByteArray &bytes, int delayMs, FaultKind fault,
                 bool keepAlive);

    LocalGraph &m_graph;
    QList<QPointer<QTcpSocket>> m_withheld;
};

} // namespace mdesk::sandbox
