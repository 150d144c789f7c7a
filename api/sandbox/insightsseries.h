#pragma once

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mdesk::sandbox {

// Plausible daily Messenger insights for the sandbox's pages: 90 days of history per
// documented metric, with a weekly rhythm, a slow trend and noise, the same on every run
// (derived from the page id, the metric and the day, not from a random generator).
namespace InsightsSeries {

struct Metric
{
    QString name;
    QString title;
    QString description;
    bool isLevel = false;      // a count of people at the day's end, not events in the day
    bool byReportType = false; // the value is an object {report type: count}
};

constexpr int kHistoryDays = 90;

const QList<Metric> &metrics();
const Metric *find(const QString &name);
// The value for the day that ends at the end of `day` (Pacific time, as Graph reports).
QJsonValue dailyValue(const QString &pageId, const Metric &metric, QDate day);
// The value over `days` days ending with `day` (period week = 7, days_28 = 28).
QJsonValue periodValue(const QString &pageId, const Metric &metric, QDate day, int days);

} // namespace InsightsSeries

} // namespace mdesk::sandbox
