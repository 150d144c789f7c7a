#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mdesk::store {

class Database;

// One cached insights value: a metric's value for one Pacific day.
struct InsightValue
{
    QDate day;        // the Pacific day the value belongs to
    QJsonValue value; // as Graph gave it (a number or an object of breakdowns)
    QDateTime readAt; // when it was read from Graph (UTC); put() fills in now when invalid
};

// The insights cache: values per Page, metric, period and Pacific day, so a chart opens at
// once and only missing days are fetched. Ranges are inclusive of both ends.
class InsightsCache
{
public:
    explicit InsightsCache(Database &database);

    // Inserts or replaces the values, in one transaction.
    bool put(const QString &pageId, const QString &metric, const QString &period,
             const QList<InsightValue> &values);
    // The cached values in [from, until], by day.
    QList<InsightValue> get(const QString &pageId, const QString &metric, const QString &period,
                            QDate from, QDate until);
    // The days of [from, until] that have no cached value, in order.
    QList<QDate> missingDays(const QString &pageId, const QString &metric, const QString &period,
                             QDate from, QDate until);

private:
    Database &m_database;
};

} // namespace mdesk::store
