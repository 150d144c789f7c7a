#include "models/insights/pacificday.h"

#include <QTimeZone>

namespace mdesk::models {

QTimeZone PacificDay::zone()
{
    static const QTimeZone pacific(QByteArrayLiteral("America/Los_Angeles"));
    return pacific;
}

QDate PacificDay::dayEndingAt(const QDateTime &endTime)
{
    // Half a day back from the end lands inside the day for any end within 12 hours of
    // the true midnight (Graph sometimes writes 08:00 UTC in summer).
    return endTime.toTimeZone(zone()).addSecs(-12 * 3600).date();
}

std::optional<QDateTime> PacificDay::parseEndTime(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    bool numeric = false;
    const qint64 seconds = text.toLongLong(&numeric);
    if (numeric)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    QString iso = text;
    // Graph writes "+0000"; Qt's ISO parser wants "+00:00".
    if (iso.size() > 5 &&
        (iso.at(iso.size() - 5) == QLatin1Char('+') ||
         iso.at(iso.size() - 5) == QLatin1Char('-')) &&
        iso.right(4).toInt(&numeric) >= 0 && numeric)
        iso.insert(iso.size() - 2, QLatin1Char(':'));
    QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC); // no offset written: UTC
    return time.toUTC();
}

QDateTime PacificDay::startOf(QDate day)
{
    return day.startOfDay(zone()).toUTC();
}

QDate PacificDay::dayAt(const QDateTime &instant)
{
    return instant.toTimeZone(zone()).date();
}

QDate PacificDay::today()
{
    return dayAt(QDateTime::currentDateTimeUtc());
}

} // namespace mdesk::models
