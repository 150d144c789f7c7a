#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QLockFile;

namespace mdesk::store {

class Database;

enum class RecipientState { Pending, Sending, Sent, Skipped, Failed, Unknown };
QString recipientStateName(RecipientState state); // "pending", "sending", ...
std::optional<RecipientState> recipientStateFromName(const QString &name);

// One row of broadcast_recipients.
struct BroadcastRecipient
{
    QString psid;
    QString name;
    RecipientState state = RecipientState::Pending;
    QString messageId;  // sent
    QString reason;     // skipped, failed, unknown, or why it went back to pending
    QJsonObject error;  // failed: the GraphError as JSON
    qint64 updated = 0; // ms since the epoch (UTC)
};

// One row of broadcasts. state is free text owned by the sending engine; the journal
// itself writes "created" and, on recovery, "interrupted".
struct BroadcastRecord
{
    qint64 id = 0;
    QString appId;
    QString pageId;
    QString name;
    QJsonObject message;
    QJsonObject audience;
    QString messagingType;
    QString tag;
    QString state;
    QDateTime created, started, finished, scheduledFor; // invalid when unknown
    QString note;
};

// The outcome of one request for one recipient, recorded by recordResults().
struct RecipientResult
{
    QString psid;
    RecipientState state = RecipientState::Sent; // Sent, Failed, Unknown or Pending
    QString messageId;
    QString reason;
    QJsonObject error;
};

// The broadcast journal: storage only (the sending engine is models/broadcasts). Its one
// promise: a recipient whose request may have left is never sent again by itself.
//
// Contract for a sender: claim(id) first (an OS lock file beside the database, so a GUI
// and a CLI never run one broadcast twice at once); markSending() commits the `sending`
// rows with synchronous=FULL and returns which ones it marked; only those are sent; then
// recordResults(). A Pending result (rate-limit refusal: the request was refused, nothing
// was sent) puts the row back to pending. recoverInterrupted() turns the `sending` rows
// of every broadcast nobody holds a claim on into `unknown` and marks the broadcast
// "interrupted"; the GUI and the CLI call it when they open the journal.
class BroadcastJournal
{
public:
    explicit BroadcastJournal(Database &database);
    ~BroadcastJournal();
    BroadcastJournal(const BroadcastJournal &) = delete;
    BroadcastJournal &operator=(const BroadcastJournal &) = delete;

    // Stores the broadcast (id, created and state are filled in) and its recipients in one
    // transaction; recipients carry Pending, or Skipped with a reason. 0 on failure.
    qint64 create(BroadcastRecord broadcast, const QList<BroadcastRecipient> &recipients);

    bool claim(qint64 id);
    void release(qint64 id);
    bool isClaimed(qint64 id) const { return m_claims.contains(id); }

    // Pending -> sending for those of psids that are pending, in one committed
    // transaction (synchronous=FULL). Returns the psids it marked; empty without a claim.
    QStringList markSending(qint64 id, const QStringList &psids);
    // Sending -> the result's state, in one transaction. Rows not in `sending` are left
    // alone (false then, with the rest still recorded).
    bool recordResults(qint64 id, const QList<RecipientResult> &results);
    // Pending or sending -> skipped with the result's reason (and Graph's error when Graph
    // refused for a reason of the person, like 551), in one transaction: the engine's word
    // after a check at send time, a cancel, or such a refusal. Rows already settled are
    // left alone. The number of rows skipped; nullopt on a database error (none is).
    std::optional<int> recordSkipped(qint64 id, const QList<RecipientResult> &results);

    bool setState(qint64 id, const QString &state, const QString &note = {});
    bool markStarted(qint64 id);  // state "running", started = now
    bool markFinished(qint64 id); // state "finished", finished = now

    // Number of recipients per state (states with none are absent).
    QMap<RecipientState, int> counts(qint64 id);
    std::optional<BroadcastRecord> broadcast(qint64 id);
    // Newest first; pageId empty: every Page.
    QList<BroadcastRecord> list(const QString &pageId = {}, int limit = 200);
    // Report rows in psid order; state empty: every state. limit < 0: all.
    QList<BroadcastRecipient> recipients(qint64 id, std::optional<RecipientState> state = {},
                                         int limit = -1, int offset = 0);

    struct Recovery
    {
        int broadcasts = 0; // broadcasts marked interrupted
        int recipients = 0; // rows turned from sending into unknown
    };
    Recovery recoverInterrupted();

private:
    QString lockPath(qint64 id) const;

    bool holdsClaim(qint64 id) const;

    Database &m_database;
    // Read by markSending() on a broadcast runner's ledger thread while the GUI thread may
    // claim or release another broadcast.
    mutable QMutex m_claimsMutex;
    QHash<qint64, std::shared_ptr<QLockFile>> m_claims;
};

} // namespace mdesk::store
