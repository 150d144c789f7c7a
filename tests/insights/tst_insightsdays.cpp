// Pacific days, request pieces, answers and exports: the pure parts of models/insights.
#include "models/insights/insightsanswer.h"
#include "models/insights/insightscsv.h"
#include "models/insights/insightsrequestplan.h"
#include "models/insights/metricseries.h"
#include "models/insights/pacificday.h"

#include "api/insightsmetrics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace mdesk;
using namespace mdesk::models;

class TstInsightsDays : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endTimeMapsToThePacificDay_data();
    void endTimeMapsToThePacificDay();
    void endTimeAsIsoOrSeconds();
    void endTimeOutOfTheCalendarIsNone();
    void dayStartsAtPacificMidnight();
    void rangesSplitIntoNinetyDays();
    void missingDaysNeedTheFewestPieces();
    void answerKeepsOnlyAskedDaysAndFollowsPagingWithin();
    void stringValuesBecomeNumbers();
    void summaryAndChange();
    void csvAndJson();
    void csvTextBreaksNoRowAndRunsNoFormula();
    void metricTable();
};

void TstInsightsDays::endTimeMapsToThePacificDay_data()
{
    QTest::addColumn<QString>("endTime");
    QTest::addColumn<QDate>("day");
    // Winter: midnight PST = 08:00 UTC.
    QTest::newRow("winter") << "2026-01-02T08:00:00+0000" << QDate(2026, 1, 1);
    // Summer: midnight PDT = 07:00 UTC.
    QTest::newRow("summer") << "2026-07-02T07:00:00+0000" << QDate(2026, 7, 1);
    // Summer value written with the winter hour still belongs to the same day.
    QTest::newRow("summer-08") << "2026-07-02T08:00:00+0000" << QDate(2026, 7, 1);
    // DST starts 2026-03-08 (a 23-hour day): its end is 2026-03-09T07:00Z.
    QTest::newRow("spring-forward-day") << "2026-03-09T07:00:00+0000" << QDate(2026, 3, 8);
    QTest::newRow("day-before-spring") << "2026-03-08T08:00:00+0000" << QDate(2026, 3, 7);
    // DST ends 2026-11-01 (a 25-hour day): its end is 2026-11-02T08:00Z.
    QTest::newRow("fall-back-day") << "2026-11-02T08:00:00+0000" << QDate(2026, 11, 1);
    QTest::newRow("day-before-fall") << "2026-11-01T07:00:00+0000" << QDate(2026, 10, 31);
    QTest::newRow("new-year") << "2026-01-01T08:00:00+0000" << QDate(2025, 12, 31);
}

void TstInsightsDays::endTimeMapsToThePacificDay()
{
    QFETCH(QString, endTime);
    QFETCH(QDate, day);
    const auto parsed = PacificDay::parseEndTime(endTime);
    QVERIFY(parsed);
    QCOMPARE(PacificDay::dayEndingAt(*parsed), day);
}

void TstInsightsDays::endTimeAsIsoOrSeconds()
{
    const QDateTime expected(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC);
    QCOMPARE(*PacificDay::parseEndTime(QStringLiteral("2026-01-02T08:00:00+0000")), expected);
    QCOMPARE(*PacificDay::parseEndTime(QStringLiteral("2026-01-02T08:00:00Z")), expected);
    QCOMPARE(*PacificDay::parseEndTime(QStringLiteral("2026-01-02T00:00:00-0800")), expected);
    QCOMPARE(*PacificDay::parseEndTime(double(expected.toSecsSinceEpoch())), expected);
    QCOMPARE(*PacificDay::parseEndTime(QString::number(expected.toSecsSinceEpoch())), expected);
    QVERIFY(!PacificDay::parseEndTime(QStringLiteral("yesterday")));
    QVERIFY(!PacificDay::parseEndTime(QJsonValue()));
}

