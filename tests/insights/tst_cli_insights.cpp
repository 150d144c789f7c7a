// `messenger-desk-cli insights export` end to end: the real binary with --sandbox.
#include "cliharness.h"

#include "models/insights/pacificday.h"

#include "api/sandbox/insightsseries.h"
#include "api/sandbox/localgraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mdesk;
using namespace mdesk::clitest;

namespace {
const QString kNew = QStringLiteral("page_messages_new_conversations_unique");
const QString kBlocked = QStringLiteral("page_messages_blocked_conversations_unique");
const QString kActive = QStringLiteral("page_messages_active_threads_unique");

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

class TstCliInsights : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportsPacificDaysAsCsv();
    void longRangesGoInNinetyDayPieces();
    void failedMetricIsNamedOthersExported();
    void badDatesSendNothing_data();
    void badDatesSendNothing();
    void defaultsAndJson();

private:
    QString pageId() const
    {
        const sandbox::LocalGraph graph(sandbox::LocalGraph::demoOptions());
        return graph.apps().first().pages.first().id;
    }
    CliHarness m_cli;
};

void TstCliInsights::exportsPacificDaysAsCsv()
{
    const QDate today = models::PacificDay::today();
    const QDate since = today.addDays(-10), until = today.addDays(-3);
    const CliRun run = m_cli.run(
        {QStringLiteral("--sandbox"), QStringLiteral("--events"), QStringLiteral("insights"),
         QStringLiteral("export"), QStringLiteral("--metrics"), kNew + QLatin1Char(',') + kBlocked,
         QStringLiteral("--since"), day(since), QStringLiteral("--until"), day(until)});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.summary()));
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("date,metric,period,value"));
    QCOMPARE(lines.size(), 1 + 7 * 2);  // until is exclusive
    QCOMPARE(run.requestsStarted(), 2); // one request per metric
    const auto *metric = sandbox::InsightsSeries::find(kNew);
    QVERIFY(metric);
    const QByteArray first =
        (day(since) + QLatin1Char(',') + kNew + QStringLiteral(",day,") +
         QString::number(sandbox::InsightsSeries::dailyValue(pageId(), *metric, since).toInt()))
            .toUtf8();
    QCOMPARE(lines.at(1), first);
    QVERIFY(lines.last().startsWith(day(until.addDays(-1)).toUtf8()));
}

void TstCliInsights::longRangesGoInNinetyDayPieces()
{
    const QDate today = models::PacificDay::today();
    const CliRun run = m_cli.run({QStringLiteral("--sandbox"), QStringLiteral("--events"),
                                  QStringLiteral("insights"), QStringLiteral("export"),
                                  QStringLiteral("--metrics"), kNew, QStringLiteral("--since"),
                                  day(today.addDays(-200)), QStringLiteral("--until"), day(today)});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.summary()));
    QCOMPARE(run.requestsStarted(), 3);
}

void TstCliInsights::failedMetricIsNamedOthersExported()
{
    const CliRun run = m_cli.run({QStringLiteral("--sandbox"), QStringLiteral("insights"),
                                  QStringLiteral("export"), QStringLiteral("--metrics"),
                                  kActive + QLatin1Char(',') + kNew});
    QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.summary()));
    QVERIFY(run.err.contains(kActive.toUtf8()));
    QVERIFY(run.err.contains("valid insights metric"));
    QVERIFY(run.err.contains("2019-04-30")); // the table's deprecation date
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 28);
    QVERIFY(!run.out.contains(kActive.toUtf8()));
}

void TstCliInsights::badDatesSendNothing_data()
{
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("since after until")
        << QStringList{QStringLiteral("--since"), QStringLiteral("2026-03-10"),
                       QStringLiteral("--until"), QStringLiteral("2026-03-01")};
    QTest::newRow("since equals until")
        << QStringList{QStringLiteral("--since"), QStringLiteral("2026-03-01"),
                       QStringLiteral("--until"), QStringLiteral("2026-03-01")};
    QTest::newRow("not a date") << QStringList{QStringLiteral("--since"),
                                               QStringLiteral("2026-02-30")};
    QTest::newRow("other format") << QStringList{QStringLiteral("--until"),
                                                 QStringLiteral("03/01/2026")};
    QTest::newRow("bad period") << QStringList{QStringLiteral("--period"), QStringLiteral("month")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
}

void TstCliInsights::badDatesSendNothing()
{
    QFETCH(QStringList, dates);
    const CliRun run =
        m_cli.run(QStringList{QStringLiteral("--sandbox"), QStringLiteral("--events"),
                              QStringLiteral("insights"), QStringLiteral("export"),
                              QStringLiteral("--metrics"), kNew} +
                  dates);
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.summary()));
    QCOMPARE(run.requestsStarted(), 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.messages().isEmpty());
}

void TstCliInsights::defaultsAndJson()
{
    const CliRun run = m_cli.run({QStringLiteral("--sandbox"), QStringLiteral("insights"),
                                  QStringLiteral("export"), QStringLiteral("--metrics"), kNew,
                                  QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.summary()));
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(rows.size(), 28);
    const QDate today = models::PacificDay::today();
    QCOMPARE(rows.first().toObject().value(QStringLiteral("date")).toString(),
             day(today.addDays(-28)));
    QCOMPARE(rows.last().toObject().value(QStringLiteral("date")).toString(),
             day(today.addDays(-1)));
    QCOMPARE(rows.first().toObject().value(QStringLiteral("period")).toString(),
             QStringLiteral("day"));
    QVERIFY(rows.first().toObject().value(QStringLiteral("value")).isDouble());
}

QTEST_GUILESS_MAIN(TstCliInsights)
#include "tst_cli_insights.moc"
