// Page insights for Messenger metrics: GET /me/insights?metric=&since=&until=&period=.
#include "handlers.h"

#include "insightsseries.h"

#include <QJsonArray>

namespace mdesk::sandbox {

namespace {

constexpr qint64 kMaxRangeSeconds = 93 * 24 * 3600; // Graph's limit between since and until

// since/until as Graph takes them: a Unix time or a date ("2024-05-01", ISO 8601).
std::optional<QDateTime> parseTime(const GraphParams &params, const QString &key)
{
    if (!params.has(key))
        return std::nullopt;
    if (const auto seconds = params.integer(key))
        return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
    const QString text = params.string(key);
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC); // no offset given: UTC
    if (!time.isValid())
        time = QDate::fromString(text, Qt::ISODate).startOfDay(Qt::UTC);
    return time;
}

// Graph's days end at midnight Pacific time, written as 07:00 or 08:00 UTC.
QDateTime endOfDay(QDate day)
{
    return QDateTime(day.addDays(1), QTime(8, 0), Qt::UTC);
}

int periodDays(const QString &period)
{
    if (period == QLatin1String("week"))
        return 7;
    if (period == QLatin1String("days_28"))
        return 28;
    return 1;
}

} // namespace

GraphAnswer Handlers::insights(GraphCall &call)
{
    const QStringList names = call.params.list(QStringLiteral("metric"));
    if (names.isEmpty())
        return GraphAnswer::fail(Errors::requiredParameter(QStringLiteral("metric")));
    QList<const InsightsSeries::Metric *> metrics;
    for (const QString &name : names) {
        const InsightsSeries::Metric *metric = InsightsSeries::find(name);
        if (!metric)
            return GraphAnswer::fail(Errors::invalidParameter(
                QStringLiteral("The value must be a valid insights metric (got \"%1\")")
                    .arg(name)));
        metrics.append(metric);
    }
    const QString period = call.params.has(QStringLiteral("period"))
                               ? call.params.string(QStringLiteral("period"))
                               : QStringLiteral("day");
    if (period != QLatin1String("day") && period != QLatin1String("week") &&
        period != QLatin1String("days_28"))
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("param period must be one of {day, week, days_28} - got \"%1\"")
                .arg(period)));

    const QDateTime now = call.state.now();
    const auto since = parseTime(call.params, QStringLiteral("since"));
    const auto until = parseTime(call.params, QStringLiteral("until"));
    if ((since && !since->isValid()) || (until && !until->isValid()))
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("since and until must be Unix times or dates like 2024-05-01")));
    const QDateTime to = until.value_or(now);
    const QDateTime from = since.value_or(to.addDays(-2));
    if (from >= to)
        return GraphAnswer::fail(
            Errors::invalidParameter(QStringLiteral("since must be earlier than until")));
    if (from.secsTo(to) > kMaxRangeSeconds)
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("There cannot be more than 93 days (8035200 s) between since and "
                           "until")));

    // Days whose end lies in (from, to], within the history and complete by now.
    const QDate firstKept = now.date().addDays(-InsightsSeries::kHistoryDays);
    QList<QDate> days;
    for (QDate day = from.date().addDays(-1); endOfDay(day) <= to; day = day.addDays(1)) {
        if (endOfDay(day) > from && endOfDay(day) <= now && day >= firstKept)
            days.append(day);
    }

    const PageState &page = call.page();
    QJsonArray data;
    for (const InsightsSeries::Metric *metric : std::as_const(metrics)) {
        QJsonArray values;
        for (const QDate &day : std::as_const(days))
            values.append(QJsonObject{
                {QStringLiteral("value"),
                 InsightsSeries::periodValue(page.id, *metric, day, periodDays(period))},
                {QStringLiteral("end_time"), graphTimestamp(endOfDay(day))}});
        data.append(
            QJsonObject{{QStringLiteral("name"), metric->name},
                        {QStringLiteral("period"), period},
                        {QStringLiteral("values"), values},
                        {QStringLiteral("title"), metric->title},
                        {QStringLiteral("description"), metric->description},
                        {QStringLiteral("id"),
                         QStringLiteral("%1/insights/%2/%3").arg(page.id, metric->name, period)}});
    }
    const qint64 span = from.secsTo(to);
    const auto shifted = [&](qint64 by) {
        return call
            .urlWith({{QStringLiteral("metric"), names.join(QLatin1Char(','))},
                      {QStringLiteral("period"), period},
                      {QStringLiteral("since"), QString::number(from.toSecsSinceEpoch() + by)},
                      {QStringLiteral("until"), QString::number(to.toSecsSinceEpoch() + by)}})
            .toString();
    };
    const QJsonObject paging{{QStringLiteral("previous"), shifted(-span)},
                             {QStringLiteral("next"), shifted(span)}};
    return GraphAnswer::ok(
        QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("paging"), paging}});
}

} // namespace mdesk::sandbox
