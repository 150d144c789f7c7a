#pragma once

#include "api/graphclient.h"
#include "models/pageref.h"
#include "models/profile/draftstore.h"
#include "models/profile/profiledraft.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mdesk::models {

// The work behind a profile editor for one page: fetch the live profile in one call,
// autosave the draft, apply it in at most two calls under one tx_id. Widgets only edit the
// draft and show what this reports.
//
// Contract: fetch() and apply() each end with exactly one fetched() or applied(); busy()
// is true in between and busyChanged() brackets it. Nothing is sent while busy. A failed
// call leaves the draft untouched. The draft is autosaved (debounced) whenever it differs
// from the live profile, and the saved copy is removed once applied or reverted.
class ProfileSession : public QObject
{
    Q_OBJECT
public:
    // kind names the autosave ("profile", "menu"); scope limits the edited fields (see
    // ProfileDraft::setScope).
    ProfileSession(api::GraphClient *client, PageRef page, api::GraphVersion version,
                   DraftStore *store, QObject *parent = nullptr,
                   QString kind = QStringLiteral("profile"), const QStringList &scope = {});

    ProfileDraft *draft() { return &m_draft; }
    const PageRef &page() const { return m_page; }
    bool busy() const { return !m_reply.isNull() || m_applying; }
    // tx_id of the last fetch or apply, for "show in log".
    const QString &lastTxId() const { return m_lastTxId; }

    // Restores an autosaved draft; true when one was found (the caller shows a notice).
    bool restoreSavedDraft();
    void fetch();
    void apply();
    void cancel();
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
    api::CallOptions callOptions();

    api::GraphClient *m_client;
    PageRef m_page;
    DraftStore *m_store;
    ProfileDraft m_draft;
    QPointer<api::GraphReply> m_reply;
    QTimer m_autosave;
    QString m_lastTxId;
    QString m_kind;
    bool m_applying = false;
};

} // namespace mdesk::models
