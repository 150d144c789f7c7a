#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace mdesk::api {

// Every Messenger insights metric Graph has had (graph-api.md section 8), in one table read
// by the fetcher, the charts and the CLI.
struct InsightsMetric
{
    enum class Kind {
        Level,    // people at the day's end (total_messaging_connections): never summed
        Count,    // events in the period: totals and averages are right
        Breakdown // an object {type: count} per period
    };

    QString name;          // "page_messages_new_conversations_unique"
    const char *titleText; // untranslated; use title()
    const char *countsText;
    Kind kind = Kind::Count;
    QDate deprecatedSince; // invalid: current
    QString replacement;   // metric to use instead, empty when none

    bool isCurrent() const { return !deprecatedSince.isValid(); }
    bool isLevel() const { return kind == Kind::Level; }
    bool isSummable() const { return kind == Kind::Count; }
    QString title() const;       // translated
    QString description() const; // translated: what it counts
    // Why it cannot be charted any more, a whole translated sentence; empty when current.
    QString deprecationReason() const;
};

class InsightsMetrics
{
public:
    static const QList<InsightsMetric> &all();
    static const InsightsMetric *find(const QString &name);
    static QStringList currentNames();

    // Graph's longest range between since and until per request, in days.
    static constexpr int kMaxDaysPerRequest = 90;
    // How far back Graph keeps insights, in days (2 years).
    static constexpr int kHistoryDays = 730;
    // Periods the charts and the CLI ask for.
    static QStringList periods()
    {
        return {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("days_28")};
    }
};

} // namespace mdesk::api
