#include "models/profile/profilesession.h"

#include "models/profile/profileapplier.h"

#include <QJsonArray>
#include <QUuid>

namespace mdesk::models {

ProfileSession::ProfileSession(api::GraphClient *client, PageRef page, api::GraphVersion version,
                               DraftStore *store, QObject *parent, QString kind,
                               const QStringList &scope)
    : QObject(parent)
    , m_client(client)
    , m_page(std::move(page))
    , m_store(store)
    , m_draft(version)
    , m_kind(std::move(kind))
{
    m_draft.setScope(scope);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(500);
    connect(&m_autosave, &QTimer::timeout, this, &ProfileSession::saveDraftNow);
    connect(&m_draft, &ProfileDraft::changed, this, [this] { m_autosave.start(); });
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
    return saved && m_draft.restore(*saved) && m_draft.isDirty();
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
    if (busy())
        return;
    const QJsonObject input{
        {QStringLiteral("fields"), QJsonArray::fromStringList(m_draft.servedFields())}};
    m_reply = m_client->call(QStringLiteral("fetch_messenger_profile"), input, callOptions());
    Q_EMIT busyChanged(true);
    connect(m_reply, &api::GraphReply::finished, this, [this](const api::GraphResult &result) {
        m_reply = nullptr;
        if (result.isOk())
            m_draft.setLive(ProfileDocument::fromFetchAnswer(result.object()));
        Q_EMIT busyChanged(false);
        Q_EMIT fetched(result);
    });
}

void ProfileSession::apply()
{
    if (busy() || !m_draft.canApply())
        return;
    m_applying = true;
    Q_EMIT busyChanged(true);
    const ProfileChange change = m_draft.change();
    auto *applier = new ProfileApplier(m_client, callOptions(), this);
    connect(applier, &ProfileApplier::finished, this,
            [this, applier, change](int accepted, const api::GraphResult &failure) {
                applier->deleteLater();
                m_applying = false;
                if (failure.isOk()) {
                    // What Graph accepted is now live; the draft stays as typed.
                    QJsonObject live = m_draft.live();
                    for (auto it = change.set.begin(); it != change.set.end(); ++it)
                        live.insert(it.key(), it.value());
                    for (const auto &field : change.reset)
                        live.remove(field);
                    m_draft.setLive(live);
                    saveDraftNow();
                }
                Q_EMIT busyChanged(false);
                Q_EMIT applied(accepted, failure);
            });
    applier->start(change);
}

void ProfileSession::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

} // namespace mdesk::models
