#include "insightscache.h"

#include "database.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mdesk::store {

namespace {

// A JSON value (possibly a bare number) as text: the only element of an array.
QString valueText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue valueOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

InsightsCache::InsightsCache(Database &database)
    : m_database(database)
{}

bool InsightsCache::put(const QString &pageId, const QString &metric, const QString &period,
                        const QList<InsightValue> &values)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO insights (page_id, metric, period, day,"
                                 " value_json, read_at) VALUES (?, ?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const InsightValue &value : values) {
        if (!value.day.isValid())
            continue;
        query.addBindValue(pageId);
        query.addBindValue(metric);
        query.addBindValue(period);
        query.addBindValue(dayText(value.day));
        query.addBindValue(valueText(value.value));
        query.addBindValue(value.readAt.isValid() ? value.readAt.toMSecsSinceEpoch() : now);
        if (!query.exec()) {
            qWarning("mdesk::store::InsightsCache: %s", qPrintable(query.lastError().text()));
            return false;
        }
    }
    return tx.commit();
}

QList<InsightValue> InsightsCache::get(const QString &pageId, const QString &metric,
                                       const QString &period, QDate from, QDate until)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT day, value_json, read_at FROM insights WHERE page_id = ?"
                                 " AND metric = ? AND period = ? AND day BETWEEN ? AND ?"
                                 " ORDER BY day"));
    query.addBindValue(pageId);
    query.addBindValue(metric);
    query.addBindValue(period);
    query.addBindValue(dayText(from));
    query.addBindValue(dayText(until));
    QList<InsightValue> values;
    if (!query.exec())
        return values;
    while (query.next()) {
        InsightValue value;
        value.day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        value.value = valueOf(query.value(1).toString());
        value.readAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        values << value;
    }
    return values;
}

QList<QDate> InsightsCache::missingDays(const QString &pageId, const QString &metric,
                                        const QString &period, QDate from, QDate until)
{
    QSet<QDate> have;
    for (const InsightValue &value : get(pageId, metric, period, from, until))
        have.insert(value.day);
    QList<QDate> missing;
    for (QDate day = from; day.isValid() && day <= until; day = day.addDays(1))
        if (!have.contains(day))
            missing << day;
    return missing;
}

} // namespace mdesk::store
