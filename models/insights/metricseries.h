#pragma once

#include "models/insights/insightscache.h"

#include <QList>
#include <optional>

namespace mdesk::models {

// A metric's values over a range as charts draw them: one slot per Pacific day (index 0 =
// the range's first day), empty where Graph had no value.
using DailyPoints = QList<std::optional<double>>;

struct MetricSummary
{
    int daysWithData = 0;
    bool summable = false;      // a count per day: total is meaningful
    double total = 0;           // sum of the days (only when summable)
    double average = 0;         // mean of the days with data
    std::optional<double> last; // the last day's value (what a level shows)
};

namespace MetricSeries {

// A value as a number: numbers, numeric strings, and report-type objects (their sum).
std::optional<double> number(const QJsonValue &value);
DailyPoints daily(const DayValues &values, const DayRange &range);
MetricSummary summarize(const DailyPoints &points, bool summable);
// Change from the previous period in percent: totals for counts, last values for levels.
// nullopt when the previous period has no data or is zero.
std::optional<double> changePercent(const MetricSummary &current, const MetricSummary &previous);

} // namespace MetricSeries

} // namespace mdesk::models
