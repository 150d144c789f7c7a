#include "models/live/livepageregistry.h"

namespace mdesk::models {

LivePageRegistry::LivePageRegistry(api::GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

LivePage *LivePageRegistry::page(const PageRef &ref, api::GraphVersion version)
{
    LivePage *&live = m_pages[ref.toString()];
    if (!live)
        live = new LivePage(m_client, ref, version, this);
    else
        live->setVersion(version);
    return live;
}

LivePage *LivePageRegistry::find(const PageRef &ref) const
{
    return m_pages.value(ref.toString());
}

void LivePageRegistry::remove(const PageRef &ref)
{
    if (LivePage *live = m_pages.take(ref.toString()))
        live->deleteLater();
}

} // namespace mdesk::models

#include "moc_livepageregistry.cpp"
