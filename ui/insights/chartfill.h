#pragma once

#include "models/insights/insightscache.h"

#include "api/grapherror.h"

#include <QDate>
#include <QStringList>
#include <functional>
#include <optional>

namespace mdesk::ui {

class MetricChart;

// What one Insights chart shows: a Page's metrics over a range, from the cache.
struct ChartRequest
{
    QString pageId;
    QString pageName;
    QStringList metrics;
    models::DayRange range;
    QString period;
    bool compare = false; // add the previous period
    QDate oldestKept;     // Graph keeps no older days
    bool fetching = false;
    // The last failure fetching a metric for the Page, if one failed.
    std::function<std::optional<api::GraphError>(const QString &metric)> failure;
};

// Fills a MetricChart from the insights cache: a series per metric (a line for levels,
// rolling periods and long ranges, bars for daily counts up to 90 days), the previous
// period when asked, the summary (totals and averages where summing is right) and, for
// metrics without data, the reason (ChartExplainer). Texts are InsightsPanel's.
namespace ChartFill {
void fill(MetricChart *chart, models::InsightsCache *cache, const ChartRequest &request);
}

} // namespace mdesk::ui
