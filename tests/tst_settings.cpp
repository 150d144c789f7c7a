#include "app/settings.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using mdesk::app::AppEntry;
using mdesk::app::PageEntry;
using mdesk::app::Settings;
using mdesk::models::PageRef;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QFile::remove(iniPath()); }

    void defaults()
    {
        Settings settings(iniPath());
        QCOMPARE(settings.graphVersion(), QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION));
        const QRegularExpression versionPattern(QStringLiteral("^v[1-9][0-9]*\\.[0-9]+$"));
        QVERIFY2(versionPattern.match(settings.graphVersion()).hasMatch(),
                 qPrintable(settings.graphVersion()));
        QCOMPARE(settings.eventLogCapacity(), 50000);
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QVERIFY(!settings.lastPage().has_value());
        QVERIFY(settings.apps().isEmpty());
        QVERIFY(settings.pages().isEmpty());
    }

    void generalKeysPersist()
    {
        {
            Settings settings(iniPath());
            settings.setGraphVersion(QStringLiteral("v21.0"));
            settings.setWindowGeometry(QByteArrayLiteral("geometry"));
            settings.setWindowState(QByteArrayLiteral("state"));
            settings.setLastPage({QStringLiteral("1"), QStringLiteral("2")});
            settings.setEventLogCapacity(1234);
            QVERIFY(settings.sync());
        }
        Settings reopened(iniPath());
        QCOMPARE(reopened.graphVersion(), QStringLiteral("v21.0"));
        QCOMPARE(reopened.windowGeometry(), QByteArrayLiteral("geometry"));
        QCOMPARE(reopened.windowState(), QByteArrayLiteral("state"));
        QCOMPARE(reopened.lastPage(),
                 std::optional(PageRef{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(reopened.eventLogCapacity(), 1234);

        reopened.setGraphVersion(QString());
        QCOMPARE(reopened.graphVersion(), QStringLiteral(MDESK_DEFAULT_GRAPH_VERSION));
    }

    void eventLogCapacityIsClamped()
    {
        Settings settings(iniPath());
        settings.setEventLogCapacity(1);
        QCOMPARE(settings.eventLogCapacity(), Settings::MinEventLogCapacity);
        settings.setEventLogCapacity(1 << 30);
        QCOMPARE(settings.eventLogCapacity(), Settings::MaxEventLogCapacity);
    }

    void appsRoundTrip()
    {
        const AppEntry first{QStringLiteral("200"), QStringLiteral("Support bot"),
                             QStringLiteral("v22.0"), QUrl(QStringLiteral("http://127.0.0.1:8788")),
                             true};
        const AppEntry second{QStringLiteral("100"), QStringLiteral("Shop"), QString(), QUrl(),
                              false};
        {
            Settings settings(iniPath());
            QVERIFY(settings.upsertApp(first));
            QVERIFY(settings.upsertApp(second));
            QVERIFY(settings.sync());
        }
        Settings reopened(iniPath());
        const QList<AppEntry> apps = reopened.apps();
        QCOMPARE(apps.size(), 2);
        QCOMPARE(apps.at(0), second); // sorted by id
        QCOMPARE(apps.at(1), first);
        QVERIFY(!reopened.app(QStringLiteral("300")).has_value());

        AppEntry renamed = first;
        renamed.name = QStringLiteral("Renamed");
        QVERIFY(reopened.upsertApp(renamed));
        QCOMPARE(reopened.app(first.id), std::optional(renamed));
        QCOMPARE(reopened.apps().size(), 2);
    }

    void invalidIdsAreRejected()
    {
        Settings settings(iniPath());
        QVERIFY(!settings.upsertApp({QStringLiteral("a/b"), {}, {}, {}, false}));
        QVERIFY(!settings.upsertApp({QString(), {}, {}, {}, false}));
        QVERIFY(!settings.upsertPage({QStringLiteral("1"), QStringLiteral("x y"), {}}));
        QVERIFY(settings.apps().isEmpty());
        QVERIFY(settings.pages().isEmpty());
    }

    void pagesRoundTripAndRemoval()
    {
        Settings settings(iniPath());
        QVERIFY(
            settings.upsertApp({QStringLiteral("1"), QStringLiteral("App one"), {}, {}, false}));
        QVERIFY(
            settings.upsertApp({QStringLiteral("2"), QStringLiteral("App two"), {}, {}, false}));
        const PageEntry a{QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("Bakery")};
        const PageEntry b{QStringLiteral("1"), QStringLiteral("12"), QStringLiteral("Café")};
        const PageEntry c{QStringLiteral("2"), QStringLiteral("21"), QStringLiteral("Garage")};
        for (const PageEntry &page : {c, b, a})
            QVERIFY(settings.upsertPage(page));

        QCOMPARE(settings.pages(), (QList<PageEntry>{a, b, c}));
        QCOMPARE(settings.pages(QStringLiteral("1")), (QList<PageEntry>{a, b}));
        QCOMPARE(settings.page(c.ref()), std::optional(c));

        settings.setLastPage(b.ref());
        settings.removePage(b.ref());
        QVERIFY(!settings.lastPage().has_value());
        QCOMPARE(settings.pages(QStringLiteral("1")), (QList<PageEntry>{a}));

        settings.setLastPage(a.ref());
        settings.removeApp(QStringLiteral("1"));
        QVERIFY(!settings.app(QStringLiteral("1")).has_value());
        QVERIFY(!settings.lastPage().has_value());
        QCOMPARE(settings.pages(), (QList<PageEntry>{c}));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
