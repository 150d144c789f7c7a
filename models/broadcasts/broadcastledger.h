#pragma once

#include "models/broadcasts/recipientresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mdesk::models {

// What BroadcastRunner needs from the broadcast journal. The store's BroadcastJournal is
// adapted to it (StoreLedger); tests may use a plain implementation.
//
// Contract: markSending() returns only after the rows are committed durably
// (synchronous=FULL), with the PSIDs it marked (those that were pending); the runner sends
// only those. It returns nullopt, and the others false, with *error when the database
// refused.
//
// Threads: a ledger whose writesFromAnyThread() is true is written by the runner from a
// thread of its own (LedgerQueue), one call at a time, while its owner may go on using it
// for other things on the GUI thread; releaseThread() is then called on that thread before
// it ends. Others are written on the runner's thread.
class BroadcastLedger
{
public:
    virtual ~BroadcastLedger() = default;

    virtual std::optional<QStringList> markSending(qint64 broadcastId, const QStringList &psids,
                                                   QString *error) = 0;
    // Rows Graph refused for rate (the message was not sent) go back to pending.
    virtual bool markPending(qint64 broadcastId, const QStringList &psids, QString *error) = 0;
    virtual bool record(qint64 broadcastId, const QList<RecipientResult> &results,
                        QString *error) = 0;
    virtual bool setBroadcastState(qint64 broadcastId, const QString &state, const QString &note,
                                   QString *error) = 0;

    virtual bool writesFromAnyThread() const { return false; }
    virtual void releaseThread() {}
};

} // namespace mdesk::models
