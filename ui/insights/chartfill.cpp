#include "ui/insights/chartfill.h"

#include "ui/insights/chartexplainer.h"
#include "ui/insights/metricchart.h"

#include "models/insights/metricseries.h"

#include "api/insightsmetrics.h"

#include <QCoreApplication>

namespace mdesk::ui {

// Texts via QCoreApplication::translate with literals at each call, so lupdate extracts
// them (it cannot see through a helper). The context is InsightsPanel's: it shows them.

void ChartFill::fill(MetricChart *chart, models::InsightsCache *cache, const ChartRequest &request)
{
    const models::DayRange &shown = request.range;
    const QStringList &metrics = request.metrics;
    const bool daily = request.period == QLatin1String("day");
    const QString &pageName = request.pageName;

    QList<MetricChart::Series> series;
    QStringList summaries, missing;
    QString firstReason;
    for (const QString &name : metrics) {
        const api::InsightsMetric *metric = api::InsightsMetrics::find(name);
        const QString title = metric ? metric->title() : name;
        const models::DailyPoints points = models::MetricSeries::daily(
            cache ? cache->read(request.pageId, name, request.period, shown) : models::DayValues{},
            shown);
        // Levels and rolling periods are never summed; a bar per day only up to 90 days.
        const bool summable = metric && metric->isSummable() && daily;
        const bool line = metrics.size() > 1 || !summable || shown.days() > 90;
        const models::MetricSummary summary = models::MetricSeries::summarize(points, summable);
        if (summary.daysWithData == 0) {
            const QString reason = ChartExplainer::emptyReason(
                metric, name, request.failure ? request.failure(name) : std::nullopt, shown,
                request.oldestKept, request.fetching);
            if (firstReason.isEmpty())
                firstReason = reason;
            missing << QCoreApplication::translate("mdesk::ui::InsightsPanel",
                                                   "%1 is not drawn: %2")
                           .arg(title, reason);
            continue;
        }
        series.append({metrics.size() > 1 ? title : pageName, points, line, false});
        std::optional<models::MetricSummary> before;
        if (request.compare && cache) {
            const models::DailyPoints previous = models::MetricSeries::daily(
                cache->read(request.pageId, name, request.period, shown.previous()),
                shown.previous());
            series.append(
                {QCoreApplication::translate("mdesk::ui::InsightsPanel", "%1, previous %2 days")
                     .arg(metrics.size() > 1 ? title : pageName)
                     .arg(shown.days()),
                 previous, line, true});
            before = models::MetricSeries::summarize(previous, summable);
        }
        const QString text = ChartExplainer::summary(summary, before, shown.days());
        summaries << (metrics.size() > 1
                          ? QCoreApplication::translate("mdesk::ui::InsightsPanel", "%1: %2")
                                .arg(title, text)
                          : text);
    }
    const api::InsightsMetric *only =
        metrics.size() == 1 ? api::InsightsMetrics::find(metrics.first()) : nullptr;
    const QString heading =
        metrics.size() == 1
            ? QCoreApplication::translate("mdesk::ui::InsightsPanel", "%1 · %2")
                  .arg(only ? only->title() : metrics.first(), pageName)
            : QCoreApplication::translate("mdesk::ui::InsightsPanel", "All metrics · %1")
                  .arg(pageName);
    chart->setTitle(heading);
    if (series.isEmpty()) {
        chart->showEmpty(firstReason);
        return;
    }
    chart->setSeries(shown, series, (summaries + missing).join(QLatin1Char('\n')));
}

} // namespace mdesk::ui
