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
};

} // namespace mdesk::models
