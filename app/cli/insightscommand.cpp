#include "app/cli/insightscommand.h"

#include "models/insights/insightscsv.h"

#include "api/graphclient.h"
#include "api/insightsmetrics.h"

#include <QRegularExpression>
#include <QTextStream>

namespace mdesk::app::cli {

namespace {

// A date exactly as YYYY-MM-DD; invalid otherwise.
QDate parseDay(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

void InsightsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption metrics(QStringLiteral("metrics"), QString(), QStringLiteral("A,B"));
    const QCommandLineOption since(QStringLiteral("since"), QString(), QStringLiteral("D"));
    const QCommandLineOption until(QStringLiteral("until"), QString(), QStringLiteral("D"));
    const QCommandLineOption period(QStringLiteral("period"), QString(), QStringLiteral("P"),
                                    QStringLiteral("day"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("F"),
                                    QStringLiteral("csv"));
    parser.addOptions({metrics, since, until, period, format});
    if (!parse(parser, arguments))
        return;
    if (parser.positionalArguments() != QStringList{arguments.value(0), QStringLiteral("export")}) {
        failUsage(tr("Use: insights export --metrics A,B [--since YYYY-MM-DD] "
                     "[--until YYYY-MM-DD] [--period day|week|days_28] [--format csv|json]."));
        return;
    }

    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9_]+$"));
    QStringList names;
    for (const QString &name : parser.value(metrics).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!namePattern.match(trimmed).hasMatch()) {
            failUsage(tr("\"%1\" is not a metric name.").arg(trimmed));
            return;
        }
        if (!names.contains(trimmed))
            names.append(trimmed);
    }
    if (names.isEmpty()) {
        failUsage(tr("Name at least one metric with --metrics, for example --metrics %1.")
                      .arg(api::InsightsMetrics::currentNames().value(1)));
        return;
    }
    if (!api::InsightsMetrics::periods().contains(parser.value(period))) {
        failUsage(
            tr("The period must be day, week or days_28, not \"%1\".").arg(parser.value(period)));
        return;
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("json")) {
        failUsage(tr("The format must be csv or json, not \"%1\".").arg(formatName));
        return;
    }

    const QDate today = models::PacificDay::today();
    QDate to = today;
    if (parser.isSet(until)) {
        to = parseDay(parser.value(until));
        if (!to.isValid()) {
            failUsage(tr("--until must be a date written YYYY-MM-DD, not \"%1\".")
                          .arg(parser.value(until)));
            return;
        }
    }
    QDate from = to.addDays(-28);
    if (parser.isSet(since)) {
        from = parseDay(parser.value(since));
        if (!from.isValid()) {
            failUsage(tr("--since must be a date written YYYY-MM-DD, not \"%1\".")
                          .arg(parser.value(since)));
            return;
        }
    }
    if (from >= to) {
        failUsage(tr("--since (%1) must be before --until (%2); until is exclusive.")
                      .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        return;
    }

    m_request.metrics = names;
    m_request.period = parser.value(period);
    m_request.range = {from, to};
    m_json = formatName == QLatin1String("json");
    m_context.preparePage([this](int status) {
        if (status != Success)
            finish(status);
        else
            run();
    });
}

void InsightsCommand::run()
{
    api::GraphClient &client = m_context.client();
    m_request.appId = m_context.page().appId;
    m_request.pageId = m_context.page().pageId;
    if (!client.hasPageToken(m_request.appId, m_request.pageId)) {
        // Let the client explain the missing token exactly as `call` would.
        api::CallOptions options;
        options.appId = m_request.appId;
        options.pageId = m_request.pageId;
        options.source = QStringLiteral("cli");
        auto *probe =
            client.call(QStringLiteral("fetch_insights"),
                        {{QStringLiteral("metrics"), m_request.metrics.first()}}, options);
        connect(probe, &api::GraphReply::finished, this,
                [this](const api::GraphResult &result) { finish(reportResult(result, false)); });
        return;
    }
    m_fetcher = new models::InsightsFetcher(&client, &m_cache, this);
    m_fetcher->setSource(QStringLiteral("cli"));
    m_fetcher->setTxId(m_context.options().txId);
    const models::DayRange fetchable = m_fetcher->fetchableRange(m_request.range);
    if (fetchable != m_request.range)
        m_context.printError(
            tr("Graph keeps insights for two years and counts only complete days: exporting "
               "%1 to %2 (until exclusive).")
                .arg(fetchable.from.toString(Qt::ISODate), fetchable.until.toString(Qt::ISODate)));
    connect(m_fetcher, &models::InsightsFetcher::finished, this, &InsightsCommand::report);
    m_fetcher->start(m_request, models::InsightsFetcher::Mode::AllDays);
}

void InsightsCommand::report()
{
    QList<models::InsightsRow> rows;
    QHash<QString, models::DayValues> series;
    for (const QString &metric : std::as_const(m_request.metrics)) {
        if (!m_fetcher->failures().contains(metric))
            series.insert(
                metric, m_cache.read(m_request.pageId, metric, m_request.period, m_request.range));
    }
    for (QDate day = m_request.range.from; day < m_request.range.until; day = day.addDays(1)) {
        for (const QString &metric : std::as_const(m_request.metrics)) {
            const QJsonValue value = series.value(metric).value(day);
            if (!value.isNull() && !value.isUndefined())
                rows.append({day, metric, m_request.period, value});
        }
    }
    if (m_json) {
        m_context.printJson(models::InsightsCsv::json(rows));
    } else {
        m_context.out() << QString::fromUtf8(models::InsightsCsv::write(rows));
        m_context.out().flush();
    }
    for (const QString &metric : std::as_const(m_request.metrics)) {
        const auto failure = m_fetcher->failures().constFind(metric);
        if (failure == m_fetcher->failures().constEnd())
            continue;
        const api::InsightsMetric *known = api::InsightsMetrics::find(metric);
        QString message = tr("%1 was not exported: %2").arg(metric, failure->summary());
        if (known && !known->isCurrent())
            message += QLatin1Char(' ') + known->deprecationReason();
        m_context.printError(message);
    }
    finish(m_fetcher->failures().isEmpty() ? Success : GraphFailure);
}

} // namespace mdesk::app::cli

#include "moc_insightscommand.cpp"
