#pragma once

#include "models/insights/insightscache.h"

#include <QJsonObject>
#include <optional>

namespace mdesk::models {

// Reads one /me/insights answer for one metric.
struct InsightsAnswer
{
    DayValues values;                  // by Pacific day, only days of the asked range
    std::optional<DayRange> nextPiece; // from paging.next, cut to the asked range
    bool metricPresent = false;        // the answer held the metric at all

    // body: {"data":[{name, period, values:[{value, end_time}]}], "paging"}.
    static InsightsAnswer parse(const QJsonObject &body, const QString &metric,
                                const DayRange &asked);
    // A value as charts and exports use it: numbers stay, numeric strings become numbers,
    // anything else (report-type objects) is kept as it came.
    static QJsonValue normalized(const QJsonValue &value);
};

} // namespace mdesk::models
