#include "insightsseries.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QtEndian>
#include <cmath>

namespace mdesk::sandbox {

namespace {

// A stable number in [0, 1) for a key.
double unitNoise(const QString &key)
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    const quint32 bits = qFromBigEndian<quint32>(hash.constData());
    return bits / 4294967296.0;
}

// Typical size of a page's audience, different per page.
double pageScale(const QString &pageId)
{
    return 0.6 + 1.4 * unitNoise(pageId + QStringLiteral("/scale"));
}

double weekdayFactor(QDate day)
{
    // More people write on Fridays and weekends.
    static const double factors[] = {0.0, 0.9, 0.85, 0.9, 0.95, 1.15, 1.3, 1.2};
    return factors[day.dayOfWeek()];
}

int eventsOn(const QString &pageId, const QString &metric, double base, QDate day)
{
    const double trend = 1.0 + double(QDate(2018, 1, 1).daysTo(day)) / 3650.0; // slow growth
    const double noise = 0.75 + 0.5 * unitNoise(pageId + metric + day.toString(Qt::ISODate));
    return int(std::lround(base * pageScale(pageId) * weekdayFactor(day) * trend * noise));
}

} // namespace

const QList<InsightsSeries::Metric> &InsightsSeries::metrics()
{
    static const QList<Metric> list{
        {QStringLiteral("page_messages_total_messaging_connections"),
         QStringLiteral("Messaging connections"),
         QStringLiteral("Daily: The number of people the Page can message."), true, false},
        {QStringLiteral("page_messages_new_conversations_unique"),
         QStringLiteral("New conversations"),
         QStringLiteral("Daily: The number of messaging conversations on Facebook Messenger "
                        "that began with people who had never messaged with your business "
                        "before."),
         false, false},
        {QStringLiteral("page_messages_blocked_conversations_unique"),
         QStringLiteral("Blocked conversations"),
         QStringLiteral("Daily: The number of conversations with the Page that have been "
                        "blocked."),
         false, false},
        {QStringLiteral("page_messages_reported_conversations_unique"),
         QStringLiteral("Reported conversations"),
         QStringLiteral("Daily: The number of conversations from your Page that have been "
                        "reported by people for reasons such as spam, or containing "
                        "inappropriate content."),
         false, false},
        {QStringLiteral("page_messages_reported_conversations_by_report_type_unique"),
         QStringLiteral("Reported conversations by report type"),
         QStringLiteral("Daily: The number of conversations from your Page that have been "
                        "reported by people, broken down by report type."),
         false, true, api::GraphVersion{3, 3}},
    };
    return list;
}

const InsightsSeries::Metric *InsightsSeries::find(const QString &name)
{
    for (const auto &metric : metrics()) {
        if (metric.name == name)
            return &metric;
    }
    return nullptr;
}

const InsightsSeries::Metric *InsightsSeries::find(const QString &name, api::GraphVersion version)
{
    const Metric *metric = find(name);
    if (metric && metric->deprecatedFrom.isValid() && version >= metric->deprecatedFrom)
        return nullptr;
    return metric;
}

namespace {

// The n-th (1-based) Sunday of a month.
QDate nthSunday(int year, int month, int n)
{
    QDate day(year, month, 1);
    while (day.dayOfWeek() != Qt::Sunday)
        day = day.addDays(1);
    return day.addDays(7 * (n - 1));
}

// Whether midnight at the start of `day` falls in Pacific daylight saving time. The switch
// happens at 02:00 local, so midnight of the switching Sunday in March is still standard
// time and midnight of the one in November still daylight time.
bool midnightInDaylightTime(QDate day)
{
    return day > nthSunday(day.year(), 3, 2) && day <= nthSunday(day.year(), 11, 1);
}

} // namespace

QDateTime InsightsSeries::endOfPacificDay(QDate day)
{
    const QDate next = day.addDays(1);
    return QDateTime(next, QTime(midnightInDaylightTime(next) ? 7 : 8, 0), Qt::UTC);
}

QDate InsightsSeries::pacificDate(const QDateTime &utc)
{
    // The Pacific day D holds utc when end(D - 1) <= utc < end(D).
    QDate day = utc.toUTC().date();
    while (endOfPacificDay(day) <= utc)
        day = day.addDays(1);
    while (endOfPacificDay(day.addDays(-1)) > utc)
        day = day.addDays(-1);
    return day;
}

QJsonValue InsightsSeries::dailyValue(const QString &pageId, const Metric &metric, QDate day)
{
    if (metric.isLevel) {
        // Connections grow by the new conversations, minus the blocks, over the years.
        const int days = int(QDate(2018, 1, 1).daysTo(day));
        return int(std::lround(pageScale(pageId) * (900 + days * 1.7))) +
               eventsOn(pageId, metric.name, 6, day);
    }
    if (metric.byReportType) {
        return QJsonObject{
            {QStringLiteral("spam"), eventsOn(pageId, metric.name + u's', 0.5, day)},
            {QStringLiteral("inappropriate"), eventsOn(pageId, metric.name + u'i', 0.25, day)},
            {QStringLiteral("other"), eventsOn(pageId, metric.name + u'o', 0.2, day)}};
    }
    double base = 22;
    if (metric.name.contains(QLatin1String("blocked")))
        base = 1.4;
    else if (metric.name.contains(QLatin1String("reported")))
        base = 0.7;
    return eventsOn(pageId, metric.name, base, day);
}

QJsonValue InsightsSeries::periodValue(const QString &pageId, const Metric &metric, QDate day,
                                       int days)
{
    if (metric.isLevel || days <= 1)
        return dailyValue(pageId, metric, day);
    // Unique people over a longer period: fewer than the sum of the days.
    const double overlap = days >= 28 ? 0.8 : 0.9;
    if (metric.byReportType) {
        QJsonObject sums;
        for (int i = 0; i < days; ++i) {
            const QJsonObject daily = dailyValue(pageId, metric, day.addDays(-i)).toObject();
            for (auto it = daily.begin(); it != daily.end(); ++it)
                sums.insert(it.key(), sums.value(it.key()).toInt() + it.value().toInt());
        }
        for (auto it = sums.begin(); it != sums.end(); ++it)
            it.value() = int(std::lround(it.value().toInt() * overlap));
        return sums;
    }
    int sum = 0;
    for (int i = 0; i < days; ++i)
        sum += dailyValue(pageId, metric, day.addDays(-i)).toInt();
    return int(std::lround(sum * overlap));
}

} // namespace mdesk::sandbox
