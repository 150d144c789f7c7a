#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mdesk::clitest {

// What one messenger-desk-cli process did: its exit status and everything it printed.
struct CliRun
{
    bool finished = false; // exited normally within the time limit
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // stdout parsed as one JSON object (empty when it is not one).
    QJsonObject object() const;
    // The --events lines of stderr (JSON objects with a "topic"), in order.
    QList<QJsonObject> events() const;
    // Events whose outcome is "started": one per request sent.
    int requestsStarted() const;
    // Lines of stderr that are not events (messages, progress).
    QStringList messages() const;
    // Whether stdout or stderr holds the bytes.
    bool printed(const QByteArray &needle) const;
    // "exit N; stderr: ..." for failure messages.
    QString summary() const;
};

} // namespace mdesk::clitest
