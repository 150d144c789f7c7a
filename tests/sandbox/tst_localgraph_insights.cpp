// Messaging insights as Graph answers them (graph-api.md section 8): one bad metric fails
// the whole request, at most 90 days per request, Pacific days, two years of history for
// the four current metrics, periods, paging links. Through the api/ client over loopback.
#include "sandboxharness.h"

#include "api/sandbox/insightsseries.h"
#include "api/sandbox/sandboxstate.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace mdesk;
using namespace mdesk::sandboxtest;

namespace {

const QString kNew = QStringLiteral("page_messages_new_conversations_unique");
const QString kConnections = QStringLiteral("page_messages_total_messaging_connections");
// The tests' today: date ranges around it hold no daylight saving switch unless they say so.
const QDate kToday(2027, 2, 1);

QJsonObject ask(const QStringList &metrics, const QJsonValue &since, const QJsonValue &until,
                const QString &period = QStringLiteral("day"))
{
    return {{QStringLiteral("metrics"), QJsonArray::fromStringList(metrics)},
            {QStringLiteral("since"), since},
            {QStringLiteral("until"), until},
            {QStringLiteral("period"), period}};
}

QJsonArray valuesOf(const api::GraphResult &result, int metric = 0)
{
    return result.object()[QLatin1String("data")][metric][QLatin1String("values")].toArray();
}

// Moves the sandbox clock to a fixed day, so dates in the tests stay inside the history.
void setToday(SandboxHarness &h, QDate day)
{
    const QDateTime now = h.graph().state().now();
    QVERIFY(h.graph().advanceClock(now.secsTo(QDateTime(day, QTime(12, 0), Qt::UTC))));
}

} // namespace

class TestLocalGraphInsights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneBadMetricFailsTheWholeRequest_data();
    void oneBadMetricFailsTheWholeRequest();
    void deprecatedMetricIsServedOnOldVersionsOnly();
    void noMetricIs3001();
    void moreThanNinetyDaysIsRefused();
    void endTimeIsTheEndOfThePacificDay_data();
    void endTimeIsTheEndOfThePacificDay();
    void fourCurrentMetricsReachTwoYearsBack();
    void countsHaveAWeeklyRhythmAndConnectionsRiseSlowly();
    void longerPeriodsCountMore();
    void pagingLinksWhereGraphHasThem();
};

void TestLocalGraphInsights::oneBadMetricFailsTheWholeRequest_data()
{
    QTest::addColumn<QString>("bad");
    QTest::newRow("unknown") << QStringLiteral("page_fans");
    QTest::newRow("deprecated 2019") << QStringLiteral("page_messages_active_threads_unique");
    QTest::newRow("deprecated by report type")
        << QStringLiteral("page_messages_reported_conversations_by_report_type_unique");
    QTest::newRow("deprecated 2017") << QStringLiteral("page_messages_feedback_by_action_unique");
    QTest::newRow("deprecated 2018") << QStringLiteral("page_messages_open_conversations_unique");
}

void TestLocalGraphInsights::oneBadMetricFailsTheWholeRequest()
{
    QFETCH(QString, bad);
    SandboxHarness h;
    setToday(h, kToday);
    const QDateTime now = h.graph().state().now();
    const api::GraphResult result = h.send(
        QStringLiteral("fetch_insights"),
        ask({kNew, bad, kConnections}, now.addDays(-7).toSecsSinceEpoch(), now.toSecsSinceEpoch()));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, 100);
    QCOMPARE(result.error().message,
             QStringLiteral("(#100) The value must be a valid insights metric"));
}

void TestLocalGraphInsights::deprecatedMetricIsServedOnOldVersionsOnly()
{
    SandboxHarness h;
    setToday(h, kToday);
    const QDateTime now = h.graph().state().now();
    const QJsonObject input =
        ask({QStringLiteral("page_messages_reported_conversations_by_report_type_unique")},
            now.addDays(-7).toSecsSinceEpoch(), now.toSecsSinceEpoch());
    h.useVersion({3, 2});
    const api::GraphResult old = h.send(QStringLiteral("fetch_insights"), input);
    QVERIFY2(old.isOk(), describe(old));
    QVERIFY(valuesOf(old).at(0)[QLatin1String("value")].isObject());
    h.useVersion({3, 3});
    QCOMPARE(h.send(QStringLiteral("fetch_insights"), input).error().code, 100);
}

