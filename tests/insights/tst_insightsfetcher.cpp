// InsightsFetcher against a real LocalGraph on loopback: days, pieces, failures, cache.
#include "sandboxharness.h"

#include "models/insights/insightsfetcher.h"

#include "api/graphclient.h"
#include "api/insightsmetrics.h"
#include "api/sandbox/insightsseries.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace mdesk;
using namespace mdesk::models;

namespace {
const QString kNew = QStringLiteral("page_messages_new_conversations_unique");
const QString kConnections = QStringLiteral("page_messages_total_messaging_connections");
const QString kActiveThreads = QStringLiteral("page_messages_active_threads_unique");
} // namespace

class TstInsightsFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void twentyEightDaysEqualTheSeries();
    void twoHundredDaysInNinetyDayPieces();
    void deprecatedMetricFailsAlone();
    void secondFetchUsesTheCache();
    void refreshAsksTheLastDaysAgain();

private:
    bool run(const InsightsRequest &request,
             InsightsFetcher::Mode mode = InsightsFetcher::Mode::MissingDays);
    InsightsRequest request(const QStringList &metrics, int days) const;
    QList<api::GraphEvent> started() const;

    std::unique_ptr<sandboxtest::SandboxHarness> m_harness;
    std::unique_ptr<MemoryInsightsCache> m_cache;
    std::unique_ptr<InsightsFetcher> m_fetcher;
    QList<api::GraphEvent> m_events;
};

void TstInsightsFetcher::init()
{
    m_harness = std::make_unique<sandboxtest::SandboxHarness>();
    m_cache = std::make_unique<MemoryInsightsCache>();
    m_fetcher = std::make_unique<InsightsFetcher>(&m_harness->client(), m_cache.get());
    m_events.clear();
    connect(m_harness->client().events(), &api::EventHub::published, this,
            [this](const api::GraphEvent &event) { m_events.append(event); });
}

void TstInsightsFetcher::cleanup()
{
    m_fetcher.reset();
    m_harness.reset();
}

InsightsRequest TstInsightsFetcher::request(const QStringList &metrics, int days) const
{
    InsightsRequest request;
    request.appId = m_harness->appId(0);
    request.pageId = m_harness->pageId(0, 0);
    request.metrics = metrics;
    const QDate today = m_fetcher->today();
    request.range = {today.addDays(-days), today};
    return request;
}

bool TstInsightsFetcher::run(const InsightsRequest &request, InsightsFetcher::Mode mode)
{
    QSignalSpy finished(m_fetcher.get(), &InsightsFetcher::finished);
    m_fetcher->start(request, mode);
    return finished.wait(20000) && finished.size() == 1;
}

QList<api::GraphEvent> TstInsightsFetcher::started() const
{
    QList<api::GraphEvent> calls;
    for (const api::GraphEvent &event : m_events) {
        if (event.outcome == api::EventOutcome::Started &&
            event.op == QLatin1String("fetch_insights"))
            calls.append(event);
    }
    return calls;
}

void TstInsightsFetcher::twentyEightDaysEqualTheSeries()
{
    const QStringList metrics = api::InsightsMetrics::currentNames();
    const InsightsRequest asked = request(metrics, 28);
    QVERIFY(run(asked));
    QVERIFY2(
        m_fetcher->failures().isEmpty(),
        qPrintable(m_fetcher->failures().value(m_fetcher->failures().keys().value(0)).summary()));
    QCOMPARE(started().size(), 4); // one request per metric
    for (const QString &name : metrics) {
        const auto *metric = sandbox::InsightsSeries::find(name);
        QVERIFY(metric);
        const DayValues values =
            m_cache->read(asked.pageId, name, QStringLiteral("day"), asked.range);
        QCOMPARE(values.size(), 28);
        for (QDate day = asked.range.from; day < asked.range.until; day = day.addDays(1)) {
            const QJsonValue expected =
                sandbox::InsightsSeries::dailyValue(asked.pageId, *metric, day);
            QVERIFY2(values.value(day).toDouble() == expected.toDouble(),
                     qPrintable(QStringLiteral("%1 on %2: %3, LocalGraph %4")
                                    .arg(name, day.toString(Qt::ISODate))
                                    .arg(values.value(day).toDouble())
                                    .arg(expected.toDouble())));
        }
    }
}

