#include "models/insights/insightsrequestplan.h"

#include <algorithm>

namespace mdesk::models {

namespace {
// The end of a piece starting at from: maxDays on, or a day less when the span between the
// Pacific midnights would pass maxDays * 24 hours (a 25-hour day in November), since
// Graph counts the limit in seconds between since and until.
QDate pieceEnd(QDate from, int maxDays)
{
    QDate until = from.addDays(maxDays);
    while (until > from.addDays(1) && PacificDay::startOf(from).secsTo(PacificDay::startOf(until)) >
                                          qint64(maxDays) * 24 * 3600)
        until = until.addDays(-1);
    return until;
}
} // namespace

QList<DayRange> InsightsRequestPlan::split(const DayRange &range, int maxDays)
{
    QList<DayRange> pieces;
    for (QDate from = range.from; range.isValid() && from < range.until;) {
        const QDate until = std::min(pieceEnd(from, maxDays), range.until);
        pieces.append({from, until});
        from = until;
    }
    return pieces;
}

QList<DayRange> InsightsRequestPlan::missing(const DayValues &cached, const DayRange &range,
                                             int maxDays)
{
    QList<DayRange> pieces;
    QDate day = range.from;
    while (range.isValid() && day < range.until) {
        if (cached.contains(day)) {
            day = day.addDays(1);
            continue;
        }
        const QDate limit = std::min(pieceEnd(day, maxDays), range.until);
        QDate until = day.addDays(1); // just past the last missing day within the limit
        for (QDate next = until; next < limit; next = next.addDays(1)) {
            if (!cached.contains(next))
                until = next.addDays(1);
        }
        pieces.append({day, until});
        day = until;
    }
    return pieces;
}

int InsightsRequestPlan::minimumRequests(int days, int maxDays)
{
    return days <= 0 ? 0 : (days + maxDays - 1) / maxDays;
}

} // namespace mdesk::models