void TstInsightsDays::endTimeOutOfTheCalendarIsNone()
{
    // Seen while writing fuzz_insights: 1e300 seconds was cast to qint64 (undefined
    // behaviour), and numbers past year 9999 became a day all the same.
    QVERIFY(!PacificDay::parseEndTime(1e300));
    QVERIFY(!PacificDay::parseEndTime(-1e300));
    QVERIFY(!PacificDay::parseEndTime(1e15));
    QVERIFY(!PacificDay::parseEndTime(QStringLiteral("9223372036854775807")));
    const QDateTime last(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QCOMPARE(*PacificDay::parseEndTime(double(last.toSecsSinceEpoch())), last);

    // An answer with such an end_time or paging bound keeps no value and no next piece.
    const QString metric = QStringLiteral("page_messages_new_conversations_unique");
    const DayRange asked{QDate(2026, 1, 1), QDate(2026, 1, 11)};
    const QJsonObject body{
        {QStringLiteral("data"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), metric},
                                {QStringLiteral("values"),
                                 QJsonArray{QJsonObject{{QStringLiteral("value"), 5},
                                                        {QStringLiteral("end_time"), 1e300}}}}}}},
        {QStringLiteral("paging"),
         QJsonObject{{QStringLiteral("next"),
                      QStringLiteral("https://x/me/insights?since=9223372036854775807")}}}};
    const InsightsAnswer answer = InsightsAnswer::parse(body, metric, asked);
    QVERIFY(answer.metricPresent);
    QVERIFY(answer.values.isEmpty());
    QVERIFY(!answer.nextPiece);
}

void TstInsightsDays::dayStartsAtPacificMidnight()
{
    QCOMPARE(PacificDay::startOf(QDate(2026, 1, 1)),
             QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(PacificDay::startOf(QDate(2026, 7, 1)),
             QDateTime(QDate(2026, 7, 1), QTime(7, 0), Qt::UTC));
    // The 23-hour and 25-hour days.
    QCOMPARE(PacificDay::startOf(QDate(2026, 3, 8)).secsTo(PacificDay::startOf(QDate(2026, 3, 9))),
             23 * 3600);
    QCOMPARE(
        PacificDay::startOf(QDate(2026, 11, 1)).secsTo(PacificDay::startOf(QDate(2026, 11, 2))),
        25 * 3600);
    QCOMPARE(PacificDay::dayAt(QDateTime(QDate(2026, 1, 2), QTime(7, 59), Qt::UTC)),
             QDate(2026, 1, 1));
}

void TstInsightsDays::rangesSplitIntoNinetyDays()
{
    const DayRange range{QDate(2025, 1, 1), QDate(2025, 1, 1).addDays(200)};
    const QList<DayRange> pieces = InsightsRequestPlan::split(range, 90);
    QCOMPARE(pieces.size(), 3);
    QCOMPARE(pieces[0], (DayRange{range.from, range.from.addDays(90)}));
    QCOMPARE(pieces[1].days(), 90);
    QCOMPARE(pieces[2], (DayRange{range.from.addDays(180), range.until}));
    // Over the 25-hour day (2026-11-01) a piece is a day shorter, so that until - since
    // stays within 90 * 24 hours.
    const QList<DayRange> autumn =
        InsightsRequestPlan::split({QDate(2026, 9, 1), QDate(2026, 9, 1).addDays(200)}, 90);
    QCOMPARE(autumn.size(), 3);
    QCOMPARE(autumn[0].days(), 89);
    for (const DayRange &piece : autumn)
        QVERIFY(PacificDay::startOf(piece.from).secsTo(PacificDay::startOf(piece.until)) <=
                90 * 86400);
    QCOMPARE(
        InsightsRequestPlan::split({QDate(2026, 9, 1), QDate(2026, 9, 1).addDays(730)}, 90).size(),
        9);
    QCOMPARE(InsightsRequestPlan::minimumRequests(730, 90), 9);
    QCOMPARE(InsightsRequestPlan::minimumRequests(90, 90), 1);
    QCOMPARE(InsightsRequestPlan::minimumRequests(91, 90), 2);
}

void TstInsightsDays::missingDaysNeedTheFewestPieces()
{
    const DayRange range{QDate(2026, 1, 1), QDate(2026, 1, 1).addDays(200)};
    DayValues cached;
    for (int i = 0; i < 200; ++i) {
        if (i != 3 && i != 50 && (i < 150 || i > 160))
            cached.insert(range.from.addDays(i), 1.0);
    }
    const QList<DayRange> pieces = InsightsRequestPlan::missing(cached, range, 90);
    // Days 3 and 50 share one piece (cut to day 50), days 150..160 take another.
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces[0], (DayRange{range.from.addDays(3), range.from.addDays(51)}));
    QCOMPARE(pieces[1], (DayRange{range.from.addDays(150), range.from.addDays(161)}));
    QVERIFY(
        InsightsRequestPlan::missing(cached, {range.from, range.from.addDays(3)}, 90).isEmpty());
    QCOMPARE(InsightsRequestPlan::missing({}, range, 90).size(), 3);
}

