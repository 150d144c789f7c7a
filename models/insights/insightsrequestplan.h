#pragma once

#include "models/insights/insightscache.h"

#include <QList>

namespace mdesk::models {

// Which since/until pieces to ask Graph for: at most maxDays per request (Graph's 90-day
// rule), as few requests as that rule allows.
namespace InsightsRequestPlan {

// A piece spans at most maxDays Pacific days and at most maxDays * 24 hours between its
// since and until (so a piece over the 25-hour day in November is a day shorter).
// The range cut into consecutive pieces of at most maxDays.
QList<DayRange> split(const DayRange &range, int maxDays);
// Pieces that cover every day of range missing from cached, greedily: each piece starts
// at the first day still missing and spans maxDays (or up to the range's end), which is
// the fewest pieces of that length covering those days.
QList<DayRange> missing(const DayValues &cached, const DayRange &range, int maxDays);
// The fewest requests a range of this many days needs for one metric.
int minimumRequests(int days, int maxDays);

} // namespace InsightsRequestPlan

} // namespace mdesk::models
