#include "ui/accounts/secretwrites.h"

#include <QTimer>

namespace mdesk::ui {

SecretWrites::SecretWrites(models::AccountStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(store, &models::AccountStore::secretStored, this, &SecretWrites::onStored);
}

void SecretWrites::add(models::AccountStore::SecretKind kind, const QString &appId,
                       const QString &pageId, const QString &value, std::function<void()> onStored)
{
    const int requestId = m_store->storeSecret(kind, appId, pageId, value);
    m_pending.insert(requestId, std::move(onStored));
}

void SecretWrites::commit()
{
    m_committed = true;
    QTimer::singleShot(0, this, &SecretWrites::finishIfDone);
}

void SecretWrites::onStored(int requestId, bool ok, const QString &message)
{
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return;
    const std::function<void()> followUp = it.value();
    m_pending.erase(it);
    if (ok) {
        if (followUp)
            followUp();
    } else if (!m_failures.contains(message)) {
        m_failures.append(message);
    }
    finishIfDone();
}

void SecretWrites::finishIfDone()
{
    if (!m_committed || m_finished || !m_pending.isEmpty())
        return;
    m_finished = true;
    Q_EMIT done(m_failures);
}

} // namespace mdesk::ui
