#pragma once

#include "models/accounts/accountstore.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace mdesk::ui {

// Collects keychain writes made through an AccountStore and reports once all of them have
// finished. Each write may carry a follow-up that runs only when it succeeded (for
// example saving the Page once its token is stored).
//
// Contract: after start() calls add() any number of times, then commit(); done() follows
// exactly once with the failure messages (empty when all succeeded), never from inside
// commit(). A batch with no writes is done at once (from the event loop).
class SecretWrites : public QObject
{
    Q_OBJECT
public:
    explicit SecretWrites(models::AccountStore *store, QObject *parent = nullptr);

    void add(models::AccountStore::SecretKind kind, const QString &appId, const QString &pageId,
             const QString &value, std::function<void()> onStored = {});
    void commit();
    bool isRunning() const { return m_committed && !m_finished; }

Q_SIGNALS:
    void done(const QStringList &failures);

private:
    void onStored(int requestId, bool ok, const QString &message);
    void finishIfDone();

    models::AccountStore *m_store;
    QHash<int, std::function<void()>> m_pending;
    QStringList m_failures;
    bool m_committed = false;
    bool m_finished = false;
};

} // namespace mdesk::ui