void TstInsightsDays::answerKeepsOnlyAskedDaysAndFollowsPagingWithin()
{
    const QString metric = QStringLiteral("page_messages_new_conversations_unique");
    const DayRange asked{QDate(2026, 1, 1), QDate(2026, 1, 11)};
    const auto point = [](const QJsonValue &value, const QJsonValue &end) {
        return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("end_time"), end}};
    };
    const qint64 jan5end = QDateTime(QDate(2026, 1, 6), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
    const QJsonObject body{
        {QStringLiteral("data"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), metric},
                         {QStringLiteral("period"), QStringLiteral("day")},
                         {QStringLiteral("values"),
                          QJsonArray{point(7, QStringLiteral("2026-01-01T08:00:00+0000")), // Dec 31
                                     point(3, QStringLiteral("2026-01-02T08:00:00+0000")),
                                     point(QStringLiteral("12"), double(jan5end))}}}}},
        {QStringLiteral("paging"),
         QJsonObject{{QStringLiteral("next"),
                      QStringLiteral("https://graph.facebook.com/v26.0/me/insights?metric=x&"
                                     "since=%1&until=%2")
                          .arg(PacificDay::startOf(QDate(2026, 1, 6)).toSecsSinceEpoch())
                          .arg(PacificDay::startOf(QDate(2026, 2, 6)).toSecsSinceEpoch())}}}};
    const InsightsAnswer answer = InsightsAnswer::parse(body, metric, asked);
    QVERIFY(answer.metricPresent);
    QCOMPARE(answer.values.size(), 2);
    QCOMPARE(answer.values.value(QDate(2026, 1, 1)).toDouble(), 3.0);
    QCOMPARE(answer.values.value(QDate(2026, 1, 5)), QJsonValue(12.0));
    QVERIFY(answer.nextPiece);
    QCOMPARE(*answer.nextPiece, (DayRange{QDate(2026, 1, 6), asked.until}));

    // A next page past the asked range is not followed.
    QJsonObject beyond = body;
    beyond[QStringLiteral("paging")] =
        QJsonObject{{QStringLiteral("next"),
                     QStringLiteral("https://x/me/insights?since=2026-01-11&until=2026-01-21")}};
    QVERIFY(!InsightsAnswer::parse(beyond, metric, asked).nextPiece);
    QVERIFY(!InsightsAnswer::parse(body, QStringLiteral("other"), asked).metricPresent);
}

void TstInsightsDays::stringValuesBecomeNumbers()
{
    QCOMPARE(InsightsAnswer::normalized(QStringLiteral(" 42 ")), QJsonValue(42.0));
    QCOMPARE(InsightsAnswer::normalized(QStringLiteral("n/a")), QJsonValue(QStringLiteral("n/a")));
    const QJsonObject byType{{QStringLiteral("spam"), 2},
                             {QStringLiteral("other"), QStringLiteral("3")}};
    QCOMPARE(*MetricSeries::number(byType), 5.0);
}

