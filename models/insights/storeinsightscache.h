#pragma once

#include "models/insights/insightscache.h"
#include "models/store/insightscache.h"

namespace mdesk::store {
class Database;
}

namespace mdesk::models {

// The InsightsCache the app uses: the insights table of the local store (models/store),
// shared by the GUI and the CLI, so last year's values survive a restart.
class StoreInsightsCache : public InsightsCache
{
public:
    explicit StoreInsightsCache(store::Database &database);

    DayValues read(const QString &pageId, const QString &metric, const QString &period,
                   const DayRange &range) const override;
    bool write(const QString &pageId, const QString &metric, const QString &period,
               const DayValues &values, const QDateTime &readAt) override;

private:
    mutable store::InsightsCache m_cache;
};

} // namespace mdesk::models
