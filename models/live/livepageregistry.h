#pragma once

#include "models/live/livepage.h"

#include <QHash>
#include <QObject>

namespace mdesk::models {

// Owns the one LivePage of each Page the window shows. The shell creates one registry
// and hands each workspace its Page's LivePage; Overview, Profile and Menu all read that
// object, so one fetch serves them all.
//
// Contract: page() returns the same object for the same PageRef until remove(); a
// removed LivePage is deleted later (deleteLater), so a tab that still holds it during
// its own teardown is safe.
class LivePageRegistry : public QObject
{
    Q_OBJECT
public:
    explicit LivePageRegistry(api::GraphClient *client, QObject *parent = nullptr);

    // The Page's LivePage, created on first use; an existing one takes the version.
    LivePage *page(const PageRef &ref, api::GraphVersion version);
    LivePage *find(const PageRef &ref) const;
    void remove(const PageRef &ref);
    int count() const { return int(m_pages.size()); }

private:
    api::GraphClient *m_client;
    QHash<QString, LivePage *> m_pages; // PageRef::toString()
};

} // namespace mdesk::models
