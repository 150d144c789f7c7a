#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QUrl>

class QTcpSocket;

// HTTP/1.1 written and read by hand over a QTcpSocket: a client that shares no code with
// ours, for the tests that must see exactly what other tools see.
namespace mdesk::sandboxtest {

struct RawResponse
{
    QByteArray statusLine;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    bool complete = false;

    int status() const;
    QJsonObject json() const;
};

// Sends one request on the socket and reads one response (Content-Length framed), waiting
// at most 30 s; complete is false when none came.
RawResponse exchange(QTcpSocket &socket, const QByteArray &request);
// "METHOD target HTTP/1.1" with Host, the extra header lines ("Name: value\r\n"...) and,
// for a body or a POST, Content-Length.
QByteArray request(const QByteArray &method, const QByteArray &target, const QUrl &server,
                   const QByteArray &extraHeaders = {}, const QByteArray &body = {});

} // namespace mdesk::sandboxtest
