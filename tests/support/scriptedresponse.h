#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <utility>

namespace mdesk::testsupport {

// What TestHttpServer answers to one request: a normal HTTP answer, optionally late, or a
// fault that a real network produces now and then.
struct ScriptedResponse
{
    enum class Fault {
        None,     // status, headers and body, then keep the connection open
        Reset,    // abort the connection as soon as the request is read; nothing is sent
        Truncate, // announce the whole body in Content-Length, send truncateAt bytes, close
        NoAnswer, // read the request and never answer (the client must time out)
        Raw,      // write body as it is, no status line or headers added, then close
        HeadOnly  // write the status line and headers, never the body (nor close)
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // answer this much later (a timer; the server keeps serving others)
    Fault fault = Fault::None;
    int truncateAt = 0; // bytes of the body sent before closing (Fault::Truncate)

    static ScriptedResponse json(const QJsonValue &body, int status = 200);
    // Bytes as they are; content type application/json unless given.
    static ScriptedResponse raw(int status, const QByteArray &body,
                                const QByteArray &contentType = "application/json");
    static ScriptedResponse reset();
    static ScriptedResponse noAnswer();
    static ScriptedResponse truncated(const QByteArray &body, int truncateAt);
    // Bytes that may not be HTTP at all.
    static ScriptedResponse rawBytes(const QByteArray &bytes);

    ScriptedResponse &withHeader(const QByteArray &name, const QByteArray &value);
    ScriptedResponse &withDelay(int ms);
};

} // namespace mdesk::testsupport
