#include "models/profile/profilesession.h"

#include "models/profile/profileapplier.h"

#include <QJsonArray>
#include <QUuid>

namespace mdesk::models {

ProfileSession::ProfileSession(api::GraphClient *client, LivePage *live, DraftStore *store,
                               QObject *parent, QString kind, const QStringList &scope)
    : QObject(parent)
    , m_client(client)
    , m_live(live)
    , m_page(live->page())
    , m_store(store)
    , m_draft(live->version())
    , m_kind(std::move(kind))
{
    m_draft.setScope(scope);
    connectLive();
}

ProfileSession::ProfileSession(api::GraphClient *client, PageRef page, api::GraphVersion version,
                               DraftStore *store, QObject *parent, QString kind,
                               const QStringList &scope)
    : QObject(parent)
    , m_client(client)
    , m_live(new LivePage(client, page, version, this))
    , m_page(std::move(page))
    , m_store(store)
    , m_draft(version)
    , m_kind(std::move(kind))
{
    m_draft.setScope(scope);
    connectLive();
}

void ProfileSession::connectLive()
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(500);
    connect(&m_autosave, &QTimer::timeout, this, &ProfileSession::saveDraftNow);
    connect(&m_draft, &ProfileDraft::changed, this, [this] { m_autosave.start(); });
    connect(m_live, &LivePage::profileChanged, this,
            [this] { m_draft.setLive(m_live->profile()); });
    connect(m_live, &LivePage::versionChanged, this,
            [this](api::GraphVersion version) { m_draft.setVersion(version); });
    connect(m_live, &LivePage::stateChanged, this, [this] {
        if (m_busy != busy())
            Q_EMIT busyChanged(m_busy = busy());
    });
    connect(m_live, &LivePage::fetchFinished, this, [this](const api::GraphResult &result) {
        m_lastTxId = m_live->fetchTxId();
        Q_EMIT fetched(result);
    });
    if (m_live->hasProfile())
        m_draft.setLive(m_live->profile());
    m_busy = busy();
}

api::CallOptions ProfileSession::callOptions()
{
    m_lastTxId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    api::CallOptions options;
    options.appId = m_page.appId;
    options.pageId = m_page.pageId;
    options.txId = m_lastTxId;
    options.source = QStringLiteral("gui");
    return options;
}

bool ProfileSession::restoreSavedDraft()
{
    if (!m_store)
        return false;
    const auto saved = m_store->load(m_kind, m_page);
    if (!saved || !m_draft.restore(*saved))
        return false;
    // The page may have changed since the draft was saved: rebase onto what it has now.
    m_draft.setVersion(m_live->version());
    if (m_live->hasProfile())
        m_draft.setLive(m_live->profile());
    return m_draft.isDirty() || !m_draft.conflicts().isEmpty();
}

void ProfileSession::saveDraftNow()
{
    m_autosave.stop();
    if (!m_store)
        return;
    if (!m_draft.isDirty()) {
        m_store->remove(m_kind, m_page);
        return;
    }
    if (!m_store->save(m_kind, m_page, m_draft.toJson()))
        Q_EMIT autosaveFailed(m_store->error());
}

void ProfileSession::fetch()
{
    if (m_applying)
        return;
    m_live->refresh();
}

void ProfileSession::ensureLoaded()
{
    m_live->ensureLoaded();
}

void ProfileSession::apply()
{
    if (busy() || m_live->isApplying() || !m_draft.canApply())
        return;
    m_applying = true;
    m_live->beginApply();
    Q_EMIT busyChanged(m_busy = true);
    const ProfileChange change = m_draft.change();
    auto *applier = new ProfileApplier(m_client, callOptions(), this);
    connect(applier, &ProfileApplier::finished, this,
            [this, applier, change](int accepted, const api::GraphResult &failure) {
                applier->deleteLater();
                m_applying = false;
                // What Graph accepted is now live for every tab; this draft stays as typed.
                // The set goes first, so one accepted call of a failed pair is the set.
                ProfileChange taken = change;
                if (!failure.isOk())
                    taken.reset.clear();
                if (failure.isOk() || (accepted > 0 && !change.set.isEmpty()))
                    m_live->recordApplied(taken, m_lastTxId);
                saveDraftNow();
                m_live->endApply(); // may start a refresh that waited for this apply
                m_busy = busy();
                Q_EMIT busyChanged(m_busy);
                Q_EMIT applied(accepted, failure);
            });
    applier->start(change);
}

} // namespace mdesk::models

#include "moc_profilesession.cpp"
