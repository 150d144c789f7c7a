// The Graph version calendar (graph-api.md section 9) and its statuses on a given day.
#include "api/graphversions.h"

#include <QJsonObject>
#include <QTest>

using namespace mdesk::api;

class TestGraphVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { GraphVersions::setTodayProvider({}); }

    void calendarMatchesTheReference()
    {
        QCOMPARE(GraphVersions::all().size(), 10);
        QCOMPARE(GraphVersions::newest(), (GraphVersion{26, 0}));
        QCOMPARE(GraphVersion::defaultVersion(), GraphVersions::newest());
        const GraphVersionInfo *v23 = GraphVersions::find({23, 0});
        QVERIFY(v23);
        QCOMPARE(v23->released, QDate(2025, 5, 29));
        QCOMPARE(v23->availableUntil, QDate(2027, 10, 8));
        QVERIFY(!GraphVersions::find({26, 0})->availableUntil.isValid());
        QVERIFY(!GraphVersions::find({12, 0}));
    }

    void parseAcceptsOnlyVersionNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parsed"); // empty: refused
        QTest::newRow("v26.0") << "v26.0"
                               << "v26.0";
        QTest::newRow("without v") << "25.1"
                                   << "v25.1";
        QTest::newRow("major only") << "v26"
                                    << "v26.0";
        QTest::newRow("spaces around") << " v23.0 "
                                       << "v23.0";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("v alone") << "v"
                                 << "";
        QTest::newRow("dot without minor") << "v26."
                                           << "";
        QTest::newRow("three parts") << "v26.0.1"
                                     << "";
        QTest::newRow("three-digit major") << "v126.0"
                                           << "";
        QTest::newRow("three-digit minor") << "v26.100"
                                           << "";
        QTest::newRow("letter after") << "26a"
                                      << "";
        QTest::newRow("other prefix") << "x26.0"
                                      << "";
        QTest::newRow("zero") << "v0.0"
                              << "";
        QTest::newRow("space inside") << "v 26.0"
                                      << "";
    }

    void parseAcceptsOnlyVersionNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, parsed);
        const GraphVersion version = GraphVersion::parse(text);
        QCOMPARE(version.isValid() ? version.toString() : QString(), parsed);
    }

    void statusOnADay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("served");
        using S = GraphVersions::Status;
        const QDate today(2026, 12, 3);
        QTest::newRow("v26 has no end") << today << "v26.0" << int(S::Current) << "v26.0";
        QTest::newRow("v23 current") << today << "v23.0" << int(S::Current) << "v23.0";
        QTest::newRow("v21 ends in 49 days") << today << "v21.0" << int(S::EndingSoon) << "v21.0";
        QTest::newRow("v20 ended") << today << "v20.0" << int(S::Ended) << "v21.0";
        QTest::newRow("v7 long gone") << today << "v7.0" << int(S::Ended) << "v21.0";
        const QDate later(2027, 8, 1);
        QTest::newRow("2027-08-01: v23 within 90 days")
            << later << "v23.0" << int(S::EndingSoon) << "v23.0";
        QTest::newRow("2027-08-01: v22 served as v23")
            << later << "v22.0" << int(S::Ended) << "v23.0";
        QTest::newRow("last day still served")
            << QDate(2026, 9, 24) << "v20.0" << int(S::EndingSoon) << "v20.0";
        QTest::newRow("91 days before")
            << QDate(2027, 7, 9) << "v23.0" << int(S::Current) << "v23.0";
        QTest::newRow("90 days before")
            << QDate(2027, 7, 10) << "v23.0" << int(S::EndingSoon) << "v23.0";
    }
    void statusOnADay()
    {
        QFETCH(QDate, day);
        QFETCH(QString, version);
        QFETCH(int, status);
        QFETCH(QString, served);
        const GraphVersion parsed = GraphVersion::parse(version);
        QCOMPARE(int(GraphVersions::status(parsed, day)), status);
        QCOMPARE(GraphVersions::served(parsed, day).toString(), served);
    }

    void describesWithTheEndDate()
    {
        const QDate today(2026, 12, 3);
        QCOMPARE(GraphVersions::describe({23, 0}, today),
                 QStringLiteral("v23.0, until 2027-10-08"));
        QCOMPARE(GraphVersions::describe({26, 0}, today), QStringLiteral("v26.0"));
        QCOMPARE(GraphVersions::describe({20, 0}, today),
                 QStringLiteral("v20.0, ended 2026-09-24"));
        QCOMPARE(GraphVersions::describe({8, 0}, today), QStringLiteral("v8.0"));
        QVERIFY(GraphVersions::notice({23, 0}, today).isEmpty());
        const QString ended = GraphVersions::notice({20, 0}, today);
        QVERIFY2(ended.contains(QLatin1String("2026-09-24")) &&
                     ended.contains(QLatin1String("oldest version still available")) &&
                     ended.contains(QLatin1String("v21.0")),
                 qPrintable(ended));
        const QString soon = GraphVersions::notice({21, 0}, today);
        QVERIFY2(soon.contains(QLatin1String("2027-01-21")) &&
                     soon.contains(QLatin1String("v26.0")),
                 qPrintable(soon));
    }

    void clockIsInjectable()
    {
        QCOMPARE(GraphVersions::today(), QDateTime::currentDateTimeUtc().date());
        GraphVersions::setTodayProvider([] { return QDate(2027, 8, 1); });
        QCOMPARE(GraphVersions::today(), QDate(2027, 8, 1));
        QCOMPARE(GraphVersions::status({23, 0}), GraphVersions::Status::EndingSoon);
        QCOMPARE(*GraphVersions::daysLeft({23, 0}), qint64(68));
        QCOMPARE(GraphVersions::oldestAvailable(), (GraphVersion{23, 0}));
        const QJsonObject row = GraphVersions::toJson({22, 0});
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
        QCOMPARE(row.value(QStringLiteral("served_as")).toString(), QStringLiteral("v23.0"));
        QCOMPARE(row.value(QStringLiteral("available_until")).toString(),
                 QStringLiteral("2027-05-20"));
        QCOMPARE(row.value(QStringLiteral("released")).toString(), QStringLiteral("2025-01-21"));
        QVERIFY(GraphVersions::toJson({26, 0}).value(QStringLiteral("available_until")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestGraphVersions)
#include "tst_graphversions.moc"
