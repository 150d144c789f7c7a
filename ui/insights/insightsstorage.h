#pragma once

#include <QObject>
#include <memory>

namespace mdesk::store {
class Database;
}
namespace mdesk::models {
class AudienceSource;
class InsightsCache;
} // namespace mdesk::models

namespace mdesk::ui {

// What an Audience & Insights tab reads and keeps: the insights cache and the audience,
// over the app's one local store (PageContext::database). Without a store the cache lives
// in memory and there is no audience source.
class InsightsStorage : public QObject
{
    Q_OBJECT
public:
    // database: the shared store, or null; it outlives this object.
    explicit InsightsStorage(store::Database *database, QObject *parent = nullptr);
    ~InsightsStorage() override;

    models::InsightsCache *cache() const { return m_cache.get(); }
    models::AudienceSource *audience() const { return m_audience.get(); }

private:
    std::unique_ptr<models::InsightsCache> m_cache;
    std::unique_ptr<models::AudienceSource> m_audience;
};

} // namespace mdesk::ui
