#include "api/graphversions.h"

#include <QDateTime>
#include <QJsonObject>

namespace mdesk::api {

namespace {

GraphVersions::TodayProvider &todayProvider()
{
    static GraphVersions::TodayProvider provider;
    return provider;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

const QList<GraphVersionInfo> &GraphVersions::all()
{
    // graph-api.md section 9, newest first.
    static const QList<GraphVersionInfo> calendar{
        {{26, 0}, QDate(2026, 7, 29), QDate()},
        {{25, 0}, QDate(2026, 2, 18), QDate(2028, 7, 29)},
        {{24, 0}, QDate(2025, 10, 8), QDate(2028, 2, 18)},
        {{23, 0}, QDate(2025, 5, 29), QDate(2027, 10, 8)},
        {{22, 0}, QDate(2025, 1, 21), QDate(2027, 5, 20)},
        {{21, 0}, QDate(2024, 10, 2), QDate(2027, 1, 21)},
        {{20, 0}, QDate(2024, 5, 21), QDate(2026, 9, 24)},
        {{19, 0}, QDate(2024, 1, 23), QDate(2026, 5, 21)},
        {{18, 0}, QDate(2023, 9, 12), QDate(2026, 1, 26)},
        {{17, 0}, QDate(2023, 5, 23), QDate(2025, 9, 12)},
    };
    return calendar;
}

const GraphVersionInfo *GraphVersions::find(GraphVersion version)
{
    for (const GraphVersionInfo &info : all()) {
        if (info.version == version)
            return &info;
    }
    return nullptr;
}

GraphVersion GraphVersions::newest()
{
    return all().first().version;
}

void GraphVersions::setTodayProvider(TodayProvider provider)
{
    todayProvider() = std::move(provider);
}

QDate GraphVersions::today()
{
    const TodayProvider &provider = todayProvider();
    return provider ? provider() : QDateTime::currentDateTimeUtc().date();
}

std::optional<qint64> GraphVersions::daysLeft(GraphVersion version, QDate on)
{
    const GraphVersionInfo *info = find(version);
    if (!info || !info->availableUntil.isValid())
        return std::nullopt;
    return on.daysTo(info->availableUntil);
}

GraphVersions::Status GraphVersions::status(GraphVersion version, QDate on)
{
    if (version < all().last().version)
        return Status::Ended;
    const std::optional<qint64> left = daysLeft(version, on);
    if (!left)
        return Status::Current;
    // The end date is the last day served.
    if (*left < 0)
        return Status::Ended;
    return *left <= kWarningDays ? Status::EndingSoon : Status::Current;
}

GraphVersion GraphVersions::oldestAvailable(QDate on)
{
    for (auto it = all().crbegin(); it != all().crend(); ++it) {
        if (status(it->version, on) != Status::Ended)
            return it->version;
    }
    return newest();
}

GraphVersion GraphVersions::served(GraphVersion version, QDate on)
{
    return status(version, on) == Status::Ended ? oldestAvailable(on) : version;
}

QString GraphVersions::describe(GraphVersion version, QDate on)
{
    const GraphVersionInfo *info = find(version);
    if (!info || !info->availableUntil.isValid())
        return version.toString();
    if (status(version, on) == Status::Ended)
        return tr("%1, ended %2").arg(version.toString(), isoDate(info->availableUntil));
    return tr("%1, until %2").arg(version.toString(), isoDate(info->availableUntil));
}

QString GraphVersions::notice(GraphVersion version, QDate on)
{
    const GraphVersionInfo *info = find(version);
    switch (status(version, on)) {
    case Status::Current:
        return {};
    case Status::EndingSoon:
        return tr("Graph API %1 ends on %2 (in %n day(s)); move this app to %3 before then.",
                  nullptr, int(*daysLeft(version, on)))
            .arg(version.toString(), isoDate(info->availableUntil), newest().toString());
    case Status::Ended:
        if (info)
            return tr("Graph API %1 ended on %2: Graph now serves its calls as %3, the oldest "
                      "version still available, so behaviour may differ.")
                .arg(version.toString(), isoDate(info->availableUntil),
                     oldestAvailable(on).toString());
        return tr("Graph API %1 is no longer available: Graph serves its calls as %2, the "
                  "oldest version still available, so behaviour may differ.")
            .arg(version.toString(), oldestAvailable(on).toString());
    }
    return {};
}

QString GraphVersions::statusName(Status status)
{
    switch (status) {
    case Status::Current:
        return QStringLiteral("current");
    case Status::EndingSoon:
        return QStringLiteral("ending_soon");
    case Status::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

QJsonObject GraphVersions::toJson(GraphVersion version, QDate on)
{
    const GraphVersionInfo *info = find(version);
    QJsonObject row{{QStringLiteral("version"), version.toString()},
                    {QStringLiteral("status"), statusName(status(version, on))},
                    {QStringLiteral("served_as"), served(version, on).toString()}};
    row.insert(QStringLiteral("released"),
               info ? QJsonValue(isoDate(info->released)) : QJsonValue(QJsonValue::Null));
    row.insert(QStringLiteral("available_until"), info && info->availableUntil.isValid()
                                                      ? QJsonValue(isoDate(info->availableUntil))
                                                      : QJsonValue(QJsonValue::Null));
    const std::optional<qint64> left = daysLeft(version, on);
    row.insert(QStringLiteral("days_left"),
               left ? QJsonValue(*left) : QJsonValue(QJsonValue::Null));
    return row;
}

} // namespace mdesk::api
