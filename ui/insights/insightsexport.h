#pragma once

#include "models/insights/insightscache.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace mdesk::ui {

class MetricChart;

// The Insights exports as files: the values of a range as CSV (date = the Pacific day,
// metric, period, value) and charts as one PNG. Messages are InsightsPanel's (its
// translation context), since the panel shows them.
namespace InsightsExport {

bool writeCsv(models::InsightsCache &cache, const QString &pageId, const QStringList &metrics,
              const QString &period, const models::DayRange &range, const QString &path,
              QString *error);
// The charts that are not empty, stacked top to bottom on `background`.
bool writePng(const QList<MetricChart *> &charts, const QColor &background, const QString &path,
              QString *error);

} // namespace InsightsExport

} // namespace mdesk::ui
