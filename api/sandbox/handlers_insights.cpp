// Page insights for Messenger metrics: GET /me/insights?metric=&since=&until=&period=
// as Graph answers them (graph-api.md section 8).
#include "handlers.h"

#include "insightsseries.h"

#include <QJsonArray>

namespace mdesk::sandbox {

namespace {

constexpr qint64 kMaxRangeSeconds = 90 * 24 * 3600; // between since and until

// since/until as Graph takes them: Unix seconds, a date (a Pacific day: "2026-01-01"
// starts at 2026-01-01T08:00:00Z) or an ISO 8601 time (no offset: UTC).
std::optional<QDateTime> parseTime(const GraphParams &params, const QString &key)
{
    if (!params.has(key))
        return std::nullopt;
    if (const auto seconds = params.integer(key)) {
        // Outside 1970..2100 is no time Graph keeps insights for.
        if (*seconds < 0 || *seconds > Q_INT64_C(4102444800))
            return QDateTime();
        return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
    }
    const QString text = params.string(key);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return InsightsSeries::endOfPacificDay(date.addDays(-1));
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time;
}

int periodDays(const QString &period)
{
    if (period == QLatin1String("week"))
        return 7;
    if (period == QLatin1String("days_28"))
        return 28;
    return 1;
}

GraphFailure noMetric()
{
    GraphFailure failure;
    failure.code = 3001;
    failure.subcode = 1504028;
    failure.message = QStringLiteral("Invalid query");
    failure.userTitle = QStringLiteral("No Metric Specified");
    failure.userMessage = QStringLiteral("No metric was specified to be fetched. Please specify "
                                         "one or more metrics to be fetched and try again.");
    return failure;
}

} // namespace

GraphAnswer Handlers::insights(GraphCall &call)
{
    const QStringList names = call.params.list(QStringLiteral("metric"));
    if (names.isEmpty())
        return GraphAnswer::fail(noMetric());
    // One unknown or deprecated metric fails the whole request, as on Graph.
    QList<const InsightsSeries::Metric *> metrics;
    for (const QString &name : names) {
        const InsightsSeries::Metric *metric = InsightsSeries::find(name.trimmed(), call.version);
        if (!metric)
            return GraphAnswer::fail(Errors::invalidParameter(
                QStringLiteral("The value must be a valid insights metric")));
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
            QStringLiteral("since and until must be Unix times or dates like 2026-05-01")));
    const QDateTime to = until.value_or(now);
    const QDateTime from = since.value_or(to.addDays(-2));
    if (from >= to)
        return GraphAnswer::fail(
            Errors::invalidParameter(QStringLiteral("since must be earlier than until")));
    if (from.secsTo(to) > kMaxRangeSeconds)
        return GraphAnswer::fail(Errors::invalidParameter(
            QStringLiteral("There cannot be more than 90 days (7776000 s) between since and "
                           "until")));

    // Pacific days whose end lies in (from, to], complete by now and within the history.
    const QDate firstKept = InsightsSeries::pacificDate(now).addDays(-InsightsSeries::kHistoryDays);
    QList<QDate> days;
    const QDate last = InsightsSeries::pacificDate(to);
    for (QDate day = InsightsSeries::pacificDate(from); day <= last; day = day.addDays(1)) {
        const QDateTime end = InsightsSeries::endOfPacificDay(day);
        if (end > from && end <= to && end <= now && day >= firstKept)
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
                {QStringLiteral("end_time"),
                 graphTimestamp(InsightsSeries::endOfPacificDay(day))}});
        data.append(
            QJsonObject{{QStringLiteral("name"), metric->name},
                        {QStringLiteral("period"), period},
                        {QStringLiteral("values"), values},
                        {QStringLiteral("title"), metric->title},
                        {QStringLiteral("description"), metric->description},
                        {QStringLiteral("id"),
                         QStringLiteral("%1/insights/%2/%3").arg(page.id, metric->name, period)}});
    }
    // Graph links the ranges before and after this one while they hold days it has.
    const qint64 span = from.secsTo(to);
    const auto shifted = [&](qint64 by) {
        return call
            .urlWith({{QStringLiteral("metric"), names.join(QLatin1Char(','))},
                      {QStringLiteral("period"), period},
                      {QStringLiteral("since"), QString::number(from.toSecsSinceEpoch() + by)},
                      {QStringLiteral("until"), QString::number(to.toSecsSinceEpoch() + by)}})
            .toString();
    };
    // previous: a kept day ends at or before since; next: a day after until is complete.
    QJsonObject paging;
    if (InsightsSeries::pacificDate(from).addDays(-1) >= firstKept)
        paging.insert(QStringLiteral("previous"), shifted(-span));
    if (InsightsSeries::endOfPacificDay(InsightsSeries::pacificDate(to)) <= now)
        paging.insert(QStringLiteral("next"), shifted(span));
    QJsonObject body{{QStringLiteral("data"), data}};
    if (!paging.isEmpty())
        body.insert(QStringLiteral("paging"), paging);
    return GraphAnswer::ok(body);
}

} // namespace mdesk::sandbox
