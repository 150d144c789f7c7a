#include "ui/insights/insightsstorage.h"

#include "models/insights/audiencestats.h"
#include "models/insights/storeaudiencesource.h"
#include "models/insights/storeinsightscache.h"
#include "models/store/database.h"

namespace mdesk::ui {

InsightsStorage::InsightsStorage(store::Database *database, QObject *parent)
    : QObject(parent)
{
    if (database && database->isOpen()) {
        m_cache = std::make_unique<models::StoreInsightsCache>(*database);
        m_audience = std::make_unique<models::StoreAudienceSource>(*database);
    } else {
        m_cache = std::make_unique<models::MemoryInsightsCache>();
    }
}

InsightsStorage::~InsightsStorage() = default;

} // namespace mdesk::ui
