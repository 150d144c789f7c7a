#include "models/insights/insightsanswer.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace mdesk::models {

namespace {

// since/until of a paging URL (Unix seconds or a date) as the Pacific day it starts.
std::optional<QDate> pagingDay(const QUrlQuery &query, const QString &key)
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
    bool numeric = false;
    text.toLongLong(&numeric);
    if (numeric) {
        // Unix seconds, read as an end_time is (out of the calendar's range: no day).
        const auto instant = PacificDay::parseEndTime(text);
        return instant ? std::optional(PacificDay::dayAt(*instant)) : std::nullopt;
    }
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (date.isValid())
        return date;
    return std::nullopt;
}

} // namespace

QJsonValue InsightsAnswer::normalized(const QJsonValue &value)
{
    if (value.isString()) {
        bool numeric = false;
        const double number = value.toString().trimmed().toDouble(&numeric);
        if (numeric)
            return number;
    }
    return value;
}

InsightsAnswer InsightsAnswer::parse(const QJsonObject &body, const QString &metric,
                                     const DayRange &asked)
{
    InsightsAnswer answer;
    const QJsonArray data = body.value(QStringLiteral("data")).toArray();
    for (const QJsonValue &entry : data) {
        const QJsonObject series = entry.toObject();
        if (series.value(QStringLiteral("name")).toString() != metric)
            continue;
        answer.metricPresent = true;
        const QJsonArray values = series.value(QStringLiteral("values")).toArray();
        for (const QJsonValue &item : values) {
            const QJsonObject point = item.toObject();
            const auto end = PacificDay::parseEndTime(point.value(QStringLiteral("end_time")));
            if (!end)
                continue;
            const QDate day = PacificDay::dayEndingAt(*end);
            if (asked.contains(day) && point.contains(QStringLiteral("value")))
                answer.values.insert(day, normalized(point.value(QStringLiteral("value"))));
        }
    }

    // Follow paging.next only while it stays inside the asked range.
    const QString next =
        body.value(QStringLiteral("paging")).toObject().value(QStringLiteral("next")).toString();
    if (!next.isEmpty()) {
        const QUrlQuery query(QUrl(next).query());
        const auto since = pagingDay(query, QStringLiteral("since"));
        if (since && *since > asked.from && *since < asked.until) {
            QDate until = pagingDay(query, QStringLiteral("until")).value_or(asked.until);
            until = std::min(until, asked.until);
            if (until > *since)
                answer.nextPiece = DayRange{*since, until};
        }
    }
    return answer;
}

} // namespace mdesk::models
