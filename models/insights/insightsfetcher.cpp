#include "models/insights/insightsfetcher.h"

#include "models/insights/insightsanswer.h"
#include "models/insights/insightsrequestplan.h"

#include "api/graphclient.h"
#include "api/insightsmetrics.h"

#include <QTimer>
#include <QUuid>

namespace mdesk::models {

InsightsFetcher::InsightsFetcher(api::GraphClient *client, InsightsCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{}

QDate InsightsFetcher::today() const
{
    return m_today.isValid() ? m_today : PacificDay::today();
}

DayRange InsightsFetcher::fetchableRange(const DayRange &range) const
{
    const QDate oldest = today().addDays(-api::InsightsMetrics::kHistoryDays);
    return {std::max(range.from, oldest), std::min(range.until, today())};
}

void InsightsFetcher::start(const InsightsRequest &request, Mode mode)
{
    abortInFlight(); // a new start replaces the run; finished() fires once, for this one
    ++m_generation;
    m_request = request;
    m_runTxId = m_txId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_txId;
    m_failures.clear();
    m_requestsSent = 0;
    m_queue.clear();
    m_open.clear();
    m_running = true;
    m_finishQueued = false;

    const DayRange range = fetchableRange(request.range);
    for (const QString &metric : request.metrics) {
        const DayValues cached = mode == Mode::MissingDays && range.isValid()
                                     ? m_cache->read(request.pageId, metric, request.period, range)
                                     : DayValues{};
        const QList<DayRange> pieces =
            InsightsRequestPlan::missing(cached, range, api::InsightsMetrics::kMaxDaysPerRequest);
        for (const DayRange &piece : pieces)
            m_queue.append({metric, piece});
        if (!pieces.isEmpty())
            m_open[metric] = int(pieces.size());
    }
    if (m_queue.isEmpty())
        finishSoon();
    else
        QTimer::singleShot(0, this, &InsightsFetcher::pump);
}

void InsightsFetcher::cancel()
{
    if (!m_running)
        return;
    abortInFlight();
    finishSoon();
}

void InsightsFetcher::abortInFlight()
{
    m_queue.clear();
    m_open.clear();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<api::GraphReply> &reply : inFlight) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
        }
    }
}

void InsightsFetcher::pump()
{
    if (!m_running)
        return;
    while (m_inFlight.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        const Piece piece = m_queue.takeFirst();
        if (m_failures.contains(piece.metric))
            continue;
        api::CallOptions options;
        options.appId = m_request.appId;
        options.pageId = m_request.pageId;
        options.txId = m_runTxId;
        options.source = m_source;
        // since/until as the Pacific midnights that bound the days (until exclusive).
        const QJsonObject input{
            {QStringLiteral("metrics"), piece.metric},
            {QStringLiteral("period"), m_request.period},
            {QStringLiteral("since"),
             QString::number(PacificDay::startOf(piece.range.from).toSecsSinceEpoch())},
            {QStringLiteral("until"),
             QString::number(PacificDay::startOf(piece.range.until).toSecsSinceEpoch())}};
        api::GraphReply *reply = m_client->call(QStringLiteral("fetch_insights"), input, options);
        ++m_requestsSent;
        m_inFlight.append(reply);
        connect(reply, &api::GraphReply::finished, this,
                [this, piece, reply](const api::GraphResult &result) {
                    m_inFlight.removeAll(reply);
                    onAnswer(piece, result);
                });
    }
    if (m_inFlight.isEmpty() && m_queue.isEmpty())
        finishSoon();
}

void InsightsFetcher::onAnswer(const Piece &piece, const api::GraphResult &result)
{
    if (!m_running)
        return;
    if (!result.isOk()) {
        if (!m_failures.contains(piece.metric)) {
            m_failures.insert(piece.metric, result.error());
            m_open.remove(piece.metric);
            Q_EMIT metricFailed(piece.metric, result.error());
        }
        pump();
        return;
    }
    const InsightsAnswer answer = InsightsAnswer::parse(result.object(), piece.metric, piece.range);
    DayValues values = answer.values;
    // Complete days the answer covered but left out had no value: remember that, so they
    // are not asked again. A paging continuation covers the days from its start.
    const QDate coveredUntil = answer.nextPiece ? answer.nextPiece->from : piece.range.until;
    if (answer.metricPresent) {
        for (QDate day = piece.range.from; day < coveredUntil; day = day.addDays(1)) {
            if (!values.contains(day))
                values.insert(day, QJsonValue(QJsonValue::Null));
        }
    }
    m_cache->write(m_request.pageId, piece.metric, m_request.period, values,
                   QDateTime::currentDateTimeUtc());
    if (answer.nextPiece) {
        m_queue.prepend({piece.metric, *answer.nextPiece});
        ++m_open[piece.metric];
    }
    pieceDone(piece.metric);
    pump();
}

void InsightsFetcher::pieceDone(const QString &metric)
{
    auto open = m_open.find(metric);
    if (open == m_open.end())
        return;
    if (--open.value() == 0) {
        m_open.erase(open);
        Q_EMIT metricFetched(metric);
    }
}

void InsightsFetcher::finishSoon()
{
    if (m_finishQueued)
        return;
    m_finishQueued = true;
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        m_finishQueued = false;
        if (!m_running)
            return;
        if (!m_inFlight.isEmpty() || !m_queue.isEmpty())
            return;
        m_running = false;
        Q_EMIT finished();
    });
}

} // namespace mdesk::models

#include "moc_insightsfetcher.cpp"
