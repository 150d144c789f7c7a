#include "models/insights/insightscache.h"

namespace mdesk::models {

QString MemoryInsightsCache::key(const QString &pageId, const QString &metric,
                                 const QString &period)
{
    return pageId + QLatin1Char('\n') + metric + QLatin1Char('\n') + period;
}

DayValues MemoryInsightsCache::read(const QString &pageId, const QString &metric,
                                    const QString &period, const DayRange &range) const
{
    DayValues found;
    const auto series = m_series.constFind(key(pageId, metric, period));
    if (series == m_series.constEnd())
        return found;
    for (auto it = series->lowerBound(range.from); it != series->cend() && it.key() < range.until;
         ++it)
        found.insert(it.key(), it.value());
    return found;
}

bool MemoryInsightsCache::write(const QString &pageId, const QString &metric, const QString &period,
                                const DayValues &values, const QDateTime &readAt)
{
    Q_UNUSED(readAt)
    DayValues &series = m_series[key(pageId, metric, period)];
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        series.insert(it.key(), it.value());
    return true;
}

} // namespace mdesk::models
