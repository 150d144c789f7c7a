#pragma once

#include "models/insights/insightscache.h"

#include "api/grapherror.h"
#include "api/graphreply.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <algorithm>

namespace mdesk::api {
class GraphClient;
class GraphReply;
class GraphResult;
} // namespace mdesk::api

namespace mdesk::models {

// What to fetch: metrics of one Page for a period over Pacific days [from, until).
struct InsightsRequest
{
    QString appId;
    QString pageId;
    QStringList metrics;
    QString period = QStringLiteral("day");
    DayRange range;
};

// Fetches insights into an InsightsCache so that no metric breaks the others: one metric
// per request, at most 90 days per request, paging.next followed within the range, each
// value stored under the Pacific day its end_time closes. Numeric strings become numbers.
//
// Contract: start() returns at once; metricFailed() fires at most once per metric (its
// other pieces are then skipped), metricFetched() once per metric that got every piece,
// then finished() exactly once, from the event loop, also when nothing needed asking.
// cancel() aborts the requests in flight and finishes. All requests of one start() share
// one tx_id.
class InsightsFetcher : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        MissingDays, // ask only days the cache lacks
        AllDays      // ask every day again (Refresh: Graph revises the last days)
    };

    InsightsFetcher(api::GraphClient *client, InsightsCache *cache, QObject *parent = nullptr);

    void setSource(const QString &source) { m_source = source; }
    void setTxId(const QString &txId) { m_txId = txId; }
    void setMaxConcurrent(int count) { m_maxConcurrent = std::max(1, count); }
    // The Pacific day treated as today (days before it are complete); default: the real one.
    void setToday(QDate today) { m_today = today; }
    QDate today() const;

    // The part of range Graph can answer: complete days within the last two years.
    DayRange fetchableRange(const DayRange &range) const;

    void start(const InsightsRequest &request, Mode mode = Mode::MissingDays);
    void cancel();
    bool isRunning() const { return m_running; }

    // Requests the last start() sent (continuations of paging included).
    int requestsSent() const { return m_requestsSent; }
    const QHash<QString, api::GraphError> &failures() const { return m_failures; }

Q_SIGNALS:
    void metricFetched(const QString &metric);
    void metricFailed(const QString &metric, const mdesk::api::GraphError &error);
    void finished();

private:
    struct Piece
    {
        QString metric;
        DayRange range;
    };
    void pump();
    void onAnswer(const Piece &piece, const api::GraphResult &result);
    void pieceDone(const QString &metric);
    void finishSoon();
    void abortInFlight();

    api::GraphClient *m_client;
    InsightsCache *m_cache;
    QString m_source = QStringLiteral("gui");
    QString m_txId;
    QDate m_today;
    int m_maxConcurrent = 4;

    InsightsRequest m_request;
    QString m_runTxId;
    QList<Piece> m_queue;
    QHash<QString, int> m_open; // metric -> pieces not yet answered
    QList<QPointer<api::GraphReply>> m_inFlight;
    QHash<QString, api::GraphError> m_failures;
    int m_requestsSent = 0;
    bool m_running = false;
    bool m_finishQueued = false;
    int m_generation = 0;
};

} // namespace mdesk::models
