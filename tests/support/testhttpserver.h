#pragma once

#include "recordedrequest.h"
#include "scriptedresponse.h"

#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QQueue>
#include <QUrl>
#include <atomic>
#include <functional>

class QTcpServer;

namespace mdesk::testsupport {

class HttpConnection;

// A small HTTP/1.1 server on loopback for tests, in the spirit of the servers in Qt's own
// network tests. It records every request (method, target, path, query, headers, raw body)
// and answers from a script: queued responses first, in order, then the handler, then the
// default response ({"success": true, "data": [], "message_id": "m_default"}, a shape every
// single call accepts). Answers may be late (a timer per answer, so connections are served
// concurrently) or faulty (reset, truncated body, no answer).
//
// The server may live in another thread (move it there after listen()); the script and the
// record are guarded, the handler runs in the server's thread.
class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    // Port 0: any free port. False when the port cannot be bound.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Stops listening and drops every open connection.
    void close();
    quint16 port() const { return m_port; }
    QUrl url() const; // http://<listening address, 127.0.0.1 for any>:<port>

    void enqueue(const ScriptedResponse &response);
    void setHandler(Handler handler);
    void setDefaultResponse(const ScriptedResponse &response);
    // Added to every answer's delay (benchmarks: a fixed latency per request).
    void setExtraDelay(int ms) { m_extraDelayMs = ms; }
    // Off: only requestCount() grows; the requests are not kept (long benchmarks).
    void setRecording(bool on) { m_recording = on; }

    int requestCount() const { return m_count.load(); }
    QList<RecordedRequest> requests() const;
    RecordedRequest request(int index) const;
    RecordedRequest lastRequest() const;
    int connectionCount() const { return m_connections.load(); }
    void clearRequests();

Q_SIGNALS:
    // A request was read completely; index is its RecordedRequest::index.
    void requestReceived(int index);

private:
    void accept();
    void onRequest(HttpConnection *connection, RecordedRequest request);
    ScriptedResponse responseFor(const RecordedRequest &request);

    QTcpServer *m_server;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QQueue<ScriptedResponse> m_queue;
    Handler m_handler;
    ScriptedResponse m_default;
    QList<RecordedRequest> m_requests;
    std::atomic<int> m_count{0};
    std::atomic<int> m_connections{0};
    std::atomic<int> m_extraDelayMs{0};
    std::atomic<bool> m_recording{true};
};

} // namespace mdesk::testsupport
