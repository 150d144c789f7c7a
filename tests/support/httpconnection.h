#pragma once

#include "recordedrequest.h"
#include "scriptedresponse.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace mdesk::testsupport {

// One accepted TCP connection of TestHttpServer: reads HTTP/1.1 requests (Content-Length
// or chunked bodies, keep-alive) one at a time and writes the answer it is given. The next
// request on the same connection is read only after the previous one was answered, as
// HTTP/1.1 without pipelining requires.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, int id, QObject *parent = nullptr);

    int id() const { return m_id; }
    bool isOpen() const;
    // Answers the request last reported by requestRead(); the delay and fault are honoured.
    void respond(const ScriptedResponse &response);
    void close();

Q_SIGNALS:
    void requestRead(const mdesk::testsupport::RecordedRequest &request);
    void closed();

private:
    void readMore();
    // Parses one request from the buffer; false when more bytes are needed.
    bool parseOne(RecordedRequest &request);
    void write(const ScriptedResponse &response);
    void resetNow();
    void answered();

    QPointer<QTcpSocket> m_socket;
    int m_id;
    QByteArray m_buffer;
    bool m_waitingForAnswer = false;
};

} // namespace mdesk::testsupport
