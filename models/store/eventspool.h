#pragma once

#include "api/graphevent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace mdesk::store {

// One event of the spool, with the run that made it.
struct SpooledEvent
{
    QString runId;
    api::GraphEvent event;
};

// Events of CLI runs that did not open the local store, kept in an append-only file beside
// it (<store>-spool) until a process that opens the store takes them in (SpoolIntake): the
// app at its start and while it runs, a CLI command that uses the store, or the CLI run that
// finds the file past takeInBytes(). Opening SQLite (its driver, the checks, the schema)
// costs a short `call` as much as its request; an append is one write (issue 18).
//
// Format: one compact JSON object per line, {"run": runId, "event": GraphEvent::toJson()}.
// A line without its newline (a run killed while writing) and a line that is not such an
// object are left out and counted. Appenders and takers hold an exclusive lock on the file
// (flock), so no append lands between a taker's read and the emptying of the file.
class EventSpool
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::store::EventSpool)

public:
    // storePath: the store's file; empty: Database::defaultPath().
    explicit EventSpool(const QString &storePath = {});

    const QString &path() const { return m_path; }
    // Bytes in the file; 0 when there is none.
    qint64 size() const;
    // The size from which a CLI run takes the spool in itself (1 MB).
    static qint64 takeInBytes();

    // Appends the events of one run in one write. false: nothing was appended, and
    // *error is a sentence naming the file and the reason.
    bool append(const QString &runId, const QList<api::GraphEvent> &events, QString *error);

    // Under the lock: gives the events, oldest first, to take in chunks of at most
    // chunkSize, then empties the file when every take returned true. A take that returns
    // false ends it and leaves the file whole (a taker finds the events of earlier chunks
    // again: it must ignore events it already has). *unreadable counts the lines left out.
    // false with *error when the file could not be read or emptied; a missing file is true.
    using Take = std::function<bool(const QList<SpooledEvent> &chunk)>;
    bool takeAll(const Take &take, QString *error, int *unreadable = nullptr, int chunkSize = 500);

    // One line of the file for an event (what append() writes), and back.
    static QByteArray line(const QString &runId, const api::GraphEvent &event);
    static std::optional<SpooledEvent> parseLine(const QByteArray &line);

private:
    QString m_path;
};

} // namespace mdesk::store
