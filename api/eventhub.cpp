#include "eventhub.h"

namespace mdesk::api {

void EventHub::publish(const GraphEvent &event)
{
    ++m_count;
    Q_EMIT published(event);
}

} // namespace mdesk::api

#include "moc_eventhub.cpp"
