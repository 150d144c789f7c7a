#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mdesk::models {

// One exported value: the Pacific day, the metric, the period and Graph's value.
struct InsightsRow
{
    QDate day;
    QString metric;
    QString period;
    QJsonValue value;
};

// The export formats of the Insights tab and `insights export`.
namespace InsightsCsv {

// "date,metric,period,value" then one line per row; report-type objects as quoted JSON.
// A text value starting with = + - @ gets a leading ' so no spreadsheet runs it.
QByteArray write(const QList<InsightsRow> &rows);
// [{"date","metric","period","value"}].
QJsonArray json(const QList<InsightsRow> &rows);

} // namespace InsightsCsv

} // namespace mdesk::models
