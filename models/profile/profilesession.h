#pragma once

#include "api/graphclient.h"
#include "models/live/livepage.h"
#include "models/pageref.h"
#include "models/profile/draftstore.h"
#include "models/profile/profiledraft.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mdesk::models {

// The work behind a profile editor for one page: a draft over the Page's LivePage (the one
// copy of what the page has, shared with every other tab), autosaved, applied in at most
// two calls under one tx_id. Widgets only edit the draft and show what this reports.
//
// Contract:
// - The draft follows the LivePage: every profileChanged() of it reaches the draft through
//   ProfileDraft::setLive() (untouched fields follow, touched ones that changed become
//   conflicts), and its version through ProfileDraft::setVersion().
// - fetch() refreshes the LivePage (joining a read in flight); fetched() follows every
//   read of the LivePage that ends, whichever tab asked, so fetch() is always followed by
//   one. apply() ends with exactly one applied(); what Graph accepted is recorded in the
//   LivePage, so every other draft of the page is told.
// - busy() is true while the LivePage is read or this session applies; busyChanged()
//   reports each change. Nothing is sent while busy. A failed call leaves the draft as
//   typed. The draft is autosaved (debounced) whenever it differs from the live profile,
//   and the saved copy is removed once applied or reverted.
class ProfileSession : public QObject
{
    Q_OBJECT
public:
    // kind names the autosave ("profile", "menu"); scope limits the edited fields (see
    // ProfileDraft::setScope).
    // live: the Page's shared LivePage (outlives the session).
    ProfileSession(api::GraphClient *client, LivePage *live, DraftStore *store,
                   QObject *parent = nullptr, QString kind = QStringLiteral("profile"),
                   const QStringList &scope = {});
    // A session with a LivePage of its own, for a page no registry serves (tests, tools).
    ProfileSession(api::GraphClient *client, PageRef page, api::GraphVersion version,
                   DraftStore *store, QObject *parent = nullptr,
                   QString kind = QStringLiteral("profile"), const QStringList &scope = {});

    ProfileDraft *draft() { return &m_draft; }
    LivePage *live() const { return m_live; }
    const PageRef &page() const { return m_page; }
    bool busy() const { return (m_live && m_live->isLoading()) || m_applying; }
    // tx_id of the last fetch or apply, for "show in log".
    const QString &lastTxId() const { return m_lastTxId; }

    // Restores an autosaved draft; true when one was found (the caller shows a notice).
    bool restoreSavedDraft();
    void fetch();
    // Reads the page unless the LivePage already holds it (or is reading it).
    void ensureLoaded();
    void apply();
    // Writes the autosave now instead of after the debounce.
    void saveDraftNow();
    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); }

Q_SIGNALS:
    void busyChanged(bool busy);
    void fetched(const mdesk::api::GraphResult &result);
    // requestsAccepted: how many of the (at most two) calls Graph took.
    void applied(int requestsAccepted, const mdesk::api::GraphResult &failure);
    // The autosave could not be written; the message says where and why.
    void autosaveFailed(const QString &message);

private:
    void connectLive();
    api::CallOptions callOptions();

    api::GraphClient *m_client;
    QPointer<LivePage> m_live;
    PageRef m_page;
    DraftStore *m_store;
    ProfileDraft m_draft;
    QTimer m_autosave;
    QString m_lastTxId;
    QString m_kind;
    bool m_applying = false;
    bool m_busy = false;
};

} // namespace mdesk::models
