// LocalGraph answers a call to an ended Graph version as Graph does: served as the oldest
// version still available on the (injected) day, and facebook-api-version says which.
#include "api/graphversions.h"
#include "sandboxharness.h"

#include <QTest>

using namespace mdesk;
using namespace mdesk::sandboxtest;

class TestLocalGraphVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { api::GraphVersions::setTodayProvider({}); }

    void endedVersionsAreServedAsTheOldestAvailable_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QByteArray>("served");
        const QDate today(2026, 12, 3);
        QTest::newRow("v26.0 is served") << today << "v26.0" << QByteArray("v26.0");
        QTest::newRow("v23.0 is served") << today << "v23.0" << QByteArray("v23.0");
        QTest::newRow("v20.0 ended: v21.0") << today << "v20.0" << QByteArray("v21.0");
        QTest::newRow("v17.0 ended: v21.0") << today << "v17.0" << QByteArray("v21.0");
        const QDate later(2027, 8, 1);
        QTest::newRow("2027-08-01: v22.0 as v23.0") << later << "v22.0" << QByteArray("v23.0");
        QTest::newRow("2027-08-01: v23.0 still") << later << "v23.0" << QByteArray("v23.0");
        // Older than the calendar: the sandbox keeps their rules to try (home_url, nesting).
        QTest::newRow("v6.0 kept for old rules") << today << "v6.0" << QByteArray("v6.0");
    }
    void endedVersionsAreServedAsTheOldestAvailable()
    {
        QFETCH(QDate, day);
        QFETCH(QString, asked);
        QFETCH(QByteArray, served);
        api::GraphVersions::setTodayProvider([day] { return day; });
        SandboxHarness h;
        const HttpAnswer answer =
            h.http("GET", QLatin1Char('/') + asked + QStringLiteral("/me?fields=id"), {}, {},
                   {{"Authorization", "Bearer " + h.pageToken(1, 0).toUtf8()}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("facebook-api-version"), served);
    }

    void newerThanTheNewestIsRefused()
    {
        SandboxHarness h;
        const HttpAnswer answer =
            h.http("GET", QStringLiteral("/v27.0/me?fields=id"), {}, {},
                   {{"Authorization", "Bearer " + h.pageToken(1, 0).toUtf8()}});
        QCOMPARE(answer.status, 400);
    }
};

QTEST_GUILESS_MAIN(TestLocalGraphVersions)
#include "tst_localgraph_versions.moc"