void TstInsightsFetcher::twoHundredDaysInNinetyDayPieces()
{
    QVERIFY(run(request({kNew}, 200)));
    const QList<api::GraphEvent> calls = started();
    QCOMPARE(calls.size(), 3);
    qint64 covered = 0;
    for (const api::GraphEvent &event : calls) {
        const QJsonObject query = event.data.value(QStringLiteral("request"))
                                      .toObject()
                                      .value(QStringLiteral("query"))
                                      .toObject();
        const qint64 since = query.value(QStringLiteral("since")).toString().toLongLong();
        const qint64 until = query.value(QStringLiteral("until")).toString().toLongLong();
        QVERIFY2(until - since <= 90 * 86400, qPrintable(QString::number(until - since)));
        QCOMPARE(query.value(QStringLiteral("metric")).toString(), kNew);
        covered += until - since;
    }
    QVERIFY(qAbs(covered - 200 * 86400) <= 3600); // the pieces cover the range once
    QCOMPARE(m_fetcher->requestsSent(), 3);
}

void TstInsightsFetcher::deprecatedMetricFailsAlone()
{
    QSignalSpy failed(m_fetcher.get(), &InsightsFetcher::metricFailed);
    const InsightsRequest asked = request({kNew, kActiveThreads, kConnections}, 28);
    QVERIFY(run(asked));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), kActiveThreads);
    QCOMPARE(m_fetcher->failures().value(kActiveThreads).code, 100);
    QCOMPARE(m_cache->read(asked.pageId, kNew, QStringLiteral("day"), asked.range).size(), 28);
    QCOMPARE(m_cache->read(asked.pageId, kConnections, QStringLiteral("day"), asked.range).size(),
             28);
}

void TstInsightsFetcher::secondFetchUsesTheCache()
{
    const InsightsRequest asked = request({kNew, kConnections}, 60);
    QVERIFY(run(asked));
    QCOMPARE(started().size(), 2);
    m_events.clear();
    QVERIFY(run(asked));
    QCOMPARE(started().size(), 0);
    // A longer range asks only the days before the cached ones: one piece per metric.
    InsightsRequest longer = request({kNew, kConnections}, 80);
    QVERIFY(run(longer));
    const QList<api::GraphEvent> calls = started();
    QCOMPARE(calls.size(), 2);
    const QJsonObject query = calls.first()
                                  .data.value(QStringLiteral("request"))
                                  .toObject()
                                  .value(QStringLiteral("query"))
                                  .toObject();
    QCOMPARE(query.value(QStringLiteral("since")).toString().toLongLong(),
             PacificDay::startOf(longer.range.from).toSecsSinceEpoch());
    QCOMPARE(query.value(QStringLiteral("until")).toString().toLongLong(),
             PacificDay::startOf(asked.range.from).toSecsSinceEpoch());
}

void TstInsightsFetcher::refreshAsksTheLastDaysAgain()
{
    const InsightsRequest asked = request({kNew}, 28);
    QVERIFY(run(asked));
    m_events.clear();
    InsightsRequest refresh = request({kNew}, 3);
    QVERIFY(run(refresh, InsightsFetcher::Mode::AllDays));
    QCOMPARE(started().size(), 1);
    QCOMPARE(m_cache->read(asked.pageId, kNew, QStringLiteral("day"), asked.range).size(), 28);
}

QTEST_GUILESS_MAIN(TstInsightsFetcher)
#include "tst_insightsfetcher.moc"