void TestLocalGraphInsights::noMetricIs3001()
{
    SandboxHarness h;
    const HttpAnswer answer = h.http("GET", QStringLiteral("/v23.0/me/insights?period=day"), {}, {},
                                     {{"Authorization", "Bearer " + h.pageToken(1, 0).toUtf8()}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error().value(QStringLiteral("code")).toInt(), 3001);
    QCOMPARE(answer.error().value(QStringLiteral("error_subcode")).toInt(), 1504028);
}

void TestLocalGraphInsights::moreThanNinetyDaysIsRefused()
{
    SandboxHarness h;
    setToday(h, kToday);
    const QDateTime now = h.graph().state().now();
    const qint64 until = now.addDays(-1).toSecsSinceEpoch();
    const api::GraphResult tooLong =
        h.send(QStringLiteral("fetch_insights"), ask({kNew}, until - 90 * 86400 - 1, until));
    QVERIFY(!tooLong.isOk());
    QCOMPARE(tooLong.error().code, 100);
    QVERIFY(tooLong.error().message.contains(QLatin1String("90 days")));
    const api::GraphResult ninety =
        h.call(QStringLiteral("fetch_insights"), ask({kNew}, until - 90 * 86400, until));
    QVERIFY2(ninety.isOk(), describe(ninety));
    QCOMPARE(valuesOf(ninety).size(), 90);
}

void TestLocalGraphInsights::endTimeIsTheEndOfThePacificDay_data()
{
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("until");
    QTest::addColumn<QStringList>("endTimes");
    QTest::newRow("winter") << QStringLiteral("2026-01-01") << QStringLiteral("2026-01-03")
                            << QStringList{QStringLiteral("2026-01-02T08:00:00+0000"),
                                           QStringLiteral("2026-01-03T08:00:00+0000")};
    QTest::newRow("summer") << QStringLiteral("2026-07-01") << QStringLiteral("2026-07-02")
                            << QStringList{QStringLiteral("2026-07-02T07:00:00+0000")};
    // Daylight saving time starts on Sunday 2026-03-08 at 02:00 Pacific.
    QTest::newRow("spring forward") << QStringLiteral("2026-03-07") << QStringLiteral("2026-03-10")
                                    << QStringList{QStringLiteral("2026-03-08T08:00:00+0000"),
                                                   QStringLiteral("2026-03-09T07:00:00+0000"),
                                                   QStringLiteral("2026-03-10T07:00:00+0000")};
    // And ends on Sunday 2026-11-01.
    QTest::newRow("fall back") << QStringLiteral("2026-10-31") << QStringLiteral("2026-11-02")
                               << QStringList{QStringLiteral("2026-11-01T07:00:00+0000"),
                                              QStringLiteral("2026-11-02T08:00:00+0000")};
}

void TestLocalGraphInsights::endTimeIsTheEndOfThePacificDay()
{
    QFETCH(QString, since);
    QFETCH(QString, until);
    QFETCH(QStringList, endTimes);
    SandboxHarness h;
    setToday(h, kToday);
    const api::GraphResult result =
        h.call(QStringLiteral("fetch_insights"), ask({kNew, kConnections}, since, until));
    QVERIFY2(result.isOk(), describe(result));
    for (int metric = 0; metric < 2; ++metric) {
        QStringList seen;
        for (const QJsonValue &value : valuesOf(result, metric))
            seen.append(value[QLatin1String("end_time")].toString());
        QCOMPARE(seen, endTimes);
    }
}

void TestLocalGraphInsights::fourCurrentMetricsReachTwoYearsBack()
{
    SandboxHarness h;
    setToday(h, kToday);
    const QDateTime now = h.graph().state().now();
    const QStringList current{kConnections, kNew,
                              QStringLiteral("page_messages_blocked_conversations_unique"),
                              QStringLiteral("page_messages_reported_conversations_unique")};
    const api::GraphResult old =
        h.call(QStringLiteral("fetch_insights"), ask(current, now.addDays(-725).toSecsSinceEpoch(),
                                                     now.addDays(-700).toSecsSinceEpoch()));
    QVERIFY2(old.isOk(), describe(old));
    for (int metric = 0; metric < 4; ++metric) {
        QCOMPARE(old.object()[QLatin1String("data")][metric][QLatin1String("name")].toString(),
                 current.at(metric));
        QCOMPARE(valuesOf(old, metric).size(), 25);
    }
    // The same question gets the same numbers.
    QCOMPARE(
        h.call(QStringLiteral("fetch_insights"), ask(current, now.addDays(-725).toSecsSinceEpoch(),
                                                     now.addDays(-700).toSecsSinceEpoch()))
            .object()
            .value(QStringLiteral("data")),
        old.object().value(QStringLiteral("data")));
}

void TestLocalGraphInsights::countsHaveAWeeklyRhythmAndConnectionsRiseSlowly()
{
    SandboxHarness h;
    const QString page = h.pageId(0, 0);
    const QDate today = kToday;
    const sandbox::InsightsSeries::Metric *created = sandbox::InsightsSeries::find(kNew);
    const auto *level = sandbox::InsightsSeries::find(kConnections);
    QVERIFY(created && level);
    // Saturdays busier than Tuesdays over 20 weeks.
    int saturdays = 0;
    int tuesdays = 0;
    for (int i = 0; i < 140; ++i) {
        const QDate day = today.addDays(-i);
        const int value = sandbox::InsightsSeries::dailyValue(page, *created, day).toInt();
        if (day.dayOfWeek() == Qt::Saturday)
            saturdays += value;
        else if (day.dayOfWeek() == Qt::Tuesday)
            tuesdays += value;
    }
    QVERIFY2(saturdays > tuesdays * 1.2,
             qPrintable(QStringLiteral("%1 %2").arg(saturdays).arg(tuesdays)));
    // A level: a year later there are more connections, but not twice as many.
    const int then = sandbox::InsightsSeries::dailyValue(page, *level, today.addDays(-700)).toInt();
    const int now = sandbox::InsightsSeries::dailyValue(page, *level, today).toInt();
    QVERIFY2(now > then && now < 2 * then, qPrintable(QStringLiteral("%1 %2").arg(then).arg(now)));
}

void TestLocalGraphInsights::longerPeriodsCountMore()
{
    SandboxHarness h;
    setToday(h, kToday);
    const QDateTime now = h.graph().state().now();
    const qint64 since = now.addDays(-10).toSecsSinceEpoch();
    const qint64 until = now.addDays(-2).toSecsSinceEpoch();
    int previous = 0;
    for (const QString &period :
         {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("days_28")}) {
        const api::GraphResult result =
            h.call(QStringLiteral("fetch_insights"), ask({kNew}, since, until, period));
        QVERIFY2(result.isOk(), describe(result));
        QCOMPARE(result.object()[QLatin1String("data")][0][QLatin1String("period")].toString(),
                 period);
        const int value = valuesOf(result).last()[QLatin1String("value")].toInt();
        QVERIFY(value > previous);
        previous = value;
    }
    QCOMPARE(
        h.send(QStringLiteral("fetch_insights"), ask({kNew}, since, until, QStringLiteral("year")))
            .error()
            .code,
        100);
}

void TestLocalGraphInsights::pagingLinksWhereGraphHasThem()
{
    SandboxHarness h;
    setToday(h, kToday);
    const QDateTime now = h.graph().state().now();
    const auto paging = [&](qint64 since, qint64 until) {
        return h.call(QStringLiteral("fetch_insights"), ask({kNew}, since, until))
            .object()
            .value(QStringLiteral("paging"))
            .toObject();
    };
    // A month in the middle of the history: both ways.
    const QJsonObject middle =
        paging(now.addDays(-60).toSecsSinceEpoch(), now.addDays(-30).toSecsSinceEpoch());
    QVERIFY(middle.contains(QStringLiteral("previous")));
    QVERIFY(middle.contains(QStringLiteral("next")));
    const QUrlQuery next(QUrl(middle.value(QStringLiteral("next")).toString()));
    QCOMPARE(next.queryItemValue(QStringLiteral("since")).toLongLong(),
             now.addDays(-30).toSecsSinceEpoch());
    QVERIFY(!middle.value(QStringLiteral("next")).toString().contains(QLatin1String("token")));
    // Up to now: nothing after it.
    QVERIFY(!paging(now.addDays(-30).toSecsSinceEpoch(), now.toSecsSinceEpoch())
                 .contains(QStringLiteral("next")));
    // At the start of the history: nothing before it.
    QVERIFY(!paging(now.addDays(-731).toSecsSinceEpoch(), now.addDays(-700).toSecsSinceEpoch())
                 .contains(QStringLiteral("previous")));
}

QTEST_GUILESS_MAIN(TestLocalGraphInsights)
#include "tst_localgraph_insights.moc"
