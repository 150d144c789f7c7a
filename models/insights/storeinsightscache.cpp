#include "models/insights/storeinsightscache.h"

namespace mdesk::models {

StoreInsightsCache::StoreInsightsCache(store::Database &database)
    : m_cache(database)
{}

DayValues StoreInsightsCache::read(const QString &pageId, const QString &metric,
                                   const QString &period, const DayRange &range) const
{
    DayValues values;
    if (!range.isValid())
        return values;
    // The store's ranges include both ends; ours end before until.
    const QList<store::InsightValue> rows =
        m_cache.get(pageId, metric, period, range.from, range.until.addDays(-1));
    for (const store::InsightValue &row : rows)
        values.insert(row.day, row.value);
    return values;
}

bool StoreInsightsCache::write(const QString &pageId, const QString &metric, const QString &period,
                               const DayValues &values, const QDateTime &readAt)
{
    QList<store::InsightValue> rows;
    rows.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        rows.append({it.key(), it.value(), readAt});
    return rows.isEmpty() || m_cache.put(pageId, metric, period, rows);
}

} // namespace mdesk::models
