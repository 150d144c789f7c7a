#pragma once

#include "models/insights/metricseries.h"

#include "api/grapherror.h"
#include "api/insightsmetrics.h"

#include <QCoreApplication>
#include <optional>

namespace mdesk::ui {

// The sentences around a chart: why it is empty, and its totals, averages and change.
class ChartExplainer
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::ui::ChartExplainer)
public:
    // Why a metric of a Page has nothing to draw. error: the failure of its last fetch.
    static QString emptyReason(const api::InsightsMetric *metric, const QString &metricName,
                               const std::optional<api::GraphError> &error,
                               const models::DayRange &range, QDate oldestKept, bool fetching);
    // "Total 1,234 · 44.1 a day · +12.5 % against the previous 28 days".
    static QString summary(const models::MetricSummary &current,
                           const std::optional<models::MetricSummary> &previous, int days);
    // A plain-words explanation of Graph's error for insights.
    static QString explainError(const api::GraphError &error);
};

} // namespace mdesk::ui
