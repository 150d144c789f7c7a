#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QString>
#include <utility>

namespace mdesk::testsupport {

// One HTTP request exactly as TestHttpServer read it off the socket.
struct RecordedRequest
{
    int index = -1;      // order of arrival on the server, from 0
    int connection = -1; // which TCP connection carried it, from 0
    QByteArray method;
    QByteArray target;                        // request target as sent: "/v23.0/me?x=1"
    QString path;                             // decoded path without the query
    QList<std::pair<QString, QString>> query; // decoded, in order
    QHash<QByteArray, QByteArray> headers;    // names lower-cased
    QByteArray body;                          // raw body (chunked encoding removed)

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasQuery(const QString &key) const;
    QString queryValue(const QString &key) const;
    // Every query item; a key sent twice keeps its last value (the test then fails on size).
    QMap<QString, QString> queryMap() const;
    // The body parsed as JSON; a null document when it is not JSON.
    QJsonDocument json() const;
};

} // namespace mdesk::testsupport