void TstInsightsDays::summaryAndChange()
{
    const DailyPoints current{10, 20, std::nullopt, 30};
    const DailyPoints previous{10, 10, 10, 10};
    const MetricSummary now = MetricSeries::summarize(current, true);
    QCOMPARE(now.daysWithData, 3);
    QCOMPARE(now.total, 60.0);
    QCOMPARE(now.average, 20.0);
    QCOMPARE(*now.last, 30.0);
    const MetricSummary before = MetricSeries::summarize(previous, true);
    QCOMPARE(*MetricSeries::changePercent(now, before), 50.0);
    // A level compares its last values: 30 against 10.
    QCOMPARE(*MetricSeries::changePercent(MetricSeries::summarize(current, false),
                                          MetricSeries::summarize(previous, false)),
             200.0);
    QVERIFY(!MetricSeries::changePercent(now, MetricSeries::summarize({0, 0}, true)));
    QVERIFY(!MetricSeries::changePercent(now, MetricSeries::summarize({}, true)));
}

void TstInsightsDays::csvAndJson()
{
    const QList<InsightsRow> rows{
        {QDate(2026, 1, 1), QStringLiteral("m"), QStringLiteral("day"), 12.0},
        {QDate(2026, 1, 2), QStringLiteral("r"), QStringLiteral("day"),
         QJsonObject{{QStringLiteral("spam"), 1}, {QStringLiteral("other"), 2}}}};
    QCOMPARE(InsightsCsv::write(rows),
             QByteArray("date,metric,period,value\n2026-01-01,m,day,12\n"
                        "2026-01-02,r,day,\"{\"\"other\"\":2,\"\"spam\"\":1}\"\n"));
    const QJsonArray json = InsightsCsv::json(rows);
    QCOMPARE(json.size(), 2);
    QCOMPARE(json[0].toObject().value(QStringLiteral("date")).toString(),
             QStringLiteral("2026-01-01"));
    QCOMPARE(json[0].toObject().value(QStringLiteral("value")).toDouble(), 12.0);
}

void TstInsightsDays::csvTextBreaksNoRowAndRunsNoFormula()
{
    // What Graph sends as a text value is written so that a spreadsheet reads one row per
    // day and runs nothing (the fuzz_csv checks).
    const QList<InsightsRow> rows{
        {QDate(2026, 1, 1), QStringLiteral("m"), QStringLiteral("day"), QStringLiteral("=1+1")},
        {QDate(2026, 1, 2), QStringLiteral("m"), QStringLiteral("day"), QStringLiteral("a\rb")},
        {QDate(2026, 1, 3), QStringLiteral("m"), QStringLiteral("day"), -5.0}};
    QCOMPARE(InsightsCsv::write(rows), QByteArray("date,metric,period,value\n"
                                                  "2026-01-01,m,day,'=1+1\n"
                                                  "2026-01-02,m,day,\"a\rb\"\n"
                                                  "2026-01-03,m,day,-5\n"));
}

void TstInsightsDays::metricTable()
{
    QCOMPARE(api::InsightsMetrics::currentNames(),
             (QStringList{QStringLiteral("page_messages_total_messaging_connections"),
                          QStringLiteral("page_messages_new_conversations_unique"),
                          QStringLiteral("page_messages_blocked_conversations_unique"),
                          QStringLiteral("page_messages_reported_conversations_unique")}));
    const api::InsightsMetric *level =
        api::InsightsMetrics::find(QStringLiteral("page_messages_total_messaging_connections"));
    QVERIFY(level && level->isLevel() && !level->isSummable());
    const api::InsightsMetric *open =
        api::InsightsMetrics::find(QStringLiteral("page_messages_open_conversations_unique"));
    QVERIFY(open && !open->isCurrent());
    QCOMPARE(open->deprecatedSince, QDate(2018, 5, 11));
    QVERIFY(open->deprecationReason().contains(QStringLiteral("2018-05-11")));
    QVERIFY(open->deprecationReason().contains(level->title()));
    QCOMPARE(api::InsightsMetrics::all().size(), 8);
}

QTEST_GUILESS_MAIN(TstInsightsDays)
#include "tst_insightsdays.moc"
