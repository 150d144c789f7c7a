#include "models/live/livepage.h"

#include "api/operationtable.h"

#include <QUuid>

namespace mdesk::models {

LivePage::LivePage(api::GraphClient *client, PageRef page, api::GraphVersion version,
                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_page(std::move(page))
    , m_version(version)
    , m_lastResult(api::GraphResult::success({}))
{}

LivePage::~LivePage()
{
    if (m_reply)
        m_reply->cancel();
}

void LivePage::setVersion(api::GraphVersion version)
{
    if (!version.isValid() || version == m_version)
        return;
    m_version = version;
    Q_EMIT versionChanged(version);
}

QStringList LivePage::servedFields() const
{
    QStringList fields;
    for (const QString &field : api::OperationTable::profileFields()) {
        const api::OperationSpec *op = api::OperationTable::find(QStringLiteral("fetch_") + field);
        if (op && !op->isRemovedOn(m_version))
            fields.append(field);
    }
    return fields;
}

void LivePage::ensureLoaded()
{
    if (!hasProfile() && m_state != State::Failed)
        refresh();
}

void LivePage::refresh()
{
    if (!m_client || isLoading())
        return; // the caller joins the fetch in flight
    if (isApplying()) {
        m_refreshPending = true;
        return;
    }
    m_fetchTxId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    api::CallOptions options;
    options.appId = m_page.appId;
    options.pageId = m_page.pageId;
    options.source = QStringLiteral("gui");
    options.txId = m_fetchTxId;
    m_reply = m_client->call(
        QStringLiteral("fetch_messenger_profile"),
        {{QStringLiteral("fields"), QJsonArray::fromStringList(servedFields())}}, options);
    connect(m_reply, &api::GraphReply::finished, this, &LivePage::onFetched);
    setState(State::Loading);
}

void LivePage::onFetched(const api::GraphResult &result)
{
    m_reply = nullptr;
    m_lastResult = result;
    if (result.isOk())
        setProfile(ProfileDocument::fromFetchAnswer(result.object()), m_fetchTxId);
    setState(result.isOk() ? State::Loaded : State::Failed);
    Q_EMIT fetchFinished(result);
}

void LivePage::setProfile(const QJsonObject &profile, const QString &txId)
{
    const QJsonObject before = this->profile();
    const bool first = !hasProfile();
    m_profile = {profile, QDateTime::currentDateTimeUtc(), txId};
    QStringList fields;
    for (const QString &field : api::OperationTable::profileFields()) {
        if (before.value(field) != profile.value(field))
            fields.append(field);
    }
    if (first || !fields.isEmpty())
        Q_EMIT profileChanged(fields);
}

void LivePage::beginApply()
{
    ++m_applying;
}

void LivePage::endApply()
{
    m_applying = std::max(0, m_applying - 1);
    if (!isApplying() && m_refreshPending) {
        m_refreshPending = false;
        refresh();
    }
}

void LivePage::recordApplied(const ProfileChange &change, const QString &txId)
{
    QJsonObject live = profile();
    for (auto it = change.set.begin(); it != change.set.end(); ++it)
        live.insert(it.key(), it.value());
    for (const QString &field : change.reset)
        live.remove(field);
    setProfile(live, txId);
    if (m_state == State::Empty || m_state == State::Failed)
        setState(State::Loaded);
}

void LivePage::setLabels(const QJsonArray &labels, const QString &txId)
{
    m_labels = {labels, QDateTime::currentDateTimeUtc(), txId};
    Q_EMIT labelsChanged();
}

void LivePage::setCounts(const QJsonObject &counts, const QString &txId)
{
    m_counts = {counts, QDateTime::currentDateTimeUtc(), txId};
    Q_EMIT countsChanged();
}

void LivePage::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace mdesk::models

#include "moc_livepage.cpp"
