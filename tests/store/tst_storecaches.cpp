#include "models/store/attachmentcache.h"
#include "models/store/database.h"
#include "models/store/insightscache.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk::store;

// InsightsCache and AttachmentCache on a real file.
class TestStoreCaches : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void insightsRoundTripAndMissingDays();
    void insightsReplaceAndKeepPagesApart();
    void attachmentsByKeyAndExpiry();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestStoreCaches::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY(m_database->open().ok);
}

void TestStoreCaches::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestStoreCaches::insightsRoundTripAndMissingDays()
{
    InsightsCache cache(*m_database);
    const QDate first(2026, 3, 1);
    const QDateTime readAt = QDateTime::fromMSecsSinceEpoch(1772000000000, Qt::UTC);
    QVERIFY(cache.put(QStringLiteral("p1"),
                      QStringLiteral("page_messages_new_conversations_unique"),
                      QStringLiteral("day"),
                      {{first, 5, readAt},
                       {first.addDays(1), QJsonObject{{QStringLiteral("de"), 3}}, readAt},
                       {first.addDays(3), 0.5, {}}}));
    const auto values =
        cache.get(QStringLiteral("p1"), QStringLiteral("page_messages_new_conversations_unique"),
                  QStringLiteral("day"), first, first.addDays(4));
    QCOMPARE(values.size(), 3);
    QCOMPARE(values.at(0).day, first);
    QCOMPARE(values.at(0).value.toInt(), 5);
    QCOMPARE(values.at(0).readAt, readAt);
    QCOMPARE(values.at(1).value.toObject().value(QStringLiteral("de")).toInt(), 3);
    QCOMPARE(values.at(2).value.toDouble(), 0.5);
    QVERIFY(values.at(2).readAt.isValid()); // now, filled in
    QCOMPARE(cache.missingDays(QStringLiteral("p1"),
                               QStringLiteral("page_messages_new_conversations_unique"),
                               QStringLiteral("day"), first.addDays(-1), first.addDays(4)),
             (QList<QDate>{first.addDays(-1), first.addDays(2), first.addDays(4)}));
}

void TestStoreCaches::insightsReplaceAndKeepPagesApart()
{
    InsightsCache cache(*m_database);
    const QDate day(2026, 1, 31);
    QVERIFY(cache.put(QStringLiteral("p1"), QStringLiteral("m"), QStringLiteral("day"),
                      {{day, 1, {}}}));
    QVERIFY(cache.put(QStringLiteral("p1"), QStringLiteral("m"), QStringLiteral("day"),
                      {{day, 2, {}}}));
    QVERIFY(cache.put(QStringLiteral("p2"), QStringLiteral("m"), QStringLiteral("day"),
                      {{day, 9, {}}}));
    const auto p1 =
        cache.get(QStringLiteral("p1"), QStringLiteral("m"), QStringLiteral("day"), day, day);
    QCOMPARE(p1.size(), 1);
    QCOMPARE(p1.first().value.toInt(), 2);
    QCOMPARE(cache.get(QStringLiteral("p1"), QStringLiteral("m"), QStringLiteral("week"), day, day)
                 .size(),
             0);
}

void TestStoreCaches::attachmentsByKeyAndExpiry()
{
    AttachmentCache cache(*m_database);
    const QString key = AttachmentCache::keyForBytes("PNG bytes");
    QCOMPARE(key.size(), 64);
    QCOMPARE(key, AttachmentCache::keyForBytes("PNG bytes"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(cache.put(QStringLiteral("p1"), key, QStringLiteral("image"), QStringLiteral("att_1"),
                      now.addDays(-10)));
    QVERIFY(cache.put(QStringLiteral("p1"), QStringLiteral("https://example.com/a.png"),
                      QStringLiteral("image"), QStringLiteral("att_2"), now.addDays(-91)));
    const auto fresh = cache.get(QStringLiteral("p1"), key);
    QVERIFY(fresh);
    QCOMPARE(fresh->attachmentId, QStringLiteral("att_1"));
    QCOMPARE(fresh->type, QStringLiteral("image"));
    QVERIFY(!cache.get(QStringLiteral("p2"), key)); // per Page
    QVERIFY(
        !cache.get(QStringLiteral("p1"), QStringLiteral("https://example.com/a.png"))); // expired
    QVERIFY(!cache.get(QStringLiteral("p1"), key, now.addDays(81))); // expires with time
    QCOMPARE(cache.removeExpired(), 1);
    QVERIFY(cache.remove(QStringLiteral("p1"), key));
    QVERIFY(!cache.get(QStringLiteral("p1"), key));
}

QTEST_GUILESS_MAIN(TestStoreCaches)
#include "tst_storecaches.moc"
