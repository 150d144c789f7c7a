#pragma once

#include "models/broadcasts/broadcastledger.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace mdesk::broadcaststest {

// A BroadcastLedger in memory for engine tests: remembers each row's state and every PSID
// ever marked sending, and can be told to refuse writes.
class MemoryLedger : public models::BroadcastLedger
{
public:
    std::optional<QStringList> markSending(qint64, const QStringList &psids,
                                           QString *error) override
    {
        if (refuse) {
            fail(error);
            return std::nullopt;
        }
        if (onMarkSending)
            onMarkSending(psids);
        for (const auto &psid : psids) {
            states[psid] = models::RecipientState::Sending;
            everSending.insert(psid);
            ++sendingMarks[psid];
        }
        return psids;
    }
    bool markPending(qint64, const QStringList &psids, QString *error) override
    {
        if (refuse)
            return fail(error);
        for (const auto &psid : psids)
            states[psid] = models::RecipientState::Pending;
        return true;
    }
    bool record(qint64, const QList<models::RecipientResult> &results, QString *error) override
    {
        if (refuse)
            return fail(error);
        for (const auto &result : results)
            states[result.psid] = result.state;
        return true;
    }
    bool setBroadcastState(qint64, const QString &newState, const QString &newNote,
                           QString *) override
    {
        state = newState;
        note = newNote;
        return true;
    }

    QHash<QString, QString> states;
    QHash<QString, int> sendingMarks;
    QSet<QString> everSending;
    QString state;
    QString note;
    bool refuse = false;
    std::function<void(const QStringList &psids)> onMarkSending; // before each mark

private:
    static bool fail(QString *error)
    {
        *error = QStringLiteral("disk full");
        return false;
    }
};

} // namespace mdesk::broadcaststest
