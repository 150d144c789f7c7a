// An insights answer as the fetcher reads it (InsightsAnswer: values by Pacific day, the
// next piece from paging.next), then as charts and exports use the values (MetricSeries,
// InsightsCsv).
//
// Input: a first line "METRIC FROM UNTIL" (dates as 2026-01-01; the range asked for, at
// most a year), then the body of the /insights answer.
#include "api/insightsmetrics.h"
#include "models/insights/insightsanswer.h"
#include "models/insights/insightscsv.h"
#include "models/insights/metricseries.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace mdesk;
using namespace mdesk::models;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype lineEnd = input.indexOf('\n');
    if (lineEnd < 0)
        return 0;
    const QList<QByteArray> words = input.left(lineEnd).simplified().split(' ');
    const QString metric = QString::fromUtf8(words.value(0));
    DayRange asked{QDate::fromString(QString::fromUtf8(words.value(1)), Qt::ISODate),
                   QDate::fromString(QString::fromUtf8(words.value(2)), Qt::ISODate)};
    if (!asked.isValid() || asked.days() > 366)
        asked = {QDate(2026, 1, 1), QDate(2026, 2, 1)};
    const QJsonObject body = QJsonDocument::fromJson(input.mid(lineEnd + 1)).object();

    const InsightsAnswer answer = InsightsAnswer::parse(body, metric, asked);
    QList<InsightsRow> rows;
    for (auto it = answer.values.cbegin(); it != answer.values.cend(); ++it) {
        fuzz::require(asked.contains(it.key()), "a value outside the asked range");
        rows.append({it.key(), metric, QStringLiteral("day"), it.value()});
    }
    if (answer.nextPiece) {
        fuzz::require(answer.nextPiece->isValid(), "an invalid next piece");
        fuzz::require(answer.nextPiece->from > asked.from && answer.nextPiece->until <= asked.until,
                      "a next piece outside the asked range");
    }

    const DailyPoints points = MetricSeries::daily(answer.values, asked);
    fuzz::require(points.size() == asked.days(), "not one point per day");
    const api::InsightsMetric *known = api::InsightsMetrics::find(metric);
    const MetricSummary summary =
        MetricSeries::summarize(points, known ? known->isSummable() : true);
    MetricSeries::changePercent(summary, MetricSeries::summarize(points.mid(1), summary.summable));
    InsightsCsv::write(rows);
    fuzz::written(InsightsCsv::json(rows));
    return 0;
}
