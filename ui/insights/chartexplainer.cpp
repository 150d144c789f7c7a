#include "ui/insights/chartexplainer.h"

#include <QLocale>
#include <cmath>

namespace mdesk::ui {

QString ChartExplainer::explainError(const api::GraphError &error)
{
    const bool permission = error.category == api::ErrorCategory::Permission || error.code == 10 ||
                            (error.code >= 200 && error.code < 300);
    if (permission)
        return tr("This Page cannot read its insights: Graph says \"%1\". Reading insights "
                  "needs the ANALYZE task on the Page and the read_insights permission.")
            .arg(error.message);
    if (error.category == api::ErrorCategory::Auth)
        return tr("The Page's token is no longer valid: Graph says \"%1\". Add the Page "
                  "again in Accounts.")
            .arg(error.message);
    if (error.code == 100)
        return tr("Graph does not know this metric for the Page: \"%1\".").arg(error.message);
    return tr("Graph could not give these values: %1").arg(error.summary());
}

QString ChartExplainer::emptyReason(const api::InsightsMetric *metric, const QString &metricName,
                                    const std::optional<api::GraphError> &error,
                                    const models::DayRange &range, QDate oldestKept, bool fetching)
{
    const QLocale locale;
    if (metric && !metric->isCurrent()) {
        QString reason = metric->deprecationReason();
        if (error)
            reason += QLatin1Char(' ') + tr("Graph answered: \"%1\".").arg(error->message);
        return reason;
    }
    if (range.until <= oldestKept)
        return tr("Graph keeps insights for two years; %1 to %2 is older than %3.")
            .arg(locale.toString(range.from, QLocale::ShortFormat),
                 locale.toString(range.until.addDays(-1), QLocale::ShortFormat),
                 locale.toString(oldestKept, QLocale::ShortFormat));
    if (error)
        return explainError(*error);
    if (!metric && !fetching)
        return tr("\"%1\" is not a Messenger insights metric.").arg(metricName);
    if (fetching)
        return tr("Asking Graph for these days…");
    return tr("Graph has no values for %1 to %2.")
        .arg(locale.toString(range.from, QLocale::ShortFormat),
             locale.toString(range.until.addDays(-1), QLocale::ShortFormat));
}

QString ChartExplainer::summary(const models::MetricSummary &current,
                                const std::optional<models::MetricSummary> &previous, int days)
{
    const QLocale locale;
    const auto number = [&locale](double value) {
        return std::floor(value) == value ? locale.toString(qint64(value))
                                          : locale.toString(value, 'f', 1);
    };
    QStringList parts;
    if (current.summable) {
        parts << tr("Total %1").arg(number(current.total))
              << tr("%1 a day on average").arg(number(current.average));
    } else {
        if (current.last)
            parts << tr("Last day %1").arg(number(*current.last));
        parts << tr("Average %1").arg(number(current.average));
    }
    if (previous) {
        const std::optional<double> change =
            models::MetricSeries::changePercent(current, *previous);
        const QString before =
            current.summable ? number(previous->total) : number(previous->last.value_or(0));
        if (change)
            parts << tr("%1 % against the previous %2 days (%3)")
                         .arg((*change >= 0 ? QStringLiteral("+") : QString()) +
                              locale.toString(*change, 'f', 1))
                         .arg(days)
                         .arg(before);
        else
            parts << tr("no values to compare in the previous %1 days").arg(days);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace mdesk::ui
