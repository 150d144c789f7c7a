#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>
#include <optional>

namespace mdesk::models {

// Graph counts insights in Pacific-time days (America/Los_Angeles): a value's end_time is
// the midnight that ends its day, 07:00 or 08:00 UTC depending on daylight saving.
namespace PacificDay {

QTimeZone zone();
// The Pacific day a value with this end_time belongs to: the day that ends at the nearest
// Pacific midnight, so an end_time off by the DST hour still lands on the right day.
QDate dayEndingAt(const QDateTime &endTime);
// end_time as Graph sends it: ISO text ("2026-01-02T08:00:00+0000") or Unix seconds (a
// number or a numeric string). nullopt when it is neither, or names no day of years 1 to
// 9999 (1e300 seconds).
std::optional<QDateTime> parseEndTime(const QJsonValue &value);
// The instant the Pacific day starts (its midnight), in UTC.
QDateTime startOf(QDate day);
// The Pacific day at this instant.
QDate dayAt(const QDateTime &instant);
// Today in Pacific time; days before it are complete.
QDate today();

} // namespace PacificDay

// Days [from, until): since inclusive, until exclusive, as Graph counts.
struct DayRange
{
    QDate from;
    QDate until;

    bool isValid() const { return from.isValid() && until.isValid() && from < until; }
    int days() const { return isValid() ? int(from.daysTo(until)) : 0; }
    bool contains(QDate day) const { return day >= from && day < until; }
    // The range of the same length just before this one (the "previous period").
    DayRange previous() const { return {from.addDays(-days()), from}; }
    friend bool operator==(const DayRange &, const DayRange &) = default;
};

} // namespace mdesk::models
