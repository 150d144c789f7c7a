#include "insightsmetrics.h"

#include <QCoreApplication>

namespace mdesk::api {

namespace {
constexpr const char *kContext = "mdesk::api::InsightsMetrics";
}

QString InsightsMetric::title() const
{
    return QCoreApplication::translate(kContext, titleText);
}

QString InsightsMetric::description() const
{
    return QCoreApplication::translate(kContext, countsText);
}

QString InsightsMetric::deprecationReason() const
{
    if (isCurrent())
        return {};
    const QString date = deprecatedSince.toString(Qt::ISODate);
    if (replacement.isEmpty())
        return QCoreApplication::translate(kContext,
                                           "Meta deprecated this metric on %1; Graph no longer "
                                           "reports it.")
            .arg(date);
    const InsightsMetric *instead = InsightsMetrics::find(replacement);
    return QCoreApplication::translate(kContext,
                                       "Meta deprecated this metric on %1; use \"%2\" instead.")
        .arg(date, instead ? instead->title() : replacement);
}

const QList<InsightsMetric> &InsightsMetrics::all()
{
    using Kind = InsightsMetric::Kind;
    static const QList<InsightsMetric> metrics{
        {QStringLiteral("page_messages_total_messaging_connections"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics", "Messaging connections"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics",
                           "People the Page can message at the end of the day."),
         Kind::Level,
         {},
         {}},
        {QStringLiteral("page_messages_new_conversations_unique"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics", "New conversations"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics",
                           "Conversations started by people who had never messaged the Page."),
         Kind::Count,
         {},
         {}},
        {QStringLiteral("page_messages_blocked_conversations_unique"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics", "Blocked conversations"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics",
                           "Conversations in which people blocked the Page."),
         Kind::Count,
         {},
         {}},
        {QStringLiteral("page_messages_reported_conversations_unique"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics", "Reported conversations"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics",
                           "Conversations people reported, for example as spam."),
         Kind::Count,
         {},
         {}},
        {QStringLiteral("page_messages_reported_conversations_by_report_type_unique"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics", "Reported conversations by type"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics",
                           "Reported conversations split into spam, inappropriate and other."),
         Kind::Breakdown, QDate(2019, 4, 30),
         QStringLiteral("page_messages_reported_conversations_unique")},
        {QStringLiteral("page_messages_active_threads_unique"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics", "Active threads"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics",
                           "Conversations with at least one message in the period."),
         Kind::Count,
         QDate(2019, 4, 30),
         {}},
        {QStringLiteral("page_messages_feedback_by_action_unique"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics", "Feedback by action"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics",
                           "People's feedback on the Page's messages, by action."),
         Kind::Breakdown,
         QDate(2017, 11, 7),
         {}},
        {QStringLiteral("page_messages_open_conversations_unique"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics", "Open conversations"),
         QT_TRANSLATE_NOOP("mdesk::api::InsightsMetrics",
                           "Conversations open at the end of the period."),
         Kind::Level, QDate(2018, 5, 11),
         QStringLiteral("page_messages_total_messaging_connections")},
    };
    return metrics;
}

const InsightsMetric *InsightsMetrics::find(const QString &name)
{
    for (const InsightsMetric &metric : all()) {
        if (metric.name == name)
            return &metric;
    }
    return nullptr;
}

QStringList InsightsMetrics::currentNames()
{
    QStringList names;
    for (const InsightsMetric &metric : all()) {
        if (metric.isCurrent())
            names.append(metric.name);
    }
    return names;
}

} // namespace mdesk::api
