#include "models/insights/metricseries.h"

#include <QJsonObject>

namespace mdesk::models {

std::optional<double> MetricSeries::number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        return ok ? std::optional<double>(number) : std::nullopt;
    }
    if (value.isObject()) {
        double sum = 0;
        const QJsonObject parts = value.toObject();
        for (auto it = parts.begin(); it != parts.end(); ++it)
            sum += number(it.value()).value_or(0);
        return sum;
    }
    return std::nullopt;
}

DailyPoints MetricSeries::daily(const DayValues &values, const DayRange &range)
{
    DailyPoints points(range.days());
    for (auto it = values.lowerBound(range.from); it != values.cend() && it.key() < range.until;
         ++it)
        points[range.from.daysTo(it.key())] = number(it.value());
    return points;
}

MetricSummary MetricSeries::summarize(const DailyPoints &points, bool summable)
{
    MetricSummary summary;
    summary.summable = summable;
    double sum = 0;
    for (const std::optional<double> &point : points) {
        if (!point)
            continue;
        ++summary.daysWithData;
        sum += *point;
        summary.last = point;
    }
    if (summary.daysWithData > 0)
        summary.average = sum / summary.daysWithData;
    if (summable)
        summary.total = sum;
    return summary;
}

std::optional<double> MetricSeries::changePercent(const MetricSummary &current,
                                                  const MetricSummary &previous)
{
    if (current.daysWithData == 0 || previous.daysWithData == 0)
        return std::nullopt;
    const double now = current.summable ? current.total : current.last.value_or(0);
    const double before = previous.summable ? previous.total : previous.last.value_or(0);
    if (before == 0)
        return std::nullopt;
    return (now - before) / before * 100.0;
}

} // namespace mdesk::models
