#include "eventspool.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/file.h>
#endif

namespace mdesk::store {

namespace {

constexpr qint64 kTakeInBytes = 1024 * 1024;

// An exclusive lock on an open file for as long as it lives (flock: released by the
// kernel when a process dies, so a killed run never leaves the spool locked). Where there
// is no flock, appends and takes are not kept apart.
class FileLock
{
public:
    explicit FileLock(int handle)
        : m_handle(handle)
    {
#ifdef Q_OS_UNIX
        int result = -1;
        do {
            result = ::flock(m_handle, LOCK_EX);
        } while (result != 0 && errno == EINTR);
        m_locked = result == 0;
#else
        m_locked = true;
#endif
    }
    ~FileLock()
    {
#ifdef Q_OS_UNIX
        if (m_locked)
            ::flock(m_handle, LOCK_UN);
#endif
    }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    bool locked() const
    {
        return m_locked;
    }

private:
    int m_handle;
    bool m_locked = false;
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

EventSpool::EventSpool(const QString &storePath)
    : m_path((storePath.isEmpty() ? Database::defaultPath() : storePath) + QStringLiteral("-spool"))
{}

qint64 EventSpool::size() const
{
    return QFileInfo(m_path).size();
}

qint64 EventSpool::takeInBytes()
{
    return kTakeInBytes;
}

QByteArray EventSpool::line(const QString &runId, const api::GraphEvent &event)
{
    const QJsonObject record{{QStringLiteral("run"), runId},
                             {QStringLiteral("event"), event.toJson()}};
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<SpooledEvent> EventSpool::parseLine(const QByteArray &line)
{
    if (!line.endsWith('\n'))
        return std::nullopt; // cut short as it was written
    const QJsonObject record = QJsonDocument::fromJson(line).object();
    const QJsonValue run = record.value(QStringLiteral("run"));
    const QJsonValue event = record.value(QStringLiteral("event"));
    if (!run.isString() || !event.isObject())
        return std::nullopt;
    SpooledEvent spooled{run.toString(), api::GraphEvent::fromJson(event.toObject())};
    if (spooled.event.id.isEmpty())
        return std::nullopt;
    return spooled;
}

bool EventSpool::append(const QString &runId, const QList<api::GraphEvent> &events, QString *error)
{
    if (events.isEmpty())
        return true;
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("%n event(s) could not be written to %1, where the local database "
                        "takes them from: %2",
                        nullptr, int(events.size()))
                         .arg(nativePath(m_path), reason);
        return false;
    };
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("the folder %1 cannot be created").arg(nativePath(folder)));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(file.errorString());
    const FileLock lock(file.handle());
    if (!lock.locked())
        return fail(tr("the file cannot be locked"));
    QByteArray bytes;
    const qint64 before = file.size();
    char last = '\n';
    // A run killed while writing left a line without its end: end it, or this run's
    // first event would be read as part of it.
    if (before > 0 && file.seek(before - 1) && file.getChar(&last) && last != '\n')
        bytes += '\n';
    for (const api::GraphEvent &event : events)
        bytes += line(runId, event);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.resize(before); // no half line for the next appender to follow
        return fail(reason);
    }
    return true;
}

bool EventSpool::takeAll(const Take &take, QString *error, int *unreadable, int chunkSize)
{
    if (unreadable)
        *unreadable = 0;
    QFile file(m_path);
    if (!file.exists())
        return true;
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("The events waiting in %1 could not be taken into the local database: "
                        "%2")
                         .arg(nativePath(m_path), reason);
        return false;
    };
    if (!file.open(QIODevice::ReadWrite))
        return fail(file.errorString());
    const FileLock lock(file.handle());
    if (!lock.locked())
        return fail(tr("the file cannot be locked"));
    QList<SpooledEvent> chunk;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine();
        if (text.isEmpty() && file.error() != QFileDevice::NoError)
            return fail(file.errorString());
        if (const auto spooled = parseLine(text))
            chunk.append(*spooled);
        else if (unreadable && !text.trimmed().isEmpty())
            ++*unreadable;
        if (chunk.size() >= chunkSize || (file.atEnd() && !chunk.isEmpty())) {
            if (!take(chunk))
                return false; // the taker says why
            chunk.clear();
        }
    }
    if (!file.resize(0))
        return fail(file.errorString());
    return true;
}

} // namespace mdesk::store
