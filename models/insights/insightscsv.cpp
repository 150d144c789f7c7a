#include "models/insights/insightscsv.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mdesk::models {

namespace {

QByteArray cell(const QJsonValue &value)
{
    if (value.isDouble())
        return QByteArray::number(value.toDouble(), 'g', 15);
    if (value.isNull() || value.isUndefined())
        return {};
    QByteArray text = value.isString()
                          ? value.toString().toUtf8()
                          : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    // A text a spreadsheet would run as a formula is defused, as in broadcast reports.
    if (value.isString() && !text.isEmpty() && QByteArray("=+-@").contains(text.front()))
        text.prepend('\'');
    // A bare CR ends a row for spreadsheets and Python's csv as a LF does.
    if (text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r'))
        text = '"' + text.replace('"', "\"\"") + '"';
    return text;
}

} // namespace

QByteArray InsightsCsv::write(const QList<InsightsRow> &rows)
{
    QByteArray csv = "date,metric,period,value\n";
    for (const InsightsRow &row : rows) {
        csv += row.day.toString(Qt::ISODate).toLatin1() + ',' + row.metric.toUtf8() + ',' +
               row.period.toUtf8() + ',' + cell(row.value) + '\n';
    }
    return csv;
}

QJsonArray InsightsCsv::json(const QList<InsightsRow> &rows)
{
    QJsonArray array;
    for (const InsightsRow &row : rows) {
        array.append(QJsonObject{{QStringLiteral("date"), row.day.toString(Qt::ISODate)},
                                 {QStringLiteral("metric"), row.metric},
                                 {QStringLiteral("period"), row.period},
                                 {QStringLiteral("value"), row.value}});
    }
    return array;
}

} // namespace mdesk::models
