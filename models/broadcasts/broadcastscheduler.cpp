#include "models/broadcasts/broadcastscheduler.h"

#include "models/broadcasts/broadcastbook.h"

#include <QDateTime>
#include <QTimer>

namespace mdesk::models {

BroadcastScheduler::BroadcastScheduler(BroadcastBook *book, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_timer(new QTimer(this))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BroadcastScheduler::check);
}

void BroadcastScheduler::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void BroadcastScheduler::start()
{
    m_startedAt = m_now();
    m_timer->start();
    QTimer::singleShot(0, this, &BroadcastScheduler::check);
}

void BroadcastScheduler::check()
{
    const qint64 now = m_now();
    const auto ids = m_book->dueSchedules(now);
    if (!ids)
        return;
    for (qint64 id : *ids) {
        const auto draft = m_book->draft(id);
        if (!draft)
            continue;
        if (draft->scheduledFor.toMSecsSinceEpoch() < m_startedAt) {
            if (!m_told.contains(id)) {
                m_told.append(id);
                Q_EMIT missed(id);
            }
            continue;
        }
        Q_EMIT due(id);
    }
}

} // namespace mdesk::models

#include "moc_broadcastscheduler.cpp"
