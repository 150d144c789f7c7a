#pragma once

#include "api/graphversion.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace mdesk::api {

// One row of Graph's version calendar (graph-api.md section 9).
struct GraphVersionInfo
{
    GraphVersion version;
    QDate released;
    QDate availableUntil; // invalid: Meta has not set the date yet
};

// The calendar of Graph API versions: the one table in the app, read by the page list, the
// app editor, the status bar, the CLI (`ops --versions`, `account list`) and LocalGraph.
//
// A call to a version past its date is served by the oldest version still available, so
// its behaviour changes under the user; the app says so wherever it shows a version, and
// warns kWarningDays before a configured version ends.
//
// "Today" is the UTC date of the machine unless a test sets a provider (setTodayProvider);
// every status question below that takes no date asks today().
class GraphVersions
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::api::GraphVersions)

public:
    enum class Status {
        Current,    // served, and not ending within kWarningDays (or no end date yet)
        EndingSoon, // served, ends within kWarningDays
        Ended,      // past its date: Graph serves the oldest available version instead
    };

    static constexpr int kWarningDays = 90;

    // Every version of the calendar, newest first.
    static const QList<GraphVersionInfo> &all();
    // The row of a version, or nullptr when the calendar does not list it.
    static const GraphVersionInfo *find(GraphVersion version);
    static GraphVersion newest();

    // The injectable clock. A null provider means the machine's UTC date.
    using TodayProvider = std::function<QDate()>;
    static void setTodayProvider(TodayProvider provider);
    static QDate today();

    // Versions older than the calendar's oldest row count as ended; versions newer than
    // its newest as current.
    static Status status(GraphVersion version, QDate on = today());
    // Days until the version ends (negative once ended); nullopt without an end date.
    static std::optional<qint64> daysLeft(GraphVersion version, QDate on = today());
    // The oldest version still available on that date.
    static GraphVersion oldestAvailable(QDate on = today());
    // The version Graph actually serves a call to `version` with.
    static GraphVersion served(GraphVersion version, QDate on = today());

    // "v23.0, until 2027-10-08"; "v26.0" while the end date is not set; "v20.0, ended
    // 2026-09-24" once past.
    static QString describe(GraphVersion version, QDate on = today());
    // A whole sentence for an ending or ended version (empty when current), naming the
    // date and what happens.
    static QString notice(GraphVersion version, QDate on = today());

    // {"version","released","available_until","status","days_left","served_as"} for the CLI.
    static QJsonObject toJson(GraphVersion version, QDate on = today());
    static QString statusName(Status status);
};

} // namespace mdesk::api
