#pragma once

#include "api/graphclient.h"
#include "api/graphversion.h"
#include "models/pageref.h"
#include "models/profile/profiledocument.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace mdesk::models {

// One thing read from Graph: its value, when (UTC) and under which tx_id.
struct LiveReading
{
    QJsonValue value;
    QDateTime readAt; // invalid: never read
    QString txId;
    bool isRead() const { return readAt.isValid(); }
};

// What one Page has on Graph, as last read: the Messenger profile (greeting, get started,
// persistent menu, ...), its labels and counts, each with the time and tx_id of the read.
// Every tab of the Page reads this one object (design.md, "One live state per Page"); no
// tab keeps its own copy. LivePageRegistry owns one per PageRef.
//
// Signal contract (all emitted synchronously, in this order):
// - ensureLoaded() starts a fetch only when nothing was read and none is in flight;
//   refresh() starts one unless one is in flight, in which case the caller joins it. A
//   refresh asked for while an apply is running starts when endApply() is called, so a
//   read never races the write it would undo.
// - One fetch is one fetch_messenger_profile call (only the fields the version serves):
//   stateChanged(Loading) when it starts; when it ends, on success profileChanged(fields)
//   if any field differs from before, then stateChanged(Loaded or Failed), then exactly one
//   fetchFinished(result), to every listener whoever asked.
// - recordApplied(change, txId): what Graph accepted is now live: profileChanged(fields)
//   for the fields the change altered (nothing when it altered none). A failed apply
//   records nothing.
// - setVersion() emits versionChanged() when the version differs; the next fetch asks
//   for the fields that version serves.
// - setLabels()/setCounts() emit labelsChanged()/countsChanged().
class LivePage : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Loaded, Failed };
    Q_ENUM(State)

    LivePage(api::GraphClient *client, PageRef page, api::GraphVersion version,
             QObject *parent = nullptr);
    ~LivePage() override;

    const PageRef &page() const { return m_page; }
    api::GraphClient *client() const { return m_client; }
    api::GraphVersion version() const { return m_version; }
    void setVersion(api::GraphVersion version);
    // The profile properties this version still serves (home_url is gone from v7.0).
    QStringList servedFields() const;

    State state() const { return m_state; }
    bool isLoading() const { return !m_reply.isNull(); }
    // True while an apply is between beginApply() and endApply().
    bool isApplying() const { return m_applying > 0; }
    bool hasProfile() const { return m_profile.isRead(); }
    // The profile as one object keyed by property (unset properties absent).
    QJsonObject profile() const { return m_profile.value.toObject(); }
    const LiveReading &profileReading() const { return m_profile; }
    // The result of the last fetch (ok or the error), for messages.
    const api::GraphResult &lastFetchResult() const { return m_lastResult; }
    // tx_id of the fetch in flight or of the last one; empty before the first.
    const QString &fetchTxId() const { return m_fetchTxId; }

    const LiveReading &labels() const { return m_labels; }
    void setLabels(const QJsonArray &labels, const QString &txId);
    const LiveReading &counts() const { return m_counts; }
    void setCounts(const QJsonObject &counts, const QString &txId);

    void ensureLoaded();
    void refresh();

    // An apply brackets its calls with these; a refresh asked for in between waits.
    void beginApply();
    void endApply();
    void recordApplied(const ProfileChange &change, const QString &txId);

Q_SIGNALS:
    void stateChanged(mdesk::models::LivePage::State state);
    void profileChanged(const QStringList &fields);
    void fetchFinished(const mdesk::api::GraphResult &result);
    void versionChanged(mdesk::api::GraphVersion version);
    void labelsChanged();
    void countsChanged();

private:
    void onFetched(const api::GraphResult &result);
    void setProfile(const QJsonObject &profile, const QString &txId);
    void setState(State state);

    api::GraphClient *m_client;
    PageRef m_page;
    api::GraphVersion m_version;
    State m_state = State::Empty;
    LiveReading m_profile;
    LiveReading m_labels;
    LiveReading m_counts;
    api::GraphResult m_lastResult;
    QString m_fetchTxId;
    QPointer<api::GraphReply> m_reply;
    int m_applying = 0;
    bool m_refreshPending = false;
};

} // namespace mdesk::models
