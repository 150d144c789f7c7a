#include "clirun.h"

#include <QJsonDocument>

namespace mdesk::clitest {

namespace {

QJsonObject eventOf(const QByteArray &line)
{
    if (!line.startsWith('{'))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    return object.contains(QStringLiteral("topic")) ? object : QJsonObject();
}

} // namespace

QJsonObject CliRun::object() const
{
    return QJsonDocument::fromJson(out).object();
}

QList<QJsonObject> CliRun::events() const
{
    QList<QJsonObject> events;
    for (const QByteArray &line : err.split('\n')) {
        const QJsonObject event = eventOf(line);
        if (!event.isEmpty())
            events.append(event);
    }
    return events;
}

int CliRun::requestsStarted() const
{
    int started = 0;
    for (const QJsonObject &event : events())
        started += event.value(QStringLiteral("outcome")).toString() == QLatin1String("started");
    return started;
}

QStringList CliRun::messages() const
{
    QStringList messages;
    for (const QByteArray &line : err.split('\n')) {
        if (!line.isEmpty() && eventOf(line).isEmpty())
            messages.append(QString::fromUtf8(line));
    }
    return messages;
}

bool CliRun::printed(const QByteArray &needle) const
{
    return out.contains(needle) || err.contains(needle);
}

QString CliRun::summary() const
{
    if (!finished)
        return QStringLiteral("the CLI did not finish; stderr: %1").arg(QString::fromUtf8(err));
    return QStringLiteral("exit %1; stderr: %2; stdout: %3")
        .arg(exitCode)
        .arg(messages().join(QLatin1Char('|')), QString::fromUtf8(out.left(600)));
}

} // namespace mdesk::clitest
