#pragma once

#include "api/graphversion.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mdesk::sandbox {

// Plausible daily Messenger insights for the sandbox's pages: two years of history per
// current metric (graph-api.md section 8), with a weekly rhythm, a slow trend and noise,
// the same on every run (derived from the page id, the metric and the day, not from a
// random generator). Days are Pacific days, as Graph counts them.
namespace InsightsSeries {

struct Metric
{
    QString name;
    QString title;
    QString description;
    bool isLevel = false;      // a count of people at the day's end, not events in the day
    bool byReportType = false; // the value is an object {report type: count}
    // Graph refuses the metric from this version on (the whole request fails with 100);
    // invalid: a current metric.
    api::GraphVersion deprecatedFrom = {};
};

constexpr int kHistoryDays = 2 * 365;

const QList<Metric> &metrics();
const Metric *find(const QString &name);
// The metric if Graph serves it on version, else nullptr (unknown or deprecated there).
const Metric *find(const QString &name, api::GraphVersion version);

// The end of a Pacific day (midnight America/Los_Angeles) in UTC: 08:00 the next day, or
// 07:00 while daylight saving time is on (second Sunday of March to first Sunday of
// November), by the US rules in force since 2007.
QDateTime endOfPacificDay(QDate day);
// The Pacific date at a UTC time.
QDate pacificDate(const QDateTime &utc);
// The value for the day that ends at the end of `day` (Pacific time, as Graph reports).
QJsonValue dailyValue(const QString &pageId, const Metric &metric, QDate day);
// The value over `days` days ending with `day` (period week = 7, days_28 = 28).
QJsonValue periodValue(const QString &pageId, const Metric &metric, QDate day, int days);

} // namespace InsightsSeries

} // namespace mdesk::sandbox
