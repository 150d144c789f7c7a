#pragma once

#include "graphevent.h"

#include <QObject>

namespace mdesk::api {

// Where every call's events are published. The GUI log, the CLI's --events and the JSONL
// export subscribe here. Events arrive in the order they happened, on the thread of the hub.
class EventHub : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void publish(const GraphEvent &event);
    qint64 publishedCount() const { return m_count; }

Q_SIGNALS:
    // Emitted once per event, synchronously from publish().
    void published(const mdesk::api::GraphEvent &event);

private:
    qint64 m_count = 0;
};

} // namespace mdesk::api
