#include "models/insights/pacificday.h"

#include <QTimeZone>

namespace mdesk::models {

namespace {

// Unix seconds that name a day a calendar has: from year 1 to the end of 9999. Beyond, a
// double does not fit a qint64 (undefined behaviour) or QDateTime's milliseconds overflow.
constexpr qint64 kLatestSeconds = 253402300799;   // 9999-12-31T23:59:59Z
constexpr qint64 kEarliestSeconds = -62135596800; // 0001-01-01T00:00:00Z

std::optional<QDateTime> fromSeconds(double seconds)
{
    if (!(seconds >= double(kEarliestSeconds) && seconds <= double(kLatestSeconds)))
        return std::nullopt; // NaN fails both comparisons
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

} // namespace

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
        return fromSeconds(value.toDouble());
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    bool numeric = false;
    const qint64 seconds = text.toLongLong(&numeric);
    if (numeric)
        return fromSeconds(double(seconds));
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
