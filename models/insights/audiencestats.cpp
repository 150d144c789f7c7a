#include "models/insights/audiencestats.h"

#include <algorithm>
#include <cmath>

namespace mdesk::models {

namespace {
qint64 endOfDayMs(QDate day, const QTimeZone &zone)
{
    return day.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
}
} // namespace

QMap<QDate, int> AudienceStats::newPerDay(const QList<AudienceStatsPerson> &people,
                                          const DayRange &range, const QTimeZone &zone)
{
    QMap<QDate, int> counts;
    for (QDate day = range.from; day < range.until; day = day.addDays(1))
        counts.insert(day, 0);
    for (const AudienceStatsPerson &person : people) {
        if (!person.firstSeenMs)
            continue;
        const QDate day = QDateTime::fromMSecsSinceEpoch(*person.firstSeenMs, zone).date();
        if (range.contains(day))
            ++counts[day];
    }
    return counts;
}

QMap<QDate, int> AudienceStats::reachablePerDay(const QList<AudienceStatsPerson> &people,
                                                const DayRange &range, const QTimeZone &zone,
                                                qint64 nowMs)
{
    QMap<QDate, int> counts;
    for (QDate day = range.from; day < range.until; day = day.addDays(1)) {
        const qint64 end = std::min(endOfDayMs(day, zone), nowMs);
        int open = 0;
        for (const AudienceStatsPerson &person : people) {
            if (person.lastInboundMs && *person.lastInboundMs <= end &&
                *person.lastInboundMs > end - kWindowMs && !person.unavailable)
                ++open;
        }
        counts.insert(day, open);
    }
    return counts;
}

WindowShares AudienceStats::windows(const QList<AudienceStatsPerson> &people, qint64 nowMs)
{
    WindowShares shares;
    for (const AudienceStatsPerson &person : people) {
        const qint64 left = person.lastInboundMs ? *person.lastInboundMs + kWindowMs - nowMs : -1;
        if (left <= 0)
            ++shares.closed;
        else if (left <= kClosingMs)
            ++shares.closing;
        else
            ++shares.open;
    }
    return shares;
}

QMap<QString, int> AudienceStats::breakdown(const QList<AudienceStatsPerson> &people,
                                            const QString &field)
{
    QMap<QString, int> counts;
    for (const AudienceStatsPerson &person : people) {
        const QString &value = field == QLatin1String("locale")     ? person.locale
                               : field == QLatin1String("timezone") ? person.timezone
                                                                    : person.gender;
        if (!value.isEmpty())
            ++counts[value];
    }
    return counts;
}

QString AudienceStats::timezoneKey(double hours)
{
    return QStringLiteral("UTC%1%2")
        .arg(hours < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(QString::number(std::abs(hours), 'g', 4));
}

} // namespace mdesk::models
