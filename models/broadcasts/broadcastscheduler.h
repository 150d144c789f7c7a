#pragma once

#include <QObject>
#include <functional>

class QTimer;

namespace mdesk::models {

class BroadcastBook;

// Runs scheduled broadcasts while the app is open. Every interval() it asks the journal for
// schedules that are due. One due since the app started is emitted as due(id); one that
// came due while the app was closed is emitted once as missed(id), so the owner asks
// before it runs.
class BroadcastScheduler : public QObject
{
    Q_OBJECT
public:
    BroadcastScheduler(BroadcastBook *book, QObject *parent = nullptr);

    void setInterval(int ms);
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    // Checks at once (also called by the timer).
    void check();
    void start();

Q_SIGNALS:
    void due(qint64 id);
    void missed(qint64 id);

private:
    BroadcastBook *m_book;
    QTimer *m_timer;
    std::function<qint64()> m_now;
    qint64 m_startedAt = 0;
    QList<qint64> m_told; // missed ones already asked about
};

} // namespace mdesk::models
