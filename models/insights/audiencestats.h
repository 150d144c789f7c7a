#pragma once

#include "models/insights/pacificday.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace mdesk::models {

// One person the Page has talked to, as the audience charts need them (from the store).
struct AudienceStatsPerson
{
    std::optional<qint64> firstSeenMs;
    std::optional<qint64> lastInboundMs;
    bool unavailable = false;
    bool blocked = false;
    QString locale;   // from fetch_user_profile, where feature review allows it
    QString timezone; // UTC offset in hours, as timezoneKey() writes it
    QString gender;
    bool profileRead = false; // fetch_user_profile was answered for the person
};

struct AudienceLabelSize
{
    QString id;
    QString name;
    int members = 0;
};

// Where the messaging window stands: open with more than 6 hours left, closing within 6
// hours, or closed (no message from the person in the last 24 hours).
struct WindowShares
{
    int open = 0;
    int closing = 0;
    int closed = 0;
    int total() const { return open + closing + closed; }
};

// The audience charts' numbers, from the people the store knows. Days are the user's local
// days (zone), since these are the app's own records, not Graph's Pacific counts.
namespace AudienceStats {

constexpr qint64 kWindowMs = 24LL * 3600 * 1000;
constexpr qint64 kClosingMs = 6LL * 3600 * 1000;

// People first seen on each day of range.
QMap<QDate, int> newPerDay(const QList<AudienceStatsPerson> &people, const DayRange &range,
                           const QTimeZone &zone);
// People whose window was open at the end of each day (from their last message, so days
// before someone's last message count them only if that message was within the window).
QMap<QDate, int> reachablePerDay(const QList<AudienceStatsPerson> &people, const DayRange &range,
                                 const QTimeZone &zone, qint64 nowMs);
WindowShares windows(const QList<AudienceStatsPerson> &people, qint64 nowMs);
// Counts by locale, timezone or gender ("locale" | "timezone" | "gender"); people without
// the field are left out.
QMap<QString, int> breakdown(const QList<AudienceStatsPerson> &people, const QString &field);
// "UTC+5.5", "UTC-3", "UTC+0": Graph's hours from UTC as the timezone breakdown names them.
QString timezoneKey(double hours);

} // namespace AudienceStats

// Where the audience comes from: the local store (StoreAudienceSource) or a test's list.
class AudienceSource
{
public:
    virtual ~AudienceSource() = default;
    virtual std::optional<QList<AudienceStatsPerson>> people(const QString &pageId) = 0;
    virtual std::optional<QList<AudienceLabelSize>> labels(const QString &pageId) = 0;
    // Why the last call returned nullopt.
    virtual QString lastError() const = 0;
};

} // namespace mdesk::models
