#include "graphserver.h"

#include "controlendpoint.h"
#include "graphanswer.h"
#include "httpwire.h"
#include "localgraph.h"
#include "requestrouter.h"
#include "sandboxstate.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>

namespace mdesk::sandbox {

namespace {

QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(),
                         QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
               .toLatin1() +
           " GMT";
}

bool wantsKeepAlive(const QHttpServerRequest &request)
{
    return HttpWire::header(request, "connection").toLower() != "close";
}

} // namespace

GraphServer::GraphServer(LocalGraph &graph)
    : QAbstractHttpServer(&graph)
    , m_graph(graph)
{}

int GraphServer::withheldCount() const
{
    int count = 0;
    for (const auto &socket : m_withheld)
        count += socket ? 1 : 0;
    return count;
}

bool GraphServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (request.url().path().startsWith(QLatin1String("/__sandbox/"))) {
        const ControlEndpoint::Answer answer = ControlEndpoint::handle(m_graph, request);
        HttpWire::HeaderList headers{{"Content-Type", answer.contentType},
                                     {"Date", httpDate()},
                                     {"Cache-Control", "no-store"}};
        const bool keepAlive = wantsKeepAlive(request);
        headers.append({QByteArrayLiteral("Connection"),
                        keepAlive ? QByteArrayLiteral("keep-alive") : QByteArrayLiteral("close")});
        deliver(socket, HttpWire::response(answer.status, headers, answer.body), 0, FaultKind::None,
                keepAlive);
        return true;
    }
    answerGraphCall(request, socket);
    return true;
}

void GraphServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Never reached: handleRequest answers everything. Kept total for the interface.
    deliver(socket,
            HttpWire::response(404, {{"Content-Type", "text/plain"}, {"Connection", "close"}},
                               "Not found: " + request.url().path().toUtf8()),
            0, FaultKind::None, false);
}

void GraphServer::answerGraphCall(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Everything needed is copied now: Qt reuses the request object for the next request
    // on this connection, and an answer may be sent later.
    const GraphRequest graphRequest = HttpWire::toGraphRequest(request);
    const bool keepAlive = wantsKeepAlive(request);
    const FaultDecision decision = m_graph.m_faults->decide(graphRequest.path);

    GraphAnswer answer;
    if (decision.kind == FaultKind::Error) {
        answer = GraphAnswer::fail(Errors::forCode(decision.errorCode));
        const QString token =
            graphRequest.params.contains(QStringLiteral("access_token"))
                ? graphRequest.params.value(QStringLiteral("access_token")).toString()
                : graphRequest.bearerToken;
        const TokenGrant grant = m_graph.m_state->tokens.value(token);
        answer.appId = grant.appId;
        answer.pageId = grant.pageId;
    } else if (decision.kind == FaultKind::Reset || decision.kind == FaultKind::NoAnswer) {
        // No answer is computed: the call never reached Graph's logic.
    } else {
        answer = m_graph.m_router->handle(graphRequest);
    }
    qint64 declaredLength = -1;
    const QByteArray bytes = render(answer, decision.kind, keepAlive, &declaredLength);
    Q_EMIT m_graph.callServed(
        QString::fromLatin1(graphRequest.method), graphRequest.path,
        decision.kind == FaultKind::None || decision.kind == FaultKind::Error ? answer.status : 0);
    deliver(socket, bytes, decision.delayMs, decision.kind, keepAlive);
}

QByteArray GraphServer::render(const GraphAnswer &answer, FaultKind fault, bool keepAlive,
                               qint64 *declaredLength) const
{
    if (fault == FaultKind::Reset || fault == FaultKind::NoAnswer)
        return {};
    const QString traceId = m_graph.m_state->newTraceId();
    QByteArray body = answer.body(traceId);
    HttpWire::HeaderList headers{{"Content-Type", answer.contentType()},
                                 {"x-fb-trace-id", traceId.toLatin1()},
                                 {"x-fb-rev", "1019999999"},
                                 {"Date", httpDate()},
                                 {"Access-Control-Allow-Origin", "*"},
                                 {"Cache-Control", "private, no-cache, no-store, must-revalidate"},
                                 {"Pragma", "no-cache"},
                                 {"Expires", "Sat, 01 Jan 2000 00:00:00 GMT"}};
    if (!answer.apiVersion.isEmpty())
        headers.append({"facebook-api-version", answer.apiVersion.toLatin1()});
    if (!answer.appId.isEmpty())
        headers += m_graph.m_meter->headers(answer.appId, answer.pageId);
    if (answer.failure && answer.failure->code == 190)
        headers.append({"WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_token\" \"" +
                                                answer.failure->message.toUtf8() + '"'});
    headers += answer.headers;
    const bool staysOpen = keepAlive && fault != FaultKind::Truncate;
    headers.append({QByteArrayLiteral("Connection"),
                    staysOpen ? QByteArrayLiteral("keep-alive") : QByteArrayLiteral("close")});
    switch (fault) {
    case FaultKind::Malformed:
        // What a proxy in trouble sends: half a document, then an HTML fragment.
        body = body.left(std::max<qsizetype>(1, body.size() / 2)) +
               "<!-- LocalGraph: malformed answer -->";
        break;
    case FaultKind::Truncate:
        *declaredLength = body.size();
        body = body.left(body.size() / 2);
        break;
    default:
        break;
    }
    return HttpWire::response(answer.status, headers, body, *declaredLength);
}

void GraphServer::deliver(QTcpSocket *socket, const QByteArray &bytes, int delayMs, FaultKind fault,
                          bool keepAlive)
{
    const QPointer<QTcpSocket> target(socket);
    const auto send = [this, target, bytes, fault, keepAlive] {
        if (!target)
            return; // the client went away while we waited
        switch (fault) {
        case FaultKind::Reset:
            target->abort();
            return;
        case FaultKind::NoAnswer:
            m_withheld.removeAll(QPointer<QTcpSocket>());
            m_withheld.append(target);
            return;
        case FaultKind::Truncate:
            target->write(bytes);
            target->disconnectFromHost(); // after the bytes are out, short of Content-Length
            return;
        default:
            target->write(bytes);
            if (!keepAlive)
                target->disconnectFromHost();
        }
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, socket, send);
    else
        send();
}

} // namespace mdesk::sandbox

#include "moc_graphserver.cpp"
