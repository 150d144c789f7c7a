#pragma once

#include "models/broadcasts/audienceperson.h"
#include "models/broadcasts/broadcastledger.h"
#include "models/broadcasts/broadcastreport.h"
#include "models/broadcasts/eligibility.h"

#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace mdesk::store {
class BroadcastJournal;
class Database;
} // namespace mdesk::store

namespace mdesk::models {

// Who a broadcast is for, as chosen (kept with the broadcast as audience_json).
struct AudienceChoice
{
    QStringList labelIds;
    QStringList psids; // the selection, a file or a paste
    bool allOpen = false;

    QJsonObject toJson() const;
    static AudienceChoice fromJson(const QJsonObject &object);
    bool isEmpty() const { return labelIds.isEmpty() && psids.isEmpty() && !allOpen; }
};

// What a broadcast sends, as the journal keeps it.
struct BroadcastDraft
{
    QString name;
    QJsonObject message;
    QString messagingType = QStringLiteral("UPDATE");
    QString tag;
    QString personaId;
    AudienceChoice audience;
    QDateTime scheduledFor; // invalid: now
};

// The broadcasts of one Page in the local store (store::BroadcastJournal, design.md "The
// local store"), and the Page's contacts as a broadcast's audience. It is the runner's
// BroadcastLedger: markSending() commits with synchronous=FULL before it returns. Times are
// milliseconds since the epoch.
//
// A runner works on a claimed broadcast: claim(id) first (a lock file, so the GUI and a CLI
// never run one broadcast at once), release(id) after. recoverInterrupted() is the crash
// rule: rows left `sending` by a run nobody holds (the request may have left) become
// unknown and their broadcast `interrupted`; they are never sent again by themselves.
class BroadcastBook : public BroadcastLedger
{
public:
    BroadcastBook(store::Database &database, QString appId, QString pageId);
    ~BroadcastBook() override;

    bool claim(qint64 id);
    void release(qint64 id);

    const QString &lastError() const { return m_error; }

    // The people of an audience as the store knows them; PSIDs it has no contact for come
    // back with known = false.
    std::optional<QList<AudiencePerson>> resolve(const AudienceChoice &choice, qint64 nowMs);
    // Whether the label index knows the label for this Page.
    std::optional<bool> knowsLabel(const QString &labelId);
    std::optional<AudiencePerson> person(const QString &psid);
    // Why a person cannot be sent to at now (window_closed, unavailable), checked just
    // before their batch leaves; empty when they can (or are not a known contact).
    QString skipReason(const QString &psid, const QDateTime &now);

    // A new broadcast: the reachable people pending, the others skipped with their reason
    // (window_closed, unavailable, unknown_contact). Its id, or nullopt.
    std::optional<qint64> create(const BroadcastDraft &draft, const Eligibility &eligibility,
                                 qint64 nowMs);
    // What a broadcast sends (for Resume and History).
    std::optional<BroadcastDraft> draft(qint64 id);
    std::optional<BroadcastReport> report(qint64 id);
    // Every broadcast of the Page, newest first, with counts and no rows.
    std::optional<QList<BroadcastReport>> list();
    std::optional<QStringList> psidsIn(qint64 id, const QString &state);
    // Broadcasts scheduled for a time at or before nowMs that have not started.
    std::optional<QList<qint64>> dueSchedules(qint64 nowMs);
    std::optional<int> recoverInterrupted();

    // An uploaded attachment's id for a source (a file path with its size and time), when it
    // was uploaded under 90 days ago (Graph forgets ids after 90 days); empty otherwise.
    QString cachedAttachment(const QString &sourceKey, qint64 nowMs);
    bool rememberAttachment(const QString &sourceKey, const QString &type,
                            const QString &attachmentId, qint64 nowMs);

    std::optional<QStringList> markSending(qint64 broadcastId, const QStringList &psids,
                                           QString *error) override;
    bool markPending(qint64 broadcastId, const QStringList &psids, QString *error) override;
    bool record(qint64 broadcastId, const QList<RecipientResult> &results, QString *error) override;
    bool setBroadcastState(qint64 broadcastId, const QString &state, const QString &note,
                           QString *error) override;
    // The ledger calls above use the calling thread's own connection and leave lastError()
    // alone, so a runner may make them from a thread of its own.
    bool writesFromAnyThread() const override { return true; }
    void releaseThread() override;

private:
    // For the ledger calls: *error only (lastError() belongs to the GUI thread's calls).
    static bool refuse(const QString &what, QString *error);
    bool skip(qint64 broadcastId, const QList<RecipientResult> &results, QString *error);
    bool fail(const QString &what, QString *error);

    store::Database &m_database;
    std::unique_ptr<store::BroadcastJournal> m_journal;
    QString m_appId;
    QString m_pageId;
    QString m_error;
};

} // namespace mdesk::models
